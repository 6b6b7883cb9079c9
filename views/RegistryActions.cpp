#include "RegistryActions.h"

#include "BatchPanel.h"
#include "MainWindow.h"
#include "MatchAllDialog.h"
#include "NavigatorWidget.h"
#include "RecordActions.h"
#include "storage/RegistryRepository.h"
#include "storage/Store.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

namespace homeward {
namespace {

QMenu *menuHolding(QMenuBar *bar, const QString &objectName)
{
    for (QAction *entry : bar->actions()) {
        QMenu *menu = entry->menu();
        if (!menu)
            continue;
        for (QAction *action : menu->actions())
            if (action->objectName() == objectName)
                return menu;
    }
    return nullptr;
}

} // namespace

RegistryActions::RegistryActions(Store &store, MainWindow *window) : QObject(window), m_store(store), m_window(window)
{
    m_matchAll = new QAction(tr("&Match all with the registry…"), this);
    m_matchAll->setObjectName(QStringLiteral("matchAllAction"));
    m_matchAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_matchAll->setStatusTip(tr("Match every person of the batch with the registry and list the riskiest cases "
                                "first (Ctrl+M)"));
    connect(m_matchAll, &QAction::triggered, this, &RegistryActions::matchAll);

    m_import = new QAction(tr("&Import registry from CSV…"), this);
    m_import->setObjectName(QStringLiteral("importRegistryAction"));
    m_import->setStatusTip(tr("Add the records of an interchange CSV file to the registry"));
    connect(m_import, &QAction::triggered, this, &RegistryActions::importRegistry);

    install();
    connect(window->navigator(), &NavigatorWidget::batchSelected, this, &RegistryActions::updateActions);
    connect(window->navigator(), &NavigatorWidget::exchangeSelected, this, &RegistryActions::updateActions);
    connect(window->navigator(), &NavigatorWidget::selectionCleared, this, &RegistryActions::updateActions);
    updateActions();
}

MatchAllDialog *RegistryActions::matchDialog() const
{
    return m_dialog.data();
}

void RegistryActions::install()
{
    QMenuBar *bar = m_window->menuBar();
    QMenu *registry = new QMenu(tr("&Registry"), bar);
    registry->setObjectName(QStringLiteral("registryMenu"));
    registry->addAction(m_import);
    registry->addAction(m_matchAll);
    // Before Help, when there is one.
    QAction *before = nullptr;
    const QList<QAction *> entries = bar->actions();
    if (!entries.isEmpty() && entries.constLast()->menu())
        before = entries.constLast();
    bar->insertMenu(before, registry);
    if (QMenu *batch = menuHolding(bar, QStringLiteral("editBatchAction"))) {
        batch->addSeparator();
        batch->addAction(m_matchAll);
    }
}

void RegistryActions::updateActions()
{
    m_matchAll->setEnabled(m_window->batchPanel()->batchId() != 0);
}

MatchAllDialog *RegistryActions::matchAll()
{
    const qint64 batchId = m_window->batchPanel()->batchId();
    if (batchId == 0)
        return nullptr;
    if (m_dialog && m_dialog->batchId() != batchId)
        m_dialog->close();
    if (!m_dialog) {
        m_dialog = new MatchAllDialog(m_store, batchId, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &MatchAllDialog::personActivated, this, [this](qint64 personId) {
            if (m_dialog && m_window->recordActions()->editPerson(personId, m_dialog->batchId()))
                m_window->batchPanel()->selectPerson(personId);
        });
    }
    const Batch &b = m_window->batchPanel()->batch();
    m_dialog->setWindowTitle(tr("Match with the registry — batch %1 · %2").arg(b.sequenceNo).arg(label(b.direction)));
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    if (const Status matched = m_dialog->run(); !matched)
        QMessageBox::critical(m_dialog, tr("Not matched"), matched.text());
    return m_dialog;
}

void RegistryActions::importRegistry()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import registry from CSV"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Interchange CSV (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    importFile(path);
}

bool RegistryActions::importFile(const QString &path)
{
    RegistryRepository registry(m_store.connection());
    RegistryImportOptions options;
    auto stored = registry.count();
    if (!stored) {
        QMessageBox::critical(m_window, tr("Registry not imported"), stored.text());
        return false;
    }
    if (stored.value() > 0) {
        QMessageBox ask(QMessageBox::Question, tr("Import registry"),
                        tr("The registry holds %L1 records. What should happen to records of the file that are "
                           "already in it (same record_id)?")
                            .arg(stored.value()),
                        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, m_window);
        ask.button(QMessageBox::Yes)->setText(tr("Replace them"));
        ask.button(QMessageBox::No)->setText(tr("Refuse the file"));
        ask.setInformativeText(tr("Records not in the file always stay. Refusing imports nothing when any record "
                                  "is already in the registry."));
        ask.setDefaultButton(QMessageBox::No);
        const int answer = ask.exec();
        if (answer == QMessageBox::Cancel)
            return false;
        options.replace = answer == QMessageBox::Yes;
    }

    const QString fileName = QFileInfo(path).fileName();
    QProgressDialog progress(tr("Checking %1…").arg(fileName), tr("Cancel"), 0, 1000, m_window);
    progress.setWindowTitle(tr("Import registry"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const RegistryImportOutcome outcome =
        registry.importCsv(path, m_store.actor(), options, [&progress, &fileName](const RegistryImportProgress &p) {
            const bool writing = p.phase == RegistryImportProgress::Phase::Writing;
            progress.setLabelText(writing ? tr("Writing %1 to the registry…").arg(fileName)
                                          : tr("Checking %1…").arg(fileName));
            const int share = p.bytesTotal > 0 ? int(500 * p.bytesDone / p.bytesTotal) : 0;
            progress.setValue(std::min(999, (writing ? 500 : 0) + share));
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    progress.reset();

    if (outcome.error) {
        QMessageBox::critical(m_window, tr("Registry not imported"), outcome.error->text());
        return false;
    }
    if (outcome.cancelled) {
        QMessageBox::information(m_window, tr("Import cancelled"), tr("Nothing was imported."));
        return false;
    }
    if (outcome.problemCount > 0) {
        QStringList lines;
        for (qsizetype i = 0; i < outcome.problems.size() && i < kProblemsShown; ++i)
            lines << outcome.problems.at(i).text(fileName);
        if (outcome.problemCount > lines.size())
            lines << tr("… and %L1 more.").arg(outcome.problemCount - lines.size());
        QMessageBox box(QMessageBox::Warning, tr("Registry not imported"),
                        tr("%1 has %n problem(s); nothing was imported. Correct the file and import it again.", "",
                           int(std::min<qint64>(outcome.problemCount, INT_MAX)))
                            .arg(fileName),
                        QMessageBox::Ok, m_window);
        box.setInformativeText(lines.join(QLatin1Char('\n')));
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.exec(); // only Ok: nothing to decide
        return false;
    }
    QMessageBox::information(m_window, tr("Registry imported"),
                             tr("%1: %L2 records imported (%L3 new, %L4 replaced).")
                                 .arg(fileName)
                                 .arg(outcome.rows)
                                 .arg(outcome.inserted)
                                 .arg(outcome.replaced));
    return true;
}

} // namespace homeward
