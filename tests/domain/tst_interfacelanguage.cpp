#include "domain/InterfaceLanguage.h"

#include <QDir>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace homeward;

class InterfaceLanguageTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void choices();
    void resolve_data();
    void resolve();
    void formatLocale_data();
    void formatLocale();
    void qtTranslationOnlyForUkrainian();
};

void InterfaceLanguageTest::choices()
{
    QCOMPARE(InterfaceLanguage::choices(),
             (QStringList{QStringLiteral("system"), QStringLiteral("uk"), QStringLiteral("en")}));
    QCOMPARE(InterfaceLanguage::languages(), (QStringList{QStringLiteral("uk"), QStringLiteral("en")}));
    // Every choice resolves to a language the interface speaks.
    for (const QString &choice : InterfaceLanguage::choices())
        QVERIFY2(InterfaceLanguage::languages().contains(InterfaceLanguage::resolve(choice, QLocale::c())),
                 qPrintable(choice));
}

void InterfaceLanguageTest::resolve_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected"); // empty: not a choice
    QTest::newRow("nothing stored, Ukrainian system") << QString() << QStringLiteral("uk_UA") << QStringLiteral("uk");
    QTest::newRow("nothing stored, English system") << QString() << QStringLiteral("en_US") << QStringLiteral("en");
    QTest::newRow("nothing stored, C locale") << QString() << QStringLiteral("C") << QStringLiteral("uk");
    QTest::newRow("system, Ukrainian") << QStringLiteral("system") << QStringLiteral("uk_UA") << QStringLiteral("uk");
    QTest::newRow("system, British English")
        << QStringLiteral("system") << QStringLiteral("en_GB") << QStringLiteral("en");
    QTest::newRow("system, Canadian English")
        << QStringLiteral("system") << QStringLiteral("en_CA") << QStringLiteral("en");
    // Any other language gets the primary one.
    QTest::newRow("system, German") << QStringLiteral("system") << QStringLiteral("de_DE") << QStringLiteral("uk");
    QTest::newRow("system, Polish") << QStringLiteral("system") << QStringLiteral("pl_PL") << QStringLiteral("uk");
    QTest::newRow("system, Russian") << QStringLiteral("system") << QStringLiteral("ru_RU") << QStringLiteral("uk");
    QTest::newRow("system, C locale") << QStringLiteral("system") << QStringLiteral("C") << QStringLiteral("uk");
    // A language chosen outright wins over the system.
    QTest::newRow("uk on an English system") << QStringLiteral("uk") << QStringLiteral("en_US") << QStringLiteral("uk");
    QTest::newRow("en on a Ukrainian system")
        << QStringLiteral("en") << QStringLiteral("uk_UA") << QStringLiteral("en");
    QTest::newRow("en on a German system") << QStringLiteral("en") << QStringLiteral("de_DE") << QStringLiteral("en");
    QTest::newRow("case and blanks") << QStringLiteral(" EN ") << QStringLiteral("uk_UA") << QStringLiteral("en");
    QTest::newRow("System in capitals") << QStringLiteral("System") << QStringLiteral("en_US") << QStringLiteral("en");
    // Not a choice: the caller reports it.
    QTest::newRow("unknown code") << QStringLiteral("de") << QStringLiteral("de_DE") << QString();
    QTest::newRow("a locale name") << QStringLiteral("uk_UA") << QStringLiteral("uk_UA") << QString();
    QTest::newRow("a word") << QStringLiteral("Ukrainian") << QStringLiteral("uk_UA") << QString();
}

void InterfaceLanguageTest::resolve()
{
    QFETCH(QString, stored);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(InterfaceLanguage::resolve(stored, QLocale(system)), expected);
}

void InterfaceLanguageTest::formatLocale_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expectedName");
    QTest::addColumn<QString>("thousandsAndDecimals"); // 1234567.5 as the locale writes it
    QTest::newRow("uk, C locale") << QStringLiteral("uk") << QStringLiteral("C") << QStringLiteral("uk_UA")
                                  << QStringLiteral("1 234 567,5");
    QTest::newRow("en, C locale") << QStringLiteral("en") << QStringLiteral("C") << QStringLiteral("en_GB")
                                  << QStringLiteral("1,234,567.5");
    // The system's own country when it speaks the language.
    QTest::newRow("en, American system") << QStringLiteral("en") << QStringLiteral("en_US") << QStringLiteral("en_US")
                                         << QStringLiteral("1,234,567.5");
    QTest::newRow("en, Irish system") << QStringLiteral("en") << QStringLiteral("en_IE") << QStringLiteral("en_IE")
                                      << QStringLiteral("1,234,567.5");
    QTest::newRow("uk, Ukrainian system")
        << QStringLiteral("uk") << QStringLiteral("uk_UA") << QStringLiteral("uk_UA") << QStringLiteral("1 234 567,5");
    // Another language's formats are not mixed in.
    QTest::newRow("uk, English system") << QStringLiteral("uk") << QStringLiteral("en_US") << QStringLiteral("uk_UA")
                                        << QStringLiteral("1 234 567,5");
    QTest::newRow("en, German system") << QStringLiteral("en") << QStringLiteral("de_DE") << QStringLiteral("en_GB")
                                       << QStringLiteral("1,234,567.5");
}

void InterfaceLanguageTest::formatLocale()
{
    QFETCH(QString, language);
    QFETCH(QString, system);
    QFETCH(QString, expectedName);
    QFETCH(QString, thousandsAndDecimals);
    const QLocale locale = InterfaceLanguage::formatLocale(language, QLocale(system));
    QCOMPARE(locale.name(), expectedName);
    // The Ukrainian group separator is a no-break space.
    QCOMPARE(locale.toString(1234567.5, 'f', 1).replace(QChar(0x00a0), QLatin1Char(' ')), thousandsAndDecimals);
}

void InterfaceLanguageTest::qtTranslationOnlyForUkrainian()
{
    QTranslator english;
    QVERIFY(!InterfaceLanguage::loadQtTranslation(english, QStringLiteral("en"))); // Qt's source texts
    QTranslator unknown;
    QVERIFY(!InterfaceLanguage::loadQtTranslation(unknown, QStringLiteral("de")));
    QVERIFY(english.isEmpty() && unknown.isEmpty());
    QVERIFY(!InterfaceLanguage::qtTranslationsPath().isEmpty());
    QVERIFY(QDir(InterfaceLanguage::qtTranslationsPath()).isAbsolute());
}

QTEST_GUILESS_MAIN(InterfaceLanguageTest)
#include "tst_interfacelanguage.moc"
