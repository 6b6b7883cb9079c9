#include "ExportActions.h"

#include "BatchPanel.h"
#include "MainWindow.h"
#include "MenuLookup.h"
#include "NavigatorWidget.h"
#include "storage/Store.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

namespace homeward {
ExportActions::ExportActions(Store &store, MainWindow *window) : QObject(window), m_store(store), m_window(window)
{
    m_exportBatch = new QAction(tr("E&xport list…"), this);
    m_exportBatch->setObjectName(QStringLiteral("exportBatchAction"));
    m_exportBatch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportBatch->setStatusTip(tr("Write the persons of the selected batch to a CSV file or an Excel workbook "
                                   "(Ctrl+Shift+E)"));
    connect(m_exportBatch, &QAction::triggered, this, &ExportActions::exportBatch);

    m_exportRegistry = new QAction(tr("&Export registry…"), this);
    m_exportRegistry->setObjectName(QStringLiteral("exportRegistryAction"));
    m_exportRegistry->setStatusTip(tr("Write the whole registry to a CSV file or an Excel workbook"));
    connect(m_exportRegistry, &QAction::triggered, this, &ExportActions::exportRegistry);

    QMenuBar *bar = window->menuBar();
    if (QMenu *batch = menuHolding(bar, QStringLiteral("editBatchAction")))
        batch->addAction(m_exportBatch);
    if (QMenu *registry = menuNamed(bar, QStringLiteral("registryMenu")))
        registry->addAction(m_exportRegistry);
    else
        window->addAction(m_exportRegistry);

    // From the navigator's signal itself: the batch panel may learn of the selection after this object.
    connect(window->navigator(), &NavigatorWidget::batchSelected, this,
            [this](qint64 batchId) { m_exportBatch->setEnabled(batchId != 0); });
    connect(window->navigator(), &NavigatorWidget::exchangeSelected, this, [this] { m_exportBatch->setEnabled(false); });
    connect(window->navigator(), &NavigatorWidget::selectionCleared, this, [this] { m_exportBatch->setEnabled(false); });
    m_exportBatch->setEnabled(window->batchPanel()->batchId() != 0);
}

ExportFormat ExportActions::formatFor(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0 ? ExportFormat::Xlsx
                                                                                              : ExportFormat::Csv;
}

QString ExportActions::askForFile(const QString &title, const QString &suggestedName) const
{
    const QString csvFilter = tr("Interchange CSV (*.csv)");
    const QString xlsxFilter = tr("Excel workbook (*.xlsx)");
    QString chosenFilter = csvFilter;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(m_window, title, QDir(folder).filePath(suggestedName + ".csv"),
                                                csvFilter + QStringLiteral(";;") + xlsxFilter, &chosenFilter);
    if (path.isEmpty())
        return path;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        path += chosenFilter == xlsxFilter ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    return path;
}

void ExportActions::exportBatch()
{
    const qint64 batchId = m_window->batchPanel()->batchId();
    if (batchId == 0)
        return;
    const QString path = askForFile(tr("Export the batch's list"),
                                    tr("batch-%1").arg(m_window->batchPanel()->batch().sequenceNo));
    if (!path.isEmpty())
        exportTo(batchId, path);
}

void ExportActions::exportRegistry()
{
    const QString path = askForFile(tr("Export the registry"), tr("registry"));
    if (!path.isEmpty())
        exportTo(0, path);
}

bool ExportActions::exportTo(qint64 batchId, const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    QProgressDialog progress(tr("Writing %1…").arg(fileName), tr("Cancel"), 0, 0, m_window);
    progress.setWindowTitle(batchId ? tr("Export the batch's list") : tr("Export the registry"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const auto onProgress = [&progress, &fileName](qint64 rows) {
        progress.setLabelText(tr("Writing %1: %L2 persons…").arg(fileName).arg(rows));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    const ExportFormat format = formatFor(path);
    auto written = batchId ? Export::batch(m_store.connection(), batchId, format, path, onProgress)
                           : Export::registry(m_store.connection(), format, path, onProgress);
    progress.reset();
    if (!written) {
        QString reason = written.text();
        if (!reason.isEmpty())
            reason[0] = reason[0].toUpper();
        QMessageBox::warning(m_window, tr("Not exported"), tr("Nothing was exported. %1").arg(reason));
        return false;
    }
    const ExportSummary &summary = written.value();
    QStringList notes;
    if (summary.withdrawnLeftOut > 0)
        notes << tr("%n withdrawn person(s) left out.", "", int(summary.withdrawnLeftOut));
    if (summary.recordIdsFilled > 0)
        notes << tr("%n person(s) without a record number written as person-<number>.", "",
                    int(summary.recordIdsFilled));
    if (summary.guardedCells > 0)
        notes << tr("%n value(s) beginning with = + - @ written with an apostrophe in front, so a spreadsheet shows "
                    "them as text; importing the file takes the apostrophe off.",
                    "", int(summary.guardedCells));
    QMessageBox box(QMessageBox::Information, tr("Exported"),
                    tr("%n person(s) written to %1.", "", int(summary.rows)).arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Ok, m_window);
    box.setInformativeText(notes.join(QLatin1Char('\n')));
    box.exec(); // only Ok: nothing to decide
    return true;
}

} // namespace homeward
