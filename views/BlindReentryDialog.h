#pragma once

#include "domain/BlindReentry.h"
#include "domain/Person.h"
#include "domain/Verification.h"
#include "storage/Result.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace homeward {

class Store;

// Blind re-entry of one detail (surname, date of birth, service number or
// document): the verifier types the value from their own record without
// seeing the stored one. Check compares through
// VerificationRepository::verifyBlind(): equal confirms and closes the
// dialog (Accepted); different changes nothing and shows both values side by
// side with the differing letters marked (bold, underlined and on a
// coloured background, so the marks read without colour too), then offers
// to try again, to record a discrepancy (the dialog closes with
// RecordDiscrepancy and discrepancyNote() prefilled with both values) or to
// cancel. "Compare instead" closes with CompareInstead, for a record that
// cannot be typed from. Refusals (two-person rule, role) show in the dialog;
// a check refused because the item changed since it was read (another
// verifier's verdict, an edit of the detail) closes with Stale, staleError()
// saying who changed it, so the checklist can keep what was typed.
class BlindReentryDialog final : public QDialog {
    Q_OBJECT
public:
    enum Outcome { CompareInstead = 2, RecordDiscrepancy = 3, Stale = 4 };

    // The item as stored when the dialog opens.
    BlindReentryDialog(Store &store, qint64 itemId, QWidget *parent = nullptr);
    // The item as the checklist showed it: the check is refused as stale when
    // the stored item moved on from `shown` (its rowVersion).
    BlindReentryDialog(Store &store, const VerificationItem &shown, QWidget *parent = nullptr);

    // False when the item or its person could not be read (loadError() says why).
    bool isUsable() const { return m_loadError.isEmpty(); }
    QString loadError() const { return m_loadError; }

    const BlindComparison &lastComparison() const { return m_comparison; }
    bool hasMismatch() const { return m_mismatch; }
    // "Typed … from my record; stored …", after a mismatch.
    QString discrepancyNote() const;
    // The refusal when the dialog closed with Stale.
    const Error &staleError() const { return m_staleError; }

    // The text with the characters at `positions` marked, as rich text.
    static QString markedHtml(const QString &text, const QList<int> &positions);

    QLineEdit *typedEdit() const { return m_typed; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *tryAgainButton() const { return m_tryAgain; }
    QPushButton *discrepancyButton() const { return m_discrepancy; }
    QPushButton *compareButton() const { return m_compare; }
    QLabel *comparisonLabel() const { return m_comparisonLabel; }
    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    void check();
    void tryAgain();

private:
    void showError(const QString &text);
    void showComparison();

    Store &m_store;
    qint64 m_itemId = 0;
    VerificationItem m_item;
    Person m_person;
    QString m_loadError;
    BlindComparison m_comparison;
    bool m_mismatch = false;
    Error m_staleError;

    QLineEdit *m_typed = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_comparisonPanel = nullptr;
    QLabel *m_comparisonLabel = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_tryAgain = nullptr;
    QPushButton *m_discrepancy = nullptr;
    QPushButton *m_compare = nullptr;
};

} // namespace homeward
