#include "names/Reconciler.h"

#include <QElapsedTimer>
#include <QTest>

using namespace homeward;

// Reconciling our list of a batch with the counterpart's: pairing (one to
// one, best first, a threshold), the differences of a pair with their kinds
// and risks, the persons on one list only, the counts against the plan, the
// order (riskiest first) and resolutions that hold only for their values.
class ReconcilerTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pairDifferences_data();
    void pairDifferences();
    void languageVariant();
    void twoCandidatesPicksTheBetter();
    void oneToOne();
    void onlyTheirsAndOnlyOurs();
    void countsAgainstPlan_data();
    void countsAgainstPlan();
    void riskiestFirst();
    void resolutionsHoldForTheirValues();
    void emptyLists();
    void largeLists();
};

namespace {

Person person(const QString &surname, const QString &given, const QString &patronymic, const QString &birthIso,
              Sex sex = Sex::Male, Category category = Category::Serviceman)
{
    Person p;
    p.surname = surname;
    p.givenName = given;
    p.patronymic = patronymic;
    if (!birthIso.isEmpty())
        p.birthDate = PartialDate::fromIso(birthIso).value();
    p.sex = sex;
    p.category = category;
    return p;
}

OurPerson ours(qint64 id, int position, const Person &p)
{
    return OurPerson{id, position, p};
}

InterchangeRow theirs(const QString &recordId, qint64 line, Person p, bool sexKnown = true, bool categoryKnown = true)
{
    p.recordId = recordId;
    InterchangeRow row;
    row.line = line;
    row.person = p;
    row.sexKnown = sexKnown;
    row.categoryKnown = categoryKnown;
    return row;
}

// "field:kind:risk" of every difference, in the pair's order.
QStringList describe(const QList<ReconciliationDifference> &differences)
{
    QStringList out;
    for (const ReconciliationDifference &d : differences)
        out << QStringLiteral("%1:%2:%3").arg(d.field, d.kind, toCode(d.risk));
    return out;
}

Person kovalenko()
{
    Person p = person(QStringLiteral("Коваленко"), QStringLiteral("Андрій"), QStringLiteral("Іванович"),
                      QStringLiteral("1990-05-07"));
    p.rank = QStringLiteral("солдат");
    p.serviceNumber = QStringLiteral("АА 123456");
    return p;
}

} // namespace

void ReconcilerTest::pairDifferences_data()
{
    QTest::addColumn<Person>("their");
    QTest::addColumn<bool>("sexKnown");
    QTest::addColumn<bool>("categoryKnown");
    QTest::addColumn<bool>("paired");
    QTest::addColumn<QStringList>("expected");

    const Person base = kovalenko();
    QTest::newRow("exact pair") << base << true << true << true << QStringList{};

    Person lookAlike = base;
    lookAlike.surname = QStringLiteral("Ковaленко"); // Latin a
    QTest::newRow("look-alike letter") << lookAlike << true << true << true
                                       << QStringList{QStringLiteral("surname:look_alike_letters:medium")};

    Person typo = base;
    typo.surname = QStringLiteral("Коваленка");
    QTest::newRow("spelling: one letter")
        << typo << true << true << true << QStringList{QStringLiteral("surname:typo:high")};

    Person latin = base;
    latin.surname = QStringLiteral("Kovalenko");
    latin.givenName = QStringLiteral("Andrii");
    latin.patronymic = QStringLiteral("Ivanovych");
    QTest::newRow("transliteration") << latin << true << true << true
                                     << QStringList{QStringLiteral("surname:transliteration:medium"),
                                                    QStringLiteral("given_name:transliteration:medium"),
                                                    QStringLiteral("patronymic:transliteration:low")};

    Person russian = base;
    russian.givenName = QStringLiteral("Андрей");
    russian.patronymic = QStringLiteral("Иванович");
    QTest::newRow("Russian spelling") << russian << true << true << true
                                      << QStringList{QStringLiteral("given_name:transliteration:medium"),
                                                     QStringLiteral("patronymic:transliteration:low")};

    Person swapped = base;
    swapped.birthDate = PartialDate::fromIso(QStringLiteral("1990-07-05")).value();
    QTest::newRow("day and month swapped")
        << swapped << true << true << true << QStringList{QStringLiteral("birth_date:day_month_swapped:high")};

    Person digit = base;
    digit.birthDate = PartialDate::fromIso(QStringLiteral("1990-05-08")).value();
    QTest::newRow("one digit of the birth date")
        << digit << true << true << true << QStringList{QStringLiteral("birth_date:one_digit:high")};

    Person year = base;
    year.birthDate = PartialDate::fromYear(1990);
    QTest::newRow("birth year only") << year << true << true << true
                                     << QStringList{QStringLiteral("birth_date:precision:medium")};

    Person noDate = base;
    noDate.birthDate = PartialDate();
    QTest::newRow("birth date missing on theirs")
        << noDate << true << true << true << QStringList{QStringLiteral("birth_date:missing_theirs:medium")};

    Person woman = base;
    woman.sex = Sex::Female;
    QTest::newRow("sex differs") << woman << true << true << true << QStringList{QStringLiteral("sex:different:high")};
    QTest::newRow("sex not given") << base << false << true << true
                                   << QStringList{QStringLiteral("sex:missing_theirs:low")};

    Person civilian = base;
    civilian.category = Category::Civilian;
    QTest::newRow("category differs") << civilian << true << true << true
                                      << QStringList{QStringLiteral("category:different:high")};
    QTest::newRow("category not given") << base << true << false << true
                                        << QStringList{QStringLiteral("category:missing_theirs:medium")};

    Person noPatronymic = base;
    noPatronymic.patronymic.clear();
    QTest::newRow("patronymic missing on theirs")
        << noPatronymic << true << true << true << QStringList{QStringLiteral("patronymic:missing_theirs:low")};

    Person rank = base;
    rank.rank = QStringLiteral("сержант");
    rank.unit = QStringLiteral("в/ч А0000");
    QTest::newRow("rank and unit: low, riskier first")
        << rank << true << true << true
        << QStringList{QStringLiteral("rank:different:low"), QStringLiteral("unit:missing_ours:low")};

    Person number = base;
    number.serviceNumber = QStringLiteral("аа-123456");
    QTest::newRow("service number written differently")
        << number << true << true << true << QStringList{QStringLiteral("service_number:written_differently:low")};

    Person otherNumber = base;
    otherNumber.serviceNumber = QStringLiteral("АА 654321");
    QTest::newRow("service number differs")
        << otherNumber << true << true << true << QStringList{QStringLiteral("service_number:different:high")};

    Person several = base;
    several.surname = QStringLiteral("Коваленка");
    several.birthDate = PartialDate::fromIso(QStringLiteral("1990-05-08")).value();
    several.rank = QStringLiteral("сержант");
    QTest::newRow("several: high first, then in column order")
        << several << true << true << true
        << QStringList{QStringLiteral("surname:typo:high"), QStringLiteral("birth_date:one_digit:high"),
                       QStringLiteral("rank:different:low")};

    QTest::newRow("another person: not paired") << person(QStringLiteral("Шевчук"), QStringLiteral("Петро"),
                                                          QStringLiteral("Миколайович"), QStringLiteral("1975-11-02"))
                                                << true << true << false << QStringList{};
}

void ReconcilerTest::pairDifferences()
{
    QFETCH(Person, their);
    QFETCH(bool, sexKnown);
    QFETCH(bool, categoryKnown);
    QFETCH(bool, paired);
    QFETCH(QStringList, expected);

    const QList<OurPerson> our{ours(7, 1, kovalenko())};
    const QList<InterchangeRow> rows{theirs(QStringLiteral("R-1"), 2, their, sexKnown, categoryKnown)};
    const Reconciliation r = Reconciler::reconcile(our, rows, 1, 0);

    QCOMPARE(r.pairs.size(), paired ? 1 : 0);
    QCOMPARE(r.onlyTheirs.size(), paired ? 0 : 1);
    QCOMPARE(r.onlyOurs.size(), paired ? 0 : 1);
    if (!paired) {
        QCOMPARE(r.onlyTheirs.constFirst().key, QStringLiteral("only-theirs:R-1"));
        QCOMPARE(r.onlyOurs.constFirst().key, QStringLiteral("only-ours:7"));
        return;
    }
    const ReconciledPair &pair = r.pairs.constFirst();
    QVERIFY2(pair.score >= Reconciler::kPairThreshold, qPrintable(QString::number(pair.score)));
    QCOMPARE(describe(pair.differences), expected);
    for (const ReconciliationDifference &d : pair.differences) {
        QVERIFY2(!d.reason.isEmpty(), qPrintable(d.field));
        QCOMPARE(d.key, QStringLiteral("pair:7:R-1:%1").arg(d.field));
        QVERIFY(!d.resolution.resolved);
    }
    QCOMPARE(r.differenceCount(), int(expected.size()));
    QCOMPARE(r.openCount(), int(expected.size()));
}

void ReconcilerTest::languageVariant()
{
    const QList<OurPerson> our{ours(1, 1,
                                    person(QStringLiteral("Кравченко"), QStringLiteral("Олександр"),
                                           QStringLiteral("Петрович"), QStringLiteral("1985-10-10")))};
    const QList<InterchangeRow> rows{theirs(QStringLiteral("r"), 2,
                                            person(QStringLiteral("Кравченко"), QStringLiteral("Александр"),
                                                   QStringLiteral("Петрович"), QStringLiteral("1985-10-10")))};
    const Reconciliation r = Reconciler::reconcile(our, rows, 1, 0);
    QCOMPARE(r.pairs.size(), 1);
    QCOMPARE(describe(r.pairs.constFirst().differences),
             QStringList{QStringLiteral("given_name:language_variant:medium")});
}

void ReconcilerTest::twoCandidatesPicksTheBetter()
{
    // Two namesakes on our list; their row agrees with the second to the day and with the first by a day/month swap.
    const QList<OurPerson> our{
        ours(1, 1,
             person(QStringLiteral("Бондар"), QStringLiteral("Олег"), QStringLiteral("Петрович"),
                    QStringLiteral("1988-07-03"))),
        ours(2, 2,
             person(QStringLiteral("Бондар"), QStringLiteral("Олег"), QStringLiteral("Петрович"),
                    QStringLiteral("1988-03-07"))),
    };
    const QList<InterchangeRow> rows{theirs(QStringLiteral("T9"), 5,
                                            person(QStringLiteral("Бондар"), QStringLiteral("Олег"),
                                                   QStringLiteral("Петрович"), QStringLiteral("1988-03-07")))};
    const Reconciliation r = Reconciler::reconcile(our, rows, 2, 0);
    QCOMPARE(r.pairs.size(), 1);
    QCOMPARE(r.pairs.constFirst().ours.personId, qint64(2));
    QVERIFY(r.pairs.constFirst().differences.isEmpty());
    QCOMPARE(r.onlyOurs.size(), 1);
    QCOMPARE(r.onlyOurs.constFirst().person.personId, qint64(1));

    // The swap alone still pairs, and says so.
    const QList<OurPerson> onlyFirst{our.constFirst()};
    const Reconciliation swapped = Reconciler::reconcile(onlyFirst, rows, 1, 0);
    QCOMPARE(swapped.pairs.size(), 1);
    QCOMPARE(describe(swapped.pairs.constFirst().differences),
             QStringList{QStringLiteral("birth_date:day_month_swapped:high")});
    QCOMPARE(swapped.pairs.constFirst().differences.constFirst().ours, QStringLiteral("03.07.1988"));
    QCOMPARE(swapped.pairs.constFirst().differences.constFirst().theirs, QStringLiteral("07.03.1988"));
}

void ReconcilerTest::oneToOne()
{
    // Their list names one of ours twice: the closer row pairs, the other is only theirs.
    const QList<OurPerson> our{ours(3, 1, kovalenko())};
    Person typo = kovalenko();
    typo.surname = QStringLiteral("Коваленка");
    const QList<InterchangeRow> rows{theirs(QStringLiteral("A"), 2, typo), theirs(QStringLiteral("B"), 3, kovalenko())};
    const Reconciliation r = Reconciler::reconcile(our, rows, 1, 0);
    QCOMPARE(r.pairs.size(), 1);
    QCOMPARE(r.pairs.constFirst().theirs.person.recordId, QStringLiteral("B"));
    QCOMPARE(r.onlyTheirs.size(), 1);
    QCOMPARE(r.onlyTheirs.constFirst().row.person.recordId, QStringLiteral("A"));
    QCOMPARE(r.onlyOurs.size(), 0);
}

void ReconcilerTest::onlyTheirsAndOnlyOurs()
{
    const QList<OurPerson> our{
        ours(10, 1, kovalenko()),
        ours(11, 2,
             person(QStringLiteral("Мельник"), QStringLiteral("Ірина"), QStringLiteral("Олегівна"),
                    QStringLiteral("1995-01-30"), Sex::Female, Category::Civilian)),
        ours(12, 3, person(QStringLiteral("Ткаченко"), QStringLiteral("Василь"), {}, QStringLiteral("1970"))),
    };
    const QList<InterchangeRow> rows{
        theirs(QStringLiteral("X-2"), 3,
               person(QStringLiteral("Лисенко"), QStringLiteral("Марко"), {}, QStringLiteral("2001-09-09"))),
        theirs(QStringLiteral("X-1"), 2, kovalenko()),
    };
    const Reconciliation r = Reconciler::reconcile(our, rows, 2, 1);
    QCOMPARE(r.pairs.size(), 1);
    QCOMPARE(r.pairs.constFirst().ours.personId, qint64(10));
    QCOMPARE(r.onlyTheirs.size(), 1);
    QCOMPARE(r.onlyTheirs.constFirst().key, QStringLiteral("only-theirs:X-2"));
    QCOMPARE(r.onlyTheirs.constFirst().summary, QStringLiteral("Лисенко Марко, 09.09.2001"));
    QCOMPARE(r.onlyOurs.size(), 2);
    QCOMPARE(r.onlyOurs.at(0).key, QStringLiteral("only-ours:11"));
    QCOMPARE(r.onlyOurs.at(1).key, QStringLiteral("only-ours:12"));
    QCOMPARE(r.onlyOurs.at(1).summary, QStringLiteral("Ткаченко Василь, 1970"));
    QCOMPARE(r.openCount(), 3);
}

void ReconcilerTest::countsAgainstPlan_data()
{
    QTest::addColumn<int>("plannedServicemen");
    QTest::addColumn<int>("plannedCivilians");
    QTest::addColumn<QStringList>("expected"); // code:ours:theirs:planned
    QTest::addColumn<bool>("agree");

    // Ours: 2 servicemen (M, F), 1 civilian M. Theirs: serviceman M, serviceman sex not given, civilian M,
    // one without category.
    QTest::newRow("plan met by ours, theirs differ") << 2 << 1
                                                     << QStringList{QStringLiteral("serviceman_male:1:1:-1"),
                                                                    QStringLiteral("serviceman_female:1:0:-1"),
                                                                    QStringLiteral("serviceman_sex_unknown:0:1:-1"),
                                                                    QStringLiteral("serviceman:2:2:2"),
                                                                    QStringLiteral("civilian_male:1:1:-1"),
                                                                    QStringLiteral("civilian_female:0:0:-1"),
                                                                    QStringLiteral("civilian:1:1:1"),
                                                                    QStringLiteral("category_unknown:0:1:-1"),
                                                                    QStringLiteral("total:3:4:3")}
                                                     << false;
    QTest::newRow("plan not met") << 5 << 0
                                  << QStringList{QStringLiteral("serviceman_male:1:1:-1"),
                                                 QStringLiteral("serviceman_female:1:0:-1"),
                                                 QStringLiteral("serviceman_sex_unknown:0:1:-1"),
                                                 QStringLiteral("serviceman:2:2:5"),
                                                 QStringLiteral("civilian_male:1:1:-1"),
                                                 QStringLiteral("civilian_female:0:0:-1"),
                                                 QStringLiteral("civilian:1:1:0"),
                                                 QStringLiteral("category_unknown:0:1:-1"),
                                                 QStringLiteral("total:3:4:5")}
                                  << false;
}

void ReconcilerTest::countsAgainstPlan()
{
    QFETCH(int, plannedServicemen);
    QFETCH(int, plannedCivilians);
    QFETCH(QStringList, expected);
    QFETCH(bool, agree);

    const QList<OurPerson> our{
        ours(1, 1, person(QStringLiteral("А"), QStringLiteral("Б"), {}, {}, Sex::Male, Category::Serviceman)),
        ours(2, 2, person(QStringLiteral("В"), QStringLiteral("Г"), {}, {}, Sex::Female, Category::Serviceman)),
        ours(3, 3, person(QStringLiteral("Д"), QStringLiteral("Е"), {}, {}, Sex::Male, Category::Civilian)),
    };
    const QList<InterchangeRow> rows{
        theirs(QStringLiteral("1"), 2, person(QStringLiteral("Ж"), QStringLiteral("З"), {}, {}, Sex::Male)),
        theirs(QStringLiteral("2"), 3, person(QStringLiteral("И"), QStringLiteral("К"), {}, {}), false, true),
        theirs(QStringLiteral("3"), 4,
               person(QStringLiteral("Л"), QStringLiteral("М"), {}, {}, Sex::Male, Category::Civilian)),
        theirs(QStringLiteral("4"), 5, person(QStringLiteral("Н"), QStringLiteral("О"), {}, {}), true, false),
    };
    const Reconciliation r = Reconciler::reconcile(our, rows, plannedServicemen, plannedCivilians);
    QStringList got;
    for (const CountLine &line : r.counts) {
        got << QStringLiteral("%1:%2:%3:%4").arg(line.code).arg(line.ours).arg(line.theirs).arg(line.planned);
        QVERIFY(!line.label.isEmpty());
    }
    QCOMPARE(got, expected);
    QCOMPARE(r.countsAgree(), agree);

    // Equal lists that meet the plan agree on every line.
    QList<InterchangeRow> same;
    for (const OurPerson &p : our)
        same << theirs(QString::number(p.personId), p.position + 1, p.person);
    const Reconciliation equal = Reconciler::reconcile(our, same, 2, 1);
    QVERIFY(equal.countsAgree());
    QCOMPARE(equal.counts.size(), 7); // no lines for an unknown sex or category
}

void ReconcilerTest::riskiestFirst()
{
    Person low = kovalenko();
    low.rank = QStringLiteral("сержант");
    Person high = person(QStringLiteral("Бондаренко"), QStringLiteral("Олег"), QStringLiteral("Петрович"),
                         QStringLiteral("1988-03-07"));
    Person highTheirs = high;
    highTheirs.birthDate = PartialDate::fromIso(QStringLiteral("1988-07-03")).value();
    Person medium = person(QStringLiteral("Савченко"), QStringLiteral("Микола"), {}, QStringLiteral("1979-10-10"));
    Person mediumTheirs = medium;
    mediumTheirs.givenName = QStringLiteral("Николай");
    Person exact = person(QStringLiteral("Гнатюк"), QStringLiteral("Тарас"), {}, QStringLiteral("1999-02-02"));

    const QList<OurPerson> our{ours(1, 1, exact), ours(2, 2, kovalenko()), ours(3, 3, medium), ours(4, 4, high)};
    const QList<InterchangeRow> rows{theirs(QStringLiteral("e"), 2, exact), theirs(QStringLiteral("l"), 3, low),
                                     theirs(QStringLiteral("m"), 4, mediumTheirs),
                                     theirs(QStringLiteral("h"), 5, highTheirs)};
    Reconciliation r = Reconciler::reconcile(our, rows, 4, 0);
    QCOMPARE(r.pairs.size(), 4);
    QList<qint64> order;
    for (const ReconciledPair &pair : r.pairs)
        order << pair.ours.personId;
    QCOMPARE(order, (QList<qint64>{4, 3, 2, 1}));
    QCOMPARE(r.pairs.at(0).openRisk(), RiskLevel::High);
    QCOMPARE(r.pairs.at(1).openRisk(), RiskLevel::Medium);
    QCOMPARE(r.pairs.at(2).openRisk(), RiskLevel::Low);
    QCOMPARE(r.pairs.at(3).openRisk(), RiskLevel::None);

    // Resolving the high difference moves its pair below the open ones.
    const ReconciliationDifference &d = r.pairs.at(0).differences.constFirst();
    ReconciliationResolution resolution;
    resolution.key = d.key;
    resolution.oursValue = d.ours;
    resolution.theirsValue = d.theirs;
    resolution.note = QStringLiteral("checked by phone");
    Reconciler::applyResolutions(r, {resolution});
    order.clear();
    for (const ReconciledPair &pair : r.pairs)
        order << pair.ours.personId;
    QCOMPARE(order, (QList<qint64>{3, 2, 4, 1}));
    QCOMPARE(r.pairs.at(2).risk(), RiskLevel::High);
    QCOMPARE(r.pairs.at(2).openRisk(), RiskLevel::None);
}

void ReconcilerTest::resolutionsHoldForTheirValues()
{
    Person typo = kovalenko();
    typo.surname = QStringLiteral("Коваленка");
    const QList<OurPerson> our{ours(5, 1, kovalenko()), ours(6, 2,
                                                             person(QStringLiteral("Кравець"), QStringLiteral("Ольга"),
                                                                    {}, QStringLiteral("1980-04-04"), Sex::Female))};
    const QList<InterchangeRow> rows{
        theirs(QStringLiteral("Z"), 2, typo),
        theirs(QStringLiteral("Q"), 3,
               person(QStringLiteral("Руденко"), QStringLiteral("Ігор"), {}, QStringLiteral("1960-06-06")))};

    ReconciliationResolution surname;
    surname.key = QStringLiteral("pair:5:Z:surname");
    surname.oursValue = QStringLiteral("Коваленко");
    surname.theirsValue = QStringLiteral("Коваленка");
    surname.note = QStringLiteral("their typo, confirmed by the intermediary");
    surname.resolvedByName = QStringLiteral("Official");
    ReconciliationResolution stale = surname;
    stale.theirsValue = QStringLiteral("Коваленку"); // made for another spelling
    ReconciliationResolution onlyTheirs;
    onlyTheirs.key = QStringLiteral("only-theirs:Q");
    onlyTheirs.theirsValue = QStringLiteral("Руденко Ігор, 06.06.1960");
    onlyTheirs.note = QStringLiteral("handed over in batch 1");
    ReconciliationResolution onlyOurs;
    onlyOurs.key = QStringLiteral("only-ours:6");
    onlyOurs.oursValue = QStringLiteral("someone else");
    onlyOurs.note = QStringLiteral("stale");

    const Reconciliation fresh = Reconciler::reconcile(our, rows, 2, 0, {surname, onlyTheirs, onlyOurs});
    QCOMPARE(fresh.pairs.size(), 1);
    QVERIFY(fresh.pairs.constFirst().differences.constFirst().resolution.resolved);
    QCOMPARE(fresh.pairs.constFirst().differences.constFirst().resolution.note, surname.note);
    QVERIFY(fresh.onlyTheirs.constFirst().resolution.resolved);
    QVERIFY(!fresh.onlyOurs.constFirst().resolution.resolved);
    QCOMPARE(fresh.openCount(), 1);

    const Reconciliation old = Reconciler::reconcile(our, rows, 2, 0, {stale});
    QVERIFY(!old.pairs.constFirst().differences.constFirst().resolution.resolved);
    QCOMPARE(old.openCount(), 3);
}

void ReconcilerTest::emptyLists()
{
    const Reconciliation none = Reconciler::reconcile({}, {}, 0, 0);
    QVERIFY(none.pairs.isEmpty() && none.onlyTheirs.isEmpty() && none.onlyOurs.isEmpty());
    QVERIFY(none.countsAgree());

    const Reconciliation theirsOnly = Reconciler::reconcile({}, {theirs(QStringLiteral("1"), 2, kovalenko())}, 1, 0);
    QCOMPARE(theirsOnly.onlyTheirs.size(), 1);
    QVERIFY(!theirsOnly.countsAgree());
}

void ReconcilerTest::largeLists()
{
    // 1,000 on each list: 990 the same persons, 10 different on each side. Then two lists with nobody in common,
    // where the second pass compares every row with every person.
    const QStringList surnames{QStringLiteral("Коваленко"), QStringLiteral("Шевченко"),  QStringLiteral("Бондаренко"),
                               QStringLiteral("Ткаченко"),  QStringLiteral("Кравченко"), QStringLiteral("Олійник"),
                               QStringLiteral("Шевчук"),    QStringLiteral("Поліщук"),   QStringLiteral("Лисенко")};
    const QStringList given{QStringLiteral("Андрій"), QStringLiteral("Олег"),  QStringLiteral("Тарас"),
                            QStringLiteral("Іван"),   QStringLiteral("Петро"), QStringLiteral("Микола")};
    const auto make = [&](int i, int yearBase) {
        const QDate birth = QDate(yearBase, 1, 1).addDays(i * 7);
        return person(surnames.at(i % surnames.size()) + (i % 3 == 0 ? QString() : QStringLiteral("-%1").arg(i)),
                      given.at(i % given.size()), {}, birth.toString(Qt::ISODate));
    };
    QList<OurPerson> our;
    QList<InterchangeRow> rows;
    for (int i = 0; i < 1000; ++i) {
        our << ours(i + 1, i + 1, make(i, 1960));
        rows << theirs(QStringLiteral("t%1").arg(i), i + 2, i < 990 ? make(i, 1960) : make(i + 5000, 1930));
    }
    QElapsedTimer timer;
    timer.start();
    const Reconciliation r = Reconciler::reconcile(our, rows, 1000, 0);
    const qint64 mostlySame = timer.elapsed();
    QCOMPARE(r.pairs.size(), 990);
    QCOMPARE(r.onlyTheirs.size(), 10);
    QCOMPARE(r.onlyOurs.size(), 10);
    QCOMPARE(r.differenceCount(), 0);
    QVERIFY(!r.leftoverPassSkipped);

    QList<InterchangeRow> strangers;
    for (int i = 0; i < 1000; ++i) {
        Person p = make(i, 1930);
        p.surname = QStringLiteral("Zz%1").arg(i);
        p.givenName = QStringLiteral("Qq");
        strangers << theirs(QStringLiteral("s%1").arg(i), i + 2, p);
    }
    timer.restart();
    const Reconciliation none = Reconciler::reconcile(our, strangers, 1000, 0);
    const qint64 disjoint = timer.elapsed();
    QCOMPARE(none.pairs.size(), 0);
    QCOMPARE(none.onlyTheirs.size(), 1000);
    QVERIFY(!none.leftoverPassSkipped);
    qInfo("1,000 × 1,000: %lld ms mostly the same, %lld ms nobody in common", mostlySame, disjoint);
}

QTEST_GUILESS_MAIN(ReconcilerTest)
#include "tst_reconciler.moc"
