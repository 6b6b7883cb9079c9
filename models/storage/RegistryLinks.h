#pragma once

#include "Result.h"
#include "StaleEdit.h"

#include "domain/Official.h"
#include "names/Matcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace homeward {

class ChangeNotifier;

// A person linked to the registry record the officials decided is them (schema 7).
struct RegistryLink final {
    qint64 id = 0; // person_registry_link.id
    qint64 personId = 0;
    qint64 registryPersonId = 0;                   // registry_person.id
    QString recordId;                              // the registry record's record_id
    names::Verdict verdict = names::Verdict::None; // what the matcher said when the link was made
    double score = 0.0;
    qint64 linkedBy = 0;
    QString linkedByName;  // full name, for display
    QDateTime linkedAt;    // UTC
    qint64 rowVersion = 0; // the row's row_version (schema 11)

    SeenRow seen() const { return {id, rowVersion}; }
};

// Links persons to registry records, deliberately, one at a time. Each write
// needs a signed-in official who may enter persons (Action::EnterPersons,
// checked first), runs in one transaction with its audit row (entity
// "person", action "registry_link" or "registry_unlink", the link before and
// after: registry_record_id, registry_person_id, verdict, score) and is
// announced with personsChanged for every batch listing the person. A person
// listed in a confirmed or completed batch is refused by the database.
// Link and unlink take the person's link as the official saw it (SeenRow:
// RegistryLink::seen(), or none when the person was not linked): when the
// stored link is another (made, replaced or removed at another desk since),
// the write is refused through StaleEdit (Record::RegistryLink) and nothing
// is stored.
class RegistryLinks final {
    Q_DECLARE_TR_FUNCTIONS(homeward::RegistryLinks)

public:
    RegistryLinks(QSqlDatabase db, ChangeNotifier *notifier, const Actor *actor);

    // Links the person to the registry record `recordId`, replacing the link
    // `seen` (linking to the record already linked is refused as no change).
    Status link(qint64 personId, const QString &recordId, names::Verdict verdict, double score, const SeenRow &seen);
    // Removes the person's link `seen`; refused when there is none.
    Status unlink(qint64 personId, const SeenRow &seen);
    // Empty when the person is not linked.
    Result<std::optional<RegistryLink>> linkOf(qint64 personId) const;

private:
    Actor actor() const { return m_actor ? *m_actor : Actor(); }
    void announce(qint64 personId) const;
    // The refusal when the person's stored link (`stored`) is not the one seen; success when it is.
    Status requireSeen(qint64 personId, const std::optional<RegistryLink> &stored, const SeenRow &seen) const;

    QSqlDatabase m_db;
    ChangeNotifier *m_notifier;
    const Actor *m_actor;
};

} // namespace homeward
