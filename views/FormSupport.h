#pragma once

#include "domain/Enums.h"
#include "storage/Result.h"

#include <QComboBox>
#include <QFrame>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <initializer_list>

class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace homeward {

// Adds a form row whose field has its inline error label right under it
// (both in the field column, so the row label stays aligned with the field).
// The row label is the field's buddy, for its Alt+letter mnemonic.
// Returns the new error label, named "<field object name>Error".
QLabel *addFieldRow(QFormLayout *form, const QString &labelText, QWidget *field);

// Asks "Discard unsaved changes?" over `form`; true when the official chooses to discard.
// The safe answer (keep editing) is the default, for Enter and Esc alike.
bool confirmDiscardChanges(QWidget *form);

// What askStoreMineOverStale shows: the refusal of a write based on a stale
// copy (StaleEdit's message, naming who changed the record and when), what is
// stored now and the official's own value, each as a short phrase.
struct StaleChoice final {
    QString refusal;    // the box's text
    QString storedNow;  // "Stored now: …"
    QString yours;      // "Yours: …"
    QString question;   // under the comparison, e.g. "Store your note over it?"; may be empty
    QString storeMine;  // the Yes button, e.g. "Store my note"
    QString keepStored; // the No button, e.g. "Keep the stored one"
};

// After a write refused because another desk changed the record since the
// official read it (an Error with `stale` set, the form already showing the
// stored state): asks whether to keep what is stored now or to store the
// official's own value over it. A warning box named "staleChoiceBox"; keeping
// the stored one is the default, for Enter and Esc alike. True only when the
// official chooses to store theirs.
bool askStoreMineOverStale(QWidget *parent, const StaleChoice &choice);

// Fills `combo` with the translated label of each value, the value (as int) as item data.
template <typename Enum>
void fillEnumCombo(QComboBox *combo, std::initializer_list<Enum> values)
{
    for (Enum value : values)
        combo->addItem(label(value), static_cast<int>(value));
}

// The notes field of a record dialog: object name "notesEdit"; Tab leaves it.
QPlainTextEdit *newNotesEdit();

// Save and Cancel for a record dialog, wired to the dialog's (overridden)
// accept() and reject(); the Save button is named "saveButton".
QDialogButtonBox *newSaveCancelButtons(QDialog *dialog);

// Stores a dialog's record: create() when it has no id yet, update()
// otherwise. On success `loaded` becomes the stored record (with its new id
// and row version), so the dialog's baseline follows what is in the database.
// A save refused because someone else changed the record meanwhile comes
// back as an Error with `stale` set (StaleEdit): show it with a StaleEditBar.
template <typename Record, typename Repository>
Status createOrUpdate(Repository &repository, const Record &record, Record &loaded)
{
    qint64 id = record.id;
    if (id == 0) {
        auto created = repository.create(record);
        if (!created)
            return created.status();
        id = created.value();
    } else if (Status updated = repository.update(record); !updated) {
        return updated;
    }
    // The stored row, with the row version the save gave it.
    if (auto stored = repository.get(id)) {
        loaded = stored.value();
    } else {
        loaded = record;
        loaded.id = id;
    }
    return {};
}

// One field whose value differs between what the official typed and the
// stored record, as the field shows each.
struct FieldDifference final {
    QString label;
    QString yours;
    QString stored;
};

// The bar at the top of a record dialog when a save was refused because
// someone else changed the record since the form was opened (an Error with
// `stale` set). It shows the refusal and offers Reload; the dialog answers
// reloadRequested by reading the stored record and calling reloaded().
// The merge works on the form's fields (line edits, combos, spin boxes, text
// edits), so it is the same for every dialog:
//  - a field the official did not change takes the stored value;
//  - a field only the official changed keeps the official's value;
//  - a field both changed keeps the official's value, shows the stored one
//    in its tool tip and is listed in the bar as "field: yours → stored".
// The dialog's record then carries the new row version, so Save stores the
// official's values over the new row, deliberately. Object names:
// "staleEditBar", "staleMessageLabel", "staleDifferencesLabel", "reloadButton".
class StaleEditBar final : public QFrame {
    Q_OBJECT
public:
    explicit StaleEditBar(QWidget *parent = nullptr);

    // The form's fields, in form order. Each one's label is its buddy label.
    void setFields(const QList<QWidget *> &fields);
    // Records what each field shows as the record's stored values (after
    // loading a record into the form).
    void takeBase();

    // A refusal: shows `message` and the Reload button.
    void showRefusal(const QString &message);

    // What the fields show now, in setFields() order; pass it to reloaded().
    QStringList currentValues() const;
    // Call after the dialog has put the stored record into the form, with
    // currentValues() taken before that: merges (see above), shows the
    // fields both changed and makes the stored values the new base.
    void reloaded(const QStringList &yours);
    // The fields both changed, from the last reloaded().
    const QList<FieldDifference> &conflicts() const { return m_conflicts; }

    // Hides the bar and puts back the fields' own tool tips.
    void dismiss();

Q_SIGNALS:
    void reloadRequested();

private:
    QString labelOf(QWidget *field) const;
    void restoreToolTips();

    struct Field {
        QPointer<QWidget> widget;
        QString base;
        QString toolTip;
        bool marked = false;
    };
    QList<Field> m_fields;
    QList<FieldDifference> m_conflicts;
    QLabel *m_message = nullptr;
    QLabel *m_differences = nullptr;
    QPushButton *m_reload = nullptr;
};

} // namespace homeward
