#include "NavigatorWidget.h"

#include "items/ItemRoles.h"
#include "items/NavigatorModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace homeward {

NavigatorWidget::NavigatorWidget(Store &store, QWidget *parent) : QWidget(parent)
{
    m_model = new NavigatorModel(store, this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("navigatorTree"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->setAccessibleName(tr("Exchanges and batches"));
    m_view->expandAll();

    // A failed reload keeps the last good tree; the official must see that it may be stale.
    auto *error = new QLabel(this);
    error->setObjectName(QStringLiteral("navigatorErrorLabel"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error->setVisible(false);
    connect(m_model, &NavigatorModel::loadFailed, error, [error](const QString &message) {
        error->setText(tr("The list could not be read again and may be out of date: %1").arg(message));
        error->setVisible(true);
    });
    connect(m_model, &QAbstractItemModel::modelReset, error, [error] { error->setVisible(false); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(error);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &NavigatorWidget::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NavigatorWidget::restoreSelection);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, &QTreeView::expandAll);
}

bool NavigatorWidget::selectExchange(qint64 exchangeId)
{
    const QModelIndex index = m_model->indexOfExchange(exchangeId);
    if (index.isValid())
        select(index);
    return index.isValid();
}

bool NavigatorWidget::selectBatch(qint64 batchId)
{
    const QModelIndex index = m_model->indexOfBatch(batchId);
    if (index.isValid())
        select(index);
    return index.isValid();
}

bool NavigatorWidget::selectFirstBatch()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex exchange = m_model->index(row, 0);
        if (m_model->rowCount(exchange) > 0) {
            select(m_model->index(0, 0, exchange));
            return true;
        }
    }
    if (m_model->rowCount() > 0) {
        select(m_model->index(0, 0));
        return true;
    }
    return false;
}

void NavigatorWidget::select(const QModelIndex &index)
{
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index);
}

void NavigatorWidget::onCurrentChanged(const QModelIndex &current)
{
    if (m_restoring)
        return;
    qint64 exchangeId = 0;
    qint64 batchId = 0;
    if (current.isValid()) {
        const auto kind = static_cast<NavigatorModel::Kind>(current.data(roles::KindRole).toInt());
        exchangeId = current.data(roles::ExchangeIdRole).toLongLong();
        if (kind == NavigatorModel::Kind::Batch)
            batchId = current.data(roles::BatchIdRole).toLongLong();
    }
    if (exchangeId == m_exchangeId && batchId == m_batchId)
        return; // the same record, e.g. found again after a reload
    m_exchangeId = exchangeId;
    m_batchId = batchId;
    if (batchId != 0)
        Q_EMIT batchSelected(batchId, exchangeId);
    else if (exchangeId != 0)
        Q_EMIT exchangeSelected(exchangeId);
    else
        Q_EMIT selectionCleared();
}

void NavigatorWidget::rememberSelection()
{
    // m_exchangeId and m_batchId already hold the selection; ignore the
    // current-index changes the reset itself causes.
    m_restoring = true;
}

void NavigatorWidget::restoreSelection()
{
    m_view->expandAll();
    QModelIndex index;
    if (m_batchId != 0)
        index = m_model->indexOfBatch(m_batchId);
    if (!index.isValid() && m_exchangeId != 0)
        index = m_model->indexOfExchange(m_exchangeId);
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_restoring = false;
    // The batch or exchange may be gone: tell what is selected now.
    onCurrentChanged(m_view->selectionModel()->currentIndex());
}

} // namespace homeward
