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

} // namespace

Result<StaleEdit::LastChange> StaleEdit::lastChange(const QSqlDatabase &db, Record record, qint64 id)
{
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

} // namespace homeward
