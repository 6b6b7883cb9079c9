#pragma once

#include "items/BatchChecklistProxy.h"
#include "storage/Result.h"

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QTableView;

namespace homeward {

class BatchChecklistModel;
class ChecklistModel;
class Store;
struct VerificationItem;

// The verifier's screen for one batch. Left: the batch's persons with their
// progress, a filter (all / waiting for my verification / with discrepancies
// / not started) and the batch's progress (persons verified of all, open
// discrepancies). Right: the selected person's details and checklist.
//
// Keyboard: Up/Down move between the details, Ctrl+Up/Down or PageUp/PageDown
// between persons; Space or Enter verifies the current detail the default
// way, D records a discrepancy, B starts blind re-entry, Ctrl+H shows the
// person's history. The default way is blind re-entry for the surname, date of
// birth and service number/document, the identity question (in person,
// photo, documents) for the identity, and a plain confirmation for the rest.
// Every refusal of the repositories (two-person rule, role, a confirmed
// batch) shows in the message bar above the lists.
class ChecklistReviewWidget final : public QWidget {
    Q_OBJECT
public:
    explicit ChecklistReviewWidget(Store &store, QWidget *parent = nullptr);

    void setBatch(qint64 batchId);
    qint64 batchId() const { return m_batchId; }

    bool selectPerson(qint64 personId);
    qint64 currentPersonId() const;
    qint64 currentItemId() const;
    void setFilter(BatchChecklistProxy::Filter filter);

    // The message bar's text (plain), empty when hidden; whether it is an error.
    QString messageText() const;
    bool messageIsError() const { return m_messageIsError; }

    BatchChecklistModel *personModel() const { return m_personModel; }
    BatchChecklistProxy *personProxy() const { return m_personProxy; }
    ChecklistModel *checklistModel() const { return m_checklist; }
    QTableView *personTable() const { return m_personTable; }
    QTableView *checklistTable() const { return m_checklistTable; }
    QComboBox *filterCombo() const { return m_filterCombo; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *progressLabel() const { return m_progressLabel; }

public Q_SLOTS:
    void verifyCurrent();        // Space, Enter
    void discrepancyForCurrent(); // D
    void blindForCurrent();      // B
    void nextPerson();
    void previousPerson();
    void showPersonHistory();    // Ctrl+H
    void refreshProgress();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const VerificationItem *currentItem() const;
    bool refuseIfNotMine(const VerificationItem &item);
    void confirmPlain(const VerificationItem &item);
    void confirmIdentity(const VerificationItem &item);
    void compareInstead(const VerificationItem &item);
    void recordDiscrepancy(const VerificationItem &item, const QString &prefilledNote);
    // Shows the outcome; on success moves on to the next detail of the same person.
    void finish(const Status &status, qint64 personId, const QString &doneText);
    void showError(const QString &text);
    void showDone(const QString &text);
    void showInfo(const QString &text);
    void hideMessage();
    void onCurrentPersonChanged(const QModelIndex &current);
    void selectFirstOpenItem();
    void fitChecklistColumns();
    void moveToItemRow(int row);
    void movePerson(int step);
    void updateDetails();
    void updateButtons();
    void checkRole();
    QString personName() const;

    Store &m_store;
    qint64 m_batchId = 0;
    BatchChecklistModel *m_personModel = nullptr;
    BatchChecklistProxy *m_personProxy = nullptr;
    ChecklistModel *m_checklist = nullptr;

    QLabel *m_title = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QFrame *m_messageBar = nullptr;
    QLabel *m_messageLabel = nullptr;
    QString m_messagePlain;
    bool m_messageIsError = false;
    QComboBox *m_filterCombo = nullptr;
    QTableView *m_personTable = nullptr;
    QLabel *m_personHeading = nullptr;
    QLabel *m_personDetails = nullptr;
    QTableView *m_checklistTable = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QPushButton *m_discrepancyButton = nullptr;
    QPushButton *m_blindButton = nullptr;
    QPushButton *m_historyButton = nullptr;
    QLabel *m_roleNotice = nullptr;
};

} // namespace homeward
