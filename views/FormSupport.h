#pragma once

#include "domain/Enums.h"
#include "storage/Result.h"

#include <QComboBox>
#include <QString>

#include <initializer_list>

class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
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
// otherwise. On success `loaded` becomes the stored record (with its new id),
// so the dialog's baseline follows what is in the database.
template <typename Record, typename Repository>
Status createOrUpdate(Repository &repository, const Record &record, Record &loaded)
{
    if (record.id == 0) {
        auto created = repository.create(record);
        if (!created)
            return created.status();
        loaded = record;
        loaded.id = created.value();
        return {};
    }
    Status updated = repository.update(record);
    if (updated)
        loaded = record;
    return updated;
}

} // namespace homeward
