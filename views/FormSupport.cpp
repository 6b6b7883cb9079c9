#include "FormSupport.h"

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

bool confirmDiscardChanges(QWidget *form)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("homeward::FormSupport", text); };
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"), tr("Discard unsaved changes?"),
                    QMessageBox::Yes | QMessageBox::No, form);
    box.setInformativeText(tr("What was typed in this form has not been saved and will be lost."));
    box.button(QMessageBox::Yes)->setText(tr("Discard changes"));
    box.button(QMessageBox::No)->setText(tr("Keep editing"));
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

} // namespace homeward
