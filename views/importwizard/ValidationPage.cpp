#include "ValidationPage.h"

#include "ImportWizard.h"
#include "ProgressStrip.h"
#include "items/ImportProblemsModel.h"
#include "storage/RegistryListImport.h"
#include "storage/Store.h"

#include <QComboBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace homeward {
namespace {

QString personText(const Person &p)
{
    QStringList names;
    for (const QString &part : {p.surname, p.givenName, p.patronymic})
        if (!part.isEmpty())
            names << part;
    const QString born = p.birthDate.toDisplay();
    return born.isEmpty() ? names.join(QLatin1Char(' ')) : names.join(QLatin1Char(' ')) + QStringLiteral(", ") + born;
}

} // namespace

ValidationPage::ValidationPage(ImportWizard *wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("validationPage"));
    setTitle(tr("Check"));
    setSubTitle(tr("The whole file is read as it will be imported. Nothing has been written yet."));

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("validationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_strip = new ProgressStrip;
    m_retry = new QPushButton(tr("Check &again"));
    m_retry->setObjectName(QStringLiteral("checkAgainButton"));
    m_retry->setToolTip(tr("Read the file again, for instance after correcting it"));
    connect(m_retry, &QPushButton::clicked, this, &ValidationPage::runCheck);

    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setToolTip(tr("Show only the problems of one kind"));
    m_model = new ImportProblemsModel(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(ImportProblemsModel::LineColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ImportProblemsModel::ColumnColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ImportProblemsModel::ValueColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(ImportProblemsModel::ReasonColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ImportProblemsModel::KindColumn, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(ImportProblemsModel::ValueColumn, 150);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_kind->currentData().toInt();
        m_model->setKindFilter(kind < 0 ? std::nullopt : std::optional<ListProblemKind>(ListProblemKind(kind)));
    });

    m_problemsBox = new QGroupBox(tr("Problems"));
    auto *kindRow = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("&Show:"));
    kindLabel->setBuddy(m_kind);
    kindRow->addWidget(kindLabel);
    kindRow->addWidget(m_kind);
    kindRow->addStretch(1);
    auto *problemsLayout = new QVBoxLayout(m_problemsBox);
    problemsLayout->addLayout(kindRow);
    problemsLayout->addWidget(m_view, 1);
    // A long reason does not fit its cell: the selected problem is also shown whole.
    m_detail = new QLabel;
    m_detail->setObjectName(QStringLiteral("problemDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    problemsLayout->addWidget(m_detail);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_detail->setText(
                    current.isValid()
                        ? m_model->problemAt(current.row()).text(QFileInfo(m_wizard->choices().path).fileName())
                        : QString());
            });
    connect(m_model, &QAbstractItemModel::modelReset, m_detail, &QLabel::clear);

    m_duplicates = new QTableWidget(0, 4);
    m_duplicates->setObjectName(QStringLiteral("duplicatesTable"));
    m_duplicates->setHorizontalHeaderLabels({tr("Line"), tr("In the list"), tr("Already there"), tr("Decision")});
    m_duplicates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_duplicates->verticalHeader()->hide();
    m_duplicates->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_duplicates->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_duplicates->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_duplicates->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_duplicates->setToolTip(tr("Rows that repeat a person: skip the row, or keep both as two persons"));
    m_skipAll = new QPushButton(tr("S&kip all"));
    m_skipAll->setObjectName(QStringLiteral("skipAllButton"));
    m_skipAll->setToolTip(tr("Import none of these rows"));
    m_keepAll = new QPushButton(tr("Keep &all"));
    m_keepAll->setObjectName(QStringLiteral("keepAllButton"));
    m_keepAll->setToolTip(tr("Import every one of these rows as a person of its own"));
    connect(m_skipAll, &QPushButton::clicked, this, [this] { decideAll(DuplicateDecision::Skip); });
    connect(m_keepAll, &QPushButton::clicked, this, [this] { decideAll(DuplicateDecision::KeepBoth); });
    m_duplicatesBox = new QGroupBox(tr("Persons already listed"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_skipAll);
    buttons->addWidget(m_keepAll);
    auto *duplicatesLayout = new QVBoxLayout(m_duplicatesBox);
    duplicatesLayout->addWidget(m_duplicates, 1);
    duplicatesLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_problemsBox);
    splitter->addWidget(m_duplicatesBox);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_retry, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_strip);
    layout->addWidget(splitter, 1);
    m_problemsBox->hide();
    m_duplicatesBox->hide();
    m_retry->hide();
}

void ValidationPage::initializePage()
{
    m_checked = false;
    m_summary->clear();
    m_problemsBox->hide();
    m_duplicatesBox->hide();
    m_retry->hide();
    // After the page is shown, so that the progress is seen.
    const int generation = ++m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation && m_wizard->currentPage() == this && !m_checked)
            runCheck();
    });
}

void ValidationPage::cleanupPage()
{
    ++m_generation;
    m_checked = false;
}

void ValidationPage::runCheck()
{
    if (m_strip->isRunning())
        return;
    m_checked = false;
    Q_EMIT completeChanged();
    m_retry->hide();
    const ImportChoices &choices = m_wizard->choices();
    const QString fileName = QFileInfo(choices.path).fileName();
    m_wizard->setBusy(m_strip);
    m_strip->start(tr("Checking %1…").arg(fileName));
    const auto tick = [this, &fileName](const ListProgress &p) {
        return m_strip->update(tr("Checking %1: %L2 rows…").arg(fileName).arg(p.rowsDone), p.bytesDone, p.bytesTotal);
    };
    Store &store = m_wizard->store();
    if (m_wizard->target() == ListTarget::Batch) {
        const BatchImportOutcome outcome = BatchImport(store.connection(), store.notifier())
                                               .check(choices.path, m_wizard->batchId(), m_wizard->batchOptions(),
                                                      [&tick](const BatchImportProgress &p) { return tick(p.list); });
        m_error = outcome.error;
        m_cancelled = outcome.cancelled;
        m_problems = outcome.problems;
        m_problemCount = outcome.problemCount;
        m_found = outcome.duplicates;
        m_rows = outcome.rows;
    } else {
        const RegistryListOutcome outcome =
            RegistryListImport(store.connection()).check(choices.path, m_wizard->registryOptions(), tick);
        m_error = outcome.error;
        m_cancelled = outcome.cancelled;
        m_problems = outcome.problems;
        m_problemCount = outcome.problemCount;
        m_found.clear();
        m_rows = outcome.rows;
    }
    m_strip->finish();
    m_checked = true;
    showOutcome();
    m_wizard->setBusy(nullptr);
    Q_EMIT completeChanged();
    Q_EMIT checked();
}

void ValidationPage::showOutcome()
{
    // The duplicates table: one row per duplicate, with its decision.
    m_duplicates->setRowCount(0);
    m_duplicates->setRowCount(int(m_found.size()));
    const ImportChoices &choices = m_wizard->choices();
    for (int r = 0; r < m_found.size(); ++r) {
        const BatchDuplicate &d = m_found.at(r);
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, d.line);
        m_duplicates->setItem(r, 0, line);
        m_duplicates->setItem(r, 1, new QTableWidgetItem(personText(d.person)));
        const QString there = d.existingPersonId != 0 ? tr("In the batch: %1").arg(d.existingText)
                                                      : tr("Line %1 of this list").arg(d.earlierLine);
        auto *thereItem = new QTableWidgetItem(there);
        thereItem->setToolTip(there);
        m_duplicates->setItem(r, 2, thereItem);
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("decisionCombo%1").arg(r));
        combo->addItem(tr("— decide —"), int(DuplicateDecision::Refuse));
        combo->addItem(tr("Skip the row"), int(DuplicateDecision::Skip));
        combo->addItem(tr("Keep both"), int(DuplicateDecision::KeepBoth));
        combo->setToolTip(tr("Skip: the row is not imported. Keep both: the row becomes a person of its own."));
        const DuplicateDecision decided = choices.decisions.value(d.line, d.decision);
        combo->setCurrentIndex(combo->findData(int(decided)));
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, r, combo] { decide(r, DuplicateDecision(combo->currentData().toInt())); });
        m_duplicates->setCellWidget(r, 3, combo);
    }
    m_duplicatesBox->setVisible(!m_found.isEmpty());
    m_duplicatesBox->setTitle(tr("Rows that repeat a person (%n): decide each one", "", int(m_found.size())));
    showProblems();
}

QComboBox *ValidationPage::decisionCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_duplicates->cellWidget(row, 3));
}

void ValidationPage::decide(int row, DuplicateDecision decision)
{
    if (row < 0 || row >= m_found.size())
        return;
    m_wizard->choices().decisions.insert(m_found.at(row).line, decision);
    showProblems();
    Q_EMIT completeChanged();
}

void ValidationPage::decideAll(DuplicateDecision decision)
{
    for (int r = 0; r < m_found.size(); ++r)
        if (QComboBox *combo = decisionCombo(r))
            combo->setCurrentIndex(combo->findData(int(decision)));
}

qint64 ValidationPage::rowsSkipped() const
{
    qint64 skipped = 0;
    for (const BatchDuplicate &d : m_found)
        skipped += m_wizard->choices().decisions.value(d.line, d.decision) == DuplicateDecision::Skip ? 1 : 0;
    return skipped;
}

qint64 ValidationPage::rowsToImport() const
{
    return m_rows - rowsSkipped();
}

void ValidationPage::showProblems()
{
    // A duplicate the official has decided since the check is no problem any more.
    QList<ListProblem> open;
    qint64 settled = 0;
    const ImportChoices &choices = m_wizard->choices();
    for (const ListProblem &p : std::as_const(m_problems)) {
        if (p.kind == ListProblemKind::Duplicate &&
            choices.decisions.value(p.line, DuplicateDecision::Refuse) != DuplicateDecision::Refuse) {
            ++settled;
            continue;
        }
        open << p;
    }
    // And one decided at the check but set back to "decide" is one again.
    qint64 reopened = 0;
    for (const BatchDuplicate &d : std::as_const(m_found))
        if (d.decision != DuplicateDecision::Refuse &&
            choices.decisions.value(d.line, d.decision) == DuplicateDecision::Refuse)
            ++reopened;
    m_openCount = m_problemCount - settled + reopened;
    m_model->setProblems(open);
    fillKinds();
    m_problemsBox->setVisible(!open.isEmpty());
    m_problemsBox->setTitle(open.size() < m_openCount
                                ? tr("Problems (the first %L1 of %L2)").arg(open.size()).arg(m_openCount)
                                : tr("Problems (%L1)").arg(m_openCount));

    const QString fileName = QFileInfo(choices.path).fileName();
    QString text;
    QString colour = QStringLiteral("#b71c1c");
    if (m_error) {
        text = tr("%1 cannot be imported: %2").arg(fileName, m_error->text());
        m_retry->show();
    } else if (m_cancelled) {
        text = tr("The check was cancelled. Check again to go on.");
        colour.clear();
        m_retry->show();
    } else if (m_openCount > 0) {
        text = tr("%1 has %n problem(s). Nothing can be imported until they are solved: correct the file (then "
                  "Check again), or go Back to change the columns.",
                  "", int(std::min<qint64>(m_openCount, INT_MAX)))
                   .arg(fileName);
        const int duplicatesOpen = m_model->countOf(ListProblemKind::Duplicate);
        if (duplicatesOpen > 0 && duplicatesOpen == m_openCount)
            text = tr("Decide for each row below whether to skip it or keep both.");
        m_retry->show();
    } else if (m_wizard->target() == ListTarget::Batch) {
        text = tr("All %L1 rows are correct: %n person(s) will be added to %2, %L3 row(s) skipped.", "",
                  int(rowsToImport()))
                   .arg(m_rows)
                   .arg(m_wizard->targetText())
                   .arg(rowsSkipped());
        colour = QStringLiteral("#1b5e20");
    } else {
        text = tr("All %n record(s) are correct and can be imported into the registry.", "", int(m_rows));
        colour = QStringLiteral("#1b5e20");
    }
    m_summary->setText(text);
    m_summary->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color: %1").arg(colour));
}

void ValidationPage::fillKinds()
{
    const int chosen = m_kind->currentData().isValid() ? m_kind->currentData().toInt() : -1;
    const QSignalBlocker block(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("All kinds (%L1)").arg(m_model->problems().size()), -1);
    for (const ListProblemKind kind : ImportProblemsModel::kKinds)
        if (const int count = m_model->countOf(kind); count > 0)
            m_kind->addItem(tr("%1 (%L2)").arg(ImportProblemsModel::kindLabel(kind)).arg(count), int(kind));
    const int index = m_kind->findData(chosen);
    m_kind->setCurrentIndex(std::max(0, index));
    const int kind = m_kind->currentData().toInt();
    m_model->setKindFilter(kind < 0 ? std::nullopt : std::optional<ListProblemKind>(ListProblemKind(kind)));
}

bool ValidationPage::isComplete() const
{
    if (!m_checked || m_error || m_cancelled || m_openCount > 0)
        return false;
    for (const BatchDuplicate &d : m_found)
        if (m_wizard->choices().decisions.value(d.line, d.decision) == DuplicateDecision::Refuse)
            return false;
    return true;
}

} // namespace homeward
