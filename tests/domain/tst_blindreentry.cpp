#include "domain/BlindReentry.h"

#include <QTest>

using namespace homeward;

Q_DECLARE_METATYPE(BlindKind)

// Blind re-entry: what counts as the same value for names, dates and
// documents, and which letters are marked when it is not.
class BlindReentryTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void compare_data();
    void compare();
    void shownValues_data();
    void shownValues();
    void storedValueAndPrompt();
    void kinds();
};

using Positions = QList<int>;

void BlindReentryTest::compare_data()
{
    QTest::addColumn<BlindKind>("kind");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("equal");
    QTest::addColumn<bool>("caseOnly");
    QTest::addColumn<Positions>("inStored");
    QTest::addColumn<Positions>("inTyped");

    const auto name = BlindKind::Name;
    QTest::newRow("name identical") << name << u"Коваленко"_qs << u"Коваленко"_qs << true << false << Positions{}
                                    << Positions{};
    QTest::newRow("name extra spaces") << name << u"Коваленко"_qs << u"  Коваленко "_qs << true << false << Positions{}
                                       << Positions{};
    QTest::newRow("name one wrong letter")
        << name << u"Коваленко"_qs << u"Коваланко"_qs << false << false << Positions{5} << Positions{5};
    QTest::newRow("name missing letter") << name << u"Шевчук"_qs << u"Шевчк"_qs << false << false << Positions{4}
                                         << Positions{};
    QTest::newRow("name extra letter") << name << u"Шевчук"_qs << u"Шевчука"_qs << false << false << Positions{}
                                       << Positions{6};
    QTest::newRow("name swapped letters")
        << name << u"Мельник"_qs << u"Мелньик"_qs << false << false << Positions{3, 4} << Positions{3, 4};
    QTest::newRow("name case only") << name << u"Коваленко"_qs << u"КОВАЛЕНКО"_qs << true << true
                                    << Positions{1, 2, 3, 4, 5, 6, 7, 8} << Positions{1, 2, 3, 4, 5, 6, 7, 8};
    QTest::newRow("name apostrophe variants")
        << name << u"Мар’яна"_qs << u"Мар'яна"_qs << true << false << Positions{} << Positions{};
    QTest::newRow("name latin homoglyph")
        << name << u"Коваленко"_qs << u"К\u006Fваленко"_qs << false << false << Positions{1} << Positions{1};
    QTest::newRow("name decomposed й") << name << u"Олійник"_qs << u"Олі\u0438\u0306ник"_qs << true << false
                                       << Positions{} << Positions{};

    const auto date = BlindKind::Date;
    QTest::newRow("date both forms") << date << u"1990-05-17"_qs << u"17.05.1990"_qs << true << false << Positions{}
                                     << Positions{};
    QTest::newRow("date short day and month")
        << date << u"1990-05-07"_qs << u"7.5.1990"_qs << true << false << Positions{} << Positions{};
    QTest::newRow("date iso typed") << date << u"1990-05-17"_qs << u"1990-05-17"_qs << true << false << Positions{}
                                    << Positions{};
    QTest::newRow("date partial month") << date << u"1990-05"_qs << u"05.1990"_qs << true << false << Positions{}
                                        << Positions{};
    QTest::newRow("date wrong day") << date << u"1990-05-17"_qs << u"18.05.1990"_qs << false << false << Positions{1}
                                    << Positions{1};
    QTest::newRow("date day and month swapped") << date << u"1990-05-12"_qs << u"05.12.1990"_qs << false << false
                                                << Positions{0, 1, 3, 4} << Positions{0, 1, 3, 4};
    QTest::newRow("date not a date") << date << u"1990-05-17"_qs << u"17.05.199"_qs << false << false << Positions{9}
                                     << Positions{};
    QTest::newRow("date partial against full")
        << date << u"1990"_qs << u"17.05.1990"_qs << false << false << Positions{} << Positions{0, 1, 2, 3, 4, 5};

    const auto document = BlindKind::Document;
    QTest::newRow("document spaces") << document << u"АА 123456"_qs << u"АА123456"_qs << true << false << Positions{}
                                     << Positions{};
    QTest::newRow("document hyphen") << document << u"1234-567"_qs << u"1234 567"_qs << true << false << Positions{}
                                     << Positions{};
    QTest::newRow("document lower case") << document << u"АА 123456"_qs << u"аа 123456"_qs << true << true
                                         << Positions{0, 1} << Positions{0, 1};
    QTest::newRow("document wrong digit")
        << document << u"АА 123456"_qs << u"АА123457"_qs << false << false << Positions{8} << Positions{7};
    QTest::newRow("document swapped digits")
        << document << u"АА 123456"_qs << u"АА 124356"_qs << false << false << Positions{5, 6} << Positions{5, 6};
    QTest::newRow("document missing digit")
        << document << u"1234567"_qs << u"123467"_qs << false << false << Positions{4} << Positions{};
}

void BlindReentryTest::compare()
{
    QFETCH(BlindKind, kind);
    QFETCH(QString, stored);
    QFETCH(QString, typed);
    QFETCH(bool, equal);
    QFETCH(bool, caseOnly);
    QFETCH(Positions, inStored);
    QFETCH(Positions, inTyped);

    const BlindComparison result = compareBlind(stored, typed, kind);
    QCOMPARE(result.equal, equal);
    QCOMPARE(result.caseOnly, caseOnly);
    QCOMPARE(result.differingPositionsInStored, inStored);
    QCOMPARE(result.differingPositionsInTyped, inTyped);
    for (int position : result.differingPositionsInStored)
        QVERIFY(position >= 0 && position < result.stored.size());
    for (int position : result.differingPositionsInTyped)
        QVERIFY(position >= 0 && position < result.typed.size());

    // Which value is stored and which typed does not change the verdict.
    QCOMPARE(compareBlind(typed, stored, kind).equal, equal);
}

void BlindReentryTest::shownValues_data()
{
    QTest::addColumn<BlindKind>("kind");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("storedShown");
    QTest::addColumn<QString>("typedShown");

    QTest::newRow("date shown in display form")
        << BlindKind::Date << u"1990-05-17"_qs << u"18.5.1990"_qs << u"17.05.1990"_qs << u"18.05.1990"_qs;
    QTest::newRow("unparsed date shown as typed")
        << BlindKind::Date << u"1990-05-17"_qs << u" 17.O5.1990 "_qs << u"17.05.1990"_qs << u"17.O5.1990"_qs;
    QTest::newRow("name cleaned") << BlindKind::Name << u" Коваленко"_qs << u"Коваленко  "_qs << u"Коваленко"_qs
                                  << u"Коваленко"_qs;
    QTest::newRow("document keeps its spaces")
        << BlindKind::Document << u"АА  123456"_qs << u"АА123456"_qs << u"АА 123456"_qs << u"АА123456"_qs;
}

void BlindReentryTest::shownValues()
{
    QFETCH(BlindKind, kind);
    QFETCH(QString, stored);
    QFETCH(QString, typed);
    QFETCH(QString, storedShown);
    QFETCH(QString, typedShown);
    const BlindComparison result = compareBlind(stored, typed, kind);
    QCOMPARE(result.stored, storedShown);
    QCOMPARE(result.typed, typedShown);
}

void BlindReentryTest::storedValueAndPrompt()
{
    Person p;
    p.surname = u"Коваленко"_qs;
    p.birthDate = PartialDate::fromDate(QDate(1990, 5, 17));
    p.documentNumber = u"АА 123456"_qs;
    QCOMPARE(blindStoredValue(p, CheckItem::Surname), u"Коваленко"_qs);
    QCOMPARE(blindStoredValue(p, CheckItem::BirthDate), u"1990-05-17"_qs);
    QCOMPARE(blindStoredValue(p, CheckItem::Document), u"АА 123456"_qs);
    const QString documentPrompt = blindPrompt(p, CheckItem::Document);
    p.serviceNumber = u"Ф-123456"_qs;
    QCOMPARE(blindStoredValue(p, CheckItem::Document), u"Ф-123456"_qs);
    QVERIFY(blindPrompt(p, CheckItem::Document) != documentPrompt);
    QVERIFY(blindStoredValue(p, CheckItem::GivenName).isEmpty());
    QVERIFY(blindPrompt(p, CheckItem::Identity).isEmpty());
}

void BlindReentryTest::kinds()
{
    for (CheckItem item : standardCheckItems()) {
        QCOMPARE(blindKindFor(item).has_value(), prefersBlindReentry(item));
        QCOMPARE(methodAllowedFor(item, CheckMethod::BlindReentry), prefersBlindReentry(item));
    }
    QCOMPARE(blindKindFor(CheckItem::Surname), std::optional(BlindKind::Name));
    QCOMPARE(blindKindFor(CheckItem::BirthDate), std::optional(BlindKind::Date));
    QCOMPARE(blindKindFor(CheckItem::Document), std::optional(BlindKind::Document));
    QVERIFY(!methodAllowedFor(CheckItem::Identity, CheckMethod::Compared));
    QVERIFY(methodAllowedFor(CheckItem::Identity, CheckMethod::Photo));
}

QTEST_GUILESS_MAIN(BlindReentryTest)
#include "tst_blindreentry.moc"
