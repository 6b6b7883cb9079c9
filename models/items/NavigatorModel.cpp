#include "NavigatorModel.h"

#include "ItemRoles.h"
#include "storage/Store.h"

#include <algorithm>

namespace homeward {
namespace {

// internalId of top-level (exchange) indexes; a batch's internalId is its exchange's row + 1.
constexpr quintptr kExchangeLevel = 0;

QString dateText(const QDate &date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

} // namespace

NavigatorModel::NavigatorModel(Store &store, QObject *parent) : QAbstractItemModel(parent), m_store(store)
{
    ChangeNotifier *notifier = m_store.notifier();
    connect(notifier, &ChangeNotifier::exchangesChanged, this, &NavigatorModel::reload);
    connect(notifier, &ChangeNotifier::batchesChanged, this, &NavigatorModel::reload);
    connect(notifier, &ChangeNotifier::personsChanged, this, &NavigatorModel::refreshCounts);
    reload();
}

void NavigatorModel::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT loadFailed(message);
}

void NavigatorModel::reload()
{
    // Everything is read first: on a failure the model keeps its last good state.
    auto exchanges = m_store.exchanges().list();
    if (!exchanges) {
        fail(tr("The exchanges could not be loaded: %1").arg(exchanges.text()));
        return;
    }
    QList<Exchange> ordered = exchanges.value();
    std::sort(ordered.begin(), ordered.end(), [](const Exchange &a, const Exchange &b) { return a.id < b.id; });

    QList<ExchangeNode> nodes;
    nodes.reserve(ordered.size());
    for (const Exchange &exchange : std::as_const(ordered)) {
        ExchangeNode node;
        node.exchange = exchange;
        auto batches = m_store.batches().listForExchange(exchange.id);
        if (!batches) {
            fail(tr("The batches of “%1” could not be loaded: %2").arg(exchange.title, batches.text()));
            return;
        }
        node.batches = batches.value();
        for (const Batch &batch : std::as_const(node.batches)) {
            auto counts = m_store.batches().counts(batch.id);
            if (!counts) {
                fail(tr("The counts of batch %1 could not be loaded: %2").arg(batch.sequenceNo).arg(counts.text()));
                return;
            }
            node.counts << counts.value();
        }
        nodes << node;
    }

    beginResetModel();
    m_nodes = std::move(nodes);
    m_lastError.clear();
    endResetModel();
}

void NavigatorModel::refreshCounts(qint64 batchId)
{
    const QModelIndex index = indexOfBatch(batchId);
    if (!index.isValid())
        return;  // a batch we do not show (yet); its creation comes with batchesChanged
    auto counts = m_store.batches().counts(batchId);
    if (!counts) {
        fail(tr("The counts of a batch could not be loaded: %1").arg(counts.text()));
        return;
    }
    ExchangeNode &node = m_nodes[index.parent().row()];
    if (node.counts[index.row()] == counts.value())
        return;
    node.counts[index.row()] = counts.value();
    Q_EMIT dataChanged(index, index);
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kExchangeLevel);
    if (parent.internalId() == kExchangeLevel)
        return createIndex(row, column, quintptr(parent.row()) + 1);
    return {};  // batches have no children
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kExchangeLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kExchangeLevel);
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_nodes.size());
    if (parent.column() != 0 || parent.internalId() != kExchangeLevel)
        return 0;
    return int(m_nodes.at(parent.row()).batches.size());
}

int NavigatorModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QString NavigatorModel::batchText(const Batch &batch, const BatchCounts &counts) const
{
    const QString date = batch.plannedDate.isValid() ? dateText(batch.plannedDate) : tr("no date");
    return tr("Batch %1 · %2 · %3 · %4 of %5")
        .arg(batch.sequenceNo)
        .arg(label(batch.direction), date)
        .arg(counts.entered())
        .arg(batch.plannedTotal());
}

QString NavigatorModel::batchToolTip(const Batch &batch, const BatchCounts &counts) const
{
    QStringList lines;
    lines << tr("Batch %1, %2").arg(batch.sequenceNo).arg(label(batch.direction));
    lines << tr("Planned date: %1").arg(batch.plannedDate.isValid() ? dateText(batch.plannedDate) : tr("no date"));
    if (!batch.place.isEmpty())
        lines << tr("Place: %1").arg(batch.place);
    lines << tr("Status: %1").arg(label(batch.status));
    lines << tr("Servicemen: %1 of %2 (men %3, women %4)")
                 .arg(counts.enteredServicemen())
                 .arg(counts.plannedServicemen)
                 .arg(counts.servicemenMen)
                 .arg(counts.servicemenWomen);
    lines << tr("Civilians: %1 of %2 (men %3, women %4)")
                 .arg(counts.enteredCivilians())
                 .arg(counts.plannedCivilians)
                 .arg(counts.civiliansMen)
                 .arg(counts.civiliansWomen);
    return lines.join(QLatin1Char('\n'));
}

QString NavigatorModel::exchangeToolTip(const Exchange &exchange) const
{
    QStringList lines;
    lines << exchange.title;
    if (!exchange.agreementRef.isEmpty())
        lines << tr("Agreement: %1").arg(exchange.agreementRef);
    if (exchange.agreedOn.isValid())
        lines << tr("Agreed on: %1").arg(dateText(exchange.agreedOn));
    if (!exchange.place.isEmpty())
        lines << tr("Place: %1").arg(exchange.place);
    if (!exchange.intermediary.isEmpty())
        lines << tr("Intermediary: %1").arg(exchange.intermediary);
    lines << tr("Status: %1").arg(label(exchange.status));
    lines << tr("Agreed: %1 servicemen, %2 civilians").arg(exchange.agreedServicemen).arg(exchange.agreedCivilians);
    return lines.join(QLatin1Char('\n'));
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kExchangeLevel) {
        const Exchange &exchange = m_nodes.at(index.row()).exchange;
        switch (role) {
        case Qt::DisplayRole:
            return exchange.agreementRef.isEmpty() ? exchange.title
                                                   : exchange.title + QStringLiteral(" — ") + exchange.agreementRef;
        case Qt::ToolTipRole: return exchangeToolTip(exchange);
        case roles::IdRole:
        case roles::ExchangeIdRole: return exchange.id;
        case roles::KindRole: return int(Kind::Exchange);
        case roles::StatusCodeRole: return toCode(exchange.status);
        default: return {};
        }
    }
    const ExchangeNode &node = m_nodes.at(int(index.internalId() - 1));
    const Batch &batch = node.batches.at(index.row());
    const BatchCounts &counts = node.counts.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return batchText(batch, counts);
    case Qt::ToolTipRole: return batchToolTip(batch, counts);
    case roles::IdRole:
    case roles::BatchIdRole: return batch.id;
    case roles::KindRole: return int(Kind::Batch);
    case roles::ExchangeIdRole: return batch.exchangeId;
    case roles::StatusCodeRole: return toCode(batch.status);
    default: return {};
    }
}

QVariant NavigatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == 0 && role == Qt::DisplayRole)
        return tr("Exchanges and batches");
    return QAbstractItemModel::headerData(section, orientation, role);
}

QModelIndex NavigatorModel::indexOfExchange(qint64 exchangeId) const
{
    for (int row = 0; row < m_nodes.size(); ++row)
        if (m_nodes.at(row).exchange.id == exchangeId)
            return index(row, 0);
    return {};
}

QModelIndex NavigatorModel::indexOfBatch(qint64 batchId) const
{
    for (int row = 0; row < m_nodes.size(); ++row) {
        const QList<Batch> &batches = m_nodes.at(row).batches;
        for (int child = 0; child < batches.size(); ++child)
            if (batches.at(child).id == batchId)
                return createIndex(child, 0, quintptr(row) + 1);
    }
    return {};
}

} // namespace homeward
