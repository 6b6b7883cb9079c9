// `homeward import --batch`: a broken list prints every problem as FILE:LINE:COLUMN: reason, exits non-zero and
// leaves the database byte for byte as it was; the same list in every encoding, delimiter and XLSX imports the
// same persons.

#include "ProgramRun.h"

#include "io/ListFiles.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;
using homeward::testing::cp1251;
using homeward::testing::kHeader;
using homeward::testing::utf16;

namespace {

constexpr int kDraftBatch = 3;     // the demo database's draft batch, empty
constexpr int kConfirmedBatch = 1; // the demo database's confirmed batch

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "absent";
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    // WAL mode: what is not yet checkpointed lives in the -wal file.
    QFile wal(path + QStringLiteral("-wal"));
    if (wal.open(QIODevice::ReadOnly))
        hash.addData(&wal);
    return hash.result().toHex();
}

// The shared list, but its third person has no patronymic, and sex and category in Russian.
const QList<QStringList> kBatchRows = {
    testing::kRows.at(0), testing::kRows.at(1), {"3", "Гнатюк", "Тарас", "", "1.2.2001", "М", "военнослужащий"}};

QString listText(QChar delimiter, const QString &lineEnd)
{
    return testing::listText(delimiter, lineEnd, kBatchRows);
}

const QByteArray kHead = testing::goodHeader().toUtf8();

} // namespace

class ImportBatchTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void brokenListsChangeNothing_data();
    void brokenListsChangeNothing();
    void sameListInEveryFormat_data();
    void sameListInEveryFormat();
    void importingTwiceRefusesTheDuplicates();
    void registryFromAWindows1251List();
    void oneBadRowAtTheEndOfAHundredThousand();
    void wrongCommandLines_data();
    void wrongCommandLines();
    void helpNamesTheForms();

private:
    using Run = testing::ProgramRun;
    Run run(const QStringList &arguments) const;
    QString write(const QString &name, const QByteArray &bytes);
    QString writeXlsx(const QString &name, const QList<QStringList> &rows);
    QString copyOfDemo(const QString &name);

    QTemporaryDir m_dir;
    QString m_demo;
    int m_files = 0;
};

void ImportBatchTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(HOMEWARD_BINARY)).isExecutable(), HOMEWARD_BINARY);
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Run made = run({QStringLiteral("demo"), m_demo});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    // The first connection after the demo was written checkpoints its write-ahead log on closing, which moves
    // bytes between the files: done here once, so that each case compares a settled database.
    auto settled = Database::open(m_demo);
    QVERIFY2(settled.ok(), qPrintable(settled.text()));
}

ImportBatchTest::Run ImportBatchTest::run(const QStringList &arguments) const
{
    testing::ProgramOptions options;
    options.password = QStringLiteral("demo");
    return testing::runProgram(m_dir.path(), arguments, options);
}

QString ImportBatchTest::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("%1-%2").arg(++m_files).arg(name));
    testing::writeListFile(path, bytes);
    return path;
}

QString ImportBatchTest::writeXlsx(const QString &name, const QList<QStringList> &rows)
{
    const QString path = m_dir.filePath(QStringLiteral("%1-%2").arg(++m_files).arg(name));
    testing::writeListXlsx(path, rows);
    return path;
}

QString ImportBatchTest::copyOfDemo(const QString &name)
{
    const QString path = m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(++m_files).arg(name));
    if (!QFile::copy(m_demo, path))
        qFatal("cannot copy the demo database");
    return path;
}

void ImportBatchTest::brokenListsChangeNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("expected"); // every problem line after "FILE:"

    const auto row = [](const char *text) { return QByteArray(text) + '\n'; };
    const QString dateHint = QStringLiteral(
        " is not a valid date (write YYYY-MM-DD, DD.MM.YYYY or D.M.YYYY; YYYY or MM.YYYY when only partly known)");
    const QStringList none;
    const auto add = [&](const char *tag, const QString &name, const QByteArray &bytes, const QStringList &options,
                         const QStringList &expected) { QTest::newRow(tag) << name << bytes << options << expected; };

    add("empty file", "empty.csv", QByteArray(), none, {"1:1: the file is empty: it has no header row"});
    add("header only", "header.csv", kHead, none, {"2:1: the file has a header but no rows"});
    add("unterminated quote", "quote.csv", kHead + row("Коваленко,\"Іван,1990-01-01,M,civilian"), none,
        {"2:2: unterminated quoted field: the quote that opens it is never closed"});
    add("wrong column count", "count.csv", kHead + row("Коваленко,Іван,1990-01-01,M"), none,
        {"2:5: wrong number of fields: 4 in this row, 5 in the header"});
    add("invalid UTF-8", "utf8.csv", kHead + row("Коваленко,Іван,1990-01-01,M,civ\xC3\x28ilian"),
        {"--encoding", "utf-8"}, {"2:5: invalid UTF-8 (byte 0xC3); save the file as UTF-8"});
    add("mixed encodings", "mixed.csv",
        kHead + row("Коваленко,Іван,1990-01-01,M,civilian") +
            cp1251(QStringLiteral("Шевчук,Ганна,1975-03-08,F,civilian\n")),
        none,
        {"3:1: the file mixes encodings: line 1 is UTF-8 but this line is not (byte 0xD8); save the list again in "
         "one encoding"});
    add("NUL byte", "nul.csv", kHead + "Коваленко,Іван,1990-01-01,M,civ" + QByteArray(1, '\0') + "ilian\n", none,
        {"2:5: a NUL character: this is not a UTF-8 text file (perhaps UTF-16 or a binary file)"});
    add("1 MB line", "long.csv", kHead + "Коваленко," + QByteArray(1024 * 1024, 'a') + ",1990-01-01,M,civilian\n", none,
        {"2:2: Ім'я: too long (1048576 characters, at most 200)"});
    add("unknown header", "unknown.csv",
        QByteArray("Прізвище,Ім'я,Прізвисько,Стать,Категорія\n") + row("Коваленко,Іван,Коваль,M,civilian"), none,
        {"1:3: unknown column “Прізвисько”: map it to a field or leave it out explicitly"});
    add("duplicate header", "twice.csv",
        QByteArray("Прізвище,Фамилия,Ім'я,Стать,Категорія\n") + row("Коваленко,Коваленко,Іван,M,civilian"), none,
        {"1:2: column “Фамилия” and column 1 (“Прізвище”) are both mapped to surname"});
    add("missing required column", "required.csv",
        QByteArray("Прізвище,Ім'я,Категорія\n") + row("Коваленко,Іван,civilian"), none,
        {"1:1: the required column sex (Sex) is missing"});
    add("31.02.1990", "feb.csv", kHead + row("Коваленко,Іван,31.02.1990,M,civilian"), none,
        {"2:3: Дата народження: “31.02.1990”" + dateHint});
    add("1990-13-01", "month.csv", kHead + row("Коваленко,Іван,1990-13-01,M,civilian"), none,
        {"2:3: Дата народження: “1990-13-01”" + dateHint});
    add("future date", "future.csv", kHead + row("Коваленко,Іван,01.01.2999,M,civilian"), none,
        {"2:3: Дата народження: “01.01.2999” is in the future"});
    add("bad sex", "sex.csv", kHead + row("Коваленко,Іван,1990-01-01,Y,civilian"), none,
        {"2:4: Стать: “Y” is not a sex (M or F; Ч or Ж; М or Ж)"});
    add("bad category", "category.csv", kHead + row("Коваленко,Іван,1990-01-01,M,полонений"), none,
        {"2:5: Категорія: “полонений” is not a category (serviceman or civilian; військовослужбовець or цивільний; "
         "военнослужащий or гражданский)"});
    add("look-alike Latin letters", "latin.csv", kHead + row("Кoвaленкo,Іван,1990-01-01,M,civilian"), none,
        {"2:1: Прізвище: The name mixes Cyrillic and Latin letters: Latin “o” at position 2"});
    add("formula in a name", "formula.csv", kHead + row("=CMD(\"\"calc\"\"),Іван,1990-01-01,M,civilian"), none,
        {"2:1: a quote inside a field that does not begin with a quote (put the whole field in quotes and double "
         "the quote: \"\")"});
    add("quoted formula in a name", "formula2.csv", kHead + row("\"=1+2\",Іван,1990-01-01,M,civilian"), none,
        {"2:1: Прізвище: Character “=” at position 1 is not allowed in a name"});
    add("UTF-16 BOM read as UTF-8", "bom16.csv", utf16(QString::fromUtf8(kHead), false), {"--encoding", "utf-8"},
        {"1:1: the file is UTF-16 (it begins with a UTF-16 byte-order mark); save it as UTF-8"});
    add("UTF-16 cut in a character", "cut16.csv",
        utf16(QString::fromUtf8(kHead) + QStringLiteral("Коваленко,Іван,1990-01-01,M,civilian\n"), false) + "A", none,
        {"3:1: the file ends in the middle of a UTF-16 character"});
    add("UTF-32 BOM", "bom32.csv", QByteArray("\xFF\xFE\x00\x00P\x00\x00\x00", 8), none,
        {"1:1: a NUL character: the file is not text"});
    add("UTF-8 BOM, header only", "bom8.csv", "\xEF\xBB\xBF" + kHead, none, {"2:1: the file has a header but no rows"});
    add("wrong delimiter chosen", "delim.csv", kHead + row("Коваленко,Іван,1990-01-01,M,civilian"),
        {"--delimiter", "semicolon"},
        {"1:1: unknown column “Прізвище,Ім'я,Дата народження,Стать,Категорія”: map it to a field or leave it out "
         "explicitly",
         "1:1: the required column surname (Surname) is missing",
         "1:1: the required column given_name (Given name) is missing", "1:1: the required column sex (Sex) is missing",
         "1:1: the required column category (Category) is missing"});
    add("undefined Windows-1251 byte", "cp.csv",
        cp1251(QString::fromUtf8(kHead)) + cp1251(QStringLiteral("Шевчук,Ганна")) + "\x98,1975-03-08,F,civilian\n",
        {"--encoding", "windows-1251"}, {"2:2: byte 0x98 is not a character of Windows-1251"});
    add("repeated row in the list", "repeat.csv",
        kHead + row("Коваленко,Іван,1990-01-01,M,civilian") + row("Коваленко,Іван,1990-01-01,M,civilian"), none,
        {"3:1: Коваленко Іван, 01.01.1990 repeats line 2 of this list (same surname, given name and date of birth); "
         "skip the row or keep both"});
    add("several problems", "several.csv",
        kHead + row("Коваленко,Іван,31.02.1990,X,civilian") + row("Шевчук,Ганна,1975-03-08,F,pilot"), none,
        {"2:3: Дата народження: “31.02.1990”" + dateHint, "2:4: Стать: “X” is not a sex (M or F; Ч or Ж; М or Ж)",
         "3:5: Категорія: “pilot” is not a category (serviceman or civilian; військовослужбовець or цивільний; "
         "военнослужащий or гражданский)"});
    add("empty given name", "empty.csv", kHead + row("Коваленко,,1990-01-01,M,civilian"), none,
        {"2:2: Ім'я: required, but empty"});
    add("XLSX that is not a zip", "list.xlsx", kHead + row("Коваленко,Іван,1990-01-01,M,civilian"), none,
        {"1:1: %1 is not an .xlsx workbook (it is not a zip file, or it is cut short)"});
    add("truncated XLSX", "cut.xlsx", QByteArray("truncate"), none,
        {"1:1: %1 is not an .xlsx workbook (it is not a zip file, or it is cut short)"});
    add("formula in an XLSX name", "formula.xlsx", QByteArray("formula"), none,
        {"2:1: Прізвище: Character “=” at position 1 is not allowed in a name"});
    add("confirmed batch", "confirmed.csv", kHead + row("Коваленко,Іван,1990-01-01,M,civilian"),
        {"--batch", QString::number(kConfirmedBatch)}, {});
}

void ImportBatchTest::brokenListsChangeNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, options);
    QFETCH(QStringList, expected);
    QString path;
    if (bytes == "truncate") {
        const QString whole = writeXlsx(QStringLiteral("whole.xlsx"), {{"Прізвище", "Ім'я", "Стать", "Категорія"},
                                                                       {"Коваленко", "Іван", "M", "civilian"}});
        QFile file(whole);
        QVERIFY(file.open(QIODevice::ReadOnly));
        path = write(name, file.readAll().left(1200));
    } else if (bytes == "formula") {
        path = writeXlsx(name, {{"Прізвище", "Ім'я", "Стать", "Категорія"}, {"=1+2", "Іван", "M", "civilian"}});
    } else {
        path = write(name, bytes);
    }
    QStringList arguments{QStringLiteral("import"), QStringLiteral("--database"), m_demo, path,
                          QStringLiteral("--user"), QStringLiteral("operator")};
    if (!options.contains(QStringLiteral("--batch")))
        arguments << QStringLiteral("--batch") << QString::number(kDraftBatch);
    arguments += options;

    const QByteArray before = fingerprint(m_demo);
    const Run result = run(arguments);
    QCOMPARE(fingerprint(m_demo), before);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    QStringList problems;
    for (const QString &line : result.err.split(QLatin1Char('\n')))
        if (line.startsWith(path + QLatin1Char(':')))
            problems << line.mid(path.size() + 1);
    QStringList wanted;
    for (const QString &line : expected)
        wanted << (line.contains(QLatin1String("%1")) ? line.arg(path) : line);
    QCOMPARE(problems, wanted);
    QVERIFY2(result.err.contains(QLatin1String("nothing was imported")), qPrintable(result.err));
}

void ImportBatchTest::sameListInEveryFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("format");
    QTest::newRow("Windows-1251, semicolon") << "list.csv" << cp1251(listText(QLatin1Char(';'), QStringLiteral("\r\n")))
                                             << QStringList() << "Windows-1251, semicolon";
    QTest::newRow("UTF-16LE, tab") << "list.txt" << utf16(listText(QLatin1Char('\t'), QStringLiteral("\r\n")), false)
                                   << QStringList() << "UTF-16LE with byte-order mark, tab";
    QTest::newRow("UTF-8 BOM, comma") << "list.csv"
                                      << "\xEF\xBB\xBF" + listText(QLatin1Char(','), QStringLiteral("\n")).toUtf8()
                                      << QStringList() << "UTF-8 with byte-order mark, comma";
    QTest::newRow("Windows-1251 chosen") << "list.csv" << cp1251(listText(QLatin1Char(';'), QStringLiteral("\n")))
                                         << QStringList{"--encoding", "cp1251", "--delimiter", ";"}
                                         << "Windows-1251, semicolon";
    QTest::newRow("XLSX") << "list.xlsx" << QByteArray() << QStringList() << "XLSX";
}

void ImportBatchTest::sameListInEveryFormat()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, options);
    QFETCH(QString, format);
    QString path;
    if (name.endsWith(QLatin1String(".xlsx"))) {
        QList<QStringList> rows{kHeader};
        rows += kBatchRows;
        path = writeXlsx(name, rows);
    } else {
        path = write(name, bytes);
    }
    const QString database = copyOfDemo(QStringLiteral("formats"));
    const Run result = run(QStringList{"import", "--database", database, "--batch", QString::number(kDraftBatch), path,
                                       "--user", "operator"} +
                           options);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.startsWith(QStringLiteral("Imported into batch %1 from %2 (%3): persons 3; SHA-256 ")
                                       .arg(kDraftBatch)
                                       .arg(path, format)),
             qPrintable(result.out));

    QStringList stored;
    {
        auto db = Database::open(database);
        QVERIFY2(db.ok(), qPrintable(db.text()));
        auto query =
            sql::run(db.value()->connection(),
                     QStringLiteral("SELECT p.record_id, p.surname, p.given_name, p.patronymic, p.birth_date, "
                                    "p.sex, p.category FROM person p JOIN batch_member m ON m.person_id = p.id "
                                    "WHERE m.batch_id = ? ORDER BY m.position"),
                     {kDraftBatch});
        QVERIFY(query.ok());
        while (query.value().next()) {
            QStringList fields;
            for (int i = 0; i < 7; ++i)
                fields << query.value().value(i).toString();
            stored << fields.join(QLatin1Char('|'));
        }
    }
    QCOMPARE(stored, (QStringList{"1|Коваленко|Олександр|Петрович|1990-05-17|M|serviceman",
                                  "2|Шевчук|Ганна|Михайлівна|1975-03-08|F|civilian",
                                  "3|Гнатюк|Тарас||2001-02-01|M|serviceman"}));
    const Run audit = run({QStringLiteral("verify-audit"), QStringLiteral("--database"), database});
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.err + audit.out));
}

void ImportBatchTest::importingTwiceRefusesTheDuplicates()
{
    const QString path = write(QStringLiteral("twice.csv"), listText(QLatin1Char(','), QStringLiteral("\n")).toUtf8());
    const QString database = copyOfDemo(QStringLiteral("twice"));
    const QStringList arguments{"import", "--database", database,  "--batch", QString::number(kDraftBatch),
                                path,     "--user",     "operator"};
    const Run first = run(arguments);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QByteArray before = fingerprint(database);
    const Run second = run(arguments);
    QCOMPARE(fingerprint(database), before);
    QCOMPARE(second.exitCode, 1);
    const QStringList lines = second.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith(path + QStringLiteral(":2:2: Коваленко Олександр Петрович, 17.05.1990 is already "
                                                          "in the batch (person ")),
             qPrintable(lines.at(0)));
    QVERIFY(lines.at(2).startsWith(path + QStringLiteral(":4:2: Гнатюк Тарас, 01.02.2001 is already in the batch")));
    QVERIFY(lines.at(3).contains(QLatin1String("nothing was imported: problems in")));
}

void ImportBatchTest::registryFromAWindows1251List()
{
    const QString path =
        write(QStringLiteral("registry.csv"), cp1251(listText(QLatin1Char(';'), QStringLiteral("\r\n"))));
    const QString database = copyOfDemo(QStringLiteral("registry"));
    const QStringList arguments{"import",       "--database", database, "--registry", "--encoding",
                                "windows-1251", path,         "--user", "operator"};
    const Run first = run(arguments);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(QLatin1String("(Windows-1251, semicolon): rows 3 (new 3, replaced 0)")),
             qPrintable(first.out));
    // Again: every record id is already in the registry, named at the list's own lines.
    const QByteArray before = fingerprint(database);
    const Run second = run(arguments);
    QCOMPARE(fingerprint(database), before);
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.startsWith(path + QStringLiteral(":2:1: record_id: “1” is already in the registry")),
             qPrintable(second.err));
    QVERIFY(second.err.contains(path + QStringLiteral(":4:1: record_id: “3” is already in the registry")));
}

void ImportBatchTest::oneBadRowAtTheEndOfAHundredThousand()
{
    // 100,000 different persons (five surnames, 20,000 dates of birth each), then one bad date.
    QByteArray bytes = kHead;
    bytes.reserve(7 * 1024 * 1024);
    const QDate first(1940, 1, 1);
    const QStringList surnames{"Коваленко", "Шевчук", "Мельник", "Бондаренко", "Ткаченко"};
    for (int i = 0; i < 100000; ++i)
        bytes += QStringLiteral("%1,Іван,%2,M,civilian\n")
                     .arg(surnames.at(i / 20000), first.addDays(i % 20000).toString(Qt::ISODate))
                     .toUtf8();
    bytes += "Шевчук,Ганна,31.02.1990,F,civilian\n";
    const QString path = write(QStringLiteral("big.csv"), bytes);
    const QByteArray before = fingerprint(m_demo);
    QElapsedTimer timer;
    timer.start();
    const Run result =
        run({"import", "--database", m_demo, "--batch", QString::number(kDraftBatch), path, "--user", "operator"});
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(fingerprint(m_demo), before);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(path + QStringLiteral(":100002:3: Дата народження: “31.02.1990” is not a valid date")),
             qPrintable(result.err.right(600)));
    qInfo("100,001 rows checked and refused in %lld ms", elapsed);
}

void ImportBatchTest::wrongCommandLines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("counterpart without a user")
        << QStringList{"import",     "--database", "d",           "--counterpart", "1",
                       "--encoding", "cp1251",     "--delimiter", "tab",           "f.csv"}
        << 2 << "name your account with --user";
    QTest::newRow("counterpart not a number") << QStringList{"import", "--database", "d", "--counterpart", "b", "f.csv"}
                                              << 2 << "--counterpart needs the number of a batch, not b";
    QTest::newRow("unknown encoding") << QStringList{"import", "--database", "d",      "--counterpart",
                                                     "1",      "--encoding", "koi8-u", "f.csv"}
                                      << 2 << "unknown encoding koi8-u";
    QTest::newRow("unknown delimiter") << QStringList{"import", "--database",  "d", "--batch",
                                                      "3",      "--delimiter", "|", "f.csv"}
                                       << 2 << "unknown delimiter |";
    QTest::newRow("no target") << QStringList{"import", "--database", "d", "f.csv"} << 2
                               << "import needs one of --batch ID, --registry or --counterpart BATCH_ID";
    QTest::newRow("two targets") << QStringList{"import", "--database", "d", "--batch", "3", "--registry", "f.csv"} << 2
                                 << "import takes only one of --batch, --registry and --counterpart";
    QTest::newRow("batch not a number") << QStringList{"import", "--database", "d", "--batch", "x", "f.csv"} << 2
                                        << "--batch needs the number of a batch, not x";
    QTest::newRow("replace with batch") << QStringList{"import", "--database", "d",    "--batch",
                                                       "3",      "--replace",  "f.csv"}
                                        << 2 << "--replace is for a registry import";
    QTest::newRow("category with registry")
        << QStringList{"import", "--database", "d", "--registry", "--category", "civilian", "f.csv"} << 2
        << "--category is for a batch import";
    QTest::newRow("unknown batch") << QStringList{"import", "--database", "DEMO",   "--batch",
                                                  "99",     "LIST",       "--user", "operator"}
                                   << 1 << "nothing was imported: There is no batch 99";
}

void ImportBatchTest::wrongCommandLines()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString list = write(QStringLiteral("list.csv"), listText(QLatin1Char(','), QStringLiteral("\n")).toUtf8());
    arguments.replaceInStrings(QStringLiteral("DEMO"), m_demo);
    arguments.replaceInStrings(QStringLiteral("LIST"), list);
    const QByteArray before = fingerprint(m_demo);
    const Run result = run(arguments);
    QCOMPARE(fingerprint(m_demo), before);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

void ImportBatchTest::helpNamesTheForms()
{
    const Run result = run({QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char *text : {"--batch ID", "--registry", "--encoding", "--delimiter", "Windows-1251", ".xlsx",
                             "FILE:LINE:COLUMN: reason", "line-N", "--counterpart"})
        QVERIFY2(result.out.contains(QLatin1String(text)), text);
}

QTEST_GUILESS_MAIN(ImportBatchTest)
#include "tst_importbatch.moc"
