#include "names/LookAlikes.h"

#include <QTest>

#include <unicode/uspoof.h>

using namespace homeward::names;

// Positions and replacements, written as "position:found>replacement" separated by spaces; replacement "?"
// when there is none.
static QString describe(const LookAlikeReport &report)
{
    QStringList parts;
    for (const LookAlike &letter : report.letters) {
        parts << QStringLiteral("%1:%2>%3")
                     .arg(letter.position)
                     .arg(letter.found)
                     .arg(letter.replacement.isNull() ? QStringLiteral("?") : QString(letter.replacement));
    }
    return parts.join(QLatin1Char(' '));
}

static QString skeleton(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    USpoofChecker *checker = uspoof_open(&status);
    if (U_FAILURE(status))
        return {};
    UChar buffer[64];
    const int32_t length = uspoof_getSkeleton(checker, 0, reinterpret_cast<const UChar *>(text.utf16()),
                                              static_cast<int32_t>(text.size()), buffer, 64, &status);
    uspoof_close(checker);
    return U_FAILURE(status) ? QString() : QString(reinterpret_cast<const QChar *>(buffer), length);
}

class LookAlikesTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mixesScripts_data();
    void mixesScripts();
    void mixedWords_data();
    void mixedWords();
    void cleanNames_data();
    void cleanNames();
    void scriptsAreNamed();
    void replacementsLookTheSame_data();
    void replacementsLookTheSame();
};

void LookAlikesTest::mixedWords_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("letters");
    QTest::addColumn<QString>("repaired");
    QTest::addColumn<bool>("canRepair");

    // Latin letters inside Cyrillic words.
    QTest::newRow("latin o") << QStringLiteral("Шевченкo") << QStringLiteral("7:o>о") << QStringLiteral("Шевченко")
                             << true;
    QTest::newRow("latin a") << QStringLiteral("Тaрас") << QStringLiteral("1:a>а") << QStringLiteral("Тарас") << true;
    QTest::newRow("latin e and c") << QStringLiteral("Пeтpeнкo Олeксандр")
                                   << QStringLiteral("1:e>е 3:p>р 4:e>е 7:o>о 11:e>е")
                                   << QStringLiteral("Петренко Олександр") << true;
    QTest::newRow("latin c") << QStringLiteral("Cавчук") << QStringLiteral("0:C>С") << QStringLiteral("Савчук") << true;
    QTest::newRow("latin x") << QStringLiteral("Xоменко") << QStringLiteral("0:X>Х") << QStringLiteral("Хоменко")
                             << true;
    QTest::newRow("latin x lower") << QStringLiteral("Дуxа") << QStringLiteral("2:x>х") << QStringLiteral("Духа")
                                   << true;
    QTest::newRow("latin i") << QStringLiteral("Iгор Пилипчyк") << QStringLiteral("0:I>І 11:y>у")
                             << QStringLiteral("Ігор Пилипчук") << true;
    QTest::newRow("latin capitals") << QStringLiteral("КOВAЛЬ") << QStringLiteral("1:O>О 3:A>А")
                                    << QStringLiteral("КОВАЛЬ") << true;
    QTest::newRow("latin B H M T K") << QStringLiteral("BОHМTК МАKС") << QStringLiteral("0:B>В 2:H>Н 4:T>Т 9:K>К")
                                     << QStringLiteral("ВОНМТК МАКС") << true;
    QTest::newRow("with apostrophe") << QStringLiteral("Дем’янeнко") << QStringLiteral("6:e>е")
                                     << QStringLiteral("Дем’яненко") << true;
    // Cyrillic letters inside Latin words.
    QTest::newRow("cyrillic а") << QStringLiteral("Tarаs") << QStringLiteral("3:а>a") << QStringLiteral("Taras")
                                << true;
    QTest::newRow("cyrillic о е с р") << QStringLiteral("Оlekseі Рetrenkо Sсhmidt")
                                      << QStringLiteral("0:О>O 6:і>i 8:Р>P 15:о>o 18:с>c")
                                      << QStringLiteral("Oleksei Petrenko Schmidt") << true;
    QTest::newRow("cyrillic у in latin") << QStringLiteral("Yurіі") << QStringLiteral("3:і>i 4:і>i")
                                         << QStringLiteral("Yurii") << true;
    // A tie inside a word goes to the script of the whole name.
    QTest::newRow("tie, cyrillic name") << QStringLiteral("Аc Петренко") << QStringLiteral("1:c>с")
                                        << QStringLiteral("Ас Петренко") << true;
    QTest::newRow("tie, latin name") << QStringLiteral("Оx Smith") << QStringLiteral("0:О>O")
                                     << QStringLiteral("Ox Smith") << true;
    // Foreign letters without a look-alike: reported, not repairable.
    QTest::newRow("latin g in cyrillic") << QStringLiteral("Гнатюgк") << QStringLiteral("5:g>?")
                                         << QStringLiteral("Гнатюgк") << false;
    QTest::newRow("cyrillic ж in latin") << QStringLiteral("Zhukovжky") << QStringLiteral("6:ж>?")
                                         << QStringLiteral("Zhukovжky") << false;
    QTest::newRow("one of two repairable") << QStringLiteral("Кoвaльsький") << QStringLiteral("1:o>о 3:a>а 6:s>?")
                                           << QStringLiteral("Ковальsький") << false;
    // Other scripts count as foreign too; ICU's confusables data pairs Greek ε τ with Cyrillic є т.
    QTest::newRow("greek in cyrillic") << QStringLiteral("Пετренко") << QStringLiteral("1:ε>є 2:τ>т")
                                       << QStringLiteral("Пєтренко") << true;
    QTest::newRow("greek without look-alike")
        << QStringLiteral("Пλтренко") << QStringLiteral("1:λ>?") << QStringLiteral("Пλтренко") << false;
    QTest::newRow("greek omicron repairable")
        << QStringLiteral("Петренкο") << QStringLiteral("7:ο>о") << QStringLiteral("Петренко") << true;
}

void LookAlikesTest::mixedWords()
{
    QFETCH(QString, name);
    QFETCH(QString, letters);
    QFETCH(QString, repaired);
    QFETCH(bool, canRepair);
    const QString before = name;
    const LookAlikeReport report = findLookAlikes(name);
    QCOMPARE(name, before);
    QCOMPARE(describe(report), letters);
    QCOMPARE(report.repaired, repaired);
    QCOMPARE(report.canRepair, canRepair);
    QVERIFY(!report.isClean());
    if (canRepair)
        QVERIFY(findLookAlikes(report.repaired).isClean());
}

void LookAlikesTest::cleanNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("ukrainian") << QStringLiteral("Шевченко Тарас Григорович");
    QTest::newRow("apostrophe") << QStringLiteral("Дем’яненко Юлія");
    QTest::newRow("latin") << QStringLiteral("Shevchenko Taras");
    QTest::newRow("two scripts in two words") << QStringLiteral("Шевченко Taras");
    QTest::newRow("hyphenated, one script each") << QStringLiteral("Петренко-Smith");
    QTest::newRow("russian") << QStringLiteral("Хрущёв Эльдар Объедков");
    QTest::newRow("empty") << QString();
    QTest::newRow("digits and punctuation") << QStringLiteral("№ 12, (3)");
}

void LookAlikesTest::cleanNames()
{
    QFETCH(QString, name);
    const LookAlikeReport report = findLookAlikes(name);
    QVERIFY(report.isClean());
    QCOMPARE(report.letters.size(), 0);
    QCOMPARE(report.repaired, name);
    QVERIFY(!report.canRepair);
}

void LookAlikesTest::scriptsAreNamed()
{
    const LookAlikeReport cyr = findLookAlikes(QStringLiteral("Шевченкo"));
    QCOMPARE(cyr.letters.size(), 1);
    QCOMPARE(cyr.letters.first().foundScript, QStringLiteral("Latin"));
    QCOMPARE(cyr.letters.first().replacementScript, QStringLiteral("Cyrillic"));
    const LookAlikeReport lat = findLookAlikes(QStringLiteral("Shevchenkо"));
    QCOMPARE(lat.letters.size(), 1);
    QCOMPARE(lat.letters.first().foundScript, QStringLiteral("Cyrillic"));
    QCOMPARE(lat.letters.first().replacementScript, QStringLiteral("Latin"));
}

// Every pair the checker proposes has one UTS #39 skeleton (checked directly against ICU here), and the
// letters officials expect are covered.
void LookAlikesTest::replacementsLookTheSame_data()
{
    QTest::addColumn<QString>("latin");
    QTest::addColumn<QString>("cyrillic");
    const char *const pairs[][2] = {
        {"a", "а"}, {"c", "с"}, {"e", "е"}, {"i", "і"}, {"o", "о"}, {"p", "р"}, {"x", "х"},
        {"y", "у"}, {"A", "А"}, {"B", "В"}, {"C", "С"}, {"E", "Е"}, {"H", "Н"}, {"I", "І"},
        {"K", "К"}, {"M", "М"}, {"O", "О"}, {"P", "Р"}, {"T", "Т"}, {"X", "Х"},
    };
    for (const auto &pair : pairs)
        QTest::newRow(pair[0]) << QString::fromUtf8(pair[0]) << QString::fromUtf8(pair[1]);
}

void LookAlikesTest::replacementsLookTheSame()
{
    QFETCH(QString, latin);
    QFETCH(QString, cyrillic);
    QVERIFY(!skeleton(latin).isEmpty());
    QCOMPARE(skeleton(latin), skeleton(cyrillic));
    QCOMPARE(lookAlikeIn(latin.at(0), QStringLiteral("Cyrillic")), cyrillic.at(0));
    QCOMPARE(lookAlikeIn(cyrillic.at(0), QStringLiteral("Latin")), latin.at(0));
}

void LookAlikesTest::mixesScripts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("mixed");
    QTest::newRow("Cyrillic") << QStringLiteral("Коваленко") << false;
    QTest::newRow("Latin") << QStringLiteral("Kovalenko") << false;
    QTest::newRow("Latin o inside Cyrillic") << QStringLiteral("Кoваленко") << true;
    QTest::newRow("two words, two scripts") << QStringLiteral("Коваленко Oleksandr") << true;
    QTest::newRow("Latin with diacritics and Cyrillic") << QStringLiteral("Šевченко") << true;
    QTest::newRow("digits and apostrophe only") << QStringLiteral("12’-") << false;
    QTest::newRow("empty") << QString() << false;
}

void LookAlikesTest::mixesScripts()
{
    QFETCH(QString, text);
    QFETCH(bool, mixed);
    QCOMPARE(mixesLatinAndCyrillic(text), mixed);
}

QTEST_GUILESS_MAIN(LookAlikesTest)
#include "tst_lookalikes.moc"
