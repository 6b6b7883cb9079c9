#include "PersonTableModel.h"

#include "ItemRoles.h"
#include "storage/Store.h"

#include <QScopedValueRollback>

#include <algorithm>

namespace homeward {

PersonTableModel::PersonTableModel(Store &store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    ChangeNotifier *notifier = m_store.notifier();
    connect(notifier, &ChangeNotifier::personsChanged, this, &PersonTableModel::onPersonsChanged);
    connect(notifier, &ChangeNotifier::batchesChanged, this, [this](qint64 exchangeId) {
        if (m_batchId != 0 && exchangeId == m_exchangeId)
            onBatchesMayHaveGone();
    });
    connect(notifier, &ChangeNotifier::exchangesChanged, this, [this] {
        if (m_batchId != 0)
            onBatchesMayHaveGone();
    });
}

void PersonTableModel::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT loadFailed(message);
}

void PersonTableModel::clearRows()
{
    m_rows.clear();
    m_total = 0;
    m_fetchFailed = false;
}

QList<PersonTableModel::Row> PersonTableModel::toRows(QList<ListedPerson> &&listed)
{
    QList<Row> rows;
    rows.reserve(listed.size());
    for (ListedPerson &person : listed) {
        const PartialDate &birth = person.person.birthDate;
        rows.append(Row{std::move(person), birth.toIso(), birth.toDisplay()});
    }
    return rows;
}

bool PersonTableModel::load(qint64 batchId, int rows, int &total, QList<Row> &loaded, QString &error) const
{
    auto count = m_store.persons().countInBatch(batchId);
    if (!count) {
        error = tr("The persons of the batch could not be loaded: %1").arg(count.text());
        return false;
    }
    auto page = m_store.persons().pageInBatch(batchId, 0, rows);
    if (!page) {
        error = tr("The persons of the batch could not be loaded: %1").arg(page.text());
        return false;
    }
    loaded = toRows(std::move(page.value()));
    // The list may have changed between the two reads; never claim fewer than we hold.
    total = std::max(count.value(), int(loaded.size()));
    return true;
}

void PersonTableModel::setBatch(qint64 batchId)
{
    int total = 0;
    QList<Row> loaded;
    QString error;
    qint64 exchangeId = 0;
    if (batchId != 0) {
        if (auto batch = m_store.batches().get(batchId); !batch) {
            error = tr("The batch could not be opened: %1").arg(batch.text());
        } else {
            exchangeId = batch.value().exchangeId;
            load(batchId, kPageSize, total, loaded, error);
        }
    }

    {
        // A batch that cannot be read shows empty rather than another batch's persons.
        const QScopedValueRollback announcing(m_announcing, true);
        beginResetModel();
        m_batchId = batchId;
        m_exchangeId = exchangeId;
        clearRows();
        if (error.isEmpty()) {
            m_rows = std::move(loaded);
            m_total = total;
            m_lastError.clear();
        }
        endResetModel();
    }
    if (!error.isEmpty())
        fail(error);
}

void PersonTableModel::reload()
{
    if (m_batchId == 0)
        return;
    int total = 0;
    QList<Row> loaded;
    QString error;
    if (!load(m_batchId, std::max(int(m_rows.size()), kPageSize), total, loaded, error)) {
        fail(error);  // keeps the last good rows
        return;
    }
    const QScopedValueRollback announcing(m_announcing, true);
    m_total = total;
    m_fetchFailed = false;
    m_lastError.clear();
    // The same persons in the same places (an edit, a checklist state, a change at another
    // desk): the rows' data only, so that views keep the selected person and the scroll position.
    const bool samePlaces =
        std::equal(loaded.cbegin(), loaded.cend(), m_rows.cbegin(), m_rows.cend(),
                   [](const Row &a, const Row &b) { return a.listed.person.id == b.listed.person.id; });
    if (samePlaces) {
        m_rows = std::move(loaded);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(loaded);
    endResetModel();
}

void PersonTableModel::onPersonsChanged(qint64 batchId)
{
    if (batchId != 0 && batchId == m_batchId)
        reload();
}

void PersonTableModel::onBatchesMayHaveGone()
{
    auto batches = m_store.batches().listForExchange(m_exchangeId);
    if (!batches) {
        fail(tr("The batches could not be read: %1").arg(batches.text()));
        return;
    }
    const auto &list = batches.value();
    const bool stillThere =
        std::any_of(list.cbegin(), list.cend(), [this](const Batch &batch) { return batch.id == m_batchId; });
    if (!stillThere)
        setBatch(0);
}

int PersonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ListedPerson *PersonTableModel::listedAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).listed : nullptr;
}

QVariant PersonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ListedPerson &listed = row.listed;
    const Person &p = listed.person;
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
    case roles::SortRole:
        switch (column) {
        case PositionColumn: return listed.position;
        case SurnameColumn: return p.surname;
        case GivenNameColumn: return p.givenName;
        case PatronymicColumn: return p.patronymic;
        case BirthDateColumn: return role == Qt::DisplayRole ? row.birthDisplay : row.birthIso;
        case SexColumn: return label(p.sex);
        case CategoryColumn: return label(p.category);
        case RankColumn: return p.rank;
        case ServiceNumberColumn: return p.serviceNumber;
        case RegionColumn: return p.region;
        default: return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (column == BirthDateColumn && p.birthDate.precision() == PartialDate::Precision::Year)
            lines << tr("Date of birth known only to the year");
        else if (column == BirthDateColumn && p.birthDate.precision() == PartialDate::Precision::Month)
            lines << tr("Date of birth known only to the month");
        if (listed.status == MemberStatus::Withdrawn)
            lines << tr("Withdrawn from the batch");
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::TextAlignmentRole:
        if (column == PositionColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case roles::IdRole: return p.id;
    case roles::StatusCodeRole: return toCode(listed.status);
    default: return {};
    }
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PositionColumn: return tr("No.");
    case SurnameColumn: return tr("Surname");
    case GivenNameColumn: return tr("Given name");
    case PatronymicColumn: return tr("Patronymic");
    case BirthDateColumn: return tr("Date of birth");
    case SexColumn: return tr("Sex");
    case CategoryColumn: return tr("Category");
    case RankColumn: return tr("Rank");
    case ServiceNumberColumn: return tr("Service number");
    case RegionColumn: return tr("Region");
    default: return {};
    }
}

bool PersonTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_batchId != 0 && !m_fetchFailed && !m_announcing && m_rows.size() < m_total;
}

void PersonTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int lastPosition = m_rows.isEmpty() ? 0 : m_rows.constLast().listed.position;
    auto page = m_store.persons().pageInBatch(m_batchId, lastPosition, kPageSize);
    if (!page) {
        m_fetchFailed = true;
        fail(tr("More persons of the batch could not be loaded: %1").arg(page.text()));
        return;
    }
    if (page.value().isEmpty()) {
        m_total = int(m_rows.size());  // the list shrank meanwhile; its notification reloads us
        return;
    }
    const int first = int(m_rows.size());
    const QScopedValueRollback announcing(m_announcing, true);
    beginInsertRows({}, first, first + int(page.value().size()) - 1);
    m_rows.append(toRows(std::move(page.value())));
    m_total = std::max(m_total, int(m_rows.size()));
    endInsertRows();
}

qint64 PersonTableModel::personIdAt(int row) const
{
    const ListedPerson *listed = listedAt(row);
    return listed ? listed->person.id : 0;
}

int PersonTableModel::rowOfPerson(qint64 personId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).listed.person.id == personId)
            return row;
    return -1;
}

} // namespace homeward
