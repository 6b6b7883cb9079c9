#include "PrintActions.h"

#include "MainWindow.h"
#include "MenuLookup.h"
#include "NavigatorWidget.h"
#include "SheetPrinter.h"

#include "report/SheetBuilder.h"
#include "storage/Store.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

#include <variant>

namespace homeward {
namespace {

using SheetContent = std::variant<report::BatchSheet, report::ChecklistSheet, report::ExchangeSheet>;

Result<SheetContent> load(Store &store, PrintActions::Sheet sheet, qint64 batchId, qint64 exchangeId)
{
    const report::SheetBuilder builder(store.connection());
    switch (sheet) {
    case PrintActions::Sheet::BatchSummary: {
        auto content = builder.batchSheet(batchId);
        if (!content)
            return content.error();
        return SheetContent(std::move(content.value()));
    }
    case PrintActions::Sheet::BatchChecklist: {
        auto content = builder.checklistSheet(batchId);
        if (!content)
            return content.error();
        return SheetContent(std::move(content.value()));
    }
    case PrintActions::Sheet::ExchangeSummary: {
        auto content = builder.exchangeSheet(exchangeId);
        if (!content)
            return content.error();
        return SheetContent(std::move(content.value()));
    }
    }
    return Error{QStringLiteral("unknown sheet")};
}

} // namespace

PrintActions::PrintActions(Store &store, MainWindow *window) : QObject(window), m_store(store), m_window(window)
{
    const auto make = [this](Sheet sheet, const QString &previewText, const QString &exportText, const char *name) {
        const int i = int(sheet);
        m_preview[i] = new QAction(previewText, this);
        m_preview[i]->setObjectName(QStringLiteral("print%1Action").arg(QLatin1String(name)));
        connect(m_preview[i], &QAction::triggered, this, [this, sheet] { preview(sheet); });
        m_export[i] = new QAction(exportText, this);
        m_export[i]->setObjectName(QStringLiteral("export%1PdfAction").arg(QLatin1String(name)));
        connect(m_export[i], &QAction::triggered, this, [this, sheet] { exportPdf(sheet); });
    };
    make(Sheet::BatchSummary, tr("Print batch &summary…"), tr("Export batch summary to PDF…"), "BatchSummary");
    make(Sheet::BatchChecklist, tr("Print batch &checklist…"), tr("Export batch checklist to PDF…"), "BatchChecklist");
    make(Sheet::ExchangeSummary, tr("Print &exchange summary…"), tr("Export exchange summary to PDF…"),
         "ExchangeSummary");
    m_preview[int(Sheet::BatchSummary)]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_preview[int(Sheet::BatchSummary)]->setStatusTip(
        tr("The batch's summary sheet: counts, the numbered list, the seal and the signatures (Ctrl+P)"));
    m_preview[int(Sheet::BatchChecklist)]->setStatusTip(
        tr("Every listed person's verification checklist, one person per page"));
    m_preview[int(Sheet::ExchangeSummary)]->setStatusTip(tr("Every batch of the exchange and the totals against "
                                                            "the agreement"));

    install();
    connect(window->navigator(), &NavigatorWidget::batchSelected, this, &PrintActions::updateActions);
    connect(window->navigator(), &NavigatorWidget::exchangeSelected, this, &PrintActions::updateActions);
    connect(window->navigator(), &NavigatorWidget::selectionCleared, this, &PrintActions::updateActions);
    updateActions();
}

QAction *PrintActions::previewAction(Sheet sheet) const
{
    return m_preview[int(sheet)];
}

QAction *PrintActions::exportAction(Sheet sheet) const
{
    return m_export[int(sheet)];
}

void PrintActions::install()
{
    QMenuBar *bar = m_window->menuBar();
    m_menu = new QMenu(tr("&Print"), m_window);
    m_menu->setObjectName(QStringLiteral("printMenu"));
    for (int i = 0; i < 3; ++i)
        m_menu->addAction(m_preview[i]);
    m_menu->addSeparator();
    for (int i = 0; i < 3; ++i)
        m_menu->addAction(m_export[i]);
    QAction *quit = nullptr;
    if (QMenu *file = menuHolding(bar, QStringLiteral("quitAction"), &quit)) {
        file->insertMenu(quit, m_menu);
        file->insertSeparator(quit);
    } else {
        bar->addMenu(m_menu);
    }
    // The shortcut works from anywhere in the window, the menu closed.
    m_window->addAction(m_preview[int(Sheet::BatchSummary)]);
}

void PrintActions::updateActions()
{
    const bool batch = m_window->navigator()->currentBatchId() != 0;
    const bool exchange = m_window->navigator()->currentExchangeId() != 0;
    const QString noBatch = tr("Select a batch first");
    for (Sheet sheet : {Sheet::BatchSummary, Sheet::BatchChecklist}) {
        for (QAction *action : {previewAction(sheet), exportAction(sheet)}) {
            action->setEnabled(batch);
            action->setToolTip(batch ? action->text().remove(QLatin1Char('&')) : noBatch);
        }
    }
    for (QAction *action : {previewAction(Sheet::ExchangeSummary), exportAction(Sheet::ExchangeSummary)}) {
        action->setEnabled(exchange);
        action->setToolTip(exchange ? action->text().remove(QLatin1Char('&')) : tr("Select an exchange first"));
    }
}

void PrintActions::preview(Sheet sheet)
{
    if (!previewAction(sheet)->isEnabled())
        return;
    // Read once before the dialog opens, so that a read failure is said at once.
    auto content =
        load(m_store, sheet, m_window->navigator()->currentBatchId(), m_window->navigator()->currentExchangeId());
    if (!content) {
        showError(tr("The sheet could not be prepared: %1").arg(content.text()));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(SheetPrinter::defaultPageLayout());
    printer.setDocName(std::visit([](const auto &value) { return SheetPrinter::title(value); }, content.value()));
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(printer.docName());
    QString failure;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&content, &failure](QPrinter *target) {
        const Result<int> drawn =
            std::visit([target](const auto &value) { return SheetPrinter::print(value, *target); }, content.value());
        if (!drawn)
            failure = drawn.text();
    });
    const int result = dialog.exec();
    if (!failure.isEmpty()) {
        showError(tr("The sheet could not be printed: %1").arg(failure));
        return;
    }
    if (result == QDialog::Accepted)
        Q_EMIT message(tr("%1 sent to the printer").arg(printer.docName()));
}

QString PrintActions::suggestedFileName(Sheet sheet) const
{
    const qint64 batch = m_window->navigator()->currentBatchId();
    const qint64 exchange = m_window->navigator()->currentExchangeId();
    switch (sheet) {
    case Sheet::BatchSummary:
        return tr("batch-%1-summary.pdf").arg(batch);
    case Sheet::BatchChecklist:
        return tr("batch-%1-checklist.pdf").arg(batch);
    case Sheet::ExchangeSummary:
        return tr("exchange-%1-summary.pdf").arg(exchange);
    }
    return {};
}

bool PrintActions::exportPdf(Sheet sheet, const QString &path)
{
    if (!exportAction(sheet)->isEnabled())
        return false;
    QString target = path;
    if (target.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        target =
            QFileDialog::getSaveFileName(m_window, exportAction(sheet)->text().remove(QLatin1Char('&')),
                                         QDir(folder).filePath(suggestedFileName(sheet)), tr("PDF documents (*.pdf)"));
        if (target.isEmpty())
            return false; // cancelled
        if (!target.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            target += QLatin1String(".pdf");
    }
    auto content =
        load(m_store, sheet, m_window->navigator()->currentBatchId(), m_window->navigator()->currentExchangeId());
    if (!content) {
        showError(tr("The sheet could not be prepared: %1").arg(content.text()));
        return false;
    }
    const Result<int> written =
        std::visit([&target](const auto &value) { return SheetPrinter::writePdf(value, target); }, content.value());
    if (!written) {
        showError(tr("The PDF was not written: %1").arg(written.text()));
        return false;
    }
    Q_EMIT message(tr("Written to %1 (%n page(s))", nullptr, written.value()).arg(QDir::toNativeSeparators(target)));
    return true;
}

void PrintActions::showError(const QString &text)
{
    QMessageBox box(QMessageBox::Warning, tr("Print"), text, QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("printErrorBox"));
    if (box.exec() != QMessageBox::Ok)
        return; // closed by the window manager: nothing more to do either way
}

} // namespace homeward
