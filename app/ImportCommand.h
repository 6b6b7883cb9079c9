#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace homeward {

// `homeward import`:
//   homeward import --database PATH --registry [--replace] [--encoding E] [--delimiter D] FILE --user NAME
//   homeward import --database PATH --batch ID [--category C] [--encoding E] [--delimiter D] FILE --user NAME
//   homeward import --database PATH --counterpart BATCH_ID [--encoding E] [--delimiter D] FILE --user NAME
// FILE is a CSV list (UTF-8 with or without BOM, UTF-16 with BOM or
// Windows-1251; comma, semicolon or tab; detected unless given) or an .xlsx
// workbook (first sheet); header names in Ukrainian, Russian or English.
// Every row is checked before the official is signed in (HOMEWARD_PASSWORD
// or a prompt), so an invalid file leaves the database byte for byte as it
// was; then all rows go in one transaction or none. Every problem is
// printed as FILE:LINE:COLUMN: reason. A batch import refuses rows that
// repeat a person already in the batch or an earlier row (the wizard lets
// the official skip them or keep both). The plain registry import of an
// interchange CSV (no --encoding/--delimiter, not .xlsx) reads the strict
// interchange format, as before. --counterpart is parsed here (with
// --encoding/--delimiter) and handed to CounterpartImportCommand once the
// database is open.
class ImportCommand final {
    Q_DECLARE_TR_FUNCTIONS(homeward::ImportCommand)

public:
    static int run(const QStringList &arguments, const QString &globalDatabase);
};

} // namespace homeward
