#pragma once

#include "InterchangeCsv.h"
#include "ListFormat.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace homeward {

// A list's columns are mapped to the interchange fields.
using ListField = InterchangeCsv::Column;

// Where the rows of a list go; decides which fields are required.
enum class ListTarget {
    Registry, // surname and given name
    Batch,    // surname, given name, sex, and category (unless a default category is given)
};

// Which interchange field each column of a list holds. Guessed from the
// header names (Ukrainian, Russian, English; compared ignoring case, spaces,
// apostrophe variants and punctuation), then changed by the official.
// A column is in one of three states: mapped to a field, deliberately
// ignored by the official, or unmapped (a problem: never silently dropped).
//
// The record id: a column mapped to record_id (guessed from "record_id",
// "id", "№", "№ п/п", "номер", "no", "#" …) gives it; a list without one
// gets "line-N", N the line (CSV) or sheet row (XLSX) the row begins on.
class HeaderMapping final {
    Q_DECLARE_TR_FUNCTIONS(homeward::HeaderMapping)

public:
    HeaderMapping() = default;
    // Every column guessed from its header name.
    static HeaderMapping guessed(const QStringList &headers);
    // The field a header name stands for, or nullopt.
    static std::optional<ListField> guess(const QString &header);
    // The header name compared: lower case, apostrophes, punctuation and
    // spaces taken out, "ё" as "е".
    static QString comparable(const QString &header);

    int columnCount() const { return int(m_headers.size()); }
    const QStringList &headers() const { return m_headers; }
    // Columns are 0-based here (problems say 1-based).
    std::optional<ListField> field(int column) const;
    bool isIgnored(int column) const;
    // The column holding `field`, or -1 (the first when mapped twice).
    int columnOf(ListField field) const;

    void set(int column, ListField field); // maps (another column may still hold the field: a problem)
    void ignore(int column);               // the official leaves this column out on purpose
    void unset(int column);                // back to unmapped

    // The mapping's problems (kind Header), at `headerLine`: every unmapped
    // column, every field mapped twice (at the second column), every
    // required field missing (column 1).
    QList<ListProblem> problems(qint64 headerLine, const QList<ListField> &required) const;

    // The fields a target requires; `defaultCategory` drops category from a batch's.
    static QList<ListField> requiredFields(ListTarget target, bool defaultCategory = false);
    // The translated name of a field ("Surname", "Date of birth" …) for the wizard.
    static QString fieldLabel(ListField field);

    bool operator==(const HeaderMapping &other) const = default;

private:
    enum class State { Unmapped, Mapped, Ignored };
    QStringList m_headers;
    QList<State> m_states;
    QList<ListField> m_fields; // meaningful when Mapped
};

} // namespace homeward
