#include "DashboardPage.h"

#include "DashboardCharts.h"
#include "ProgressDelegate.h"
#include "items/DashboardBatchModel.h"
#include "items/ItemRoles.h"
#include "items/PresenceModel.h"
#include "storage/Store.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace homeward {
namespace {

// A bar that shows `value` of `maximum` in words; a maximum of 0 shows an empty bar, not a busy one.
void showOnBar(QProgressBar *bar, int value, int maximum, const QString &text)
{
    bar->setRange(0, std::max(maximum, 1));
    bar->setValue(std::clamp(value, 0, std::max(maximum, 1)));
    QString format = text;
    bar->setFormat(format.replace(QLatin1Char('%'), QStringLiteral("%%")));
    bar->setToolTip(text);
}

} // namespace

DashboardPage::DashboardPage(Store &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_model = new DashboardBatchModel(store, this);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("dashboardTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();

    m_enteredCaption = new QLabel;
    m_verifiedCaption = new QLabel;
    m_enteredBar = new QProgressBar;
    m_enteredBar->setObjectName(QStringLiteral("dashboardEnteredBar"));
    m_verifiedBar = new QProgressBar;
    m_verifiedBar->setObjectName(QStringLiteral("dashboardVerifiedBar"));
    for (QProgressBar *bar : {m_enteredBar, m_verifiedBar}) {
        bar->setTextVisible(true);
        bar->setAlignment(Qt::AlignCenter);
    }
    m_discrepancies = new QLabel;
    m_discrepancies->setObjectName(QStringLiteral("dashboardDiscrepancies"));
    m_discrepancies->setWordWrap(true);
    m_waiting = new QLabel;
    m_waiting->setObjectName(QStringLiteral("dashboardWaiting"));
    m_waiting->setWordWrap(true);

    auto *summary = new QGridLayout;
    summary->addWidget(m_enteredCaption, 0, 0);
    summary->addWidget(m_enteredBar, 0, 1);
    summary->addWidget(m_discrepancies, 0, 2);
    summary->addWidget(m_verifiedCaption, 1, 0);
    summary->addWidget(m_verifiedBar, 1, 1);
    summary->addWidget(m_waiting, 1, 2);
    summary->setColumnStretch(1, 3);
    summary->setColumnStretch(2, 2);
    summary->setHorizontalSpacing(12);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("dashboardBatchTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    auto *progress = new ProgressDelegate(m_table);
    m_table->setItemDelegateForColumn(DashboardBatchModel::EnteredColumn, progress);
    m_table->setItemDelegateForColumn(DashboardBatchModel::VerifiedColumn, progress);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DashboardBatchModel::EnteredColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DashboardBatchModel::VerifiedColumn, QHeaderView::Stretch);
    connect(m_table, &QTableView::doubleClicked, this, &DashboardPage::activate);
    connect(m_table, &QTableView::activated, this, &DashboardPage::activate);

    // Who is working on which batch now: a line per batch with the officials and their desks.
    m_presence = new PresenceModel(store, this);
    m_presenceCaption = new QLabel;
    m_presenceCaption->setObjectName(QStringLiteral("dashboardPresenceCaption"));
    m_presenceCaption->setWordWrap(true);
    m_presenceTable = new QTableView;
    m_presenceTable->setObjectName(QStringLiteral("dashboardPresenceTable"));
    m_presenceTable->setModel(m_presence);
    m_presenceTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_presenceTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_presenceTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_presenceTable->verticalHeader()->hide();
    m_presenceTable->setWordWrap(false);
    m_presenceTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_presenceTable->horizontalHeader()->setSectionResizeMode(PresenceModel::OfficialsColumn, QHeaderView::Stretch);
    // activated: a double-click or Enter (doubleClicked too would open the batch twice).
    connect(m_presenceTable, &QTableView::activated, this, &DashboardPage::activate);
    auto *presenceBox = new QWidget;
    auto *presenceLayout = new QVBoxLayout(presenceBox);
    presenceLayout->setContentsMargins(0, 0, 0, 0);
    presenceLayout->addWidget(m_presenceCaption);
    presenceLayout->addWidget(m_presenceTable, 1);

    m_charts = new DashboardCharts;
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("dashboardSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(presenceBox);
    splitter->addWidget(m_charts);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_error);
    layout->addLayout(summary);
    layout->addWidget(splitter, 1);

    connect(m_model, &DashboardBatchModel::refreshed, this, &DashboardPage::refresh);
    connect(m_presence, &PresenceModel::refreshed, this, &DashboardPage::showPresence);
    connect(m_store.notifier(), &ChangeNotifier::exchangesChanged, this, &DashboardPage::showTitle);
    retranslate();
}

void DashboardPage::setExchange(qint64 exchangeId)
{
    m_model->setExchange(exchangeId);
    m_presence->setExchange(exchangeId);
    showTitle();
}

qint64 DashboardPage::exchangeId() const
{
    return m_model->exchangeId();
}

void DashboardPage::activate(const QModelIndex &index)
{
    if (const qint64 batchId = index.data(roles::BatchIdRole).toLongLong())
        Q_EMIT batchActivated(batchId);
}

void DashboardPage::showTitle()
{
    const qint64 id = m_model->exchangeId();
    if (id == 0) {
        m_title->clear();
        return;
    }
    auto exchange = m_store.exchanges().get(id);
    if (!exchange) {
        m_title->setText(tr("Exchange"));
        m_error->setText(tr("The exchange could not be read: %1").arg(exchange.text()));
        m_error->show();
        return;
    }
    const Exchange &e = exchange.value();
    m_title->setText(e.agreementRef.isEmpty() ? e.title : tr("%1 — %2").arg(e.title, e.agreementRef));
    m_title->setToolTip(tr("Agreed: %1 servicemen, %2 civilians; %3")
                            .arg(e.agreedServicemen)
                            .arg(e.agreedCivilians)
                            .arg(label(e.status)));
}

void DashboardPage::refresh()
{
    const QString error = m_model->lastError();
    m_error->setVisible(!error.isEmpty());
    m_error->setText(error.isEmpty() ? QString() : tr("The dashboard could not be brought up to date: %1").arg(error));

    const DashboardBatchRow totals = m_model->totals();
    showOnBar(m_enteredBar, totals.entered, totals.planned,
              tr("%1 of %2 entered").arg(totals.entered).arg(totals.planned));
    showOnBar(m_verifiedBar, totals.verified, totals.entered,
              tr("%1 of %2 verified").arg(totals.verified).arg(totals.entered));
    m_discrepancies->setText(
        tr("Open discrepancies: %1 (%n person(s))", nullptr, totals.withDiscrepancy).arg(totals.openDiscrepancies));
    m_waiting->setText(tr("Waiting for verification: %n person(s)", nullptr, totals.waiting()));
    m_charts->setComposition(m_model->composition());
    m_charts->setHistory(m_model->verifiedOverTime(), totals.entered);
}

void DashboardPage::showPresence()
{
    const QString error = m_presence->lastError();
    if (!error.isEmpty())
        m_presenceCaption->setText(tr("Who is working on the batches could not be read: %1").arg(error));
    else if (m_presence->rowCount() == 0)
        m_presenceCaption->setText(tr("Nobody has a batch of this exchange open now."));
    else
        m_presenceCaption->setText(tr("Working on the batches now:"));
    m_presenceTable->setVisible(m_presence->rowCount() > 0);
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DashboardPage::retranslate()
{
    m_enteredCaption->setText(tr("Entered:"));
    m_verifiedCaption->setText(tr("Verified:"));
    m_enteredCaption->setToolTip(tr("Persons entered in the lists of the exchange's batches, of those planned "
                                    "(cancelled batches left out)"));
    m_verifiedCaption->setToolTip(tr("Persons with every detail verified, of those entered"));
    showTitle();
    refresh();
    showPresence();
}

} // namespace homeward
