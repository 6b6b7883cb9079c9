#include "InlineErrors.h"

#include <QLabel>
#include <QStyle>
#include <QWidget>

namespace homeward {
namespace {

void setProblemProperty(QWidget *widget, const char *value)
{
    if (!widget || widget->property("problem").toString() == QLatin1String(value))
        return;
    widget->setProperty("problem", QString::fromLatin1(value));
    // Style sheets read dynamic properties only when the widget is polished again.
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

} // namespace

QString InlineErrors::styleSheet()
{
    return QStringLiteral(
        "QLabel[problem=\"error\"] { color: #b3261e; }"
        "QLabel[problem=\"hint\"] { color: #5c5c5c; }"
        "QLineEdit[problem=\"error\"], QPlainTextEdit[problem=\"error\"],"
        "QSpinBox[problem=\"error\"] { border: 1px solid #b3261e; border-radius: 3px; padding: 2px; }"
        "QComboBox[problem=\"error\"] { border: 1px solid #b3261e; border-radius: 3px; padding: 2px 6px; }");
}

void InlineErrors::addField(int key, QWidget *field, QLabel *label)
{
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    m_entries.append({key, field, label});
}

QWidget *InlineErrors::field(int key) const
{
    for (const Entry &entry : m_entries)
        if (entry.key == key)
            return entry.field;
    return nullptr;
}

QLabel *InlineErrors::label(int key) const
{
    for (const Entry &entry : m_entries)
        if (entry.key == key)
            return entry.label;
    return nullptr;
}

void InlineErrors::markTouched(int key)
{
    if (m_touched.contains(key))
        return;
    m_touched.insert(key);
    for (const Entry &entry : m_entries)
        if (entry.key == key)
            apply(entry);
}

void InlineErrors::touchAll()
{
    for (const Entry &entry : m_entries) {
        m_touched.insert(entry.key);
        apply(entry);
    }
}

bool InlineErrors::blockOnProblems()
{
    if (m_count == 0)
        return false;
    touchAll();
    if (QWidget *first = firstProblemField())
        first->setFocus();
    return true;
}

void InlineErrors::clearTouched()
{
    m_touched.clear();
    for (const Entry &entry : m_entries)
        apply(entry);
}

void InlineErrors::setMessages(const QHash<int, QStringList> &messages)
{
    m_messages = messages;
    m_count = 0;
    for (const QStringList &list : messages)
        m_count += int(list.size());
    for (const Entry &entry : m_entries)
        apply(entry);
}

QWidget *InlineErrors::firstProblemField() const
{
    for (const Entry &entry : m_entries)
        if (!m_messages.value(entry.key).isEmpty())
            return entry.field;
    return nullptr;
}

void InlineErrors::apply(const Entry &entry)
{
    if (!entry.label)
        return;
    const QString text = m_messages.value(entry.key).join(QLatin1Char('\n'));
    entry.label->setText(text);
    entry.label->setVisible(!text.isEmpty());
    const bool emphasised = m_touched.contains(entry.key);
    const char *state = text.isEmpty() ? "" : (emphasised ? "error" : "hint");
    setProblemProperty(entry.label, state);
    setProblemProperty(entry.field, text.isEmpty() || !emphasised ? "" : "error");
}

} // namespace homeward
