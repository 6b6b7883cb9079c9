#include "ChecklistModel.h"

#include "ItemRoles.h"
#include "storage/Store.h"

#include <QLocale>

#include <algorithm>

namespace homeward {
namespace {

bool sameItems(const QList<VerificationItem> &a, const QList<VerificationItem> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const VerificationItem &x, const VerificationItem &y) { return x.id == y.id; });
}

bool sameContent(const VerificationItem &a, const VerificationItem &b)
{
    return a.id == b.id && a.state == b.state && a.method == b.method && a.note == b.note &&
           a.changedBy == b.changedBy && a.changedAt == b.changedAt && a.verifiedBy == b.verifiedBy &&
           a.verifiedAt == b.verifiedAt && a.label == b.label && a.changedByName == b.changedByName &&
           a.verifiedByName == b.verifiedByName;
}

QString whoAndWhen(const QString &name, const QDateTime &at)
{
    if (name.isEmpty() && !at.isValid())
        return {};
    if (!at.isValid())
        return name;
    const QString when = ChecklistModel::localTime(at);
    return name.isEmpty() ? when : QStringLiteral("%1, %2").arg(name, when);
}

} // namespace

ChecklistModel::ChecklistModel(Store &store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    // A verification or an edit announces the person's batches; the checklist
    // is a handful of rows, so any announcement is worth a reload.
    connect(m_store.notifier(), &ChangeNotifier::personsChanged, this, [this] {
        if (m_personId != 0)
            reload();
    });
}

QString ChecklistModel::localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

void ChecklistModel::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT loadFailed(message);
}

bool ChecklistModel::load(qint64 personId, Person &person, QList<VerificationItem> &items, QString &error) const
{
    auto stored = m_store.persons().get(personId);
    if (!stored) {
        error = tr("The person could not be read: %1").arg(stored.text());
        return false;
    }
    auto list = m_store.verification().itemsForPerson(personId);
    if (!list) {
        error = list.text();
        return false;
    }
    person = stored.value();
    items = std::move(list.value());
    return true;
}

void ChecklistModel::setPerson(qint64 personId)
{
    Person person;
    QList<VerificationItem> items;
    QString error;
    if (personId != 0)
        load(personId, person, items, error);
    beginResetModel();
    m_personId = personId;
    m_person = error.isEmpty() ? person : Person{};
    m_items = error.isEmpty() ? items : QList<VerificationItem>{};
    if (error.isEmpty())
        m_lastError.clear();
    endResetModel();
    if (!error.isEmpty())
        fail(error);
}

void ChecklistModel::reload()
{
    if (m_personId == 0)
        return;
    Person person;
    QList<VerificationItem> items;
    QString error;
    if (!load(m_personId, person, items, error)) {
        // Removed meanwhile: show nothing stale.
        if (auto exists = m_store.persons().get(m_personId); !exists) {
            beginResetModel();
            m_person = Person{};
            m_items.clear();
            endResetModel();
        }
        fail(error);
        return;
    }
    m_lastError.clear();
    if (!sameItems(items, m_items)) {
        beginResetModel();
        m_person = person;
        m_items = items;
        endResetModel();
        return;
    }
    const bool personChanged = !(person == m_person);
    m_person = person;
    // Announce only the rows that changed (all of them when a detail's value may have).
    int first = -1;
    int last = -1;
    for (int row = 0; row < items.size(); ++row) {
        if (personChanged || !sameContent(items.at(row), m_items.at(row))) {
            if (first < 0)
                first = row;
            last = row;
        }
    }
    m_items = items;
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const VerificationItem *ChecklistModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int ChecklistModel::rowOfItem(qint64 itemId) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).id == itemId)
            return row;
    return -1;
}

bool ChecklistModel::mayVerify(const VerificationItem &item) const
{
    return item.changedBy == 0 || item.changedBy != m_store.actor().officialId;
}

QString ChecklistModel::whyNotMayVerify(const VerificationItem &item) const
{
    if (mayVerify(item))
        return {};
    if (item.item == CheckItem::Identity)
        return tr("You entered this person yourself; another official must confirm their identity");
    if (item.item == CheckItem::Custom)
        return tr("You last changed this person's details yourself; another official must verify “%1”")
            .arg(item.label);
    return tr("You changed %1 of this person yourself; another official must verify it")
        .arg(detailInSentence(item.item));
}

QString ChecklistModel::valueText(const VerificationItem &item) const
{
    if (item.item == CheckItem::Custom || item.item == CheckItem::Identity)
        return {};
    if (prefersBlindReentry(item.item) && item.state == CheckState::Pending)
        return tr("(hidden: type it from your record)");
    return detailText(m_person, item.item);
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VerificationItem &item = m_items.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ItemColumn: return item.displayLabel();
        case ValueColumn: return valueText(item);
        case StateColumn: return label(item.state);
        case MethodColumn: return item.method ? label(*item.method) : QString();
        case VerifiedColumn: return whoAndWhen(item.verifiedByName, item.verifiedAt);
        case ChangedColumn: return whoAndWhen(item.changedByName, item.changedAt);
        case NoteColumn: return item.note;
        default: return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (column == ItemColumn && prefersBlindReentry(item.item))
            lines << tr("Verified by typing it again from your record without seeing the stored value (Space or B)");
        if (column == ItemColumn && item.item == CheckItem::Identity)
            lines << tr("Confirm in person, from a photo or from documents (Space)");
        if (column != ItemColumn) {
            // The whole text of a cell the column may cut short.
            if (const QString shown = data(index, Qt::DisplayRole).toString(); !shown.isEmpty())
                lines << shown;
        }
        if (const QString why = whyNotMayVerify(item); !why.isEmpty())
            lines << why;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case roles::IdRole: return item.id;
    case roles::StatusCodeRole: return toCode(item.state);
    case roles::CheckItemRole: return int(item.item);
    case roles::PrefersBlindRole: return prefersBlindReentry(item.item);
    case roles::MayVerifyRole: return mayVerify(item);
    case roles::SortRole: return index.row();
    default: return {};
    }
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn: return tr("Detail");
    case ValueColumn: return tr("Stored value");
    case StateColumn: return tr("State");
    case MethodColumn: return tr("Method");
    case VerifiedColumn: return tr("Verified by");
    case ChangedColumn: return tr("Last changed by");
    case NoteColumn: return tr("Note");
    default: return {};
    }
}

} // namespace homeward
