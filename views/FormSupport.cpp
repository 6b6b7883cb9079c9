#include "FormSupport.h"

#include <QPlainTextEdit>

#include <QDialogButtonBox>

#include <QDialog>

#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
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

bool askStoreMineOverStale(QWidget *parent, const StaleChoice &choice)
{
    QMessageBox box(QMessageBox::Warning,
                    QCoreApplication::translate("homeward::FormSupport", "Changed at another desk"), choice.refusal,
                    QMessageBox::Yes | QMessageBox::No, parent);
    box.setObjectName(QStringLiteral("staleChoiceBox"));
    // Notes and names are shown as typed, never read as markup.
    box.setTextFormat(Qt::PlainText);
    QString comparison = QCoreApplication::translate("homeward::FormSupport", "Stored now: %1").arg(choice.storedNow) +
                         QLatin1Char('\n') +
                         QCoreApplication::translate("homeward::FormSupport", "Yours: %1").arg(choice.yours);
    if (!choice.question.isEmpty())
        comparison += QStringLiteral("\n\n") + choice.question;
    box.setInformativeText(comparison);
    if (auto *informative = box.findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel")))
        informative->setTextFormat(Qt::PlainText);
    box.button(QMessageBox::Yes)->setText(choice.storeMine);
    box.button(QMessageBox::No)->setText(choice.keepStored);
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

namespace {

// What a field shows, as text that compares and can be put back.
QString valueOf(const QWidget *field)
{
    if (const auto *edit = qobject_cast<const QLineEdit *>(field))
        return edit->text();
    if (const auto *combo = qobject_cast<const QComboBox *>(field))
        return combo->currentText();
    if (const auto *spin = qobject_cast<const QSpinBox *>(field))
        return QString::number(spin->value());
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(field))
        return text->toPlainText();
    return {};
}

void setValueOf(QWidget *field, const QString &value)
{
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->setText(value);
    else if (auto *combo = qobject_cast<QComboBox *>(field))
        combo->setCurrentIndex(combo->findText(value));
    else if (auto *spin = qobject_cast<QSpinBox *>(field))
        spin->setValue(value.toInt());
    else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        text->setPlainText(value);
}

QString shown(const QString &value)
{
    return value.isEmpty() ? QCoreApplication::translate("homeward::StaleEditBar", "(empty)")
                           : QStringLiteral("“%1”").arg(value);
}

} // namespace

StaleEditBar::StaleEditBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("staleEditBar"));
    setFrameShape(QFrame::StyledPanel);
    // The colours of a warning, readable in light and dark themes alike.
    setStyleSheet(QStringLiteral("#staleEditBar { background: #fff4e5; border: 1px solid #e0a040; } "
                                 "#staleEditBar QLabel { color: #4a2c00; }"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("staleMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_differences = new QLabel(this);
    m_differences->setObjectName(QStringLiteral("staleDifferencesLabel"));
    m_differences->setWordWrap(true);
    m_differences->setTextFormat(Qt::PlainText);
    m_differences->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_differences->hide();
    m_reload = new QPushButton(QCoreApplication::translate("homeward::StaleEditBar", "&Reload"), this);
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_reload->setToolTip(QCoreApplication::translate(
        "homeward::StaleEditBar", "Read the stored record: fields you did not change take its values, yours stay "
                                  "where you changed them"));
    m_reload->setAutoDefault(false);
    connect(m_reload, &QPushButton::clicked, this, &StaleEditBar::reloadRequested);

    auto *text = new QVBoxLayout;
    text->addWidget(m_message);
    text->addWidget(m_differences);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(text, 1);
    layout->addWidget(m_reload, 0, Qt::AlignTop);
    hide();
}

void StaleEditBar::setFields(const QList<QWidget *> &fields)
{
    restoreToolTips();
    m_fields.clear();
    for (QWidget *widget : fields)
        m_fields.append(Field{widget, valueOf(widget), {}, false});
}

void StaleEditBar::takeBase()
{
    for (Field &field : m_fields)
        if (field.widget)
            field.base = valueOf(field.widget);
}

void StaleEditBar::showRefusal(const QString &message)
{
    m_message->setText(message);
    m_differences->hide();
    m_reload->show();
    show();
}

QStringList StaleEditBar::currentValues() const
{
    QStringList values;
    for (const Field &field : m_fields)
        values << (field.widget ? valueOf(field.widget) : QString());
    return values;
}

QString StaleEditBar::labelOf(QWidget *field) const
{
    // The form's own label: the one whose buddy is the field.
    const QWidget *form = window();
    for (const QLabel *label : form->findChildren<QLabel *>()) {
        if (label->buddy() == field) {
            QString text = label->text();
            text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
            if (text.endsWith(QLatin1Char(':')))
                text.chop(1);
            return text;
        }
    }
    return field->objectName();
}

void StaleEditBar::reloaded(const QStringList &yours)
{
    restoreToolTips();
    m_conflicts.clear();
    for (int i = 0; i < m_fields.size() && i < yours.size(); ++i) {
        Field &field = m_fields[i];
        if (!field.widget)
            continue;
        const QString stored = valueOf(field.widget);
        const QString typed = yours.at(i);
        if (typed == field.base || typed == stored) {
            field.base = stored; // not changed by the official: the stored value stands
            continue;
        }
        // Changed by the official: theirs is put back; marked when the stored value moved too.
        if (stored != field.base) {
            const QString label = labelOf(field.widget);
            m_conflicts.append(FieldDifference{label, typed, stored});
            field.toolTip = field.widget->toolTip();
            field.marked = true;
            field.widget->setToolTip(
                QCoreApplication::translate("homeward::StaleEditBar", "Stored now: %1").arg(shown(stored)));
        }
        field.base = stored;
        setValueOf(field.widget, typed);
    }
    if (m_conflicts.isEmpty()) {
        m_message->setText(QCoreApplication::translate(
            "homeward::StaleEditBar", "Reloaded. The other change touched none of the fields you changed: the form "
                                      "now shows it together with yours. Save to store yours."));
        m_differences->hide();
    } else {
        m_message->setText(QCoreApplication::translate(
            "homeward::StaleEditBar",
            "Reloaded. These fields were changed both by you and by the other official; the form keeps yours "
            "(the stored value is also in each field's tool tip). Save to store yours over the stored ones, or "
            "correct them first:"));
        QStringList lines;
        for (const FieldDifference &d : std::as_const(m_conflicts))
            lines << QCoreApplication::translate("homeward::StaleEditBar", "%1: yours %2 → stored %3")
                         .arg(d.label, shown(d.yours), shown(d.stored));
        m_differences->setText(lines.join(QLatin1Char('\n')));
        m_differences->show();
    }
    m_reload->hide();
    show();
}

void StaleEditBar::restoreToolTips()
{
    for (Field &field : m_fields) {
        if (field.marked && field.widget)
            field.widget->setToolTip(field.toolTip);
        field.marked = false;
    }
}

void StaleEditBar::dismiss()
{
    restoreToolTips();
    m_conflicts.clear();
    hide();
}

} // namespace homeward
