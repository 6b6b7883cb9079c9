#include "VerificationActions.h"

#include "BatchPanel.h"
#include "ChecklistReviewWidget.h"
#include "HistoryDialog.h"
#include "MainWindow.h"
#include "MenuLookup.h"
#include "NavigatorWidget.h"
#include "storage/Store.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QToolBar>

namespace homeward {
VerificationActions::VerificationActions(Store &store, MainWindow *window)
    : QObject(window), m_store(store), m_window(window)
{
    m_verify = new QAction(QIcon::fromTheme(QStringLiteral("checkbox"),
                                            window->style()->standardIcon(QStyle::SP_DialogApplyButton)),
                           tr("&Verify details…"), this);
    m_verify->setObjectName(QStringLiteral("verifyDetailsAction"));
    m_verify->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_verify->setStatusTip(tr("Check every detail of every person of the batch, as the second official "
                              "(Ctrl+Shift+V)"));
    m_verify->setIconText(tr("Verify"));
    connect(m_verify, &QAction::triggered, this, &VerificationActions::openReview);

    m_history = new QAction(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("&History…"), this);
    m_history->setObjectName(QStringLiteral("historyAction"));
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_history->setStatusTip(tr("Who changed and verified the selected person's details, when, and what they were "
                               "before (the batch's history when no person is selected)"));
    connect(m_history, &QAction::triggered, this, &VerificationActions::showHistory);

    m_batchHistory = new QAction(tr("Batch &history…"), this);
    m_batchHistory->setObjectName(QStringLiteral("batchHistoryAction"));
    m_batchHistory->setStatusTip(tr("Who changed the batch, when, and what it was before"));
    connect(m_batchHistory, &QAction::triggered, this, &VerificationActions::showBatchHistory);

    install();

    BatchPanel *panel = m_window->batchPanel();
    NavigatorWidget *navigator = m_window->navigator();
    connect(panel, &BatchPanel::currentPersonChanged, this, &VerificationActions::updateActions);
    connect(navigator, &NavigatorWidget::batchSelected, this, &VerificationActions::updateActions);
    connect(navigator, &NavigatorWidget::exchangeSelected, this, &VerificationActions::updateActions);
    connect(navigator, &NavigatorWidget::selectionCleared, this, &VerificationActions::updateActions);
    connect(store.notifier(), &ChangeNotifier::batchesChanged, this, &VerificationActions::updateActions);
    updateActions();
}

ChecklistReviewWidget *VerificationActions::reviewWindow() const
{
    return m_review.data();
}

void VerificationActions::install()
{
    QMenuBar *bar = m_window->menuBar();
    QMenu *batchMenu = menuHolding(bar, QStringLiteral("editBatchAction"));
    QMenu *personMenu = menuHolding(bar, QStringLiteral("editPersonAction"));
    if (!batchMenu || !personMenu) {
        // The window's menus were rearranged: keep the actions reachable all the same.
        QMenu *own = bar->addMenu(tr("&Verification"));
        batchMenu = batchMenu ? batchMenu : own;
        personMenu = personMenu ? personMenu : own;
    }
    batchMenu->addSeparator();
    batchMenu->addAction(m_verify);
    batchMenu->addAction(m_batchHistory);
    personMenu->addSeparator();
    personMenu->addAction(m_history);

    if (auto *tools = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))) {
        tools->addSeparator();
        tools->addAction(m_verify);
    }
    if (QTableView *table = m_window->batchPanel()->tableView()) {
        auto *separator = new QAction(this);
        separator->setSeparator(true);
        table->addActions({separator, m_verify, m_history});
    }
}

void VerificationActions::updateActions()
{
    const bool batch = m_window->batchPanel()->batchId() != 0;
    m_verify->setEnabled(batch);
    m_history->setEnabled(batch);
    m_batchHistory->setEnabled(batch);
}

ChecklistReviewWidget *VerificationActions::openReview()
{
    BatchPanel *panel = m_window->batchPanel();
    const qint64 batchId = panel->batchId();
    if (batchId == 0)
        return nullptr;
    if (!m_review) {
        m_review = new ChecklistReviewWidget(m_store, m_window);
        m_review->setWindowFlag(Qt::Window);
        m_review->setAttribute(Qt::WA_DeleteOnClose);
        m_review->resize(1280, 760);
        auto *close = new QShortcut(QKeySequence(Qt::Key_Escape), m_review);
        connect(close, &QShortcut::activated, m_review, &QWidget::close);
    }
    if (m_review->batchId() != batchId)
        m_review->setBatch(batchId);
    const Batch &b = panel->batch();
    m_review->setWindowTitle(tr("Verify details — batch %1 · %2").arg(b.sequenceNo).arg(label(b.direction)));
    if (const qint64 personId = panel->currentPersonId())
        m_review->selectPerson(personId);
    m_review->show();
    m_review->raise();
    m_review->activateWindow();
    m_review->setFocus();
    return m_review;
}

void VerificationActions::showHistory()
{
    BatchPanel *panel = m_window->batchPanel();
    const qint64 personId = panel->currentPersonId();
    if (personId == 0) {
        showBatchHistory();
        return;
    }
    QString title;
    if (auto person = m_store.persons().get(personId); person)
        title = QStringList{person.value().surname, person.value().givenName, person.value().patronymic}
                    .join(QLatin1Char(' '))
                    .simplified();
    else
        title = tr("Person No. %1").arg(panel->currentPosition());
    HistoryDialog dialog(m_store, HistoryModel::Subject::Person, personId, title, m_window);
    dialog.exec(); // read-only: nothing to act on afterwards
}

void VerificationActions::showBatchHistory()
{
    BatchPanel *panel = m_window->batchPanel();
    if (panel->batchId() == 0)
        return;
    const Batch &b = panel->batch();
    HistoryDialog dialog(m_store, HistoryModel::Subject::Batch, b.id,
                         tr("Batch %1 · %2").arg(b.sequenceNo).arg(label(b.direction)), m_window);
    dialog.exec(); // read-only: nothing to act on afterwards
}

} // namespace homeward
