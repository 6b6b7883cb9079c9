#pragma once

#include "InlineErrors.h"
#include "domain/Person.h"
#include "domain/Validation.h"
#include "storage/Result.h"

#include <QDialog>

#include <memory>

class QLabel;

namespace homeward {

namespace Ui {
class PersonForm;
}
class RegistryCandidatesWidget;
class StaleEditBar;
class Store;

// The form for every detail of one person (PersonForm.ui). Each change is
// validated at once (PersonValidator) and the problems shown under their
// fields; Save stays disabled while there is any. Ctrl+S saves and closes;
// for a new person Ctrl+Shift+S saves and starts the next. Enter moves to the
// next field. Esc or closing asks before discarding changes. Storage errors
// are shown and the form stays open with what was typed.
class PersonDialog final : public QDialog {
    Q_OBJECT
public:
    // A form for a new person, to be listed at the end of batch `batchId`.
    PersonDialog(Store &store, qint64 batchId, QWidget *parent = nullptr);
    ~PersonDialog() override;

    // Turns the form into editing the stored person `personId`.
    Status loadPerson(qint64 personId);

    bool isNew() const { return m_loaded.id == 0; }
    qint64 personId() const { return m_loaded.id; }
    qint64 batchId() const { return m_batchId; }
    // The details as typed (not normalised).
    Person person() const;
    bool hasChanges() const;
    int problemCount() const { return m_errors.problemCount(); }

    // Shown when a save was refused because someone else changed the person meanwhile.
    StaleEditBar *staleEditBar() const { return m_staleBar; }

    // The registry's candidates under the form.
    RegistryCandidatesWidget *registryCandidates() const { return m_registry; }

    // For tests and special cases: the rules' settings and today's date.
    void setValidator(const PersonValidator &validator);

public Q_SLOTS:
    // Stores the person and closes the form; does nothing while there are problems
    // except to show them all and focus the first.
    void save();
    // New person only: stores the person and empties the form for the next one.
    void saveAndNew();
    // Asks before discarding changes.
    void reject() override;

Q_SIGNALS:
    // After every successful save, with "Surname Given name".
    void personSaved(qint64 personId, const QString &shortName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setupFields();
    void setPerson(const Person &person);
    void takeBaseline();
    void revalidate();
    bool storePerson();
    void updateTitle();
    void updatePassportSpelling();
    // Reads the stored person after a stale refusal and merges the typed values into it.
    void reloadStored();

    Store &m_store;
    QLabel *m_passportSpelling = nullptr;
    RegistryCandidatesWidget *m_registry = nullptr;
    StaleEditBar *m_staleBar = nullptr;
    qint64 m_batchId = 0;
    std::unique_ptr<Ui::PersonForm> m_ui;
    PersonValidator m_validator;
    InlineErrors m_errors;
    QList<QWidget *> m_fields;
    Person m_loaded;
    Person m_baseline;
    QString m_baselineBirthText;
    QString m_baselineCaptureText;
};

} // namespace homeward
