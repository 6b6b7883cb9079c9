#include "ProgramRun.h"

#include "io/CsvReader.h"
#include "io/InterchangeCsv.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;

namespace {

const QByteArray kHeader = "record_id,surname,given_name,patronymic,birth_date,sex,category,rank,unit,service_number,"
                           "document_number,birth_place,region,notes\n";
const QString kOutputHeader = QStringLiteral("list_record_id,registry_record_id,score,verdict,discrepancies");

const QByteArray kRegistry = kHeader +
                             "REG-1,Коваленко,Олександр,Петрович,1990-05-17,M,serviceman,солдат,,АА111,,Київ,,\n"
                             "REG-2,Коваленко,Олександр,Іванович,1984-11-02,M,serviceman,сержант,,АА222,,Львів,,\n"
                             "REG-3,Шевчук,Ганна,Михайлівна,1975-03-08,F,civilian,,,,,Херсон,,\n"
                             "REG-4,Гнатюк,Тарас,Богданович,2001-01-30,M,serviceman,солдат,,АА444,,Рівне,,\n"
                             "REG-5,Мельник,Оксана,,1999,F,civilian,,,,,,,\n";

const QByteArray kList = kHeader + "L-1,Коваленко,Олександр,Петрович,1990-05-17,M,serviceman,солдат,,АА111,,Київ,,\n"
                                   "L-2,Гнатюк,Тарас,Богданович,2001-01-30,M,serviceman,,,,,,,\n"
                                   "L-3,Зінченко,Дмитро,Васильович,1968-07-21,M,serviceman,,,,,,,\n";

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "absent";
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class MatchCommandTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void helpDescribesTheOutput_data();
    void helpDescribesTheOutput();
    void matchesTwoFiles();
    void invalidInputWritesNothing_data();
    void invalidInputWritesNothing();
    void wrongCommandLines_data();
    void wrongCommandLines();
    void matchesABatchOfADatabase();
    void emptyRegistryAndUnknownBatch();

    void importNeedsAPassword_data();
    void importNeedsAPassword();
    void importRefusesInvalidRowsAndLeavesTheDatabaseUnchanged();
    void importRefusesAVerifier();
    void importRefusesDuplicatesUnlessReplace();
    void importCommandLineMistakes_data();
    void importCommandLineMistakes();

private:
    using Run = testing::ProgramRun;
    Run run(const QStringList &arguments, const QMap<QString, QString> &env = {}) const;
    QString write(const QString &name, const QByteArray &bytes) const;
    QString demo(const QString &name) const;
    QStringList outputLines(const QString &path) const;

    QTemporaryDir m_dir;
};

void MatchCommandTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(HOMEWARD_BINARY)).isExecutable(), HOMEWARD_BINARY);
}

MatchCommandTest::Run MatchCommandTest::run(const QStringList &arguments, const QMap<QString, QString> &env) const
{
    testing::ProgramOptions options;
    options.extraEnv = env;
    return testing::runProgram(m_dir.path(), arguments, options);
}

QString MatchCommandTest::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString MatchCommandTest::demo(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    const Run made = run({QStringLiteral("demo"), path});
    if (made.exitCode != 0)
        qFatal("demo failed: %s", qPrintable(made.err));
    return path;
}

QStringList MatchCommandTest::outputLines(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

void MatchCommandTest::helpDescribesTheOutput_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected");
    QTest::newRow("match") << "match" << kOutputHeader;
    QTest::newRow("import") << "import"
                            << "--registry";
}

void MatchCommandTest::helpDescribesTheOutput()
{
    QFETCH(QString, command);
    QFETCH(QString, expected);
    const Run help = run({command, QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(expected), qPrintable(help.out));
    QVERIFY2(help.out.contains(QStringLiteral("homeward ") + command), qPrintable(help.out));
    QVERIFY(help.err.isEmpty());
}

void MatchCommandTest::matchesTwoFiles()
{
    const QString registry = write(QStringLiteral("registry.csv"), kRegistry);
    const QString list = write(QStringLiteral("list.csv"), kList);
    const QString out = m_dir.filePath(QStringLiteral("out.csv"));
    const Run result = run({QStringLiteral("match"), QStringLiteral("--registry"), registry, QStringLiteral("--list"),
                            list, QStringLiteral("--out"), out});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QStringList lines = outputLines(out);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.constFirst(), kOutputHeader);

    // Every row is read back with the project's own CSV reader (RFC 4180).
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QStringList> rows;
    {
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains('\r'));
        QByteArray copy = bytes;
        QBuffer buffer(&copy);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        CsvRecord record;
        while (reader.next(record))
            rows << record.fields;
        QVERIFY(!reader.error());
    }
    QCOMPARE(rows.size(), 4);
    const QRegularExpression score(QStringLiteral("^(0\\.\\d{3}|1\\.000)$"));
    const QStringList verdicts = {"match", "probable", "ambiguous", "none"};
    const QStringList listIds = {"L-1", "L-2", "L-3"};
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        QCOMPARE(row.size(), 5);
        QCOMPARE(row.at(0), listIds.at(i - 1));
        QVERIFY2(score.match(row.at(2)).hasMatch(), qPrintable(row.at(2)));
        QVERIFY2(verdicts.contains(row.at(3)), qPrintable(row.at(3)));
        QCOMPARE(row.at(1).isEmpty(), row.at(3) == QLatin1String("none"));
    }
    // The same person in both files is found; a person the registry lacks is not.
    QCOMPARE(rows.at(1).at(1), QStringLiteral("REG-1"));
    QCOMPARE(rows.at(1).at(3), QStringLiteral("match"));
    QCOMPARE(rows.at(2).at(1), QStringLiteral("REG-4"));
    QCOMPARE(rows.at(3).at(3), QStringLiteral("none"));
    QCOMPARE(rows.at(3).at(1), QString());

    QVERIFY2(result.err.contains(QLatin1String("match: list 3, registry 5: ")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("none")), qPrintable(result.err));
}

void MatchCommandTest::invalidInputWritesNothing_data()
{
    QTest::addColumn<QByteArray>("registry");
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<QStringList>("problems"); // "registry.csv:…" / "list.csv:…" lines expected on stderr

    QTest::newRow("broken quote in the list")
        << kRegistry << kHeader + "L-1,\"Коваленко,Олександр\n"
        << QStringList{"list.csv:2:2: unterminated quoted field: the quote that opens it is never closed"};
    QTest::newRow("bad rows in both files")
        << kRegistry + "REG-6,Бондар,Іван,,1990-02-30,M,,,,,,,,\n"
        << kList + "L-4,Бондар,Іван,,1990,Q,,,,,,,,\n" + "L-1,Бондар,Іван,,1990,M,,,,,,,,\n"
        << QStringList{"registry.csv:7:5: birth_date: “1990-02-30” is not a valid date (write YYYY-MM-DD or "
                       "DD.MM.YYYY; YYYY or YYYY-MM when only partly known)",
                       "list.csv:5:6: sex: “Q” is not M or F",
                       "list.csv:6:1: record_id: “L-1” is already used on line 2"};
    QTest::newRow("empty list") << kRegistry << QByteArray()
                                << QStringList{"list.csv:1:1: the file is empty: it has no header row"};
    QTest::newRow("header-only registry")
        << kHeader << kList << QStringList{"registry.csv:2:1: the file has a header but no rows"};
    QTest::newRow("missing column") << kRegistry << QByteArray("record_id,given_name\nL-1,Олег\n")
                                    << QStringList{
                                           "list.csv:1:1: the required column surname is missing from the header"};
    QTest::newRow("invalid UTF-8") << kRegistry << kHeader + "L-1,\xCA\xEE\xE2\xE0\xEB\xFC,Олег,,,,,,,,,,,\n"
                                   << QStringList{"list.csv:2:2: invalid UTF-8 (byte 0xCA); save the file as UTF-8"};
}

void MatchCommandTest::invalidInputWritesNothing()
{
    QFETCH(QByteArray, registry);
    QFETCH(QByteArray, list);
    QFETCH(QStringList, problems);
    // Relative paths, so the messages name the files as typed.
    write(QStringLiteral("registry.csv"), registry);
    write(QStringLiteral("list.csv"), list);
    const QString out = m_dir.filePath(QStringLiteral("bad-out.csv"));
    QFile::remove(out);
    const QString previous = QDir::currentPath();
    QDir::setCurrent(m_dir.path());
    const Run result = run({QStringLiteral("match"), QStringLiteral("--registry"), QStringLiteral("registry.csv"),
                            QStringLiteral("--list"), QStringLiteral("list.csv"), QStringLiteral("--out"),
                            QStringLiteral("bad-out.csv")});
    QDir::setCurrent(previous);
    QCOMPARE(result.exitCode, 1);
    QStringList printed;
    for (const QString &line : result.err.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("registry.csv:")) || line.startsWith(QLatin1String("list.csv:")))
            printed << line;
    QCOMPARE(printed, problems);
    QVERIFY2(result.err.contains(QLatin1String("nothing was matched")), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("bad-out*")}, QDir::Files | QDir::Hidden).isEmpty());
}

void MatchCommandTest::wrongCommandLines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << QStringList{"match"} << 2 << "match needs --registry and --list, or --database";
    QTest::newRow("registry alone") << QStringList{"match", "--registry", "r.csv", "--out", "o.csv"} << 2
                                    << "match needs both --registry and --list";
    QTest::newRow("both forms") << QStringList{"match", "--registry", "r", "--list", "l", "--batch", "1", "--out", "o"}
                                << 2 << "not both";
    QTest::newRow("batch not a number") << QStringList{"match", "--database", "d", "--batch", "x", "--out", "o"} << 2
                                        << "--batch needs the number of a batch";
    QTest::newRow("no out") << QStringList{"match", "--registry", "r", "--list", "l"} << 2 << "match needs --out";
    QTest::newRow("stray argument") << QStringList{"match", "x"} << 2 << "match takes no arguments";
    QTest::newRow("unknown option") << QStringList{"match", "--fast"} << 2 << "fast";
    QTest::newRow("missing registry file")
        << QStringList{"match", "--registry", "/nonexistent/r.csv", "--list", "/nonexistent/l.csv", "--out", "o.csv"}
        << 1 << "could not be opened";
    QTest::newRow("missing database") << QStringList{"match", "--database", "/nonexistent/db", "--batch", "1",
                                                     "--out", "o.csv"}
                                      << 1 << "there is no database file";
}

void MatchCommandTest::wrongCommandLines()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void MatchCommandTest::matchesABatchOfADatabase()
{
    const QString database = demo(QStringLiteral("batch.sqlite"));
    const Run imported =
        run({QStringLiteral("import"), QStringLiteral("--database"), database, QStringLiteral("--registry"),
             write(QStringLiteral("reg.csv"), kRegistry), QStringLiteral("--user"), QStringLiteral("operator")},
            {{QStringLiteral("HOMEWARD_PASSWORD"), QStringLiteral("demo")}});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(QLatin1String("rows 5 (new 5, replaced 0)")), qPrintable(imported.out));

    qint64 batchId = 0;
    int listed = 0;
    {
        auto db = Database::open(database);
        QVERIFY(db);
        batchId =
            sql::scalar(db.value()->connection(), QStringLiteral("SELECT MIN(id) FROM batch")).value().toLongLong();
        listed =
            sql::scalar(db.value()->connection(),
                        QStringLiteral("SELECT COUNT(*) FROM batch_member WHERE batch_id = ? AND status = 'listed'"),
                        {batchId})
                .value()
                .toInt();
    }
    QVERIFY(listed > 0);
    const QString out = m_dir.filePath(QStringLiteral("batch-out.csv"));
    const Run result = run({QStringLiteral("--database"), database, QStringLiteral("match"), QStringLiteral("--batch"),
                            QString::number(batchId), QStringLiteral("--out"), out});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QStringList lines = outputLines(out);
    QCOMPARE(lines.constFirst(), kOutputHeader);
    QVERIFY2(lines.size() >= listed + 1, qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(result.err.contains(QStringLiteral("match: list %1, registry 5: ").arg(listed)), qPrintable(result.err));
}

void MatchCommandTest::emptyRegistryAndUnknownBatch()
{
    const QString database = demo(QStringLiteral("empty-registry.sqlite"));
    const QString out = m_dir.filePath(QStringLiteral("empty-out.csv"));
    Run result = run({QStringLiteral("match"), QStringLiteral("--database"), database, QStringLiteral("--batch"),
                      QStringLiteral("1"), QStringLiteral("--out"), out});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("is empty; import it first")), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(out));
    result = run({QStringLiteral("match"), QStringLiteral("--database"), database, QStringLiteral("--batch"),
                  QStringLiteral("999"), QStringLiteral("--out"), out});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("There is no batch 999")), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(out));
}

void MatchCommandTest::importNeedsAPassword_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password"); // "-": HOMEWARD_PASSWORD unset
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("right password") << "operator"
                                    << "demo" << 0 << "rows 5 (new 5, replaced 0)";
    QTest::newRow("supervisor") << "supervisor"
                                << "demo" << 0 << "rows 5 (new 5, replaced 0)";
    QTest::newRow("no password and no terminal") << "operator"
                                                 << "-" << 1 << "set the HOMEWARD_PASSWORD";
    QTest::newRow("wrong password") << "operator"
                                    << "wrong" << 1 << "Wrong user name or password";
    QTest::newRow("unknown user") << "nobody"
                                  << "demo" << 1 << "Wrong user name or password";
}

void MatchCommandTest::importNeedsAPassword()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString database = demo(QStringLiteral("import.sqlite"));
    QMap<QString, QString> env;
    if (password != QLatin1String("-"))
        env.insert(QStringLiteral("HOMEWARD_PASSWORD"), password);
    const Run result =
        run({QStringLiteral("import"), QStringLiteral("--database"), database, QStringLiteral("--registry"),
             write(QStringLiteral("import.csv"), kRegistry), QStringLiteral("--user"), user},
            env);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2((exitCode == 0 ? result.out : result.err).contains(message), qPrintable(result.out + result.err));
    QVERIFY(!(result.out + result.err).contains(QLatin1String("demo\n")));
    auto db = Database::open(database);
    QVERIFY(db);
    QCOMPARE(
        sql::scalar(db.value()->connection(), QStringLiteral("SELECT COUNT(*) FROM registry_person")).value().toInt(),
        exitCode == 0 ? 5 : 0);
}

void MatchCommandTest::importRefusesInvalidRowsAndLeavesTheDatabaseUnchanged()
{
    const QString database = demo(QStringLiteral("invalid.sqlite"));
    {
        // The first open switches a fresh demo file to WAL (its header changes); any open does that.
        auto opened = Database::open(database);
        QVERIFY(opened);
    }
    const QByteArray before = fingerprint(database);
    QByteArray bytes = kRegistry;
    for (int i = 6; i < 2000; ++i)
        bytes += "REG-" + QByteArray::number(i) + ",Бондар,Іван,,1980,M,,,,,,,,\n";
    bytes += "REG-2000,Бондар,Іван,,1980,M,soldier,,,,,,,\n";
    const QString file = write(QStringLiteral("invalid.csv"), bytes);
    const Run result = run({QStringLiteral("import"), QStringLiteral("--database"), database,
                            QStringLiteral("--registry"), file, QStringLiteral("--user"), QStringLiteral("operator")},
                           {{QStringLiteral("HOMEWARD_PASSWORD"), QStringLiteral("demo")}});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(file + QStringLiteral(":2001:7: category: “soldier” is not serviceman or civilian")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("nothing was imported: problems in ") + file + QLatin1String(": 1")),
             qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(fingerprint(database), before);
}

void MatchCommandTest::importRefusesAVerifier()
{
    const QString database = demo(QStringLiteral("verifier.sqlite"));
    const Run result =
        run({QStringLiteral("import"), QStringLiteral("--database"), database, QStringLiteral("--registry"),
             write(QStringLiteral("v.csv"), kRegistry), QStringLiteral("--user"), QStringLiteral("verifier")},
            {{QStringLiteral("HOMEWARD_PASSWORD"), QStringLiteral("demo")}});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("may not import the registry")), qPrintable(result.err));
}

void MatchCommandTest::importRefusesDuplicatesUnlessReplace()
{
    const QString database = demo(QStringLiteral("replace.sqlite"));
    const QString file = write(QStringLiteral("dup.csv"), kRegistry);
    const QStringList arguments = {
        QStringLiteral("import"), QStringLiteral("--database"), database, QStringLiteral("--registry"), file,
        QStringLiteral("--user"), QStringLiteral("operator")};
    const QMap<QString, QString> env{{QStringLiteral("HOMEWARD_PASSWORD"), QStringLiteral("demo")}};
    QCOMPARE(run(arguments, env).exitCode, 0);
    const Run again = run(arguments, env);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(file + QStringLiteral(":2:1: record_id: “REG-1” is already in the registry")),
             qPrintable(again.err));
    QVERIFY2(again.err.contains(QLatin1String(": 5\n")), qPrintable(again.err));
    const Run replaced = run(arguments + QStringList{QStringLiteral("--replace")}, env);
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
    QVERIFY2(replaced.out.contains(QLatin1String("rows 5 (new 0, replaced 5)")), qPrintable(replaced.out));
}

void MatchCommandTest::importCommandLineMistakes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("batch") << QStringList{"import", "--database", "d", "--batch", "1", "f.csv"} << 2
                           << "name your account with --user";
    QTest::newRow("counterpart") << QStringList{"import", "--database", "d", "--counterpart", "1", "f.csv"} << 2
                                 << "name your account with --user";
    QTest::newRow("encoding") << QStringList{"import", "--registry", "--encoding", "cp1251", "f.csv"} << 2
                              << "import needs --database";
    QTest::newRow("delimiter") << QStringList{"import", "--registry", "--delimiter", ";", "f.csv"} << 2
                               << "import needs --database";
    QTest::newRow("no registry") << QStringList{"import", "--database", "d", "f.csv"} << 2
                                 << "import needs one of --batch ID, --registry or --counterpart BATCH_ID";
    QTest::newRow("no file") << QStringList{"import", "--database", "d", "--registry", "--user", "operator"} << 2
                             << "import needs the file";
    QTest::newRow("no user") << QStringList{"import", "--database", "d", "--registry", "f.csv"} << 2
                             << "name your account with --user";
    QTest::newRow("no database") << QStringList{"import", "--registry", "f.csv", "--user", "operator"} << 2
                                 << "import needs --database";
    QTest::newRow("database missing") << QStringList{"import",     "--database", "/nonexistent/x.sqlite",
                                                     "--registry", "f.csv",      "--user",
                                                     "operator"}
                                      << 1 << "there is no database file";
}

void MatchCommandTest::importCommandLineMistakes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(MatchCommandTest)
#include "tst_matchcommand.moc"
