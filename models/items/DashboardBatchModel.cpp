#include "DashboardBatchModel.h"

#include "ItemRoles.h"
#include "storage/Store.h"

#include <QLocale>

#include <algorithm>

namespace homeward {
namespace {

bool sameBatches(const QList<DashboardBatchRow> &a, const QList<DashboardBatchRow> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const DashboardBatchRow &x, const DashboardBatchRow &y) { return x.batchId == y.batchId; });
}

} // namespace

DashboardBatchModel::DashboardBatchModel(Store &store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    // One query per figure whatever the size of the exchange (about 0.1 s
    // for 5,000 persons), so the announcements of a burst share one reload.
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(0);
    connect(&m_reloadSoon, &QTimer::timeout, this, &DashboardBatchModel::reload);
    ChangeNotifier *notifier = m_store.notifier();
    connect(notifier, &ChangeNotifier::exchangesChanged, this, [this] {
        if (m_exchangeId != 0)
            m_reloadSoon.start();
    });
    connect(notifier, &ChangeNotifier::batchesChanged, this, [this](qint64 exchangeId) {
        if (m_exchangeId != 0 && (exchangeId == 0 || exchangeId == m_exchangeId))
            m_reloadSoon.start();
    });
    connect(notifier, &ChangeNotifier::personsChanged, this, [this](qint64 batchId) {
        if (m_exchangeId != 0 && (batchId == 0 || rowOfBatch(batchId) >= 0))
            m_reloadSoon.start();
    });
}

bool DashboardBatchModel::load(qint64 exchangeId, Snapshot &snapshot, QString &error) const
{
    if (exchangeId == 0)
        return true;
    DashboardQueries queries(m_store.connection());
    auto rows = queries.batches(exchangeId);
    if (!rows) {
        error = rows.text();
        return false;
    }
    auto composition = queries.composition(exchangeId);
    if (!composition) {
        error = composition.text();
        return false;
    }
    auto history = queries.verifiedOverTime(exchangeId);
    if (!history) {
        error = history.text();
        return false;
    }
    snapshot.rows = std::move(rows.value());
    snapshot.composition = composition.value();
    snapshot.history = std::move(history.value());
    return true;
}

void DashboardBatchModel::apply(Snapshot snapshot)
{
    m_composition = snapshot.composition;
    m_history = std::move(snapshot.history);
    if (!sameBatches(snapshot.rows, m_rows)) {
        beginResetModel();
        m_rows = std::move(snapshot.rows);
        endResetModel();
        return;
    }
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!(m_rows.at(row) == snapshot.rows.at(row))) {
            if (first < 0)
                first = row;
            last = row;
        }
    }
    m_rows = std::move(snapshot.rows);
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void DashboardBatchModel::setExchange(qint64 exchangeId)
{
    m_reloadSoon.stop(); // read now
    Snapshot snapshot;
    QString error;
    const bool loaded = load(exchangeId, snapshot, error);
    beginResetModel();
    m_exchangeId = exchangeId;
    m_rows = loaded ? std::move(snapshot.rows) : QList<DashboardBatchRow>{};
    m_composition = loaded ? snapshot.composition : DashboardComposition{};
    m_history = loaded ? std::move(snapshot.history) : QList<VerifiedInMinute>{};
    m_lastError = error;
    endResetModel();
    if (!loaded)
        Q_EMIT loadFailed(error);
    Q_EMIT refreshed();
}

void DashboardBatchModel::reload()
{
    m_reloadSoon.stop();
    if (m_exchangeId == 0)
        return;
    Snapshot snapshot;
    QString error;
    if (!load(m_exchangeId, snapshot, error)) {
        m_lastError = error;
        Q_EMIT loadFailed(error);
        Q_EMIT refreshed();
        return;
    }
    m_lastError.clear();
    apply(std::move(snapshot));
    Q_EMIT refreshed();
}

int DashboardBatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardBatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const DashboardBatchRow *DashboardBatchModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DashboardBatchModel::rowOfBatch(qint64 batchId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).batchId == batchId)
            return row;
    return -1;
}

DashboardBatchRow DashboardBatchModel::totals() const
{
    DashboardBatchRow sum;
    for (const DashboardBatchRow &row : m_rows) {
        if (row.status == BatchStatus::Cancelled)
            continue;
        sum.planned += row.planned;
        sum.entered += row.entered;
        sum.verified += row.verified;
        sum.withDiscrepancy += row.withDiscrepancy;
        sum.openDiscrepancies += row.openDiscrepancies;
    }
    return sum;
}

QVariant DashboardBatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DashboardBatchRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            return tr("Batch %1").arg(row.sequenceNo);
        case DirectionColumn:
            return label(row.direction);
        case StatusColumn:
            return label(row.status);
        case PlannedColumn:
            return row.planned;
        case EnteredColumn:
            return row.entered;
        case VerifiedColumn:
            return row.verified;
        case DiscrepanciesColumn:
            return row.openDiscrepancies;
        case WaitingColumn:
            return row.waiting();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case NumberColumn:
            return row.plannedDate.isValid() ? tr("Batch %1, planned for %2")
                                                   .arg(row.sequenceNo)
                                                   .arg(QLocale().toString(row.plannedDate, QLocale::ShortFormat))
                                             : tr("Batch %1, no date planned").arg(row.sequenceNo);
        case PlannedColumn:
            return tr("%n person(s) planned", nullptr, row.planned);
        case EnteredColumn:
            return tr("%1 of %2 entered").arg(row.entered).arg(row.planned);
        case VerifiedColumn:
            return tr("%1 of %2 verified").arg(row.verified).arg(row.entered);
        case DiscrepanciesColumn:
            return tr("%n detail(s) marked discrepant, in %1 person(s)", nullptr, row.openDiscrepancies)
                .arg(row.withDiscrepancy);
        case WaitingColumn:
            return tr("%n person(s) waiting for a verifier", nullptr, row.waiting());
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return column >= PlannedColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case roles::IdRole:
    case roles::BatchIdRole:
        return row.batchId;
    case roles::ExchangeIdRole:
        return m_exchangeId;
    case roles::StatusCodeRole:
        return toCode(row.status);
    case roles::SortRole:
        switch (column) {
        case NumberColumn:
            return row.sequenceNo;
        case DirectionColumn:
            return label(row.direction);
        case StatusColumn:
            return int(row.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    case roles::ProgressValueRole:
        if (column == EnteredColumn)
            return row.entered;
        if (column == VerifiedColumn)
            return row.verified;
        return {};
    case roles::ProgressMaximumRole:
        if (column == EnteredColumn)
            return row.planned;
        if (column == VerifiedColumn)
            return row.entered;
        return {};
    default:
        return {};
    }
}

QVariant DashboardBatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NumberColumn:
            return tr("Batch");
        case DirectionColumn:
            return tr("Direction");
        case StatusColumn:
            return tr("Status");
        case PlannedColumn:
            return tr("Planned");
        case EnteredColumn:
            return tr("Entered");
        case VerifiedColumn:
            return tr("Verified");
        case DiscrepanciesColumn:
            return tr("Discrepancies");
        case WaitingColumn:
            return tr("Waiting");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PlannedColumn:
            return tr("Persons planned for the batch");
        case EnteredColumn:
            return tr("Persons entered in the batch's list, of those planned");
        case VerifiedColumn:
            return tr("Persons with every detail verified, of those entered");
        case DiscrepanciesColumn:
            return tr("Details marked discrepant and not yet corrected");
        case WaitingColumn:
            return tr("Persons entered, neither verified nor held up by a discrepancy");
        default:
            return {};
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace homeward
