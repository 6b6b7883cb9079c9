#include "names/NameNormaliser.h"

#include <QTest>

using namespace homeward::names;

class NormaliserTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void normalise_data();
    void normalise();
    void normaliseIsIdempotent_data() { normalise_data(); }
    void normaliseIsIdempotent();
    void foldCase_data();
    void foldCase();
};

void NormaliserTest::normalise_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const QString stored = QStringLiteral("Дем\u2019яненко");
    QTest::newRow("typewriter apostrophe") << QStringLiteral("Дем'яненко") << stored;
    QTest::newRow("right quote kept") << stored << stored;
    QTest::newRow("modifier letter apostrophe") << QStringLiteral("Дем\u02BCяненко") << stored;
    QTest::newRow("grave accent") << QStringLiteral("Дем`яненко") << stored;
    QTest::newRow("left quote") << QStringLiteral("Дем\u2018яненко") << stored;
    QTest::newRow("prime") << QStringLiteral("Дем\u2032яненко") << stored;
    QTest::newRow("decomposed й becomes one letter")
        << QStringLiteral("Андри\u0306") << QStringLiteral("Андр\u0438\u0306").normalized(QString::NormalizationForm_C);
    QTest::newRow("decomposed ї") << QStringLiteral("\u0456\u0308жак") << QStringLiteral("\u0457жак");
    QTest::newRow("spaces trimmed and collapsed")
        << QStringLiteral("  Іван \t Петрович\n Шевченко ") << QStringLiteral("Іван Петрович Шевченко");
    QTest::newRow("no-break space") << QStringLiteral("Біла\u00A0Церква") << QStringLiteral("Біла Церква");
    QTest::newRow("en dash between letters")
        << QStringLiteral("Петренко\u2013Іваненко") << QStringLiteral("Петренко-Іваненко");
    QTest::newRow("em dash between letters")
        << QStringLiteral("Петренко\u2014Іваненко") << QStringLiteral("Петренко-Іваненко");
    QTest::newRow("hyphen character") << QStringLiteral("Петренко\u2010Іваненко")
                                      << QStringLiteral("Петренко-Іваненко");
    QTest::newRow("non-breaking hyphen") << QStringLiteral("Петренко\u2011Іваненко")
                                         << QStringLiteral("Петренко-Іваненко");
    QTest::newRow("dash between words is kept")
        << QStringLiteral("Петренко \u2013 Іваненко") << QStringLiteral("Петренко \u2013 Іваненко");
    QTest::newRow("letters untouched") << QStringLiteral("ШЕВЧЕНКО Taras") << QStringLiteral("ШЕВЧЕНКО Taras");
    QTest::newRow("empty") << QString() << QString();
}

void NormaliserTest::normalise()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(homeward::names::normalise(input), expected);
}

void NormaliserTest::normaliseIsIdempotent()
{
    QFETCH(QString, input);
    const QString once = homeward::names::normalise(input);
    QCOMPARE(homeward::names::normalise(once), once);
}

void NormaliserTest::foldCase_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("cyrillic") << QStringLiteral("ШЕВЧЕНКО") << QStringLiteral("шевченко");
    QTest::newRow("ukrainian letters") << QStringLiteral("ЇЖАКЕВИЧ ҐОРҐАНИ Є") << QStringLiteral("їжакевич ґорґани є");
    QTest::newRow("latin") << QStringLiteral("Shevchenko") << QStringLiteral("SHEVCHENKO");
}

void NormaliserTest::foldCase()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(homeward::names::foldCase(a), homeward::names::foldCase(b));
    QVERIFY(homeward::names::foldCase(a) != a || a == a.toLower());
}

QTEST_GUILESS_MAIN(NormaliserTest)
#include "tst_normaliser.moc"
