#pragma once

#include "domain/Verification.h"
#include "items/BatchChecklistProxy.h"
#include "storage/Result.h"

#include <QWidget>

#include <optional>

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
//
// A verdict refused because the item changed since the checklist was read
// (another verifier at another desk, an edit of the detail: StaleEdit) is
// not lost: the stale bar says who changed it and when, and keeps what the
// official chose and typed (the verdict, the way, the note or the typed
// value) under "Your unsaved values". Reload reads the stored checklist and
// says what is stored now, still keeping the official's values; "Apply mine
// again…" opens the same dialog filled with them (a plain confirmation is
// made again at once), over the reloaded row; Discard drops them. Object
// names: "staleBar", "staleMessageLabel", "unsavedValuesLabel",
// "reloadButton", "reapplyButton", "discardUnsavedButton".
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
    QFrame *staleBar() const { return m_staleBar; }
    QLabel *staleMessageLabel() const { return m_staleMessage; }
    QLabel *unsavedValuesLabel() const { return m_unsavedLabel; }
    QPushButton *reloadButton() const { return m_reloadButton; }
    QPushButton *reapplyButton() const { return m_reapplyButton; }
    // Whether a verdict refused as stale is kept, and its note (or typed value).
    bool hasUnsavedVerdict() const { return m_unsaved.has_value(); }
    QString unsavedNote() const { return m_unsaved ? m_unsaved->text : QString(); }
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
    // The stale bar's buttons.
    void reloadAfterStale();
    void reapplyUnsaved();
    void discardUnsaved();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // What the official chose for an item when its save was refused as stale.
    enum class UnsavedKind { Compare, Identity, Discrepancy, Blind };
    struct UnsavedVerdict {
        UnsavedKind kind = UnsavedKind::Compare;
        qint64 itemId = 0;
        qint64 personId = 0;
        QString what; // the detail in a sentence
        std::optional<CheckMethod> method;
        QString text; // the note, or the value typed blind
    };

    const VerificationItem *currentItem() const;
    bool refuseIfNotMine(const VerificationItem &item);
    void confirmPlain(const VerificationItem &item);
    void confirmIdentity(const VerificationItem &item);
    void compareInstead(const VerificationItem &item);
    void recordDiscrepancy(const VerificationItem &item, const QString &prefilledNote);
    // Shows the outcome; on success moves on to the next detail of the same person.
    void finish(const Status &status, qint64 personId, const QString &doneText);
    // As finish(); a refusal as stale keeps `unsaved` and shows the stale bar instead.
    void finishWrite(const Status &status, const UnsavedVerdict &unsaved, const QString &doneText);
    void showStale(const Error &refusal, const UnsavedVerdict &unsaved);
    QString describe(const UnsavedVerdict &unsaved) const;
    QString describeStored(const VerificationItem &item) const;
    void hideStale();
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
    QFrame *m_staleBar = nullptr;
    QLabel *m_staleMessage = nullptr;
    QLabel *m_unsavedLabel = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QPushButton *m_reapplyButton = nullptr;
    std::optional<UnsavedVerdict> m_unsaved;
};

} // namespace homeward
