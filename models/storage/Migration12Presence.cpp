#include "Migrations.h"

#include <QStringList>

namespace homeward {

// Schema 12: who has which batch open at which desk (PresenceRepository). One row per desk session
// and batch: a desk writes its own rows only (keyed by its session, a random key per open
// database) and refreshes seen_at on a heartbeat; a row not refreshed for
// PresenceRepository::kStaleAfterSeconds counts as gone (a desk that crashed or lost its network
// leaves one behind). No audit: it records no decision, only who is looking. Rows go with their
// batch or official.
QStringList migration12Statements()
{
    return {
        QStringLiteral(R"(CREATE TABLE presence (
            id INTEGER PRIMARY KEY,
            session TEXT NOT NULL CHECK (length(session) BETWEEN 1 AND 64),
            desk TEXT NOT NULL CHECK (length(desk) BETWEEN 1 AND 255),
            official_id INTEGER NOT NULL REFERENCES official (id) ON DELETE CASCADE,
            batch_id INTEGER NOT NULL REFERENCES batch (id) ON DELETE CASCADE,
            since TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            UNIQUE (session, batch_id)
        ))"),
        QStringLiteral("CREATE INDEX presence_batch_idx ON presence (batch_id, seen_at)"),
    };
}

} // namespace homeward
