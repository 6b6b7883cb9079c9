// Registry import of an interchange CSV of 100,000 valid rows (HOMEWARD_BENCH_IMPORT_ROWS overrides the size) into
// a fresh database file, with every check the application makes: RegistryRepository::importCsv (one pass in one
// transaction: a worker thread reads and checks, the calling thread writes, see ReadAhead and RegistryWriter; the
// CPU time is of both threads, so it can exceed the wall clock) and RegistryListImport::importList (the same through
// ListReader). The generated file is written to HOMEWARD_BENCH_IMPORT_CSV when
// that is set (and kept there, so tests/bench/import_vs_sqlite3.sh can hand the same bytes to sqlite3's .import),
// else to a temporary folder. Each import runs once: a repeated QBENCHMARK would measure a registry already full.
// The times are printed as "FIGURE" lines, collected by tests/bench/run.sh; the slot "breakdown" times the parts.
// HOMEWARD_BENCH_IMPORT_KEEP=1 keeps the temporary folder with the databases.

#include "../storage/SignIn.h" // tests/storage: the bench targets have no tests/ include path
#include "io/InterchangeCsv.h"
#include "storage/Database.h"
#include "storage/RegistryListImport.h"
#include "storage/RegistryRepository.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <ctime>
#include <memory>

using namespace homeward;

namespace {

qint64 rowCount()
{
    bool ok = false;
    const qint64 rows = qEnvironmentVariableIntValue("HOMEWARD_BENCH_IMPORT_ROWS", &ok);
    return ok && rows > 0 ? rows : 100000;
}

void figure(const QString &text)
{
    std::printf("FIGURE %s\n", qPrintable(text));
    std::fflush(stdout);
}

// Wall clock and processor time of this process, from construction.
class Stopwatch final {
public:
    Stopwatch() { m_wall.start(); }
    double wallSeconds() const { return m_wall.nsecsElapsed() / 1e9; }
    double cpuSeconds() const { return double(std::clock() - m_cpu) / CLOCKS_PER_SEC; }
    // "2.914 s (CPU 2.801 s), 34317 rows/s"
    QString summary(qint64 rows) const
    {
        const double wall = wallSeconds();
        return QStringLiteral("%1 s (CPU %2 s), %3 rows/s")
            .arg(QString::number(wall, 'f', 3), QString::number(cpuSeconds(), 'f', 3))
            .arg(qint64(rows / std::max(wall, 1e-9)));
    }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpu = std::clock();
};

// Names as the officials' lists hold them: surnames in -енко, -ук and others
// the same for men and women, and surnames in -ський / -цький with a female
// form; patronymics in the male or female form.
const char *const kSurnames[] = {
    "Коваленко", "Шевченко",   "Бондаренко", "Ткаченко", "Кравченко",  "Олійник",   "Мельник",    "Лисенко",
    "Гнатюк",    "Мар'яненко", "Павленко",   "Савчук",   "Кузьменко",  "Петренко",  "Руденко",    "Мороз",
    "Марченко",  "Левченко",   "Поліщук",    "Юрченко",  "Гончаренко", "Кушнір",    "Білоус",     "Сидоренко",
    "Іваненко",  "Зінченко",   "Приходько",  "Панченко", "Романюк",    "Ковальчук", "Д'яченко",   "Лук'янчук",
    "Остапчук",  "Семенюк",    "Вакуленко",  "Гуменюк",  "Швець",      "Бойко",     "Литвиненко", "Карпенко"};
const char *const kGenderedSurnames[][2] = {{"Вишневський", "Вишневська"},   {"Ковальський", "Ковальська"},
                                            {"Яворський", "Яворська"},       {"Заболотний", "Заболотна"},
                                            {"Соколовський", "Соколовська"}, {"Білецький", "Білецька"},
                                            {"Грабовський", "Грабовська"},   {"Старицький", "Старицька"}};
const char *const kMaleNames[] = {"Олександр", "Сергій", "Андрій",    "Тарас",   "Богдан", "Дмитро",
                                  "Олег",      "Юрій",   "Володимир", "Максим",  "Ігор",   "Євген",
                                  "Віталій",   "Микола", "Василь",    "Ярослав", "Остап",  "Назар"};
const char *const kFemaleNames[] = {"Ганна", "Оксана", "Олена",    "Ірина",   "Наталія", "Юлія",
                                    "Марія", "Тетяна", "Світлана", "Людмила", "Соломія", "Ярина"};
const char *const kMalePatronymics[] = {"Олександрович", "Сергійович",  "Андрійович", "Тарасович",
                                        "Богданович",    "Дмитрович",   "Олегович",   "Юрійович",
                                        "Володимирович", "Миколайович", "Васильович", "Ігорович"};
const char *const kFemalePatronymics[] = {"Олександрівна", "Сергіївна",  "Андріївна", "Тарасівна",
                                          "Богданівна",    "Дмитрівна",  "Олегівна",  "Юріївна",
                                          "Володимирівна", "Миколаївна", "Василівна", "Ігорівна"};
const char *const kRanks[] = {"солдат",    "старший солдат",    "молодший сержант", "сержант", "старший сержант",
                              "лейтенант", "старший лейтенант", "капітан",          "матрос"};
const char *const kPlaces[][2] = {{"м. Харків", "Харківська область"},     {"м. Київ", "Київська область"},
                                  {"м. Маріуполь", "Донецька область"},    {"м. Херсон", "Херсонська область"},
                                  {"м. Запоріжжя", "Запорізька область"},  {"м. Чернігів", "Чернігівська область"},
                                  {"с. Бахмутське", "Донецька область"},   {"м. Львів", "Львівська область"},
                                  {"м. Миколаїв", "Миколаївська область"}, {"м. Суми", "Сумська область"}};

template <typename T, std::size_t N> constexpr std::size_t countOf(const T (&)[N])
{
    return N;
}

// A small deterministic generator: the same file on every run and machine.
class Random final {
public:
    quint32 next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 33);
    }
    quint32 below(quint32 n) { return next() % n; }

private:
    quint64 m_state = 20261126;
};

QByteArray two(int value)
{
    return QByteArray::number(value).rightJustified(2, '0');
}

// One row of the interchange CSV, 14 fields, ending in LF.
QByteArray interchangeRow(qint64 index, Random &random)
{
    const bool female = random.below(10) == 0; // most of those held are servicemen
    const bool civilian = random.below(5) == 0;
    QByteArray surname;
    if (random.below(5) == 0) {
        const auto &pair = kGenderedSurnames[random.below(countOf(kGenderedSurnames))];
        surname = pair[female ? 1 : 0];
    } else {
        surname = kSurnames[random.below(countOf(kSurnames))];
    }
    const QByteArray given = female ? QByteArray(kFemaleNames[random.below(countOf(kFemaleNames))])
                                    : QByteArray(kMaleNames[random.below(countOf(kMaleNames))]);
    const QByteArray patronymic = random.below(20) == 0 ? QByteArray() // not always known
                                  : female ? QByteArray(kFemalePatronymics[random.below(countOf(kFemalePatronymics))])
                                           : QByteArray(kMalePatronymics[random.below(countOf(kMalePatronymics))]);
    const int year = 1960 + int(random.below(46));
    const int month = 1 + int(random.below(12));
    const int day = 1 + int(random.below(28));
    QByteArray birth;
    switch (random.below(20)) {
    case 0:
        birth = QByteArray::number(year); // only the year is known
        break;
    case 1:
        birth = two(month) + '.' + QByteArray::number(year);
        break;
    case 2:
    case 3:
    case 4:
        birth = two(day) + '.' + two(month) + '.' + QByteArray::number(year); // as Ukrainian documents write it
        break;
    default:
        birth = QByteArray::number(year) + '-' + two(month) + '-' + two(day);
    }
    const auto &place = kPlaces[random.below(countOf(kPlaces))];
    const QByteArray recordId = "UA-" + QByteArray::number(1000000 + index);
    const QByteArray rank = civilian ? QByteArray() : QByteArray(kRanks[random.below(countOf(kRanks))]);
    const QByteArray unit = civilian ? QByteArray() : "в/ч А" + QByteArray::number(1000 + random.below(8000));
    const QByteArray service = civilian ? QByteArray() : "СН" + QByteArray::number(100000 + random.below(900000));
    const QByteArray document = "ВК" + QByteArray::number(100000 + random.below(900000));
    // A note now and then, some with a comma (quoted, as RFC 4180 writes it).
    QByteArray notes;
    switch (random.below(10)) {
    case 0:
        notes = "\"За даними родини, бачили у Таганрозі\"";
        break;
    case 1:
        notes = "Підтверджено МКЧХ";
        break;
    default:
        break;
    }
    QByteArray line;
    line.reserve(240);
    line += recordId + ',' + surname + ',' + given + ',' + patronymic + ',' + birth + ',' + (female ? "F" : "M") + ',' +
            (civilian ? "civilian" : "serviceman") + ',' + rank + ',' + unit + ',' + service + ',' + document + ",\"" +
            place[0] + "\"," + place[1] + ',' + notes + '\n';
    return line;
}

// Writes the header and `rows` rows; the bytes depend on `rows` alone.
bool writeInterchangeCsv(const QString &path, qint64 rows, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    QByteArray chunk = InterchangeCsv::columnNames().join(QLatin1Char(',')).toUtf8() + '\n';
    Random random;
    for (qint64 i = 0; i < rows; ++i) {
        chunk += interchangeRow(i, random);
        if (chunk.size() > (1 << 20) || i + 1 == rows) {
            if (file.write(chunk) != chunk.size()) {
                *error = file.errorString();
                return false;
            }
            chunk.clear();
        }
    }
    if (!file.flush()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

// A fresh database file (every migration) with one operator signed in.
struct FreshRegistry final {
    std::unique_ptr<Database> database;
    Actor actor;
};

Result<FreshRegistry> freshRegistry(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened)
        return opened.error();
    FreshRegistry fresh;
    fresh.database = std::move(opened.value());
    auto official = testing::addOfficial(fresh.database->connection(), QStringLiteral("operator"), testing::kOperator);
    if (!official)
        return official.error();
    fresh.actor = Accounts::actorFor(official.value());
    return fresh;
}

// Lines in a file (LF-terminated), -1 when it cannot be read.
qint64 lineCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    qint64 lines = 0;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty())
            return -1;
        lines += chunk.count('\n');
    }
    return lines;
}

QString describe(const std::optional<Error> &error, const QList<InterchangeProblem> &problems, const QString &file)
{
    if (error)
        return error->message + QStringLiteral(": ") + error->detail;
    return problems.isEmpty() ? QStringLiteral("cancelled") : problems.first().text(file);
}

} // namespace

class BenchImport final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvHasEveryRow();
    void importCsv();
    void importList();
    void breakdown();

private:
    QTemporaryDir m_dir;
    QString m_csv;
    qint64 m_rows = 0;
};

void BenchImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // To look at the imported databases afterwards (EXPLAIN, sqlite3_analyzer).
    if (qEnvironmentVariableIntValue("HOMEWARD_BENCH_IMPORT_KEEP") != 0) {
        m_dir.setAutoRemove(false);
        figure(QStringLiteral("databases kept in %1").arg(m_dir.path()));
    }
    m_rows = rowCount();
    m_csv = qEnvironmentVariableIsEmpty("HOMEWARD_BENCH_IMPORT_CSV")
                ? m_dir.filePath(QStringLiteral("registry.csv"))
                : qEnvironmentVariable("HOMEWARD_BENCH_IMPORT_CSV");
    // A file given by the caller and already holding these rows is used as it is (the script that compares with
    // sqlite3 generates it once); the bytes depend on the row count alone.
    if (!qEnvironmentVariableIsEmpty("HOMEWARD_BENCH_IMPORT_CSV") && lineCount(m_csv) == m_rows + 1) {
        figure(QStringLiteral("interchange CSV: %1 rows, %2 MB, reused (%3)")
                   .arg(m_rows)
                   .arg(QFileInfo(m_csv).size() / (1024.0 * 1024.0), 0, 'f', 1)
                   .arg(m_csv));
        return;
    }
    const Stopwatch watch;
    QString error;
    QVERIFY2(writeInterchangeCsv(m_csv, m_rows, &error), qPrintable(m_csv + QStringLiteral(": ") + error));
    figure(QStringLiteral("interchange CSV: %1 rows, %2 MB, written in %3 s (%4)")
               .arg(m_rows)
               .arg(QFileInfo(m_csv).size() / (1024.0 * 1024.0), 0, 'f', 1)
               .arg(watch.wallSeconds(), 0, 'f', 3)
               .arg(m_csv));
}

// The generator writes no line break inside a value: one line a row, plus the header.
void BenchImport::csvHasEveryRow()
{
    QCOMPARE(lineCount(m_csv), m_rows + 1);
}

void BenchImport::importCsv()
{
    auto fresh = freshRegistry(m_dir.filePath(QStringLiteral("import.sqlite")));
    QVERIFY2(fresh, qPrintable(fresh.ok() ? QString() : fresh.text()));
    RegistryRepository registry(fresh.value().database->connection());

    const Stopwatch watch;
    const RegistryImportOutcome outcome = registry.importCsv(m_csv, fresh.value().actor);
    const QString summary = watch.summary(m_rows);
    QVERIFY2(outcome.ok(), qPrintable(describe(outcome.error, outcome.problems, m_csv)));
    QCOMPARE(outcome.inserted, m_rows);
    QCOMPARE(registry.count().value(), m_rows);
    figure(QStringLiteral("registry importCsv: %1 rows in %2").arg(m_rows).arg(summary));
}

void BenchImport::importList()
{
    auto fresh = freshRegistry(m_dir.filePath(QStringLiteral("list.sqlite")));
    QVERIFY2(fresh, qPrintable(fresh.ok() ? QString() : fresh.text()));
    RegistryListImport lists(fresh.value().database->connection());

    const Stopwatch watch;
    const RegistryListOutcome outcome = lists.importList(m_csv, fresh.value().actor, RegistryListOptions());
    const QString summary = watch.summary(m_rows);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error                ? outcome.error->message + outcome.error->detail
                                      : outcome.problems.isEmpty() ? QStringLiteral("cancelled")
                                                                   : QStringLiteral("line %1: %2")
                                                                         .arg(outcome.problems.first().line)
                                                                         .arg(outcome.problems.first().reason)));
    QCOMPARE(outcome.inserted, m_rows);
    QCOMPARE(RegistryRepository(fresh.value().database->connection()).count().value(), m_rows);
    figure(QStringLiteral("registry importList (ListReader, one pass): %1 rows in %2")
               .arg(m_rows)
               .arg(summary));
}

// Where importCsv spends its time: reading and checking the CSV alone, the first pass (check: the same plus the
// SHA-256 and the duplicate set), and the inserts alone (the rows already parsed, bound through QSqlQuery into
// the same table in one transaction).
void BenchImport::breakdown()
{
    auto fresh = freshRegistry(m_dir.filePath(QStringLiteral("parts.sqlite")));
    QVERIFY2(fresh, qPrintable(fresh.ok() ? QString() : fresh.text()));
    const QSqlDatabase db = fresh.value().database->connection();

    QList<InterchangeRow> rows;
    rows.reserve(m_rows);
    {
        QFile file(m_csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Stopwatch watch;
        const InterchangeCsv::Outcome read = InterchangeCsv::read(file, InterchangeRules(), {});
        const QString summary = watch.summary(m_rows);
        QVERIFY(read.ok());
        QCOMPARE(read.rows, m_rows);
        figure(QStringLiteral("part: InterchangeCsv::read (parse and check, no handler): %1").arg(summary));
    }
    {
        QFile file(m_csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const InterchangeCsv::Outcome read = InterchangeCsv::read(file, InterchangeRules(), [&rows](const auto &row) {
            rows.append(row);
            return true;
        });
        QVERIFY(read.ok());
    }
    {
        const Stopwatch watch;
        const RegistryImportOutcome checked = RegistryRepository(db).check(m_csv);
        const QString summary = watch.summary(m_rows);
        QVERIFY(checked.ok());
        figure(QStringLiteral("part: RegistryRepository::check (pass 1: parse, check, SHA-256, ids): %1").arg(summary));
    }
    {
        QVERIFY(
            sql::run(db,
                     QStringLiteral("INSERT INTO registry_import (file_name, file_sha256, rows_read, "
                                    "rows_inserted, rows_replaced, imported_by, imported_at) "
                                    "VALUES ('parts.csv', ?, ?, ?, 0, ?, ?)"),
                     {QString(64, QLatin1Char('0')), m_rows, m_rows, fresh.value().actor.officialId, sql::nowStamp()}));
        const QVariant importId = sql::scalar(db, QStringLiteral("SELECT max(id) FROM registry_import")).value();
        const QString now = sql::nowStamp();
        const Stopwatch watch;
        QVERIFY(sql::run(db, QStringLiteral("BEGIN IMMEDIATE")));
        QSqlQuery insert(db);
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO registry_person (record_id, surname, given_name, patronymic, birth_date, sex, category, "
            "rank, unit, service_number, document_number, birth_place, region, notes, import_id, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
        const QVariant nullText(QMetaType(QMetaType::QString));
        for (const InterchangeRow &row : std::as_const(rows)) {
            const Person &p = row.person;
            const QString birth = p.birthDate.toIso();
            insert.bindValue(0, p.recordId);
            insert.bindValue(1, p.surname);
            insert.bindValue(2, p.givenName);
            insert.bindValue(3, p.patronymic.isNull() ? QString(QLatin1String("")) : p.patronymic);
            insert.bindValue(4, birth.isEmpty() ? nullText : QVariant(birth));
            insert.bindValue(5, row.sexKnown ? QVariant(toCode(p.sex)) : nullText);
            insert.bindValue(6, row.categoryKnown ? QVariant(toCode(p.category)) : nullText);
            insert.bindValue(7, p.rank.isNull() ? QString(QLatin1String("")) : p.rank);
            insert.bindValue(8, p.unit.isNull() ? QString(QLatin1String("")) : p.unit);
            insert.bindValue(9, p.serviceNumber.isNull() ? QString(QLatin1String("")) : p.serviceNumber);
            insert.bindValue(10, p.documentNumber.isNull() ? QString(QLatin1String("")) : p.documentNumber);
            insert.bindValue(11, p.birthPlace.isNull() ? QString(QLatin1String("")) : p.birthPlace);
            insert.bindValue(12, p.region.isNull() ? QString(QLatin1String("")) : p.region);
            insert.bindValue(13, p.notes.isNull() ? QString(QLatin1String("")) : p.notes);
            insert.bindValue(14, importId);
            insert.bindValue(15, now);
            insert.bindValue(16, now);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        QVERIFY(sql::run(db, QStringLiteral("COMMIT")));
        figure(QStringLiteral("part: inserts alone (rows parsed beforehand, QSqlQuery, one transaction, commit): %1")
                   .arg(watch.summary(m_rows)));
    }
}

QTEST_GUILESS_MAIN(BenchImport)
#include "bench_import.moc"
