#include "FormSupport.h"

#include <QPlainTextEdit>

#include <QDialogButtonBox>

#include <QDialog>

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace homeward {

QLabel *addFieldRow(QFormLayout *form, const QString &labelText, QWidget *field)
{
    auto *cell = new QWidget;
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    // A spin box or combo keeps its own width; its message may still use the whole row.
    const bool fieldGrows = field->sizePolicy().horizontalPolicy() & QSizePolicy::ExpandFlag;
    column->addWidget(field, 0, fieldGrows ? Qt::Alignment() : Qt::AlignLeft);
    auto *error = new QLabel(cell);
    error->setObjectName(field->objectName() + QStringLiteral("Error"));
    error->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    column->addWidget(error);

    auto *label = new QLabel(labelText);
    label->setBuddy(field);
    form->addRow(label, cell);
    return error;
}

QPlainTextEdit *newNotesEdit()
{
    auto *notes = new QPlainTextEdit;
    notes->setObjectName(QStringLiteral("notesEdit"));
    notes->setTabChangesFocus(true);
    notes->setMinimumHeight(60);
    return notes;
}

QDialogButtonBox *newSaveCancelButtons(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

bool confirmDiscardChanges(QWidget *form)
{
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("homeward::FormSupport", "Unsaved changes"), QCoreApplication::translate("homeward::FormSupport", "Discard unsaved changes?"),
                    QMessageBox::Yes | QMessageBox::No, form);
    box.setInformativeText(QCoreApplication::translate("homeward::FormSupport", "What was typed in this form has not been saved and will be lost."));
    box.button(QMessageBox::Yes)->setText(QCoreApplication::translate("homeward::FormSupport", "Discard changes"));
    box.button(QMessageBox::No)->setText(QCoreApplication::translate("homeward::FormSupport", "Keep editing"));
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

} // namespace homeward
