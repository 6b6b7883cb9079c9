#include "HistoryModel.h"

#include "ChecklistModel.h"
#include "ItemRoles.h"
#include "domain/Enums.h"
#include "domain/PartialDate.h"
#include "domain/Verification.h"
#include "storage/Store.h"

#include <QJsonValue>

#include <algorithm>

namespace homeward {
namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("homeward::HistoryModel", text);
}

const QString kVerificationEntity = QStringLiteral("verification_item");

// Keys a reader does not need: ids, bookkeeping, and who/when (the row's own
// official and time say it).
bool hiddenKey(const QString &key)
{
    static const QStringList hidden{
        QStringLiteral("id"),           QStringLiteral("row_version"), QStringLiteral("created_at"),
        QStringLiteral("updated_at"),   QStringLiteral("created_by"),  QStringLiteral("updated_by"),
        QStringLiteral("birth_date_partial"), QStringLiteral("batch_id"), QStringLiteral("exchange_id"),
        QStringLiteral("person_id"),    QStringLiteral("item"),        QStringLiteral("label"),
        QStringLiteral("verified_by"),  QStringLiteral("verified_at"), QStringLiteral("changed_by"),
        QStringLiteral("changed_at"),   QStringLiteral("password_hash")};
    return hidden.contains(key);
}

// Field order as in the forms; keys not listed come after, by name.
const QStringList &fieldOrder()
{
    static const QStringList order{
        QStringLiteral("surname"),        QStringLiteral("given_name"),      QStringLiteral("patronymic"),
        QStringLiteral("birth_date"),     QStringLiteral("birth_place"),     QStringLiteral("sex"),
        QStringLiteral("citizenship"),    QStringLiteral("document_type"),   QStringLiteral("document_number"),
        QStringLiteral("region"),         QStringLiteral("category"),        QStringLiteral("rank"),
        QStringLiteral("unit"),           QStringLiteral("service_number"),  QStringLiteral("capture_date"),
        QStringLiteral("capture_place"),  QStringLiteral("detention_place"), QStringLiteral("health"),
        QStringLiteral("inform_name"),    QStringLiteral("inform_contact"),  QStringLiteral("record_id"),
        QStringLiteral("position"),       QStringLiteral("member_status"),   QStringLiteral("sequence_no"),
        QStringLiteral("direction"),      QStringLiteral("planned_date"),    QStringLiteral("place"),
        QStringLiteral("planned_servicemen"), QStringLiteral("planned_civilians"), QStringLiteral("status"),
        QStringLiteral("state"),          QStringLiteral("method"),          QStringLiteral("note"),
        QStringLiteral("reason"),         QStringLiteral("notes")};
    return order;
}

QString fieldLabel(const QString &key)
{
    struct Entry {
        const char *key;
        const char *text;
    };
    static const Entry labels[] = {
        {"surname", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Surname")},
        {"given_name", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Given name")},
        {"patronymic", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Patronymic")},
        {"birth_date", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Date of birth")},
        {"birth_place", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Place of birth")},
        {"sex", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Sex")},
        {"citizenship", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Citizenship")},
        {"document_type", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Document type")},
        {"document_number", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Document number")},
        {"region", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Region")},
        {"category", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Category")},
        {"rank", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Rank")},
        {"unit", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Unit")},
        {"service_number", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Service number")},
        {"capture_date", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Date of capture")},
        {"capture_place", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Place of capture")},
        {"detention_place", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Place of detention")},
        {"health", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Health")},
        {"inform_name", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Person to inform")},
        {"inform_contact", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Contact of the person to inform")},
        {"record_id", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Record ID")},
        {"notes", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Notes")},
        {"position", QT_TRANSLATE_NOOP("homeward::HistoryModel", "No. in the list")},
        {"member_status", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Listing")},
        {"sequence_no", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Batch number")},
        {"direction", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Direction")},
        {"planned_date", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Planned date")},
        {"place", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Place")},
        {"planned_servicemen", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Servicemen planned")},
        {"planned_civilians", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Civilians planned")},
        {"status", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Status")},
        {"state", QT_TRANSLATE_NOOP("homeward::HistoryModel", "State")},
        {"method", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Method")},
        {"note", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Note")},
        {"reason", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Reason")},
    };
    for (const Entry &entry : labels)
        if (key == QLatin1String(entry.key))
            return translated(entry.text);
    return key; // a column added later still shows, by its stored name
}

QString valueText(const QString &key, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isBool())
        return value.toBool() ? QCoreApplication::translate("homeward::HistoryModel", "yes")
                              : QCoreApplication::translate("homeward::HistoryModel", "no");
    if (value.isDouble())
        return QString::number(value.toInteger());
    QString text = value.toString(); // not const: returned by move
    if (key == QLatin1String("sex"))
        if (auto sex = sexFromCode(text))
            return label(*sex);
    if (key == QLatin1String("category"))
        if (auto category = categoryFromCode(text))
            return label(*category);
    if (key == QLatin1String("direction"))
        if (auto direction = directionFromCode(text))
            return label(*direction);
    if (key == QLatin1String("status"))
        if (auto status = batchStatusFromCode(text))
            return label(*status);
    if (key == QLatin1String("member_status"))
        if (auto status = memberStatusFromCode(text))
            return label(*status);
    if (key == QLatin1String("state"))
        if (auto state = checkStateFromCode(text))
            return label(*state);
    if (key == QLatin1String("method"))
        if (auto method = checkMethodFromCode(text))
            return label(*method);
    if (key == QLatin1String("birth_date"))
        if (auto date = PartialDate::fromIso(text))
            return date->toDisplay();
    if (key.endsWith(QLatin1String("_date"))) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return date.toString(QStringLiteral("dd.MM.yyyy"));
    }
    return text;
}

QString verificationItemLabel(const AuditEntry &entry)
{
    const QJsonObject &record = entry.after.isEmpty() ? entry.before : entry.after;
    const QString code = record.value(QStringLiteral("item")).toString();
    const auto item = checkItemFromCode(code);
    if (!item)
        return QCoreApplication::translate("homeward::HistoryModel", "Checklist item");
    if (*item == CheckItem::Custom)
        return record.value(QStringLiteral("label")).toString();
    return label(*item);
}

bool isEmptyValue(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty());
}

} // namespace

HistoryModel::HistoryModel(Store &store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    ChangeNotifier *notifier = m_store.notifier();
    const auto refresh = [this] {
        if (m_subject != Subject::None)
            reload();
    };
    connect(notifier, &ChangeNotifier::personsChanged, this, refresh);
    connect(notifier, &ChangeNotifier::batchesChanged, this, refresh);
}

QString HistoryModel::actionLabel(const QString &action)
{
    struct Entry {
        const char *code;
        const char *text;
    };
    static const Entry labels[] = {
        {"create", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Created")},
        {"update", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Changed")},
        {"delete", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Deleted")},
        {"list", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Listed in a batch")},
        {"unlist", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Taken off a batch's list")},
        {"withdraw", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Withdrawn from the batch")},
        {"reinstate", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Listed again")},
        {"verify", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Verified")},
        {"discrepancy", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Discrepancy recorded")},
        {"custom_item_add", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Checklist item added")},
        {"transition", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Status changed")},
        {"confirm", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Confirmed")},
        {"reopen", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Reopened")},
        {"complete", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Completed")},
        {"cancel", QT_TRANSLATE_NOOP("homeward::HistoryModel", "Cancelled")},
    };
    for (const Entry &entry : labels)
        if (action == QLatin1String(entry.code))
            return tr(entry.text);
    return action; // a newer action still shows, by its code
}

QList<HistoryModel::Change> HistoryModel::changesOf(const AuditEntry &entry)
{
    const bool verification = entry.entity == kVerificationEntity;
    const QString itemLabel = verification ? verificationItemLabel(entry) : QString();

    QStringList keys;
    for (const QString &key : entry.before.keys())
        if (!hiddenKey(key))
            keys << key;
    for (const QString &key : entry.after.keys())
        if (!hiddenKey(key) && !keys.contains(key))
            keys << key;
    const QStringList &order = fieldOrder();
    std::sort(keys.begin(), keys.end(), [&order](const QString &a, const QString &b) {
        const qsizetype ia = order.indexOf(a);
        const qsizetype ib = order.indexOf(b);
        if (ia != ib)
            return (ia < 0 ? order.size() : ia) < (ib < 0 ? order.size() : ib);
        return a < b;
    });

    const bool both = !entry.before.isEmpty() && !entry.after.isEmpty();
    const bool listingOnly = entry.action == QLatin1String("unlist");
    Change base{entry.id, entry.at, entry.officialName, entry.action, {}, {}, {}};
    QList<Change> changes;
    for (const QString &key : keys) {
        const QJsonValue before = entry.before.value(key);
        const QJsonValue after = entry.after.value(key);
        if (both && before == after)
            continue;
        if (!both && isEmptyValue(before) && isEmptyValue(after))
            continue; // a new record's empty fields say nothing
        if (listingOnly && key != QLatin1String("position") && key != QLatin1String("member_status"))
            continue; // the person stays; only their place on this list went
        Change change = base;
        change.field = verification ? QStringLiteral("%1: %2").arg(itemLabel, fieldLabel(key)) : fieldLabel(key);
        change.before = valueText(key, before);
        change.after = valueText(key, after);
        changes << change;
    }
    if (changes.isEmpty()) {
        if (verification)
            base.field = itemLabel;
        changes << base;
    }
    return changes;
}

void HistoryModel::setPerson(qint64 personId)
{
    set(personId == 0 ? Subject::None : Subject::Person, personId);
}

void HistoryModel::setBatch(qint64 batchId)
{
    set(batchId == 0 ? Subject::None : Subject::Batch, batchId);
}

void HistoryModel::clear()
{
    set(Subject::None, 0);
}

bool HistoryModel::load(QList<Change> &rows, int &entries, QString &error) const
{
    QList<AuditEntry> all;
    const QSqlDatabase db = m_store.connection();
    const auto add = [&](const QString &entity, qint64 id) {
        auto history = AuditLog::history(db, entity, id);
        if (!history) {
            error = history.text();
            return false;
        }
        all.append(history.value());
        return true;
    };
    if (m_subject == Subject::Batch) {
        if (!add(QStringLiteral("batch"), m_subjectId))
            return false;
    } else if (m_subject == Subject::Person) {
        if (!add(QStringLiteral("person"), m_subjectId))
            return false;
        auto items = m_store.verification().itemsForPerson(m_subjectId);
        if (!items) {
            error = items.text();
            return false;
        }
        for (const VerificationItem &item : items.value())
            if (!add(kVerificationEntity, item.id))
                return false;
    }
    // Newest first: the latest change is what an official looks for.
    std::sort(all.begin(), all.end(), [](const AuditEntry &a, const AuditEntry &b) { return a.id > b.id; });
    entries = int(all.size());
    rows.clear();
    for (const AuditEntry &entry : all)
        rows.append(changesOf(entry));
    return true;
}

void HistoryModel::set(Subject subject, qint64 id)
{
    m_subject = subject;
    m_subjectId = subject == Subject::None ? 0 : id;
    QList<Change> rows;
    int entries = 0;
    QString error;
    if (m_subject != Subject::None)
        load(rows, entries, error);
    beginResetModel();
    m_rows = error.isEmpty() ? rows : QList<Change>{};
    m_entryCount = error.isEmpty() ? entries : 0;
    if (error.isEmpty())
        m_lastError.clear();
    endResetModel();
    if (!error.isEmpty()) {
        m_lastError = error;
        Q_EMIT loadFailed(error);
    }
}

void HistoryModel::reload()
{
    if (m_subject == Subject::None)
        return;
    QList<Change> rows;
    int entries = 0;
    QString error;
    if (!load(rows, entries, error)) {
        m_lastError = error;
        Q_EMIT loadFailed(error);
        return;
    }
    m_lastError.clear();
    if (entries == m_entryCount)
        return; // the trail only grows: the same number of rows is the same history
    beginResetModel();
    m_rows = rows;
    m_entryCount = entries;
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Change &change = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn: return ChecklistModel::localTime(change.at);
        case OfficialColumn: return change.official.isEmpty() ? tr("(no official)") : change.official;
        case ActionColumn: return actionLabel(change.action);
        case FieldColumn: return change.field;
        case BeforeColumn: return change.before;
        case AfterColumn: return change.after;
        default: return {};
        }
    case roles::SortRole:
        return index.column() == TimeColumn ? QVariant(change.at) : data(index, Qt::DisplayRole);
    case roles::IdRole: return change.entryId;
    case roles::StatusCodeRole: return change.action;
    default: return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case OfficialColumn: return tr("Official");
    case ActionColumn: return tr("Action");
    case FieldColumn: return tr("Detail");
    case BeforeColumn: return tr("Before");
    case AfterColumn: return tr("After");
    default: return {};
    }
}

} // namespace homeward
