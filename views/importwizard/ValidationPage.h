#pragma once

#include "io/ListFormat.h"
#include "storage/BatchImport.h"
#include "storage/Result.h"

#include <QList>
#include <QWizardPage>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace homeward {

class ImportProblemsModel;
class ImportWizard;
class ProgressStrip;

// The whole file checked as it will be imported, writing nothing: every
// problem with line, column, value, reason and kind (filtered by kind), and
// every row that repeats a person already in the batch (or an earlier row),
// each to be skipped or kept by the official. Next waits until there is no
// problem and every duplicate is decided.
class ValidationPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit ValidationPage(ImportWizard *wizard);

    ImportProblemsModel *problemsModel() const { return m_model; }
    QTableView *problemsView() const { return m_view; }
    QComboBox *kindCombo() const { return m_kind; }
    QTableWidget *duplicatesTable() const { return m_duplicates; }
    // The decision combo of duplicate row `row` (in the table's order).
    QComboBox *decisionCombo(int row) const;
    QLabel *summaryLabel() const { return m_summary; }
    ProgressStrip *progressStrip() const { return m_strip; }

    // True once the check of the current choices has run (whatever it found).
    bool isChecked() const { return m_checked; }
    // Rows that will be added (or imported into the registry) with the decisions so far.
    qint64 rowsToImport() const;
    qint64 rowsSkipped() const;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

public Q_SLOTS:
    // Reads the whole file again with the wizard's choices.
    void runCheck();

Q_SIGNALS:
    void checked();

private:
    void showOutcome();
    void showProblems();
    void fillKinds();
    void decide(int row, DuplicateDecision decision);
    void decideAll(DuplicateDecision decision);

    ImportWizard *m_wizard;
    QLabel *m_summary;
    ProgressStrip *m_strip;
    QPushButton *m_retry;
    QGroupBox *m_problemsBox;
    QComboBox *m_kind;
    QTableView *m_view;
    QLabel *m_detail; // the selected problem in full
    ImportProblemsModel *m_model;
    QGroupBox *m_duplicatesBox;
    QTableWidget *m_duplicates;
    QPushButton *m_skipAll;
    QPushButton *m_keepAll;

    bool m_checked = false;
    int m_generation = 0;
    std::optional<Error> m_error;
    bool m_cancelled = false;
    QList<ListProblem> m_problems; // as found
    qint64 m_problemCount = 0;     // as found (may exceed m_problems.size())
    qint64 m_openCount = 0;        // less the duplicates decided since
    QList<BatchDuplicate> m_found;
    qint64 m_rows = 0;
};

} // namespace homeward
