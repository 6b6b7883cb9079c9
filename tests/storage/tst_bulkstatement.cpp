#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace homeward;

// BulkStatement binds through the SQLite C API on the driver's connection:
// what it stores must be exactly what QSqlQuery would store, its errors must
// carry SQLite's text, and one failed run must not spoil the next.
class BulkStatementTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void storesWhatWasBound_data();
    void storesWhatWasBound();
    void refusedRowGivesTheReasonAndTheNextRowGoesIn();
    void badStatementIsRefused();
    void manyRowsThroughOneStatement();

private:
    std::unique_ptr<Database> m_database;
    QSqlDatabase m_db;
};

void BulkStatementTest::init()
{
    auto database = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(database, qPrintable(database.text()));
    m_database = std::move(database.value());
    m_db = m_database->connection();
    QVERIFY(sql::run(m_db, QStringLiteral("CREATE TABLE t (k TEXT NOT NULL UNIQUE, v TEXT CHECK (v IS NULL OR "
                                          "length(v) < 20), n INTEGER)")));
}

void BulkStatementTest::cleanup()
{
    m_database.reset();
}

void BulkStatementTest::storesWhatWasBound_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("orNull");
    QTest::addColumn<QString>("stored"); // typeof(v) ':' v
    QTest::newRow("Cyrillic") << QStringLiteral("Ґудзь-Їжак") << false << QStringLiteral("text:Ґудзь-Їжак");
    QTest::newRow("apostrophe") << QStringLiteral("Мар’яна") << false << QStringLiteral("text:Мар’яна");
    QTest::newRow("outside the BMP") << QStringLiteral("a\U0001F600b") << false << QStringLiteral("text:a\U0001F600b");
    QTest::newRow("empty as text") << QStringLiteral("") << false << QStringLiteral("text:");
    QTest::newRow("null as text") << QString() << false << QStringLiteral("text:");
    QTest::newRow("empty or null") << QStringLiteral("") << true << QStringLiteral("null:");
    QTest::newRow("value or null") << QStringLiteral("M") << true << QStringLiteral("text:M");
}

void BulkStatementTest::storesWhatWasBound()
{
    QFETCH(QString, value);
    QFETCH(bool, orNull);
    QFETCH(QString, stored);
    BulkStatement insert(m_db);
    QVERIFY(insert.native());
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO t (k, v, n) VALUES (?, ?, ?)")));
    insert.bindText(0, QStringLiteral("one"));
    if (orNull)
        insert.bindTextOrNull(1, value);
    else
        insert.bindText(1, value);
    insert.bindInteger(2, Q_INT64_C(9007199254740993)); // beyond a double's exact range
    const Status done = insert.exec();
    QVERIFY2(done, qPrintable(done.text()));
    auto row = sql::run(m_db, QStringLiteral("SELECT typeof(v) || ':' || coalesce(v, ''), n FROM t WHERE k = 'one'"));
    QVERIFY(row && row.value().next());
    QCOMPARE(row.value().value(0).toString(), stored);
    QCOMPARE(row.value().value(1).toLongLong(), Q_INT64_C(9007199254740993));
}

void BulkStatementTest::refusedRowGivesTheReasonAndTheNextRowGoesIn()
{
    BulkStatement insert(m_db);
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO t (k, v) VALUES (?, ?)")));
    insert.bindText(0, QStringLiteral("a"));
    insert.bindNull(1);
    QVERIFY(insert.exec());
    insert.bindText(0, QStringLiteral("a"));
    insert.bindNull(1);
    const Status duplicate = insert.exec();
    QVERIFY(!duplicate);
    QVERIFY2(duplicate.error().detail.contains(QLatin1String("UNIQUE constraint failed: t.k")),
             qPrintable(duplicate.text()));
    insert.bindText(0, QStringLiteral("b"));
    insert.bindText(1, QString(25, QLatin1Char('x')));
    const Status tooLong = insert.exec();
    QVERIFY(!tooLong);
    QVERIFY2(tooLong.error().detail.contains(QLatin1String("CHECK constraint failed")), qPrintable(tooLong.text()));
    insert.bindText(0, QStringLiteral("c"));
    insert.bindText(1, QStringLiteral("fine"));
    QVERIFY(insert.exec());
    QCOMPARE(sql::scalar(m_db, QStringLiteral("SELECT group_concat(k, ',') FROM t")).value().toString(),
             QStringLiteral("a,c"));
}

void BulkStatementTest::badStatementIsRefused()
{
    BulkStatement insert(m_db);
    const Status prepared = insert.prepare(QStringLiteral("INSERT INTO absent (k) VALUES (?)"));
    QVERIFY(!prepared);
    QVERIFY2(prepared.error().detail.contains(QLatin1String("no such table: absent")), qPrintable(prepared.text()));
}

// SQLite reads bound texts in place when the row is written: one statement
// run for many rows stores each row's own values, none of an earlier row.
void BulkStatementTest::manyRowsThroughOneStatement()
{
    BulkStatement insert(m_db);
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO t (k, v) VALUES (?, ?)")));
    for (int i = 0; i < 100; ++i) {
        const QString key = QStringLiteral("key-%1").arg(i);
        const QString value = QString::number(i * 7);
        insert.bindText(0, key);
        insert.bindText(1, value);
        QVERIFY(insert.exec());
    }
    QCOMPARE(sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM t WHERE v = CAST(CAST(substr(k, 5) AS INTEGER) * 7 "
                                              "AS TEXT)"))
                 .value()
                 .toInt(),
             100);
}

QTEST_GUILESS_MAIN(BulkStatementTest)
#include "tst_bulkstatement.moc"
