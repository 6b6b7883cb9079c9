// Exports of a batch's list and of the registry (storage/Export): the interchange columns in order, Cyrillic
// intact, formula-looking cells guarded, and an export read back gives the same data, in CSV and in XLSX. A
// failed or cancelled export leaves nothing behind and never damages the file it would have replaced. On SQLite and on
// PostgreSQL (TestDatabase: HOMEWARD_TEST_BACKEND), a fresh database for every test.

#include "SignIn.h"
#include "TestDatabase.h"

#include "io/InterchangeCsv.h"
#include "io/XlsxReader.h"
#include "storage/Database.h"
#include "storage/Export.h"
#include "storage/RegistryRepository.h"
#include "storage/Store.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;

namespace {

Person person(const QString &recordId, const QString &surname, const QString &notes = QString())
{
    Person p;
    p.recordId = recordId;
    p.surname = surname;
    p.givenName = QStringLiteral("Олександр");
    p.patronymic = QStringLiteral("Петрович");
    p.birthDate = PartialDate::fromIso(QStringLiteral("1990-02-03")).value_or(PartialDate());
    p.sex = Sex::Male;
    p.category = Category::Serviceman;
    p.rank = QStringLiteral("солдат");
    p.unit = QStringLiteral("в/ч А0001");
    p.serviceNumber = QStringLiteral("СН-1");
    p.documentNumber = QStringLiteral("ПС123456");
    p.birthPlace = QStringLiteral("м. Харків");
    p.region = QStringLiteral("Харківська");
    p.notes = notes;
    return p;
}

// The rows of an exported file, CSV or XLSX, as the interchange reader gives them.
QList<QStringList> readBack(const QString &path, ExportFormat format, QString *error)
{
    QByteArray csv;
    if (format == ExportFormat::Xlsx) {
        // Rebuild CSV from the sheet so both formats go through the same reader.
        QBuffer buffer(&csv);
        buffer.open(QIODevice::WriteOnly);
        QString rows;
        auto read = XlsxReader::read(path, [&](qint64, const QStringList &cells) {
            QStringList fields = cells;
            while (fields.size() < InterchangeCsv::kColumnCount)
                fields << QString();
            QStringList escaped;
            for (const QString &field : fields)
                escaped << QLatin1Char('"') + QString(field).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                               QLatin1Char('"');
            rows += escaped.join(QLatin1Char(',')) + QLatin1Char('\n');
            return true;
        });
        if (!read) {
            *error = read.text();
            return {};
        }
        csv = rows.toUtf8();
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return {};
        }
        csv = file.readAll();
    }
    QBuffer device(&csv);
    device.open(QIODevice::ReadOnly);
    InterchangeRules rules;
    rules.strictNames = false;
    QList<QStringList> rows;
    const auto outcome = InterchangeCsv::read(device, rules, [&](const InterchangeRow &row) {
        rows << InterchangeCsv::fields(row);
        return true;
    });
    if (!outcome.ok())
        *error = outcome.problems.isEmpty() ? QStringLiteral("cancelled") : outcome.problems.first().text(path);
    return rows;
}

QByteArray content(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class ExportTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void batchRoundTrip_data();
    void batchRoundTrip();
    void csvIsPlainUtf8WithTheHeader();
    void registryRoundTrip_data();
    void registryRoundTrip();
    void refusals_data();
    void refusals();
    void cancelLeavesTheOldFile_data();
    void cancelLeavesTheOldFile();
    void fileIsOwnerOnly();

private:
    testing::TestDatabase m_testDb;
    QTemporaryDir m_dir; // the exported files
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Store> m_store;
    qint64 m_batchId = 0;
    QList<qint64> m_persons;
};

void ExportTest::initTestCase()
{
    QString failure;
    QVERIFY2(m_testDb.start(&failure), qPrintable(failure));
    HOMEWARD_SKIP_WITHOUT_BACKEND(m_testDb);
}

void ExportTest::cleanupTestCase()
{
    QString failure;
    QVERIFY2(m_testDb.stop(&failure), qPrintable(failure));
}

void ExportTest::init()
{
    QVERIFY(m_dir.isValid());
    auto opened = m_testDb.open(/*onDisk=*/true); // SQLite: a file, as the program's

    QVERIFY2(opened.ok(), qPrintable(opened.text()));
    m_database = std::move(opened.value());
    m_store = std::make_unique<Store>(m_database->connection());
    QVERIFY(testing::signInAs(*m_store, QStringLiteral("boss"), testing::kAllRoles).ok());
    Exchange exchange;
    exchange.title = QStringLiteral("Обмін");
    auto exchangeId = m_store->exchanges().create(exchange);
    QVERIFY2(exchangeId.ok(), qPrintable(exchangeId.text()));
    Batch batch;
    batch.exchangeId = exchangeId.value();
    batch.plannedServicemen = 5;
    auto batchId = m_store->batches().create(batch);
    QVERIFY2(batchId.ok(), qPrintable(batchId.text()));
    m_batchId = batchId.value();
    m_persons.clear();
    const QList<Person> persons{person(QStringLiteral("UA-1"), QStringLiteral("Коваленко"), QStringLiteral("=1+1")),
                                person(QStringLiteral("UA-2"), QStringLiteral("Ґудзь"), QStringLiteral("рядок 1\nрядок 2, \"лапки\"")),
                                person(QString(), QStringLiteral("Шевчук"), QStringLiteral("-")),
                                person(QStringLiteral("UA-4"), QStringLiteral("Withdrawn"), QString())};
    for (const Person &p : persons) {
        auto id = m_store->persons().addToBatch(m_batchId, p);
        QVERIFY2(id.ok(), qPrintable(id.text()));
        m_persons << id.value();
    }
    QVERIFY(m_store->persons().setWithdrawn(m_batchId, m_persons.last(), true).ok());
}

void ExportTest::cleanup()
{
    m_store.reset();
    m_database.reset();
}

void ExportTest::batchRoundTrip_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::newRow("csv") << ExportFormat::Csv;
    QTest::newRow("xlsx") << ExportFormat::Xlsx;
}

void ExportTest::batchRoundTrip()
{
    QFETCH(ExportFormat, format);
    const QString path = m_dir.filePath(QStringLiteral("batch.%1").arg(format == ExportFormat::Csv ? "csv" : "xlsx"));
    auto written = Export::batch(m_database->connection(), m_batchId, format, path);
    QVERIFY2(written.ok(), qPrintable(written.text()));
    QCOMPARE(written.value().rows, 3);
    QCOMPARE(written.value().withdrawnLeftOut, 1);
    QCOMPARE(written.value().recordIdsFilled, 1);
    QCOMPARE(written.value().guardedCells, 2); // "=1+1" and "-"

    QString error;
    const QList<QStringList> rows = readBack(path, format, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 3);
    for (int i = 0; i < 3; ++i) {
        auto stored = m_store->persons().get(m_persons.at(i));
        QVERIFY(stored.ok());
        InterchangeRow expected;
        expected.person = stored.value();
        expected.sexKnown = expected.categoryKnown = true;
        if (expected.person.recordId.isEmpty())
            expected.person.recordId = QStringLiteral("person-%1").arg(m_persons.at(i));
        QCOMPARE(rows.at(i), InterchangeCsv::fields(expected));
    }
}

void ExportTest::csvIsPlainUtf8WithTheHeader()
{
    const QString path = m_dir.filePath(QStringLiteral("plain.csv"));
    QVERIFY(Export::batch(m_database->connection(), m_batchId, ExportFormat::Csv, path).ok());
    const QByteArray bytes = content(path);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.startsWith("record_id,surname,given_name,patronymic,birth_date,sex,category,rank,unit,"
                             "service_number,document_number,birth_place,region,notes\n"));
    QVERIFY(bytes.contains(QStringLiteral("UA-1,Коваленко,Олександр,Петрович,1990-02-03,M,serviceman").toUtf8()));
    QVERIFY(bytes.contains(",'=1+1\n"));
    QVERIFY(bytes.contains(",'-\n"));
}

void ExportTest::registryRoundTrip_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::newRow("csv") << ExportFormat::Csv;
    QTest::newRow("xlsx") << ExportFormat::Xlsx;
}

void ExportTest::registryRoundTrip()
{
    QFETCH(ExportFormat, format);
    // Imported through the registry's own import, so the export is compared with what an official brought in.
    const QByteArray source = QStringLiteral(
        "record_id,surname,given_name,patronymic,birth_date,sex,category,rank,unit,service_number,"
        "document_number,birth_place,region,notes\n"
        "R-1,Бондаренко,Ірина,Олегівна,1985-07,F,civilian,,,,,м. Київ,Київська,\"=cmd|' /C calc'!A0\"\n"
        "R-2,Мельник,Василь,,1979,,,сержант,,+380,,,,\n"
        "R-3,Ткаченко,Іван,Іванович,,M,serviceman,,,,,,,\"двi\nлiнiї\"\n").toUtf8();
    const QString csvPath = m_dir.filePath(QStringLiteral("registry-in.csv"));
    QFile in(csvPath);
    QVERIFY(in.open(QIODevice::WriteOnly));
    in.write(source);
    in.close();
    RegistryRepository registry(m_database->connection());
    RegistryImportOptions options;
    options.rules.strictNames = false;
    const RegistryImportOutcome imported = registry.importCsv(csvPath, m_store->actor(), options);
    QVERIFY2(imported.ok(), qPrintable(imported.error ? imported.error->text()
                                       : imported.problems.isEmpty() ? QString()
                                                                     : imported.problems.first().text(csvPath)));

    const QString path = m_dir.filePath(QStringLiteral("registry.%1").arg(format == ExportFormat::Csv ? "csv" : "xlsx"));
    auto written = Export::registry(m_database->connection(), format, path);
    QVERIFY2(written.ok(), qPrintable(written.text()));
    QCOMPARE(written.value().rows, 3);
    QCOMPARE(written.value().guardedCells, 2);

    QString error;
    const QList<QStringList> exported = readBack(path, format, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QBuffer original;
    original.setData(source);
    original.open(QIODevice::ReadOnly);
    InterchangeRules rules;
    rules.strictNames = false;
    QList<QStringList> expected;
    QVERIFY(InterchangeCsv::read(original, rules, [&](const InterchangeRow &row) {
                expected << InterchangeCsv::fields(row);
                return true;
            }).ok());
    QCOMPARE(exported, expected);
}

void ExportTest::refusals_data()
{
    QTest::addColumn<qint64>("batch");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no such batch") << qint64(999) << QStringLiteral("x.csv") << QStringLiteral("no batch with number 999");
    QTest::newRow("missing folder") << qint64(0) << QStringLiteral("missing/x.csv") << QStringLiteral("does not exist");
    QTest::newRow("a folder") << qint64(0) << QStringLiteral(".") << QStringLiteral("is a folder");
}

void ExportTest::refusals()
{
    QFETCH(qint64, batch);
    QFETCH(QString, target);
    QFETCH(QString, reason);
    const QString path = target == QLatin1String(".") ? m_dir.path() : m_dir.filePath(target);
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
    auto written = Export::batch(m_database->connection(), batch ? batch : m_batchId, ExportFormat::Csv, path);
    QVERIFY(!written.ok());
    QVERIFY2(written.text().contains(reason), qPrintable(written.text()));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
}

void ExportTest::cancelLeavesTheOldFile_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::newRow("csv") << ExportFormat::Csv;
    QTest::newRow("xlsx") << ExportFormat::Xlsx;
}

void ExportTest::cancelLeavesTheOldFile()
{
    QFETCH(ExportFormat, format);
    const QString path = m_dir.filePath(QStringLiteral("kept"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the previous export");
    old.close();
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    auto written = Export::batch(m_database->connection(), m_batchId, format, path, [](qint64) { return false; });
    QVERIFY(!written.ok());
    QVERIFY2(written.text().contains(QLatin1String("cancelled")), qPrintable(written.text()));
    QCOMPARE(content(path), QByteArray("the previous export"));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), before); // no temporary file left
}

void ExportTest::fileIsOwnerOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("private.xlsx"));
    QVERIFY(Export::batch(m_database->connection(), m_batchId, ExportFormat::Xlsx, path).ok());
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                         QFileDevice::WriteOther),
             QFileDevice::Permissions());
}

QTEST_GUILESS_MAIN(ExportTest)
#include "tst_export.moc"
