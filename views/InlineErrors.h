#pragma once

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

class QLabel;
class QWidget;

namespace homeward {

// Shows validation messages under the fields of a form, the same way in every
// dialog. A field the official has not touched yet shows its message as a
// quiet hint; once touched (or after touchAll()) it shows as an error with a
// red frame, so a fresh form is not all red but nothing stays hidden.
// Fields are keyed by the int value of a field enumeration.
class InlineErrors final {
public:
    // Style sheet a form sets on itself so the "problem" property shows.
    static QString styleSheet();

    // `label` sits under `field`; it is hidden while there is nothing to say.
    void addField(int key, QWidget *field, QLabel *label);
    QWidget *field(int key) const;
    QLabel *label(int key) const;

    void markTouched(int key);
    void touchAll();
    void clearTouched();
    bool isTouched(int key) const { return m_touched.contains(key); }

    // Replaces every message; fields without an entry are cleared.
    void setMessages(const QHash<int, QStringList> &messages);
    int problemCount() const { return m_count; }
    // The first field with a problem, in the order the fields were added.
    QWidget *firstProblemField() const;
    // Before saving: when there is any problem, shows every message plainly,
    // puts the cursor in the first field concerned and returns true.
    bool blockOnProblems();

private:
    struct Entry {
        int key = 0;
        QPointer<QWidget> field;
        QPointer<QLabel> label;
    };
    void apply(const Entry &entry);

    QList<Entry> m_entries;
    QHash<int, QStringList> m_messages;
    QSet<int> m_touched;
    int m_count = 0;
};

} // namespace homeward
