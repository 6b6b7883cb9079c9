#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringEncoder>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace homeward {

// One statement run many times within one transaction, as an import runs
// its INSERT once per row. On SQLite it binds and steps through the SQLite
// C API on the driver's own connection: QSqlQuery's positional binding
// builds a parameter name with QString::arg() for every value, a quarter of
// the time of a 100,000-row registry import. On any other driver it goes
// through QSqlQuery. Indexes are 0-based, as QSqlQuery::bindValue's.
class BulkStatement final {
public:
    explicit BulkStatement(QSqlDatabase db);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    Status prepare(const QString &statement);
    // Whether it goes through the SQLite C API (QSQLITE with its handle).
    bool native() const { return m_handle != nullptr; }

    // Text, never NULL (a null QString binds '').
    void bindText(int index, const QString &value);
    // NULL when empty, otherwise the text.
    void bindTextOrNull(int index, const QString &value);
    // Text already in UTF-8, bound in place: `utf8` must stay alive and
    // unchanged until exec().
    void bindUtf8(int index, QByteArrayView utf8);
    void bindInteger(int index, qint64 value);
    void bindNull(int index);

    // Runs the statement with the values bound since the last exec(). The
    // error's detail is the driver's text.
    Status exec();

private:
    QSqlDatabase m_db;
    QSqlQuery m_query;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    // One UTF-8 buffer per parameter, reused from row to row: SQLite stores
    // UTF-8, and given UTF-16 it would convert each value itself, slowly
    // (a BOM check and a conversion per value: a tenth of an import).
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    std::vector<QByteArray> m_utf8;
};

} // namespace homeward
