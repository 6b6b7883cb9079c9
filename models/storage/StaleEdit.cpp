#include "StaleEdit.h"

#include "Sql.h"

#include <QLocale>

namespace homeward {
namespace {

// The record's table, which is also the audit trail's entity word.
QString tableOf(StaleEdit::Record record)
{
    switch (record) {
    case StaleEdit::Record::Person:
        return QStringLiteral("person");
    case StaleEdit::Record::Batch:
        return QStringLiteral("batch");
    case StaleEdit::Record::Exchange:
        return QStringLiteral("exchange");
    case StaleEdit::Record::Account:
        return QStringLiteral("official");
    case StaleEdit::Record::VerificationItem:
        return QStringLiteral("verification_item");
    case StaleEdit::Record::Resolution:
        return QStringLiteral("reconciliation_resolution");
    case StaleEdit::Record::RegistryLink:
        return QStringLiteral("person_registry_link");
    }
    return {};
}

QDateTime parseStamp(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (at.isValid() && at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC); // stamps are written in UTC (sql::nowStamp)
    return at;
}

// A checklist item has no updated_at: its last change is the newest of its
// verdict (verified_by/at, also in the audit trail as "verify" or
// "discrepancy") and the reset by an edit of its detail (changed_by/at: the
// trigger person_details_changed writes no audit row of the item).
Result<StaleEdit::LastChange> lastChangeOfItem(const QSqlDatabase &db, qint64 id)
{
    StaleEdit::LastChange change;
    auto exists = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM verification_item WHERE id = ?"), {id});
    if (!exists)
        return exists.error();
    change.exists = exists.value().toLongLong() != 0;
    if (!change.exists)
        return change; // gone with its person or its free item: the audit trail names neither for the item
    auto newest =
        sql::run(db,
                 QStringLiteral("SELECT o.full_name, e.at FROM ("
                                "SELECT official_id, at FROM audit_log WHERE entity = 'verification_item' "
                                "AND entity_id = ? "
                                "UNION ALL SELECT changed_by, changed_at FROM verification_item "
                                "WHERE id = ? AND changed_at IS NOT NULL "
                                "UNION ALL SELECT verified_by, verified_at FROM verification_item "
                                "WHERE id = ? AND verified_at IS NOT NULL"
                                ") e LEFT JOIN official o ON o.id = e.official_id ORDER BY e.at DESC LIMIT 1"),
                 {id, id, id});
    if (!newest)
        return newest.error();
    if (newest.value().next()) {
        change.by = newest.value().value(0).toString();
        change.at = parseStamp(newest.value().value(1));
    }
    return change;
}

// A row that names its last writer itself (`byColumn`, `atColumn`: every
// write sets both). A row that is gone: the newest audit row about it, when
// the trail keeps them under the table's name (an "unresolve"); `table` and
// the columns are fixed words, never input.
Result<StaleEdit::LastChange> lastChangeOfStampedRow(const QSqlDatabase &db, const QString &table,
                                                     const QString &byColumn, const QString &atColumn, qint64 id)
{
    StaleEdit::LastChange change;
    auto row = sql::run(db,
                        QStringLiteral("SELECT o.full_name, t.%2 FROM %1 t LEFT JOIN official o ON o.id = t.%3 "
                                       "WHERE t.id = ?")
                            .arg(table, atColumn, byColumn),
                        {id});
    if (!row)
        return row.error();
    if (!row.value().next()) {
        change.exists = false;
        auto removed = sql::run(db,
                                QStringLiteral("SELECT o.full_name, a.at FROM audit_log a LEFT JOIN official o "
                                               "ON o.id = a.official_id WHERE a.entity = ? AND a.entity_id = ? "
                                               "ORDER BY a.at DESC LIMIT 1"),
                                {table, id});
        if (!removed)
            return removed.error();
        if (!removed.value().next())
            return change;
        row = std::move(removed);
    }
    change.by = row.value().value(0).toString();
    change.at = parseStamp(row.value().value(1));
    return change;
}

} // namespace

Result<StaleEdit::LastChange> StaleEdit::lastChange(const QSqlDatabase &db, Record record, qint64 id)
{
    switch (record) {
    case Record::VerificationItem:
        return lastChangeOfItem(db, id);
    case Record::Resolution:
        return lastChangeOfStampedRow(db, tableOf(record), QStringLiteral("resolved_by"), QStringLiteral("resolved_at"),
                                      id);
    case Record::RegistryLink:
        return lastChangeOfStampedRow(db, tableOf(record), QStringLiteral("linked_by"), QStringLiteral("linked_at"),
                                      id);
    case Record::Person:
    case Record::Batch:
    case Record::Exchange:
    case Record::Account:
        break;
    }
    const QString table = tableOf(record);
    LastChange change;
    if (record == Record::Person) {
        // The row itself names whoever last wrote the details.
        auto row = sql::run(db,
                            QStringLiteral("SELECT p.updated_at, o.full_name FROM person p "
                                           "LEFT JOIN official o ON o.id = p.updated_by WHERE p.id = ?"),
                            {id});
        if (!row)
            return row.error();
        if (row.value().next()) {
            change.at = parseStamp(row.value().value(0));
            change.by = row.value().value(1).toString();
            if (!change.by.isEmpty())
                return change;
        } else {
            change.exists = false;
        }
    } else {
        // table is one of four fixed words, never input.
        auto row = sql::run(db, QStringLiteral("SELECT updated_at FROM %1 WHERE id = ?").arg(table), {id});
        if (!row)
            return row.error();
        if (row.value().next())
            change.at = parseStamp(row.value().value(0));
        else
            change.exists = false;
    }

    // Otherwise the newest audit row about the record (and, for a batch, the
    // newest status change, which the schema 5 triggers make without an
    // audit row of the batch): stamps are ISO text in UTC, so they sort as text.
    QString events = QStringLiteral("SELECT official_id, at, action FROM audit_log WHERE entity = ? AND entity_id = ?");
    QVariantList values{table, id};
    if (record == Record::Batch) {
        events += QStringLiteral(" UNION ALL SELECT official_id, at, 'transition' FROM batch_transition "
                                 "WHERE batch_id = ?");
        values << id;
    }
    auto newest = sql::run(db,
                           QStringLiteral("SELECT o.full_name, e.at FROM (%1) e LEFT JOIN official o "
                                          "ON o.id = e.official_id %2 ORDER BY e.at DESC LIMIT 1")
                               .arg(events, change.exists ? QString() : QStringLiteral("WHERE e.action = 'delete'")),
                           values);
    if (!newest)
        return newest.error();
    if (newest.value().next()) {
        change.by = newest.value().value(0).toString();
        if (const QDateTime at = parseStamp(newest.value().value(1)); at.isValid())
            change.at = at;
    }
    return change;
}

QString StaleEdit::formatTime(const QDateTime &at)
{
    if (!at.isValid())
        return tr("an unknown time");
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           locale.toString(local.time(), QLocale::ShortFormat);
}

QString StaleEdit::message(Record record, const LastChange &change)
{
    if (!change.exists) {
        const QString by = change.by.isEmpty() ? tr("someone") : change.by;
        switch (record) {
        case Record::Person:
            return tr("This person was deleted by %1 since you opened it. Nothing was saved.").arg(by);
        case Record::Batch:
            return tr("This batch was deleted by %1 since you opened it. Nothing was saved.").arg(by);
        case Record::Exchange:
            return tr("This exchange was deleted by %1 since you opened it. Nothing was saved.").arg(by);
        case Record::Account:
            return tr("This account was deleted by %1 since you opened it. Nothing was saved.").arg(by);
        case Record::VerificationItem:
            return tr("This checklist item was removed since you opened the checklist (its person or its free "
                      "item was deleted). Nothing was saved.");
        case Record::Resolution:
            return tr("This resolution was withdrawn by %1 since you opened it. Nothing was saved.").arg(by);
        case Record::RegistryLink:
            return tr("This registry link was removed by %1 since you opened it. Nothing was saved.").arg(by);
        }
    }
    const QString by = change.by.isEmpty() ? tr("another official") : change.by;
    const QString at = formatTime(change.at);
    switch (record) {
    case Record::Person:
        return tr("This person was changed by %1 at %2 since you opened it. Nothing was saved: reload to see the "
                  "change, then make yours again.")
            .arg(by, at);
    case Record::Batch:
        return tr("This batch was changed by %1 at %2 since you opened it. Nothing was saved: reload to see the "
                  "change, then make yours again.")
            .arg(by, at);
    case Record::Exchange:
        return tr("This exchange was changed by %1 at %2 since you opened it. Nothing was saved: reload to see the "
                  "change, then make yours again.")
            .arg(by, at);
    case Record::Account:
        return tr("This account was changed by %1 at %2 since you opened it. Nothing was saved: reload to see the "
                  "change, then make yours again.")
            .arg(by, at);
    case Record::VerificationItem:
        return tr("This checklist item was changed by %1 at %2 since you opened the checklist. Nothing was saved: "
                  "reload to see the change, then make yours again.")
            .arg(by, at);
    case Record::Resolution:
        return tr("This resolution was changed by %1 at %2 since you opened it. Nothing was saved: reload to see the "
                  "change, then make yours again.")
            .arg(by, at);
    case Record::RegistryLink:
        return tr("This registry link was changed by %1 at %2 since you opened it. Nothing was saved: reload to see "
                  "the change, then make yours again.")
            .arg(by, at);
    }
    return {};
}

Error StaleEdit::refusal(const QSqlDatabase &db, Record record, qint64 id)
{
    auto change = lastChange(db, record, id);
    Error error;
    error.stale = true;
    if (change) {
        error.message = message(record, change.value());
    } else {
        // Still a refusal: who changed it is only unknown.
        error.message = message(record, LastChange{true, {}, {}});
        error.detail = change.error().text();
    }
    return error;
}

Error StaleEdit::refusal(Record record, const LastChange &change)
{
    Error error{message(record, change)};
    error.stale = true;
    return error;
}

} // namespace homeward
