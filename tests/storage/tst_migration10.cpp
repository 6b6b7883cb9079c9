#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace homeward;

// Schema 10 rewrites the birth-date CHECK of person, registry_person and
// counterpart_person in place (writable_schema): the rule must stay the same
// (the same values accepted and refused), the tables and their rows intact,
// and the check no longer needs a temporary table per row.
class Migration10Test final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void checkTextIsRewritten_data();
    void checkTextIsRewritten();
    void sameRuleAsBefore_data();
    void sameRuleAsBefore();
    void noTemporaryTablePerRow();
    void rowsWrittenAtSchema9Survive();

private:
    QSqlDatabase db() const { return m_database->connection(); }
    // A registry_person row with this birth date (NULL when null), through plain SQL.
    bool insertRegistryBirthDate(const QVariant &birthDate, const QString &recordId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void Migration10Test::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto database = Database::open(m_dir->filePath(QStringLiteral("m10.sqlite")));
    QVERIFY2(database, qPrintable(database.text()));
    m_database = std::move(database.value());
    QVERIFY(sql::run(db(), QStringLiteral("INSERT INTO official (username, full_name, is_operator, is_verifier, "
                                          "is_supervisor, password_hash, active, created_at, updated_at) "
                                          "VALUES ('op', 'Op', 1, 0, 0, 'x', 1, 'now', 'now')")));
    QVERIFY(sql::run(db(), QStringLiteral("INSERT INTO registry_import (file_name, file_sha256, rows_read, "
                                          "rows_inserted, rows_replaced, imported_by, imported_at) "
                                          "VALUES ('f.csv', ?, 1, 1, 0, 1, 'now')"),
                     {QString(64, QLatin1Char('0'))}));
}

void Migration10Test::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

bool Migration10Test::insertRegistryBirthDate(const QVariant &birthDate, const QString &recordId)
{
    const auto inserted =
        sql::run(db(),
                 QStringLiteral("INSERT INTO registry_person (record_id, surname, given_name, birth_date, import_id, "
                                "created_at, updated_at) VALUES (?, 'Коваль', 'Олег', ?, 1, 'now', 'now')"),
                 {recordId, birthDate});
    if (!inserted)
        qInfo("refused: %s", qPrintable(inserted.text()));
    return inserted.ok();
}

void Migration10Test::checkTextIsRewritten_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("person") << QStringLiteral("person");
    QTest::newRow("registry_person") << QStringLiteral("registry_person");
    QTest::newRow("counterpart_person") << QStringLiteral("counterpart_person");
}

void Migration10Test::checkTextIsRewritten()
{
    QFETCH(QString, table);
    const auto version = Migrations::currentVersion(db());
    QVERIFY2(version, qPrintable(version.text()));
    QCOMPARE(version.value(), Migrations::latestVersion());
    auto text = sql::scalar(db(), QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?"),
                            {table});
    QVERIFY2(text, qPrintable(text.text()));
    const QString schema = text.value().toString();
    QVERIFY2(!schema.contains(QLatin1String("IN (4, 7, 10)")), qPrintable(schema));
    QVERIFY2(schema.contains(QLatin1String(
                 "birth_date IS NULL OR (length(birth_date) = 4 OR length(birth_date) = 7 OR length(birth_date) = 10)")),
             qPrintable(schema));
    auto check = sql::scalar(db(), QStringLiteral("PRAGMA integrity_check"));
    QCOMPARE(check.value().toString(), QStringLiteral("ok"));
}

void Migration10Test::sameRuleAsBefore_data()
{
    QTest::addColumn<QVariant>("birthDate");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("unknown (NULL)") << QVariant() << true;
    QTest::newRow("year") << QVariant(QStringLiteral("1990")) << true;
    QTest::newRow("year and month") << QVariant(QStringLiteral("1990-05")) << true;
    QTest::newRow("full date") << QVariant(QStringLiteral("1990-05-17")) << true;
    QTest::newRow("empty") << QVariant(QStringLiteral("")) << false;
    QTest::newRow("3 characters") << QVariant(QStringLiteral("199")) << false;
    QTest::newRow("5 characters") << QVariant(QStringLiteral("1990-")) << false;
    QTest::newRow("8 characters") << QVariant(QStringLiteral("1990-05-")) << false;
    QTest::newRow("11 characters") << QVariant(QStringLiteral("1990-05-171")) << false;
}

void Migration10Test::sameRuleAsBefore()
{
    QFETCH(QVariant, birthDate);
    QFETCH(bool, accepted);
    // A fresh connection reads the schema from the file, as the next start of the program will.
    m_database.reset();
    auto reopened = Database::open(m_dir->filePath(QStringLiteral("m10.sqlite")));
    QVERIFY2(reopened, qPrintable(reopened.text()));
    m_database = std::move(reopened.value());
    QCOMPARE(insertRegistryBirthDate(birthDate, QStringLiteral("R1")), accepted);
}

void Migration10Test::noTemporaryTablePerRow()
{
    QSqlQuery explain(db());
    QVERIFY(explain.exec(QStringLiteral("EXPLAIN INSERT INTO registry_person (record_id, surname, given_name, "
                                        "birth_date, import_id, created_at, updated_at) VALUES ('R9', 'Коваль', "
                                        "'Олег', '1990', 1, 'now', 'now')")));
    int opcodes = 0;
    while (explain.next()) {
        ++opcodes;
        QVERIFY2(explain.value(1).toString() != QLatin1String("OpenEphemeral"),
                 "the birth-date CHECK still builds a temporary table for each row");
    }
    QVERIFY(!explain.lastError().isValid());
    QVERIFY(opcodes > 10);
}

void Migration10Test::rowsWrittenAtSchema9Survive()
{
    // A database left at schema 9 with rows in it, then upgraded.
    const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
    {
        auto old = Database::openUnmigrated(path);
        QVERIFY2(old, qPrintable(old.text()));
        const QSqlDatabase c = old.value()->connection();
        QVERIFY(Migrations::migrateTo(c, 9));
        QVERIFY(sql::run(c, QStringLiteral("INSERT INTO official (username, full_name, is_operator, is_verifier, "
                                           "is_supervisor, password_hash, active, created_at, updated_at) "
                                           "VALUES ('op', 'Op', 1, 0, 0, 'x', 1, 'now', 'now')")));
        QVERIFY(sql::run(c, QStringLiteral("INSERT INTO registry_import (file_name, file_sha256, rows_read, "
                                           "rows_inserted, rows_replaced, imported_by, imported_at) "
                                           "VALUES ('f.csv', ?, 3, 3, 0, 1, 'now')"),
                         {QString(64, QLatin1Char('0'))}));
        int n = 0;
        for (const char *date : {"1990", "1990-05", "1990-05-17"})
            QVERIFY(sql::run(c,
                             QStringLiteral("INSERT INTO registry_person (record_id, surname, given_name, birth_date, "
                                            "import_id, created_at, updated_at) VALUES (?, 'Коваль', 'Олег', ?, 1, "
                                            "'now', 'now')"),
                             {QStringLiteral("R%1").arg(++n), QString::fromLatin1(date)}));
        QCOMPARE(Migrations::currentVersion(c).value(), 9);
    }
    auto upgraded = Database::open(path);
    QVERIFY2(upgraded, qPrintable(upgraded.text()));
    const QSqlDatabase c = upgraded.value()->connection();
    QCOMPARE(Migrations::currentVersion(c).value(), Migrations::latestVersion());
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT group_concat(birth_date, ' ') FROM registry_person ORDER BY id"))
                 .value()
                 .toString(),
             QStringLiteral("1990 1990-05 1990-05-17"));
    QCOMPARE(sql::scalar(c, QStringLiteral("PRAGMA integrity_check")).value().toString(), QStringLiteral("ok"));
    QVERIFY(!sql::run(c, QStringLiteral("UPDATE registry_person SET birth_date = '1990-5' WHERE id = 1")));
}

QTEST_GUILESS_MAIN(Migration10Test)
#include "tst_migration10.moc"
