#include "io/InterchangeCsv.h"
#include "names/Matcher.h"
#include "storage/Accounts.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/Migrations.h"
#include "storage/PersonRepository.h"
#include "storage/RegistryRepository.h"
#include "storage/Sql.h"
#include "storage/Store.h"

#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <memory>

using namespace homeward;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

const char *const kSurnames[] = {"Коваленко", "Шевченко", "Бондаренко", "Ткаченко", "Кравченко",
                                 "Олійник",   "Мельник",  "Лисенко",    "Гнатюк",   "Мар'яненко"};
const char *const kGivenNames[] = {"Олександр", "Сергій", "Андрій", "Тарас", "Ганна", "Оксана"};

// An interchange CSV of `rows` valid rows, record ids R0000000 …; row
// `badRow` (0-based, -1: none) gets the sex "X".
QByteArray registryCsv(int rows, int badRow = -1, int firstId = 0)
{
    QByteArray bytes = InterchangeCsv::columnNames().join(QLatin1Char(',')).toUtf8() + '\n';
    bytes.reserve(rows * 120);
    for (int i = 0; i < rows; ++i) {
        const int id = firstId + i;
        const bool female = id % 6 >= 4; // Ганна, Оксана
        bytes += "R" + QByteArray::number(id).rightJustified(7, '0') + ',' + kSurnames[id % 10] + ',' +
                 kGivenNames[id % 6] + ",," + QByteArray::number(1950 + id % 50) + '-' +
                 QByteArray::number(1 + id % 12).rightJustified(2, '0') + '-' +
                 QByteArray::number(1 + id % 28).rightJustified(2, '0') + ',' +
                 (i == badRow ? "X" : (female ? "F" : "M")) + ",serviceman,солдат,,АА" + QByteArray::number(id) +
                 ",,,\"Київська область\",\n";
    }
    return bytes;
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

// The registry and its CSV import, on SQLite and on PostgreSQL (TestDatabase: HOMEWARD_TEST_BACKEND),
// a fresh database for every test.
class RegistryTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void schemaChecks_data();
    void schemaChecks();
    void importsEveryRowWithOneAuditRow();
    void oneBadRowAmongManyWritesNothing();
    void awkwardTextArrivesUnchanged();
    void aRowTheDatabaseRefusesIsNamedByItsLine_data();
    void aRowTheDatabaseRefusesIsNamedByItsLine();
    void invalidFilesWriteNothing_data();
    void invalidFilesWriteNothing();
    void recordIdAlreadyInTheRegistryIsRefused();
    void replaceOverwritesStoredRecords();
    void permission_data();
    void permission();
    void cancelLeavesTheDatabaseUnchanged_data();
    void cancelLeavesTheDatabaseUnchanged();
    void missingFileIsAnError();
    void loadIndexStreamsEveryRecord();
    void personsOfBatch();
    void importSpeed();

private:
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    QByteArray databaseFingerprint() const;
    qint64 auditRows() const;

    testing::TestDatabase m_testDb;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    QSqlDatabase m_db;
    Actor m_supervisor, m_operator, m_verifier;
};

void RegistryTest::initTestCase()
{
    QString failure;
    QVERIFY2(m_testDb.start(&failure), qPrintable(failure));
    HOMEWARD_SKIP_WITHOUT_BACKEND(m_testDb);
}

void RegistryTest::cleanupTestCase()
{
    QString failure;
    QVERIFY2(m_testDb.stop(&failure), qPrintable(failure));
}

void RegistryTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // SQLite's in a file of its own, whose bytes databaseFingerprint() reads.
    auto database =
        m_testDb.isPostgres() ? m_testDb.open() : Database::open(m_dir->filePath(QStringLiteral("registry.sqlite")));
    QVERIFY2(database, qPrintable(database.text()));
    m_database = std::move(database.value());
    m_db = m_database->connection();
    Accounts accounts(m_db);
    auto supervisor = accounts.createFirstSupervisor(QStringLiteral("chief"), QStringLiteral("Chief"), kPassword);
    QVERIFY2(supervisor, qPrintable(supervisor.text()));
    m_supervisor = Accounts::actorFor(supervisor.value());
    Official op;
    op.username = QStringLiteral("op");
    op.fullName = QStringLiteral("Operator");
    op.isOperator = true;
    auto created = accounts.create(m_supervisor, op, kPassword);
    QVERIFY2(created, qPrintable(created.text()));
    m_operator = Accounts::actorFor(created.value());
    Official ver;
    ver.username = QStringLiteral("ver");
    ver.fullName = QStringLiteral("Verifier");
    ver.isVerifier = true;
    created = accounts.create(m_supervisor, ver, kPassword);
    QVERIFY2(created, qPrintable(created.text()));
    m_verifier = Accounts::actorFor(created.value());
}

void RegistryTest::cleanup()
{
    m_db = QSqlDatabase();
    m_database.reset();
    m_dir.reset();
}

QString RegistryTest::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// SQLite: the database file and its write-ahead log, byte for byte. PostgreSQL: every row of the tables an
// import writes (the registry, its import log, the audit trail), in id order.
QByteArray RegistryTest::databaseFingerprint() const
{
    QByteArray print;
    if (m_testDb.isPostgres()) {
        for (const char *table : {"registry_person", "registry_import", "audit_log"}) {
            auto rows = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) || ':' || COALESCE(md5(string_agg(t::text, "
                                                         "'|' ORDER BY t.id)), '') FROM %1 t")
                                              .arg(QLatin1String(table)));
            print += rows ? rows.value().toString().toLatin1() + ' ' : "unreadable: " + rows.text().toUtf8() + ' ';
        }
        return print;
    }
    for (const char *suffix : {"", "-wal"}) {
        QFile file(m_dir->filePath(QStringLiteral("registry.sqlite") + QLatin1String(suffix)));
        if (file.open(QIODevice::ReadOnly))
            print += sha256Hex(file.readAll()) + ' ';
        else
            print += "absent ";
    }
    return print;
}

qint64 RegistryTest::auditRows() const
{
    auto rows = AuditLog::rowCount(m_db);
    return rows ? rows.value() : -1;
}

void RegistryTest::schemaChecks_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("sex M") << "sex"
                           << "M" << true;
    QTest::newRow("sex X") << "sex"
                           << "X" << false;
    QTest::newRow("category civilian") << "category"
                                       << "civilian" << true;
    QTest::newRow("category soldier") << "category"
                                      << "soldier" << false;
    QTest::newRow("birth year") << "birth_date"
                                << "1990" << true;
    QTest::newRow("birth date too long") << "birth_date"
                                         << "1990-01-011" << false;
    QTest::newRow("empty surname") << "surname"
                                   << "" << false;
    QTest::newRow("empty record_id") << "record_id"
                                     << "" << false;
}

void RegistryTest::schemaChecks()
{
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QVERIFY(Migrations::currentVersion(m_db).value() >= 6); // the registry arrives with schema 6
    QVERIFY(sql::run(m_db,
                     QStringLiteral("INSERT INTO registry_import (file_name, file_sha256, rows_read, "
                                    "rows_inserted, rows_replaced, imported_by, imported_at) "
                                    "VALUES ('f.csv', ?, 1, 1, 0, ?, 'now')"),
                     {QString(64, QLatin1Char('0')), m_operator.officialId}));
    QVariantMap values{{"record_id", "R1"}, {"surname", "Коваль"}, {"given_name", "Олег"}};
    values[column] = value;
    auto inserted = sql::run(m_db,
                             QStringLiteral("INSERT INTO registry_person (record_id, surname, given_name, birth_date, "
                                            "sex, category, import_id, created_at, updated_at) "
                                            "VALUES (?, ?, ?, ?, ?, ?, 1, 'now', 'now')"),
                             {values["record_id"], values["surname"], values["given_name"], values.value("birth_date"),
                              values.value("sex"), values.value("category")});
    QCOMPARE(inserted.ok(), accepted);
    // The import log is append-only.
    QVERIFY(!sql::run(m_db, QStringLiteral("DELETE FROM registry_import")));
    QVERIFY(!sql::run(m_db, QStringLiteral("UPDATE registry_import SET rows_read = 5")));
}

void RegistryTest::importsEveryRowWithOneAuditRow()
{
    const QByteArray bytes = registryCsv(1000);
    const QString path = writeFile(QStringLiteral("registry.csv"), bytes);
    const qint64 auditBefore = auditRows();
    RegistryRepository registry(m_db);
    const RegistryImportOutcome outcome = registry.importCsv(path, m_operator);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->text() : QString()));
    QCOMPARE(outcome.rows, 1000);
    QCOMPARE(outcome.inserted, 1000);
    QCOMPARE(outcome.replaced, 0);
    QCOMPARE(outcome.sha256.toLatin1(), sha256Hex(bytes));
    QCOMPARE(registry.count().value(), 1000);
    QCOMPARE(auditRows(), auditBefore + 1);

    auto audit = AuditLog::history(m_db, QStringLiteral("registry"), outcome.importId);
    QVERIFY(audit);
    QCOMPARE(audit.value().size(), 1);
    const AuditEntry &entry = audit.value().constFirst();
    QCOMPARE(entry.action, QStringLiteral("import"));
    QCOMPARE(entry.officialId, m_operator.officialId);
    QCOMPARE(entry.after.value(QStringLiteral("file")).toString(), QStringLiteral("registry.csv"));
    QCOMPARE(entry.after.value(QStringLiteral("sha256")).toString().toLatin1(), sha256Hex(bytes));
    QCOMPARE(entry.after.value(QStringLiteral("rows")).toInteger(), 1000);
    QVERIFY(AuditLog::verify(m_db).value() == std::nullopt);

    auto stored = sql::run(m_db,
                           QStringLiteral("SELECT surname, given_name, patronymic, birth_date, sex, category, "
                                          "service_number, region, imported_by, file_sha256 FROM registry_person "
                                          "r JOIN registry_import i ON i.id = r.import_id WHERE record_id = ?"),
                           {QStringLiteral("R0000013")});
    QVERIFY(stored && stored.value().next());
    const QSqlQuery &q = stored.value();
    QCOMPARE(q.value(0).toString(), QStringLiteral("Ткаченко"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("Сергій"));
    QCOMPARE(q.value(2).toString(), QString());
    QCOMPARE(q.value(3).toString(), QStringLiteral("1963-02-14"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("M"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("serviceman"));
    QCOMPARE(q.value(6).toString(), QStringLiteral("АА13"));
    QCOMPARE(q.value(7).toString(), QStringLiteral("Київська область"));
    QCOMPARE(q.value(8).toLongLong(), m_operator.officialId);
    QCOMPARE(q.value(9).toString().toLatin1(), sha256Hex(bytes));
}

void RegistryTest::oneBadRowAmongManyWritesNothing()
{
    const QString path = writeFile(QStringLiteral("bad.csv"), registryCsv(20000, 19999));
    const QByteArray before = databaseFingerprint();
    const qint64 auditBefore = auditRows();
    RegistryRepository registry(m_db);
    const RegistryImportOutcome outcome = registry.importCsv(path, m_operator);
    QVERIFY(!outcome.ok());
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.problemCount, 1);
    QCOMPARE(outcome.problems.constFirst().text(QStringLiteral("bad.csv")),
             QStringLiteral("bad.csv:20001:6: sex: “X” is not M or F"));
    QCOMPARE(registry.count().value(), 0);
    QCOMPARE(auditRows(), auditBefore);
    QCOMPARE(databaseFingerprint(), before);
}

// Quotes, backslashes, line breaks, apostrophes and characters outside the BMP are stored as they were read, also
// among the rows PostgreSQL is sent in one statement (as JSON there), and a value left empty is NULL where it may be.
void RegistryTest::awkwardTextArrivesUnchanged()
{
    QByteArray bytes = registryCsv(1500);
    const QString notes = QStringLiteral("a \"quoted\" \\ back\nline\ttab ’ \U0001F600 {\"json\": [1]} end");
    const QByteArray row = "R0001000,Коваленко,Олександр,,,,,,,,,,,";
    const QByteArray field = "\"" + notes.toUtf8().replace("\"", "\"\"") + "\"";
    const qsizetype at = bytes.indexOf("\nR0001000,");
    QVERIFY(at > 0);
    bytes.replace(at + 1, bytes.indexOf('\n', at + 1) - at - 1, row + field);
    RegistryRepository registry(m_db);
    const RegistryImportOutcome outcome =
        registry.importCsv(writeFile(QStringLiteral("awkward.csv"), bytes), m_operator);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->text()
                                                    : outcome.problems.value(0).text(QStringLiteral("awkward.csv"))));
    auto stored = sql::run(m_db, QStringLiteral("SELECT notes, birth_date IS NULL, sex IS NULL, category IS NULL, rank "
                                                "FROM registry_person WHERE record_id = 'R0001000'"));
    QVERIFY2(stored && stored.value().next(), qPrintable(stored.text()));
    QCOMPARE(stored.value().value(0).toString(), notes);
    QCOMPARE(stored.value().value(1).toBool(), true);
    QCOMPARE(stored.value().value(2).toBool(), true);
    QCOMPARE(stored.value().value(3).toBool(), true);
    QCOMPARE(stored.value().value(4).toString(), QString());
}

// A row the file's checks pass but the database refuses stops the import and is named by its line, wherever it
// falls among the rows PostgreSQL is sent in one statement. The refusal is the test's own: a CHECK on PostgreSQL
// (the rows wait in a copy of the table's checks there), a trigger on SQLite (which cannot add a CHECK).
void RegistryTest::aRowTheDatabaseRefusesIsNamedByItsLine_data()
{
    QTest::addColumn<int>("row");
    QTest::newRow("the first row") << 0;
    QTest::newRow("inside the second thousand") << 1234;
    QTest::newRow("among the last rows") << 2498;
}

void RegistryTest::aRowTheDatabaseRefusesIsNamedByItsLine()
{
    QFETCH(int, row);
    const QString refused = QStringLiteral("R") + QString::number(row).rightJustified(7, QLatin1Char('0'));
    std::unique_ptr<Database> owner;
    if (m_testDb.isPostgres()) {
        auto opened = m_testDb.openAsOwner();
        QVERIFY2(opened, qPrintable(opened.text()));
        owner = std::move(opened.value());
        auto added = sql::exec(owner->connection(), QStringLiteral("ALTER TABLE registry_person ADD CONSTRAINT "
                                                                   "refused_by_the_test CHECK (record_id <> '%1')")
                                                        .arg(refused));
        QVERIFY2(added, qPrintable(added.text()));
    } else {
        auto added =
            sql::run(m_db, QStringLiteral("CREATE TRIGGER refused_by_the_test BEFORE INSERT ON registry_person "
                                          "WHEN NEW.record_id = '%1' BEGIN SELECT RAISE(ABORT, 'refused by "
                                          "the test'); END")
                               .arg(refused));
        QVERIFY2(added, qPrintable(added.text()));
    }
    // The suite's PostgreSQL database keeps its schema from test to test.
    const auto dropAgain = qScopeGuard([&owner] {
        if (owner)
            QVERIFY(sql::exec(owner->connection(),
                              QStringLiteral("ALTER TABLE registry_person DROP CONSTRAINT refused_by_the_test")));
    });
    const QByteArray before = databaseFingerprint();
    RegistryRepository registry(m_db);
    const RegistryImportOutcome outcome =
        registry.importCsv(writeFile(QStringLiteral("r.csv"), registryCsv(2500)), m_operator);
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.error);
    QVERIFY2(outcome.error->message.startsWith(
                 QStringLiteral("Line %1 could not be written to the registry; nothing was imported").arg(row + 2)),
             qPrintable(outcome.error->text()));
    QVERIFY2(outcome.error->detail.contains(QLatin1String("refused_by_the_test")) ||
                 outcome.error->detail.contains(QLatin1String("refused by the test")),
             qPrintable(outcome.error->detail));
    QCOMPARE(registry.count().value(), 0);
    QCOMPARE(databaseFingerprint(), before);
}

void RegistryTest::invalidFilesWriteNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("problems");
    const QByteArray good = registryCsv(3);
    QTest::newRow("empty file") << QByteArray() << QStringList{"1:1: the file is empty: it has no header row"};
    QTest::newRow("header only") << registryCsv(0) << QStringList{"2:1: the file has a header but no rows"};
    QTest::newRow("unterminated quote")
        << good + "R9,\"Коваль,Олег\n"
        << QStringList{"5:2: unterminated quoted field: the quote that opens it is never closed"};
    QTest::newRow("duplicate inside the file") << good + registryCsv(1).mid(registryCsv(0).size())
                                               << QStringList{"5:1: record_id: “R0000000” is already used on line 2"};
    QTest::newRow("unknown column") << QByteArray("record_id,surname,given_name,photo\nR1,Коваль,Олег,x.jpg\n")
                                    << QStringList{"1:4: unknown column “photo” (the interchange columns are: " +
                                                   InterchangeCsv::columnNames().join(QLatin1Char(',')) + ")"};
}

void RegistryTest::invalidFilesWriteNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, problems);
    const QString path = writeFile(QStringLiteral("input.csv"), bytes);
    const QByteArray before = databaseFingerprint();
    RegistryRepository registry(m_db);
    const RegistryImportOutcome outcome = registry.importCsv(path, m_operator);
    QStringList got;
    for (const auto &p : outcome.problems)
        got << QStringLiteral("%1:%2: %3").arg(p.line).arg(p.column).arg(p.reason);
    QCOMPARE(got, problems);
    QVERIFY(!outcome.ok());
    QCOMPARE(registry.count().value(), 0);
    QCOMPARE(databaseFingerprint(), before);
}

void RegistryTest::recordIdAlreadyInTheRegistryIsRefused()
{
    RegistryRepository registry(m_db);
    QVERIFY(registry.importCsv(writeFile(QStringLiteral("a.csv"), registryCsv(3)), m_operator).ok());
    const QByteArray before = databaseFingerprint();
    // R0000002 is stored; R0000003 and R0000004 are new.
    const RegistryImportOutcome outcome =
        registry.importCsv(writeFile(QStringLiteral("b.csv"), registryCsv(3, -1, 2)), m_operator);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.problemCount, 1);
    QCOMPARE(outcome.problems.constFirst().text(QStringLiteral("b.csv")),
             QStringLiteral("b.csv:2:1: record_id: “R0000002” is already in the registry (import with replace to "
                            "overwrite the stored record)"));
    QCOMPARE(registry.count().value(), 3);
    QCOMPARE(databaseFingerprint(), before);
}

void RegistryTest::replaceOverwritesStoredRecords()
{
    RegistryRepository registry(m_db);
    QVERIFY(registry.importCsv(writeFile(QStringLiteral("a.csv"), registryCsv(3)), m_operator).ok());
    QByteArray changed = registryCsv(3, -1, 2);
    changed.replace("R0000002,Бондаренко", "R0000002,Бондар");
    RegistryImportOptions options;
    options.replace = true;
    const RegistryImportOutcome outcome =
        registry.importCsv(writeFile(QStringLiteral("b.csv"), changed), m_operator, options);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->text() : QString()));
    QCOMPARE(outcome.inserted, 2);
    QCOMPARE(outcome.replaced, 1);
    QCOMPARE(registry.count().value(), 5);
    QCOMPARE(sql::scalar(m_db, QStringLiteral("SELECT surname FROM registry_person WHERE record_id = 'R0000002'"))
                 .value()
                 .toString(),
             QStringLiteral("Бондар"));
    QCOMPARE(sql::scalar(m_db, QStringLiteral("SELECT import_id FROM registry_person WHERE record_id = 'R0000002'"))
                 .value()
                 .toLongLong(),
             outcome.importId);
}

void RegistryTest::permission_data()
{
    QTest::addColumn<int>("who");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("operator") << 0 << true;
    QTest::newRow("supervisor") << 1 << true;
    QTest::newRow("verifier") << 2 << false;
    QTest::newRow("nobody signed in") << 3 << false;
}

void RegistryTest::permission()
{
    QFETCH(int, who);
    QFETCH(bool, allowed);
    const Actor actor = who == 0 ? m_operator : who == 1 ? m_supervisor : who == 2 ? m_verifier : Actor();
    const QString path = writeFile(QStringLiteral("r.csv"), registryCsv(10));
    const QByteArray before = databaseFingerprint();
    RegistryRepository registry(m_db);
    const RegistryImportOutcome outcome = registry.importCsv(path, actor);
    QCOMPARE(outcome.ok(), allowed);
    QCOMPARE(registry.count().value(), allowed ? 10 : 0);
    if (!allowed) {
        QVERIFY(outcome.error);
        QVERIFY2(outcome.error->message.contains(QLatin1String("import the registry")),
                 qPrintable(outcome.error->message));
        QCOMPARE(databaseFingerprint(), before);
    }
}

// One pass writes as it reads: a cancel at the first progress report and one
// near the end (most rows already inserted) both leave nothing.
void RegistryTest::cancelLeavesTheDatabaseUnchanged_data()
{
    QTest::addColumn<double>("fraction");
    QTest::newRow("at the first report") << 0.0;
    QTest::newRow("with most rows written") << 0.8;
}

void RegistryTest::cancelLeavesTheDatabaseUnchanged()
{
    QFETCH(double, fraction);
    const QString path = writeFile(QStringLiteral("r.csv"), registryCsv(20000));
    const qint64 auditBefore = auditRows();
    RegistryRepository registry(m_db);
    bool asked = false;
    bool sensible = false;
    const RegistryImportOutcome outcome =
        registry.importCsv(path, m_operator, {}, [&](const RegistryImportProgress &p) {
            if (p.phase != RegistryImportProgress::Phase::Writing || p.bytesDone < fraction * double(p.bytesTotal))
                return true;
            asked = true;
            sensible = p.bytesDone > 0 && p.bytesDone <= p.bytesTotal;
            return false;
        });
    QVERIFY(asked);
    QVERIFY(sensible);
    QVERIFY(outcome.cancelled);
    QVERIFY(!outcome.ok());
    QCOMPARE(registry.count().value(), 0);
    QCOMPARE(auditRows(), auditBefore);
    QCOMPARE(sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM registry_import")).value().toInt(), 0);
}

void RegistryTest::missingFileIsAnError()
{
    RegistryRepository registry(m_db);
    const RegistryImportOutcome outcome = registry.importCsv(m_dir->filePath(QStringLiteral("absent.csv")), m_operator);
    QVERIFY(outcome.error);
    QVERIFY(outcome.error->message.contains(QLatin1String("could not be opened")));
}

void RegistryTest::loadIndexStreamsEveryRecord()
{
    RegistryRepository registry(m_db);
    QVERIFY(registry.importCsv(writeFile(QStringLiteral("r.csv"), registryCsv(25000)), m_operator).ok());
    names::RegistryIndex index;
    qint64 lastProgress = 0;
    QVERIFY(registry.loadIndex(index, [&lastProgress](qint64 loaded) {
        lastProgress = loaded;
        return true;
    }));
    QCOMPARE(index.size(), 25000);
    QCOMPARE(lastProgress, 20000);
    const names::MatchRecord record = index.record(13);
    QCOMPARE(record.recordId, QStringLiteral("R0000013"));
    QCOMPARE(record.surname, QStringLiteral("Ткаченко"));
    QCOMPARE(record.givenName, QStringLiteral("Сергій"));
    QCOMPARE(record.birthDate, PartialDate::fromDate(QDate(1963, 2, 14)));
    QCOMPARE(record.sex, QLatin1Char('M'));
    QCOMPARE(record.serviceNumber, QStringLiteral("АА13"));

    names::RegistryIndex cancelled;
    QVERIFY(!registry.loadIndex(cancelled, [](qint64) { return false; }));
}

void RegistryTest::personsOfBatch()
{
    Result<std::unique_ptr<Database>> demo = Error{};
    if (m_testDb.isPostgres()) {
        // The database emptied again for the demo (it wants one without accounts): this test's accounts go.
        m_db = QSqlDatabase();
        m_database.reset();
        demo = m_testDb.open();
        QVERIFY2(demo, qPrintable(demo.text()));
        Store store(demo.value()->connection());
        const Status written = DemoData::write(store);
        QVERIFY2(written, qPrintable(written.text()));
    } else {
        const QString path = m_dir->filePath(QStringLiteral("demo.sqlite"));
        const Status written = DemoData::createFile(path);
        QVERIFY2(written, qPrintable(written.text()));
        demo = Database::open(path);
    }
    QVERIFY2(demo, qPrintable(demo.text()));
    const QSqlDatabase db = demo.value()->connection();
    RegistryRepository registry(db);
    PersonRepository persons(db, nullptr);
    auto batchId = sql::scalar(db, QStringLiteral("SELECT MIN(id) FROM batch"));
    QVERIFY(batchId);
    auto listed = registry.personsOfBatch(batchId.value().toLongLong());
    QVERIFY2(listed, qPrintable(listed.text()));
    auto counted = sql::scalar(db,
                               QStringLiteral("SELECT COUNT(*) FROM batch_member WHERE batch_id = ? AND "
                                              "status = 'listed'"),
                               {batchId.value()});
    QCOMPARE(listed.value().size(), counted.value().toInt());
    QVERIFY(!listed.value().isEmpty());
    auto page = persons.pageInBatch(batchId.value().toLongLong(), 0, 1);
    QVERIFY(page && !page.value().isEmpty());
    const Person &first = page.value().constFirst().person;
    const names::MatchRecord &record = listed.value().constFirst();
    QCOMPARE(record.surname, first.surname);
    QCOMPARE(record.givenName, first.givenName);
    QCOMPARE(record.birthDate, first.birthDate);
    QCOMPARE(record.recordId, first.recordId.isEmpty() ? QStringLiteral("person-%1").arg(first.id) : first.recordId);

    auto missing = registry.personsOfBatch(987654);
    QVERIFY(!missing);
    QCOMPARE(missing.error().message, QStringLiteral("There is no batch 987654 in this database"));
}

// HOMEWARD_BENCH_ROWS=1000000 measures a million rows; the default keeps the suite quick.
void RegistryTest::importSpeed()
{
    const int rows =
        qEnvironmentVariableIsSet("HOMEWARD_BENCH_ROWS") ? qEnvironmentVariableIntValue("HOMEWARD_BENCH_ROWS") : 20000;
    const QString path = writeFile(QStringLiteral("big.csv"), registryCsv(rows));
    RegistryRepository registry(m_db);
    // CPU time besides the wall clock: the machine is shared, the wall clock alone says little.
    QElapsedTimer timer;
    timer.start();
    std::clock_t cpu = std::clock();
    const RegistryImportOutcome checked = registry.check(path);
    QVERIFY(checked.ok());
    const qint64 checkMs = std::max<qint64>(1, timer.restart());
    const qint64 checkCpuMs = std::max<qint64>(1, (std::clock() - cpu) * 1000 / CLOCKS_PER_SEC);
    cpu = std::clock();
    const RegistryImportOutcome outcome = registry.importCsv(path, m_operator);
    const qint64 ms = std::max<qint64>(1, timer.elapsed());
    const qint64 cpuMs = std::max<qint64>(1, (std::clock() - cpu) * 1000 / CLOCKS_PER_SEC);
    QVERIFY(outcome.ok());
    QCOMPARE(registry.count().value(), rows);
    qInfo("checked %d rows in %lld ms (CPU %lld ms): %lld rows/s by CPU", rows, checkMs, checkCpuMs,
          rows * 1000LL / checkCpuMs);
    qInfo("imported %d rows (check + write) in %lld ms (CPU %lld ms): %lld rows/s by the clock, %lld by CPU", rows, ms,
          cpuMs, rows * 1000LL / ms, rows * 1000LL / cpuMs);
    timer.restart();
    cpu = std::clock();
    names::RegistryIndex index;
    QVERIFY(registry.loadIndex(index));
    qInfo("loaded the index of %d rows in %lld ms (CPU %lld ms)", rows, timer.elapsed(),
          qint64((std::clock() - cpu) * 1000 / CLOCKS_PER_SEC));
}

QTEST_GUILESS_MAIN(RegistryTest)
#include "tst_registry.moc"
