#pragma once

#include <QString>

class QFormLayout;
class QLabel;
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

} // namespace homeward
