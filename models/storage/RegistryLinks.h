#pragma once

#include "Result.h"

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
    qint64 personId = 0;
    qint64 registryPersonId = 0;                   // registry_person.id
    QString recordId;                              // the registry record's record_id
    names::Verdict verdict = names::Verdict::None; // what the matcher said when the link was made
    double score = 0.0;
    qint64 linkedBy = 0;
    QString linkedByName; // full name, for display
    QDateTime linkedAt;   // UTC
};

// Links persons to registry records, deliberately, one at a time. Each write
// needs a signed-in official who may enter persons (Action::EnterPersons,
// checked first), runs in one transaction with its audit row (entity
// "person", action "registry_link" or "registry_unlink", the link before and
// after: registry_record_id, registry_person_id, verdict, score) and is
// announced with personsChanged for every batch listing the person. A person
// listed in a confirmed or completed batch is refused by the database.
class RegistryLinks final {
    Q_DECLARE_TR_FUNCTIONS(homeward::RegistryLinks)

public:
    RegistryLinks(QSqlDatabase db, ChangeNotifier *notifier, const Actor *actor);

    // Links the person to the registry record `recordId`, replacing any
    // earlier link (linking to the record already linked is refused as no change).
    Status link(qint64 personId, const QString &recordId, names::Verdict verdict, double score);
    // Removes the person's link; refused when there is none.
    Status unlink(qint64 personId);
    // Empty when the person is not linked.
    Result<std::optional<RegistryLink>> linkOf(qint64 personId) const;

private:
    Actor actor() const { return m_actor ? *m_actor : Actor(); }
    void announce(qint64 personId) const;

    QSqlDatabase m_db;
    ChangeNotifier *m_notifier;
    const Actor *m_actor;
};

} // namespace homeward
