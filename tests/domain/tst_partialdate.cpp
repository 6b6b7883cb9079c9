#include "domain/PartialDate.h"

#include <QTest>

using namespace homeward;

Q_DECLARE_METATYPE(homeward::PartialDate::Precision)

class PartialDateTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesAcceptedForms_data();
    void parsesAcceptedForms();
    void rejectsInvalidText_data();
    void rejectsInvalidText();
    void emptyTextGivesEmptyDate();
    void roundTrips_data();
    void roundTrips();
    void rangeCoversTheUnknownPart_data();
    void rangeCoversTheUnknownPart();
    void factoriesMatchParsing();
};

void PartialDateTest::parsesAcceptedForms_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<PartialDate::Precision>("precision");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QString>("display");

    using P = PartialDate::Precision;
    QTest::newRow("YYYY") << "1990" << P::Year << 1990 << 0 << 0 << "1990"
                          << "1990";
    QTest::newRow("YYYY-MM") << "1990-05" << P::Month << 1990 << 5 << 0 << "1990-05"
                             << "05.1990";
    QTest::newRow("YYYY-MM-DD") << "1990-05-17" << P::Day << 1990 << 5 << 17 << "1990-05-17"
                                << "17.05.1990";
    QTest::newRow("MM.YYYY") << "05.1990" << P::Month << 1990 << 5 << 0 << "1990-05"
                             << "05.1990";
    QTest::newRow("M.YYYY") << "5.1990" << P::Month << 1990 << 5 << 0 << "1990-05"
                            << "05.1990";
    QTest::newRow("DD.MM.YYYY") << "17.05.1990" << P::Day << 1990 << 5 << 17 << "1990-05-17"
                                << "17.05.1990";
    QTest::newRow("D.M.YYYY") << "7.5.1990" << P::Day << 1990 << 5 << 7 << "1990-05-07"
                              << "07.05.1990";
    QTest::newRow("leap day") << "29.02.2024" << P::Day << 2024 << 2 << 29 << "2024-02-29"
                              << "29.02.2024";
    QTest::newRow("surrounding spaces") << "  1990-05 " << P::Month << 1990 << 5 << 0 << "1990-05"
                                        << "05.1990";
    QTest::newRow("earliest year") << "1800" << P::Year << 1800 << 0 << 0 << "1800"
                                   << "1800";
}

void PartialDateTest::parsesAcceptedForms()
{
    QFETCH(QString, input);
    QFETCH(PartialDate::Precision, precision);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QString, iso);
    QFETCH(QString, display);

    const auto parsed = PartialDate::parse(input);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->precision(), precision);
    QCOMPARE(parsed->year(), year);
    QCOMPARE(parsed->month(), month);
    QCOMPARE(parsed->day(), day);
    QCOMPARE(parsed->toIso(), iso);
    QCOMPARE(parsed->toDisplay(), display);
    QVERIFY(!parsed->isNull());
    QCOMPARE(parsed->isPartial(), precision != PartialDate::Precision::Day);
}

void PartialDateTest::rejectsInvalidText_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("31 February") << "31.02.1990";
    QTest::newRow("29 February, common year") << "2023-02-29";
    QTest::newRow("month 13") << "2024-13";
    QTest::newRow("month 0") << "2024-00";
    QTest::newRow("day 0") << "00.05.1990";
    QTest::newRow("day 32") << "1990-01-32";
    QTest::newRow("dotted month 13") << "13.1990";
    QTest::newRow("letters") << "abc";
    QTest::newRow("year before 1800") << "1799";
    QTest::newRow("two-digit year") << "17.05.90";
    QTest::newRow("slashes") << "17/05/1990";
    QTest::newRow("ISO with single-digit month") << "1990-5-17";
    QTest::newRow("trailing garbage") << "1990-05-17x";
    QTest::newRow("five-digit year") << "19900";
    QTest::newRow("Arabic-Indic digits") << QString::fromUtf8("١٩٩٠");
    QTest::newRow("line break inside") << "1990\n-05";
}

void PartialDateTest::rejectsInvalidText()
{
    QFETCH(QString, input);
    const auto parsed = PartialDate::parse(input);
    QVERIFY2(!parsed.has_value(), qPrintable(parsed ? parsed->toIso() : QString()));
}

void PartialDateTest::emptyTextGivesEmptyDate()
{
    for (const QString &text : {QString(), QStringLiteral("   ")}) {
        const auto parsed = PartialDate::parse(text);
        QVERIFY(parsed.has_value());
        QVERIFY(parsed->isNull());
        QVERIFY(!parsed->isPartial());
        QCOMPARE(parsed->toIso(), QString());
        QCOMPARE(parsed->toDisplay(), QString());
        QVERIFY(!parsed->earliest().isValid());
        QVERIFY(!parsed->latest().isValid());
    }
}

void PartialDateTest::roundTrips_data()
{
    QTest::addColumn<PartialDate>("date");
    QTest::newRow("year") << PartialDate::fromYear(1975);
    QTest::newRow("month") << PartialDate::fromYearMonth(1975, 11);
    QTest::newRow("day") << PartialDate::fromDate(QDate(1975, 11, 3));
    QTest::newRow("leap day") << PartialDate::fromDate(QDate(2000, 2, 29));
    QTest::newRow("empty") << PartialDate();
}

void PartialDateTest::roundTrips()
{
    QFETCH(PartialDate, date);
    const auto fromIso = PartialDate::fromIso(date.toIso());
    QVERIFY(fromIso.has_value());
    QCOMPARE(*fromIso, date);
    const auto fromDisplay = PartialDate::parse(date.toDisplay());
    QVERIFY(fromDisplay.has_value());
    QCOMPARE(*fromDisplay, date);
}

void PartialDateTest::rangeCoversTheUnknownPart_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("earliest");
    QTest::addColumn<QDate>("latest");
    QTest::newRow("year") << "1990" << QDate(1990, 1, 1) << QDate(1990, 12, 31);
    QTest::newRow("February, leap year") << "2024-02" << QDate(2024, 2, 1) << QDate(2024, 2, 29);
    QTest::newRow("February, common year") << "2023-02" << QDate(2023, 2, 1) << QDate(2023, 2, 28);
    QTest::newRow("December") << "12.1999" << QDate(1999, 12, 1) << QDate(1999, 12, 31);
    QTest::newRow("day") << "17.05.1990" << QDate(1990, 5, 17) << QDate(1990, 5, 17);
}

void PartialDateTest::rangeCoversTheUnknownPart()
{
    QFETCH(QString, input);
    QFETCH(QDate, earliest);
    QFETCH(QDate, latest);
    const auto parsed = PartialDate::parse(input);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->earliest(), earliest);
    QCOMPARE(parsed->latest(), latest);
}

void PartialDateTest::factoriesMatchParsing()
{
    QCOMPARE(PartialDate::parse(QStringLiteral("1990")).value(), PartialDate::fromYear(1990));
    QCOMPARE(PartialDate::parse(QStringLiteral("1990-05")).value(), PartialDate::fromYearMonth(1990, 5));
    QCOMPARE(PartialDate::parse(QStringLiteral("1990-05-17")).value(), PartialDate::fromDate(QDate(1990, 5, 17)));
    QVERIFY(PartialDate::fromDate(QDate()).isNull());
    QVERIFY(PartialDate::fromYear(1990) != PartialDate::fromYearMonth(1990, 1));
}

QTEST_GUILESS_MAIN(PartialDateTest)
#include "tst_partialdate.moc"
