#include "io/CsvWriter.h"
#include "io/InterchangeCsv.h"

#include "domain/Validation.h"

#include <QBuffer>
#include <QTest>

using namespace homeward;

namespace {

const QDate kToday(2025, 6, 1);
// A valid row in the standard column order; `changes` maps column numbers (1-based) to other values.
QByteArray row(const QMap<int, QString> &changes = {}, const QString &recordId = QStringLiteral("R1"))
{
    QStringList fields = {recordId,
                          QStringLiteral("Коваленко"),
                          QStringLiteral("Олександр"),
                          QStringLiteral("Петрович"),
                          QStringLiteral("1990-05-17"),
                          QStringLiteral("M"),
                          QStringLiteral("serviceman"),
                          QStringLiteral("солдат"),
                          QStringLiteral("в/ч А0000"),
                          QStringLiteral("АА123456"),
                          QStringLiteral("ВК000001"),
                          QStringLiteral("Київ"),
                          QStringLiteral("Київська"),
                          QStringLiteral("")};
    for (auto it = changes.begin(); it != changes.end(); ++it)
        fields[it.key() - 1] = it.value();
    QStringList escaped;
    for (const QString &f : fields)
        escaped << CsvWriter::escaped(f);
    return escaped.join(QLatin1Char(',')).toUtf8() + '\n';
}

QByteArray header()
{
    return InterchangeCsv::columnNames().join(QLatin1Char(',')).toUtf8() + '\n';
}

struct Read {
    InterchangeCsv::Outcome outcome;
    QList<InterchangeRow> rows;
    QStringList problems; // "LINE:COLUMN: reason"
};

Read read(const QByteArray &bytes, InterchangeRules rules = {})
{
    rules.today = kToday;
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    Read result;
    result.outcome = InterchangeCsv::read(buffer, rules, [&result](const InterchangeRow &r) {
        result.rows << r;
        return true;
    });
    for (const auto &p : result.outcome.problems)
        result.problems << QStringLiteral("%1:%2: %3").arg(p.line).arg(p.column).arg(p.reason);
    return result;
}

} // namespace

class InterchangeTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void headerProblems_data();
    void headerProblems();
    void columnOrderMayDiffer();
    void rowProblems_data();
    void rowProblems();
    void lineNumbersCountLineBreaksInFields();
    void validRowsArePassedEvenWhenOthersFail();
    void listRulesKeepLookAlikes();
    void valuesAreCleaned();
    void callbackCancels();
    void problemTextNamesFileLineColumn();
    void roundTrip();
    void matchRecord();
};

void InterchangeTest::headerProblems_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("problems");
    const QString columns = InterchangeCsv::columnNames().join(QLatin1Char(','));
    QTest::newRow("empty file") << QByteArray() << QStringList{"1:1: the file is empty: it has no header row"};
    QTest::newRow("byte-order mark only")
        << QByteArray("\xEF\xBB\xBF") << QStringList{"1:1: the file is empty: it has no header row"};
    QTest::newRow("empty first line") << QByteArray("\nR1,x\n")
                                      << QStringList{"1:1: the first line is empty; it must be the header row (" +
                                                     columns + ")"};
    QTest::newRow("header only") << header() << QStringList{"2:1: the file has a header but no rows"};
    QTest::newRow("header only, trailing empty lines") << header() + "\n\n"
                                                       << QStringList{"2:1: the file has a header but no rows"};
    QTest::newRow("missing surname") << QByteArray("record_id,given_name\nR1,Олег\n")
                                     << QStringList{"1:1: the required column surname is missing from the header"};
    QTest::newRow("missing two") << QByteArray("surname\nКоваль\n")
                                 << QStringList{"1:1: the required column record_id is missing from the header",
                                                "1:1: the required column given_name is missing from the header"};
    QTest::newRow("unknown column") << QByteArray("record_id,surname,given_name,DOB\nR1,Коваль,Олег,1990\n")
                                    << QStringList{
                                           "1:4: unknown column “DOB” (the interchange columns are: " + columns + ")"};
    QTest::newRow("unnamed column") << QByteArray("record_id,surname,,given_name\nR1,Коваль,x,Олег\n")
                                    << QStringList{"1:3: column 3 has no name in the header"};
    QTest::newRow("duplicate column") << QByteArray("record_id,surname,surname,given_name\nR1,Коваль,Коваль,Олег\n")
                                      << QStringList{"1:3: the column surname appears twice (also column 2)"};
    QTest::newRow("broken quote in the header")
        << QByteArray("record_id,\"surname\n")
        << QStringList{"1:2: unterminated quoted field: the quote that opens it is never closed"};
}

void InterchangeTest::headerProblems()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, problems);
    const Read result = read(input);
    QCOMPARE(result.problems, problems);
    QCOMPARE(result.outcome.problemCount, problems.size());
    QVERIFY(!result.outcome.ok());
    QVERIFY(result.rows.isEmpty());
}

void InterchangeTest::columnOrderMayDiffer()
{
    const Read result = read("Given_Name , SURNAME,record_id,sex\nОлег,Коваль,R7,f\n");
    QVERIFY2(result.outcome.ok(), qPrintable(result.problems.join(QLatin1Char('\n'))));
    QCOMPARE(result.rows.size(), 1);
    const InterchangeRow &r = result.rows.constFirst();
    QCOMPARE(r.line, 2);
    QCOMPARE(r.recordIdColumn, 3);
    QCOMPARE(r.person.recordId, QStringLiteral("R7"));
    QCOMPARE(r.person.surname, QStringLiteral("Коваль"));
    QCOMPARE(r.person.givenName, QStringLiteral("Олег"));
    QVERIFY(r.sexKnown);
    QCOMPARE(r.person.sex, Sex::Female);
    QVERIFY(!r.categoryKnown);
    QVERIFY(r.person.birthDate.isNull());
}

void InterchangeTest::rowProblems_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QStringList>("problems");
    const QString dateHelp =
        QStringLiteral(" is not a valid date (write YYYY-MM-DD or DD.MM.YYYY; YYYY or YYYY-MM when only partly known)");

    QTest::newRow("31 February") << row({{5, "31.02.1990"}}) << QStringList{"2:5: birth_date: “31.02.1990”" + dateHelp};
    QTest::newRow("month 13") << row({{5, "1990-13-01"}}) << QStringList{"2:5: birth_date: “1990-13-01”" + dateHelp};
    QTest::newRow("American date") << row({{5, "05/17/1990"}})
                                   << QStringList{"2:5: birth_date: “05/17/1990”" + dateHelp};
    QTest::newRow("future date") << row({{5, "2030-01-01"}})
                                 << QStringList{"2:5: birth_date: “2030-01-01” is in the future"};
    QTest::newRow("bad sex") << row({{6, "X"}}) << QStringList{"2:6: sex: “X” is not M or F"};
    QTest::newRow("Cyrillic sex letter") << row({{6, "Ч"}}) << QStringList{"2:6: sex: “Ч” is not M or F"};
    QTest::newRow("bad category") << row({{7, "soldier"}})
                                  << QStringList{"2:7: category: “soldier” is not serviceman or civilian"};
    QTest::newRow("empty surname") << row({{2, "  "}}) << QStringList{"2:2: surname: required, but empty"};
    QTest::newRow("empty record_id") << row({{1, ""}}) << QStringList{"2:1: record_id: required, but empty"};
    QTest::newRow("record_id with a space")
        << row({{1, "R 1"}}) << QStringList{"2:1: record_id: “R 1” contains a space"};
    QTest::newRow("record_id too long") << row({{1, QString(65, QLatin1Char('x'))}})
                                        << QStringList{"2:1: record_id: too long (65 characters, at most 64)"};
    QTest::newRow("rank too long") << row({{8, QString(201, QChar(0x0430))}})
                                   << QStringList{"2:8: rank: too long (201 characters, at most 200)"};
    QTest::newRow("control character") << row({{9, "в\aч"}})
                                       << QStringList{
                                              "2:9: unit: control character U+0007 at position 2 is not allowed"};
    QTest::newRow("too few fields") << QByteArray("R1,Коваль,Олег\n")
                                    << QStringList{"2:4: wrong number of fields: 3 in this row, 14 in the header"};
    QTest::newRow("too many fields") << row().chopped(1) + ",extra\n"
                                     << QStringList{"2:15: wrong number of fields: 15 in this row, 14 in the header"};
    const QString lookAlike = QStringLiteral("Ков\u0061ленко"); // Latin "a"
    QTest::newRow("look-alike Latin letter in a Cyrillic surname")
        << row({{2, lookAlike}}) << QStringList{"2:2: surname: " + *text::nameProblem(lookAlike)};
    QTest::newRow("digit in a given name")
        << row({{3, "Олег2"}}) << QStringList{"2:3: given_name: " + *text::nameProblem("Олег2")};
    QTest::newRow("duplicate record_id") << row() + row({}, "R2") + row({}, "R1")
                                         << QStringList{"4:1: record_id: “R1” is already used on line 2"};
    QTest::newRow("several problems in one row")
        << row({{5, "1990-02-30"}, {6, "male"}, {7, ""}})
        << QStringList{"2:5: birth_date: “1990-02-30”" + dateHelp, "2:6: sex: “male” is not M or F"};
    QTest::newRow("problems on several rows")
        << row() + row({{6, "?"}}, "R2") + row({}, "R3") + row({{2, ""}}, "R4")
        << QStringList{"3:6: sex: “?” is not M or F", "5:2: surname: required, but empty"};
    QTest::newRow("broken quote in a row")
        << row() + "R2,\"Коваль\"x,Олег\n"
        << QStringList{"3:2: " + QStringLiteral("text after the closing quote of a quoted field "
                                                "(a quote inside a quoted field must be doubled: "
                                                "\"\")")};
    QTest::newRow("invalid UTF-8 in a row") << row() + "R2,\xCA\xEE\xE2,Олег\n"
                                            << QStringList{"3:2: invalid UTF-8 (byte 0xCA); save the file as UTF-8"};
}

void InterchangeTest::rowProblems()
{
    QFETCH(QByteArray, rows);
    QFETCH(QStringList, problems);
    const Read result = read(header() + rows);
    QCOMPARE(result.problems, problems);
    QVERIFY(!result.outcome.ok());
}

void InterchangeTest::lineNumbersCountLineBreaksInFields()
{
    const Read result = read(header() + row({{14, "first\nsecond\nthird"}}) + row({{6, "Z"}}, "R2"));
    QCOMPARE(result.problems, QStringList{"5:6: sex: “Z” is not M or F"});
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rows.constFirst().person.notes, QStringLiteral("first\nsecond\nthird"));
}

void InterchangeTest::validRowsArePassedEvenWhenOthersFail()
{
    const Read result = read(header() + row() + row({{6, "?"}}, "R2") + "\n" + row({}, "R3"));
    QCOMPARE(result.outcome.rows, 2);
    QCOMPARE(result.outcome.problemCount, 1);
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(0).line, 2);
    QCOMPARE(result.rows.at(1).line, 5); // the empty line 4 is skipped
    QVERIFY(!result.outcome.ok());
}

void InterchangeTest::listRulesKeepLookAlikes()
{
    InterchangeRules rules;
    rules.strictNames = false;
    const QString lookAlike = QStringLiteral("Ков\u0061ленко");
    const Read result = read(header() + row({{2, lookAlike}}), rules);
    QVERIFY2(result.outcome.ok(), qPrintable(result.problems.join(QLatin1Char('\n'))));
    QCOMPARE(result.rows.constFirst().person.surname, lookAlike);
}

void InterchangeTest::valuesAreCleaned()
{
    const Read result = read(header() + row({{2, "  Коваленко \t "},
                                             {3, "Олег\u00A0 Іван"},
                                             {5, "17.5.1990"},
                                             {6, "m"},
                                             {7, "Civilian"},
                                             {14, "  note\n  with indent  "}}));
    QVERIFY2(result.outcome.ok(), qPrintable(result.problems.join(QLatin1Char('\n'))));
    const Person &p = result.rows.constFirst().person;
    QCOMPARE(p.surname, QStringLiteral("Коваленко"));
    QCOMPARE(p.givenName, QStringLiteral("Олег Іван"));
    QCOMPARE(p.birthDate, PartialDate::fromDate(QDate(1990, 5, 17)));
    QCOMPARE(p.sex, Sex::Male);
    QCOMPARE(p.category, Category::Civilian);
    QCOMPARE(p.notes, QStringLiteral("note\n  with indent"));
}

void InterchangeTest::callbackCancels()
{
    QByteArray input = header();
    for (int i = 0; i < 10; ++i)
        input += row({}, QStringLiteral("R%1").arg(i));
    QByteArray copy = input;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    int seen = 0;
    const auto outcome =
        InterchangeCsv::read(buffer, InterchangeRules{}, [&seen](const InterchangeRow &) { return ++seen < 3; });
    QVERIFY(outcome.cancelled);
    QVERIFY(!outcome.ok());
    QCOMPARE(seen, 3);
}

void InterchangeTest::problemTextNamesFileLineColumn()
{
    const InterchangeProblem problem{12, 5, QStringLiteral("birth_date: “x” is not a valid date")};
    QCOMPARE(problem.text(QStringLiteral("list.csv")),
             QStringLiteral("list.csv:12:5: birth_date: “x” is not a valid date"));
}

void InterchangeTest::roundTrip()
{
    QList<InterchangeRow> rows;
    {
        InterchangeRow r;
        r.line = 2;
        r.person.recordId = QStringLiteral("UA-000001");
        r.person.surname = QStringLiteral("Мар'яненко");
        r.person.givenName = QStringLiteral("Ганна");
        r.person.birthDate = PartialDate::fromYearMonth(1985, 3);
        r.person.sex = Sex::Female;
        r.sexKnown = true;
        r.person.category = Category::Civilian;
        r.categoryKnown = true;
        r.person.birthPlace = QStringLiteral("Маріуполь, Донецька обл.");
        r.person.notes = QStringLiteral("line one\nline \"two\"");
        rows << r;
    }
    {
        InterchangeRow r;
        r.line = 4; // the notes above take two lines
        r.person.recordId = QStringLiteral("UA-000002");
        r.person.surname = QStringLiteral("Shevchenko");
        r.person.givenName = QStringLiteral("Taras");
        r.person.patronymic = QStringLiteral("Hryhorovych");
        r.person.birthDate = PartialDate::fromDate(QDate(1990, 1, 31));
        r.person.rank = QStringLiteral("-1"); // kept as it is
        r.person.unit = QStringLiteral("=A1");
        r.person.serviceNumber = QStringLiteral("АА-123/45");
        rows << r;
    }
    QByteArray bytes;
    QBuffer out(&bytes);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY2(InterchangeCsv::write(out, rows, &error), qPrintable(error));
    out.close();
    QVERIFY(bytes.startsWith(header()));

    const Read result = read(bytes);
    QVERIFY2(result.outcome.ok(), qPrintable(result.problems.join(QLatin1Char('\n'))));
    QCOMPARE(result.rows.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(result.rows.at(i).line, rows.at(i).line);
        QCOMPARE(result.rows.at(i).person, rows.at(i).person);
        QCOMPARE(result.rows.at(i).sexKnown, rows.at(i).sexKnown);
        QCOMPARE(result.rows.at(i).categoryKnown, rows.at(i).categoryKnown);
        QCOMPARE(InterchangeCsv::fields(result.rows.at(i)), InterchangeCsv::fields(rows.at(i)));
    }
}

void InterchangeTest::matchRecord()
{
    const Read result = read(header() + row() + row({{6, ""}}, "R2"));
    QVERIFY(result.outcome.ok());
    const names::MatchRecord first = InterchangeCsv::toMatchRecord(result.rows.at(0));
    QCOMPARE(first.recordId, QStringLiteral("R1"));
    QCOMPARE(first.surname, QStringLiteral("Коваленко"));
    QCOMPARE(first.givenName, QStringLiteral("Олександр"));
    QCOMPARE(first.patronymic, QStringLiteral("Петрович"));
    QCOMPARE(first.birthDate, PartialDate::fromDate(QDate(1990, 5, 17)));
    QCOMPARE(first.sex, QLatin1Char('M'));
    QCOMPARE(first.serviceNumber, QStringLiteral("АА123456"));
    QCOMPARE(first.documentNumber, QStringLiteral("ВК000001"));
    QCOMPARE(first.birthPlace, QStringLiteral("Київ"));
    QVERIFY(InterchangeCsv::toMatchRecord(result.rows.at(1)).sex.isNull());
}

QTEST_GUILESS_MAIN(InterchangeTest)
#include "tst_interchange.moc"
