#include "ReconciliationWindow.h"

#include "ReconciliationDialogs.h"
#include "RiskColourProxy.h"

#include "FormSupport.h"
#include "ReasonDialog.h"
#include "domain/Permissions.h"
#include "io/CounterpartListFile.h"
#include "items/ReconciliationModel.h"
#include "print/ReconciliationPrinter.h"
#include "storage/Accounts.h"
#include "storage/ReconciliationReport.h"
#include "storage/Store.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <array>

namespace homeward {
namespace {

QString momentText(const QDateTime &moment)
{
    return moment.isValid() ? QLocale().toString(moment.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QGroupBox *groupAround(QWidget *content, const QString &objectName)
{
    auto *box = new QGroupBox;
    box->setObjectName(objectName);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(content);
    return box;
}

// The note of a resolution: why the difference (or the person on one list only) is in order.
std::optional<QString> askResolutionNote(QWidget *parent, const QString &what)
{
    ReasonDialog dialog(ReconciliationWindow::tr("Mark resolved"), what, ReconciliationWindow::tr("Mark resolved"),
                        parent);
    dialog.setObjectName(QStringLiteral("resolutionNoteDialog"));
    dialog.setFieldLabel(ReconciliationWindow::tr("&Note (required, kept with your name in the history):"));
    dialog.setPlaceholderText(ReconciliationWindow::tr(
        "Why this is in order, e.g. \"same person: their list writes the name in Russian\" or \"agreed by phone "
        "with the other side on …\""));
    dialog.setFieldToolTip(ReconciliationWindow::tr("Say what you checked and with whom. The note holds only for the "
                                                    "values shown: when either list changes them, the difference "
                                                    "shows again."));
    dialog.setEmptyHint(ReconciliationWindow::tr("Type the note first"));
    QPlainTextEdit *edit = dialog.textEdit();
    edit->setObjectName(QStringLiteral("resolutionNoteEdit"));
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 4);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 7);
    dialog.setMinimumWidth(480);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

} // namespace

ReconciliationWindow::ReconciliationWindow(Store &store, qint64 batchId, QWidget *parent)
    : QDialog(parent), m_store(store), m_batchId(batchId), m_repository(store.connection()), m_writes(store)
{
    setObjectName(QStringLiteral("reconciliationWindow"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_model = new ReconciliationModel(this);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("reconciliationTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_listInfo = new QLabel;
    m_listInfo->setObjectName(QStringLiteral("listInfoLabel"));
    m_listInfo->setWordWrap(true);
    m_listInfo->setTextFormat(Qt::PlainText);
    m_listInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("writeNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4000; padding: 4px; "
                                           "border: 1px solid #e0c36a; }"));
    m_notice->hide();

    // Loading: the file, and the encoding and delimiter when detection guesses wrong.
    m_load = new QPushButton(tr("&Load their list…"));
    m_load->setObjectName(QStringLiteral("loadListButton"));
    m_load->setToolTip(tr("Read the other side's list of this batch (CSV or Excel workbook) and compare it with "
                          "ours. Every row is checked first; nothing is stored when any row has a problem. The "
                          "list is kept as it was received, beside ours; earlier lists stay in the history."));
    m_encoding = new QComboBox;
    m_encoding->setObjectName(QStringLiteral("encodingBox"));
    m_encoding->addItem(tr("Detect"), int(TextEncoding::Auto));
    for (TextEncoding encoding :
         {TextEncoding::Utf8, TextEncoding::Windows1251, TextEncoding::Utf16LE, TextEncoding::Utf16BE})
        m_encoding->addItem(ListFormats::encodingName(encoding), int(encoding));
    m_encoding->setToolTip(tr("The CSV file's encoding. Detect reads it from the file; choose one when the names "
                              "come out garbled. Not used for Excel workbooks."));
    m_delimiter = new QComboBox;
    m_delimiter->setObjectName(QStringLiteral("delimiterBox"));
    m_delimiter->addItem(tr("Detect"), QString());
    for (QChar delimiter : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')})
        m_delimiter->addItem(ListFormats::delimiterName(delimiter), QString(delimiter));
    m_delimiter->setToolTip(tr("What separates the fields of the CSV file. Detect reads it from the file. Not "
                               "used for Excel workbooks."));
    auto *encodingLabel = new QLabel(tr("&Encoding:"));
    encodingLabel->setBuddy(m_encoding);
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"));
    delimiterLabel->setBuddy(m_delimiter);

    m_resolve = new QPushButton(tr("&Mark resolved…"));
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_reopen = new QPushButton(tr("Re&open"));
    m_reopen->setObjectName(QStringLiteral("reopenButton"));
    m_exportCsv = new QPushButton(tr("Export &CSV…"));
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportCsv->setToolTip(tr("Write every item of the reconciliation to a CSV file (one line per difference, "
                               "person on one list only, and count)"));
    m_print = new QPushButton(tr("&Print…"));
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setToolTip(tr("A print preview of the reconciliation report, every page marked as containing "
                           "personal data"));
    m_exportPdf = new QPushButton(tr("Export P&DF…"));
    m_exportPdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_exportPdf->setToolTip(tr("Write the reconciliation report as a PDF file"));
    for (QPushButton *button : {m_load, m_resolve, m_reopen, m_exportCsv, m_print, m_exportPdf})
        button->setAutoDefault(false);

    auto *toolRow = new QHBoxLayout;
    toolRow->addWidget(m_load);
    toolRow->addWidget(encodingLabel);
    toolRow->addWidget(m_encoding);
    toolRow->addWidget(delimiterLabel);
    toolRow->addWidget(m_delimiter);
    toolRow->addSpacing(16);
    toolRow->addWidget(m_resolve);
    toolRow->addWidget(m_reopen);
    toolRow->addStretch(1);
    toolRow->addWidget(m_exportCsv);
    toolRow->addWidget(m_print);
    toolRow->addWidget(m_exportPdf);

    m_differencesProxy = new RiskColourProxy(this);
    m_differencesProxy->setSourceModel(m_model->differences());
    m_onlyTheirsProxy = new RiskColourProxy(this);
    m_onlyTheirsProxy->setSourceModel(m_model->onlyTheirs());
    m_onlyOursProxy = new RiskColourProxy(this);
    m_onlyOursProxy->setSourceModel(m_model->onlyOurs());
    m_countsProxy = new RiskColourProxy(this);
    m_countsProxy->setSourceModel(m_model->counts());
    m_differencesView = makeTable(QStringLiteral("differencesView"), m_differencesProxy);
    m_differencesView->setToolTip(tr("Every detail in which a person of their list differs from the same person "
                                     "on ours, the riskiest first: red, a difference that may hand over the "
                                     "wrong person; amber, the same detail written another way; green, resolved."));
    m_onlyTheirsView = makeTable(QStringLiteral("onlyTheirsView"), m_onlyTheirsProxy);
    m_onlyTheirsView->setToolTip(tr("Persons on their list whom none of ours matches"));
    m_onlyOursView = makeTable(QStringLiteral("onlyOursView"), m_onlyOursProxy);
    m_onlyOursView->setToolTip(tr("Persons on our list whom their list does not name"));
    m_countsView = makeTable(QStringLiteral("countsView"), m_countsProxy);
    m_countsView->setToolTip(tr("Persons by category and sex on each list, against the batch's plan; a line in "
                                "red does not agree"));
    m_countsView->setSelectionMode(QAbstractItemView::NoSelection);
    m_countsView->horizontalHeader()->setStretchLastSection(false);
    m_countsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_differencesBox = groupAround(m_differencesView, QStringLiteral("differencesBox"));
    m_onlyTheirsBox = groupAround(m_onlyTheirsView, QStringLiteral("onlyTheirsBox"));
    m_onlyOursBox = groupAround(m_onlyOursView, QStringLiteral("onlyOursBox"));
    m_countsBox = new QGroupBox;
    m_countsBox->setObjectName(QStringLiteral("countsBox"));
    auto *countsLayout = new QHBoxLayout(m_countsBox);
    countsLayout->setContentsMargins(4, 4, 4, 4);
    countsLayout->addWidget(m_countsView);
    countsLayout->addStretch(1);
    m_countsBox->setTitle(tr("Counts: ours, theirs and planned"));

    auto *groups = new QSplitter(Qt::Horizontal);
    groups->setObjectName(QStringLiteral("groupsSplitter"));
    groups->addWidget(m_differencesBox);
    groups->addWidget(m_onlyTheirsBox);
    groups->addWidget(m_onlyOursBox);
    // The differences are most of the work and need the width; the two lists are a few rows each.
    groups->setStretchFactor(0, 3);
    groups->setStretchFactor(1, 1);
    groups->setStretchFactor(2, 1);
    groups->setSizes({860, 300, 300});
    groups->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_listInfo);
    layout->addWidget(m_notice);
    layout->addLayout(toolRow);
    layout->addWidget(groups, 1);
    layout->addWidget(m_countsBox);
    layout->addWidget(buttons);

    connect(m_load, &QPushButton::clicked, this, [this] { loadList(); });
    connect(m_resolve, &QPushButton::clicked, this, [this] { resolveSelected(); });
    connect(m_reopen, &QPushButton::clicked, this, &ReconciliationWindow::reopenSelected);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(m_print, &QPushButton::clicked, this, &ReconciliationWindow::printPreview);
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportPdf(); });
    connect(m_model, &ReconciliationModel::openCountChanged, this, &ReconciliationWindow::updateTitles);
    for (QTableView *view : {m_differencesView, m_onlyTheirsView, m_onlyOursView}) {
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this, view] { selectionChangedIn(view); });
        // Double-click: resolve an open item, the quickest way through a long list.
        connect(view, &QTableView::doubleClicked, this, [this, view] {
            selectionChangedIn(view);
            if (m_resolve->isEnabled())
                resolveSelected();
        });
    }
    // A status change may close the batch to reconciliation; a change of our list changes the pairs.
    connect(store.notifier(), &ChangeNotifier::batchesChanged, this, [this] {
        updateWriteState();
        updateButtons();
    });
    // A reload reads both lists and pairs them again: a burst of announcements (a list of hundreds of persons
    // entered, a round of resolutions) shares one.
    m_reloadSoon = new QTimer(this);
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(0);
    connect(m_reloadSoon, &QTimer::timeout, this, &ReconciliationWindow::reload);
    connect(store.notifier(), &ChangeNotifier::personsChanged, this, [this](qint64 batch) {
        if (m_list)
            reloadSoon(batch);
    });
    connect(store.notifier(), &ChangeNotifier::counterpartChanged, this, &ReconciliationWindow::reloadSoon);

    resize(1500, 860);
    reload();
}

ReconciliationWindow::~ReconciliationWindow() = default;

QTableView *ReconciliationWindow::makeTable(const QString &objectName, RiskColourProxy *proxy)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(proxy);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setAlternatingRowColors(false); // the risk colours are the rows' colours
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

void ReconciliationWindow::setReadOnly(const QString &reason)
{
    m_readOnlyReason = reason;
    updateWriteState();
    updateButtons();
}

void ReconciliationWindow::reloadSoon(qint64 batchId)
{
    if (m_writing || (batchId != m_batchId && batchId != 0))
        return;
    m_reloadSoon->start();
}

void ReconciliationWindow::reload()
{
    m_reloadSoon->stop(); // whatever was announced so far is read now
    // The item the official is on and where each group is scrolled, to come back to after the models are reset.
    const std::optional<Selected> was = selected();
    QString keptKey;
    if (was) {
        keptKey = was->group == Group::Differences  ? m_model->differences()->rowKey(was->row)
                  : was->group == Group::OnlyTheirs ? m_model->onlyTheirs()->rowKey(was->row)
                                                    : m_model->onlyOurs()->rowKey(was->row);
    }
    const std::array<QTableView *, 3> groupViews{m_differencesView, m_onlyTheirsView, m_onlyOursView};
    std::array<QPoint, 3> scrolled;
    for (size_t i = 0; i < groupViews.size(); ++i) {
        const QTableView *view = groupViews[i];
        scrolled[i] = QPoint(view->horizontalScrollBar()->value(), view->verticalScrollBar()->value());
    }

    QStringList problems;
    if (auto batch = m_store.batches().get(m_batchId)) {
        m_batch = batch.value();
        if (auto exchange = m_store.exchanges().get(m_batch.exchangeId))
            m_exchange = exchange.value();
        else
            problems << exchange.text();
    } else {
        problems << batch.text();
    }
    m_list.reset();
    if (auto current = m_repository.currentList(m_batchId)) {
        m_list = current.value();
    } else {
        problems << current.text();
    }
    if (m_list) {
        if (auto reconciled = m_repository.reconcile(m_batchId)) {
            m_model->setReconciliation(reconciled.value());
        } else {
            problems << reconciled.text();
            m_model->setReconciliation(Reconciliation{});
        }
    } else {
        m_model->setReconciliation(Reconciliation{});
    }

    setWindowTitle(tr("Reconciliation of batch %1 with the other side's list").arg(m_batch.sequenceNo));
    m_title->setText(tr("Batch %1 of \"%2\" (%3, %4): reconciliation with the other side's list")
                         .arg(m_batch.sequenceNo)
                         .arg(m_exchange.title, label(m_batch.direction), label(m_batch.status)));
    QString info;
    if (m_list) {
        info = tr("Their list: %1, %n row(s), loaded by %2 on %3; SHA-256 %4.", nullptr, m_list->rowCount)
                   .arg(m_list->fileName, m_list->importedByName, momentText(m_list->importedAt), m_list->sha256);
        if (m_model->reconciliation().leftoverPassSkipped)
            info += QLatin1Char(' ') +
                    tr("The lists hardly agree: the second pairing pass was left out, so a person shown on one "
                       "list only may be on the other with typos.");
    } else {
        info = tr("No list of the other side has been loaded for this batch yet. Load the list they sent to compare "
                  "it with ours.");
    }
    if (!problems.isEmpty())
        info += QLatin1Char('\n') + tr("Could not be read: %1").arg(problems.join(QStringLiteral("; ")));
    m_listInfo->setText(info);

    for (QTableView *view : {m_differencesView, m_onlyTheirsView, m_onlyOursView, m_countsView}) {
        view->resizeColumnsToContents();
        // Long reasons and notes stay within reach; the tooltip has them whole.
        for (int c = 0; c < view->model()->columnCount(); ++c)
            view->setColumnWidth(c, qMin(view->columnWidth(c), 280));
    }
    // Persons' names shortened in the table (the tooltip has them whole), so that field and values show.
    for (int c :
         {int(ReconciliationDifferencesModel::OurPersonColumn), int(ReconciliationDifferencesModel::TheirPersonColumn)})
        m_differencesView->setColumnWidth(c, qMin(m_differencesView->columnWidth(c), 210));
    // The counts are a few lines: all of them shown, the rest of the height for the groups.
    int countsWidth = 2 * m_countsView->frameWidth();
    for (int c = 0; c < m_countsView->model()->columnCount(); ++c)
        countsWidth += m_countsView->columnWidth(c);
    m_countsView->setFixedWidth(qMax(countsWidth, 360));
    m_countsView->setFixedHeight(m_countsView->horizontalHeader()->sizeHint().height() +
                                 m_countsView->verticalHeader()->defaultSectionSize() *
                                     qMax(1, m_model->counts()->rowCount()) +
                                 2 * m_countsView->frameWidth());
    m_active = nullptr;
    updateTitles();
    updateWriteState();
    if (was) {
        const int row = was->group == Group::Differences  ? m_model->differences()->rowOfKey(keptKey)
                        : was->group == Group::OnlyTheirs ? m_model->onlyTheirs()->rowOfKey(keptKey)
                                                          : m_model->onlyOurs()->rowOfKey(keptKey);
        QTableView *view = groupViews[size_t(was->group)];
        if (row >= 0) // selecting makes the view the active one (selectionChangedIn)
            view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    for (size_t i = 0; i < groupViews.size(); ++i) {
        groupViews[i]->doItemsLayout(); // the scroll ranges of the new rows, before the old positions are set
        groupViews[i]->horizontalScrollBar()->setValue(scrolled[i].x());
        groupViews[i]->verticalScrollBar()->setValue(scrolled[i].y());
    }
    updateButtons();
}

void ReconciliationWindow::updateTitles()
{
    const Reconciliation &r = m_model->reconciliation();
    ReconciliationDifferencesModel *differences = m_model->differences();
    m_differencesBox->setTitle(tr("Differences in matched pairs: %1 open of %2 (%3 pairs)")
                                   .arg(differences->openCount())
                                   .arg(r.differenceCount())
                                   .arg(r.pairs.size()));
    m_onlyTheirsBox->setTitle(
        tr("Only on their list: %1 (%2 open)").arg(r.onlyTheirs.size()).arg(m_model->onlyTheirs()->openCount()));
    m_onlyOursBox->setTitle(
        tr("Only on our list: %1 (%2 open)").arg(r.onlyOurs.size()).arg(m_model->onlyOurs()->openCount()));
    m_countsBox->setTitle(m_list && !r.countsAgree() ? tr("Counts: ours, theirs and planned (some do not agree)")
                                                     : tr("Counts: ours, theirs and planned"));
}

void ReconciliationWindow::updateWriteState()
{
    m_mayLoad = false;
    m_mayResolve = false;
    QString refusal;
    const auto open = m_repository.batchOpenForReconciliation(m_batchId);
    const Actor &actor = m_store.actor();
    if (!m_readOnlyReason.isEmpty()) {
        refusal = tr("The database is open read-only: %1").arg(m_readOnlyReason);
    } else if (!open) {
        refusal = tr("The batch's status could not be read: %1").arg(open.text());
    } else if (!open.value()) {
        refusal = tr("Batch %1 is %2: its reconciliation can be read, exported and printed, but no list can be "
                     "loaded and nothing resolved.")
                      .arg(m_batch.sequenceNo)
                      .arg(label(m_batch.status));
    } else if (!actor.isValid()) {
        refusal = tr("You are not signed in: the reconciliation can only be read.");
    } else if (auto official = Accounts(m_store.connection()).get(actor.officialId); !official) {
        refusal = tr("Your account could not be read: %1").arg(official.text());
    } else {
        m_mayLoad = mayTake(official.value(), Action::EnterPersons);
        m_mayResolve = m_mayLoad || mayTake(official.value(), Action::VerifyDetails);
        if (!m_mayResolve)
            refusal = tr("Your roles allow reading the reconciliation only: loading their list needs the operator "
                         "role, marking items resolved the operator or verifier role.");
        else if (!m_mayLoad)
            refusal = tr("You may mark items resolved; loading their list needs the operator role.");
    }
    m_refusal = refusal;
    m_notice->setText(refusal);
    m_notice->setVisible(!refusal.isEmpty());
}

void ReconciliationWindow::updateButtons()
{
    m_load->setEnabled(m_mayLoad);
    m_encoding->setEnabled(m_mayLoad);
    m_delimiter->setEnabled(m_mayLoad);
    const bool haveList = m_list.has_value();
    m_exportCsv->setEnabled(haveList);
    m_print->setEnabled(haveList);
    m_exportPdf->setEnabled(haveList);

    ResolutionTarget target;
    if (const auto current = selected()) {
        switch (current->group) {
        case Group::Differences:
            target = m_model->differences()->target(current->row);
            break;
        case Group::OnlyTheirs:
            target = m_model->onlyTheirs()->target(current->row);
            break;
        case Group::OnlyOurs:
            target = m_model->onlyOurs()->target(current->row);
            break;
        }
    }
    const QString pickFirst = tr("Select a difference or a person on one list only first");
    m_resolve->setEnabled(m_mayResolve && target.resolvable && !target.state.resolved);
    m_reopen->setEnabled(m_mayResolve && target.resolvable && target.state.resolved);
    if (!m_mayResolve) {
        m_resolve->setToolTip(m_refusal);
        m_reopen->setToolTip(m_refusal);
    } else if (!target.resolvable) {
        m_resolve->setToolTip(pickFirst);
        m_reopen->setToolTip(pickFirst);
    } else {
        m_resolve->setToolTip(target.state.resolved ? tr("Already resolved: reopen it first to change the note")
                                                    : tr("Record that this item is in order, with a note saying "
                                                         "why (double-click a row does the same)"));
        m_reopen->setToolTip(target.state.resolved ? tr("Take the resolution back: the item counts as open again")
                                                   : tr("The item is open"));
    }
    if (!m_mayLoad)
        m_load->setToolTip(m_refusal);
}

void ReconciliationWindow::selectionChangedIn(QTableView *view)
{
    if (view->selectionModel()->hasSelection()) {
        m_active = view;
        // One selection across the three groups: the buttons act on it.
        for (QTableView *other : {m_differencesView, m_onlyTheirsView, m_onlyOursView})
            if (other != view)
                other->selectionModel()->clearSelection();
    }
    updateButtons();
}

std::optional<ReconciliationWindow::Selected> ReconciliationWindow::selected() const
{
    if (!m_active)
        return std::nullopt;
    const QModelIndexList rows = m_active->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    Selected current;
    current.row = rows.constFirst().row(); // identity proxies: the same row in the model
    current.group = m_active == m_differencesView  ? Group::Differences
                    : m_active == m_onlyTheirsView ? Group::OnlyTheirs
                                                   : Group::OnlyOurs;
    return current;
}

bool ReconciliationWindow::loadList(const QString &path)
{
    updateWriteState();
    if (!m_mayLoad) {
        updateButtons();
        showError(tr("Their list was not loaded"), m_refusal);
        return false;
    }
    QString file = path;
    if (file.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        file = QFileDialog::getOpenFileName(this, tr("Load the other side's list"), folder,
                                            tr("Lists (*.csv *.xlsx *.txt);;All files (*)"));
        if (file.isEmpty())
            return false; // cancelled
    }
    ListFormat format;
    format.encoding = TextEncoding(m_encoding->currentData().toInt());
    const QString delimiter = m_delimiter->currentData().toString();
    if (!delimiter.isEmpty())
        format.delimiter = delimiter.at(0);

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const CounterpartListFile::Outcome read = CounterpartListFile::read(file, format);
    QApplication::restoreOverrideCursor();
    if (read.problemCount > 0) {
        ListProblemsDialog dialog(file, read.problems, read.problemCount, this);
        dialog.exec(); // only Close: nothing to decide
        return false;
    }
    if (read.error) {
        showError(tr("Their list was not loaded"), tr("Nothing was loaded: %1").arg(read.error->text()));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<qint64> stored = Error{};
    {
        const QScopedValueRollback<bool> writing(m_writing, true);
        stored = m_writes.importList(m_batchId, QFileInfo(file).fileName(), read.sha256, read.rows);
    }
    QApplication::restoreOverrideCursor();
    if (!stored) {
        showError(tr("Their list was not loaded"), tr("Nothing was loaded: %1").arg(capitalised(stored.text())));
        return false;
    }
    reload();
    Q_EMIT message(tr("Their list %1 loaded for batch %2 (%3): %n row(s)", nullptr, int(read.rows.size()))
                       .arg(QFileInfo(file).fileName())
                       .arg(m_batch.sequenceNo)
                       .arg(CounterpartListFile::formatText(read.format)));
    return true;
}

bool ReconciliationWindow::resolveSelected(const QString &note)
{
    const auto current = selected();
    if (!current || !m_resolve->isEnabled())
        return false;
    const ResolutionTarget target = targetAt(current->group, current->row);
    QString what;
    switch (current->group) {
    case Group::Differences: {
        const ReconciledPair &pair = m_model->differences()->pairAt(current->row);
        const QModelIndex fieldIndex =
            m_model->differences()->index(current->row, ReconciliationDifferencesModel::FieldColumn);
        what = tr("%1 (our No. %2): %3 is \"%4\" on our list and \"%5\" on theirs.")
                   .arg(Reconciler::summary(pair.ours.person))
                   .arg(pair.ours.position)
                   .arg(fieldIndex.data().toString(), target.oursValue, target.theirsValue);
        break;
    }
    case Group::OnlyTheirs:
        what = tr("Only on their list: %1.").arg(target.theirsValue.isEmpty() ? target.key : target.theirsValue);
        break;
    case Group::OnlyOurs:
        what = tr("Only on our list: %1.").arg(target.oursValue.isEmpty() ? target.key : target.oursValue);
        break;
    }
    if (!target.resolvable || target.state.resolved)
        return false;
    QString text = note.trimmed();
    if (text.isEmpty()) {
        const auto asked = askResolutionNote(this, what);
        if (!asked)
            return false; // cancelled
        text = *asked;
    }
    Status done;
    {
        const QScopedValueRollback<bool> writing(m_writing, true);
        done = m_writes.resolve(m_batchId, target.key, target.oursValue, target.theirsValue, text,
                                SeenRow{target.state.rowId, target.state.rowVersion});
    }
    if (!done && done.error().stale)
        return resolveOverStale(current->group, target.key, text, done.text());
    if (!done) {
        showError(tr("Not marked resolved"), tr("Nothing was changed: %1").arg(capitalised(done.text())));
        return false;
    }
    refreshResolutions(tr("Marked resolved"),
                       tr("The resolution was stored, but the list could not be read again: %1"));
    Q_EMIT message(tr("Marked resolved: %1").arg(text));
    return true;
}

bool ReconciliationWindow::reopenSelected()
{
    const auto current = selected();
    if (!current || !m_reopen->isEnabled())
        return false;
    const ResolutionTarget target = targetAt(current->group, current->row);
    if (!target.resolvable || !target.state.resolved)
        return false;
    Status done;
    {
        const QScopedValueRollback<bool> writing(m_writing, true);
        done = m_writes.unresolve(m_batchId, target.key, SeenRow{target.state.rowId, target.state.rowVersion});
    }
    if (!done && done.error().stale)
        return reopenOverStale(current->group, target.key, done.text());
    if (!done) {
        showError(tr("Not reopened"), tr("Nothing was changed: %1").arg(capitalised(done.text())));
        return false;
    }
    refreshResolutions(tr("Reopened"), tr("The item was reopened, but the list could not be read again: %1"));
    Q_EMIT message(tr("Reopened: the item counts as open again"));
    return true;
}

ResolutionTarget ReconciliationWindow::targetAt(Group group, int row) const
{
    switch (group) {
    case Group::Differences:
        return m_model->differences()->target(row);
    case Group::OnlyTheirs:
        return m_model->onlyTheirs()->target(row);
    case Group::OnlyOurs:
        return m_model->onlyOurs()->target(row);
    }
    return {};
}

bool ReconciliationWindow::refreshResolutions(const QString &errorTitle, const QString &errorText)
{
    auto resolutions = m_repository.resolutions(m_batchId);
    if (!resolutions) {
        showError(errorTitle, errorText.arg(resolutions.text()));
        reload();
        return false;
    }
    m_model->setResolutions(resolutions.value()); // in place: the rows and the selection stay
    updateTitles();
    updateButtons();
    return true;
}

std::optional<ResolutionTarget> ReconciliationWindow::rereadTarget(Group group, const QString &key, QString *problem)
{
    auto resolutions = m_repository.resolutions(m_batchId);
    if (!resolutions) {
        *problem = tr("The stored resolutions could not be read: %1").arg(resolutions.text());
        reload();
        return std::nullopt;
    }
    m_model->setResolutions(resolutions.value());
    updateTitles();
    updateButtons();
    const int row = group == Group::Differences  ? m_model->differences()->rowOfKey(key)
                    : group == Group::OnlyTheirs ? m_model->onlyTheirs()->rowOfKey(key)
                                                 : m_model->onlyOurs()->rowOfKey(key);
    // A difference that is gone gives the first row of its pair: not the item.
    const ResolutionTarget target = row >= 0 ? targetAt(group, row) : ResolutionTarget{};
    if (!target.resolvable || target.key != key) {
        *problem = tr("The item is no longer in the reconciliation: their list or ours changed.");
        return std::nullopt;
    }
    return target;
}

namespace {

// What is stored for an item, for the official to compare with their own choice.
QString storedResolutionText(const ResolutionState &state)
{
    if (!state.resolved)
        return ReconciliationWindow::tr("not resolved");
    const QString by =
        state.resolvedByName.isEmpty() ? ReconciliationWindow::tr("another official") : state.resolvedByName;
    return ReconciliationWindow::tr("resolved by %1 on %2: %3").arg(by, momentText(state.resolvedAt), state.note);
}

} // namespace

bool ReconciliationWindow::resolveOverStale(Group group, const QString &key, const QString &note,
                                            const QString &refusal)
{
    QString problem;
    const std::optional<ResolutionTarget> now = rereadTarget(group, key, &problem);
    if (!now) {
        showError(tr("Not marked resolved"), refusal + QLatin1Char('\n') + problem);
        return false;
    }
    const ResolutionState &stored = now->state;
    if (stored.resolved && stored.note == note) {
        Q_EMIT message(tr("Already marked resolved by %1 with the same note").arg(stored.resolvedByName));
        return false;
    }
    StaleChoice choice;
    choice.refusal = refusal;
    choice.storedNow = storedResolutionText(stored);
    choice.yours = note;
    choice.question = stored.resolved ? tr("Store your note over theirs?") : tr("Mark it resolved with your note?");
    choice.storeMine = tr("Store my note");
    choice.keepStored = tr("Keep the stored one");
    if (!askStoreMineOverStale(this, choice)) {
        Q_EMIT message(stored.resolved
                           ? tr("Your note was not stored: the resolution by %1 was kept").arg(stored.resolvedByName)
                           : tr("Your note was not stored: the item stays open, as stored"));
        return false;
    }
    Status done;
    {
        const QScopedValueRollback<bool> writing(m_writing, true);
        done = m_writes.resolve(m_batchId, key, now->oursValue, now->theirsValue, note,
                                SeenRow{stored.rowId, stored.rowVersion});
    }
    if (!done) {
        showError(tr("Not marked resolved"), tr("Nothing was changed: %1").arg(capitalised(done.text())));
        refreshResolutions(tr("Not marked resolved"), tr("The list could not be read again: %1"));
        return false;
    }
    refreshResolutions(tr("Marked resolved"),
                       tr("The resolution was stored, but the list could not be read again: %1"));
    Q_EMIT message(tr("Marked resolved: %1").arg(note));
    return true;
}

bool ReconciliationWindow::reopenOverStale(Group group, const QString &key, const QString &refusal)
{
    QString problem;
    const std::optional<ResolutionTarget> now = rereadTarget(group, key, &problem);
    if (!now) {
        showError(tr("Not reopened"), refusal + QLatin1Char('\n') + problem);
        return false;
    }
    const ResolutionState &stored = now->state;
    if (!stored.resolved) {
        // Reopened (or its resolution made void) at the other desk: what the official wanted is there already.
        showError(tr("Not reopened"), refusal);
        return false;
    }
    StaleChoice choice;
    choice.refusal = refusal;
    choice.storedNow = storedResolutionText(stored);
    choice.yours = tr("reopen it (the item counts as open again)");
    choice.question = tr("Reopen it anyway?");
    choice.storeMine = tr("Reopen it anyway");
    choice.keepStored = tr("Keep the stored one");
    if (!askStoreMineOverStale(this, choice)) {
        Q_EMIT message(tr("Not reopened: the resolution by %1 was kept").arg(stored.resolvedByName));
        return false;
    }
    Status done;
    {
        const QScopedValueRollback<bool> writing(m_writing, true);
        done = m_writes.unresolve(m_batchId, key, SeenRow{stored.rowId, stored.rowVersion});
    }
    if (!done) {
        showError(tr("Not reopened"), tr("Nothing was changed: %1").arg(capitalised(done.text())));
        refreshResolutions(tr("Not reopened"), tr("The list could not be read again: %1"));
        return false;
    }
    refreshResolutions(tr("Reopened"), tr("The item was reopened, but the list could not be read again: %1"));
    Q_EMIT message(tr("Reopened: the item counts as open again"));
    return true;
}

QString ReconciliationWindow::askSavePath(const QString &title, const QString &suggested, const QString &filter,
                                          const QString &suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(suggested), filter);
    if (!path.isEmpty() && !path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    return path;
}

bool ReconciliationWindow::exportCsv(const QString &path)
{
    if (!m_list)
        return false;
    QString target = path;
    if (target.isEmpty()) {
        target = askSavePath(tr("Export the reconciliation"), tr("batch-%1-reconciliation.csv").arg(m_batch.sequenceNo),
                             tr("CSV files (*.csv)"), QStringLiteral(".csv"));
        if (target.isEmpty())
            return false;
    }
    const auto written = ReconciliationReport::writeCsv(m_model->reconciliation(), target);
    if (!written) {
        showError(tr("Not exported"), tr("Nothing was exported: %1").arg(capitalised(written.text())));
        return false;
    }
    Q_EMIT message(tr("Reconciliation written to %1: %n line(s)", nullptr, int(written.value().lines))
                       .arg(QDir::toNativeSeparators(target)));
    return true;
}

bool ReconciliationWindow::exportPdf(const QString &path)
{
    if (!m_list)
        return false;
    QString target = path;
    if (target.isEmpty()) {
        target = askSavePath(tr("Export the reconciliation to PDF"),
                             tr("batch-%1-reconciliation.pdf").arg(m_batch.sequenceNo), tr("PDF documents (*.pdf)"),
                             QStringLiteral(".pdf"));
        if (target.isEmpty())
            return false;
    }
    const ReconciliationPrinter::Context context{m_exchange, m_batch, m_list, QDateTime::currentDateTimeUtc()};
    const Result<int> written = ReconciliationPrinter::writePdf(m_model->reconciliation(), context, target);
    if (!written) {
        showError(tr("Not exported"), tr("The PDF was not written: %1").arg(written.text()));
        return false;
    }
    Q_EMIT message(tr("Written to %1 (%n page(s))", nullptr, written.value()).arg(QDir::toNativeSeparators(target)));
    return true;
}

void ReconciliationWindow::printPreview()
{
    if (!m_list)
        return;
    const ReconciliationPrinter::Context context{m_exchange, m_batch, m_list, QDateTime::currentDateTimeUtc()};
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReconciliationPrinter::pageLayout());
    printer.setDocName(ReconciliationPrinter::title(context));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(printer.docName());
    QString failure;
    const Reconciliation &reconciliation = m_model->reconciliation();
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        const Result<int> drawn = ReconciliationPrinter::print(reconciliation, context, *target);
        if (!drawn)
            failure = drawn.text();
    });
    const int result = dialog.exec();
    if (!failure.isEmpty()) {
        showError(tr("Print"), tr("The report could not be printed: %1").arg(failure));
        return;
    }
    if (result == QDialog::Accepted)
        Q_EMIT message(tr("%1 sent to the printer").arg(printer.docName()));
}

void ReconciliationWindow::showError(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("reconciliationErrorBox"));
    if (box.exec() != QMessageBox::Ok)
        return; // closed by the window manager: nothing more to do either way
}

} // namespace homeward
