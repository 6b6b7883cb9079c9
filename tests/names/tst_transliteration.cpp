#include "names/Transliterator.h"

#include <QRegularExpression>
#include <QTest>
#include <QThread>

using namespace homeward;
using namespace homeward::names;

class TransliterationTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rulesLoad();
    void ukrainianPassport_data();
    void ukrainianPassport();
    void ukrainianAllCaps_data() { ukrainianPassport_data(); }
    void ukrainianAllCaps();
    void russianIcao_data();
    void russianIcao();
    void russianAllCaps_data() { russianIcao_data(); }
    void russianAllCaps();
    void apostropheForms_data();
    void apostropheForms();
    void uncoveredLetterIsAnError();
    void concurrentUse();
};

void TransliterationTest::rulesLoad()
{
    const Status uk = PassportTransliterator::check(PassportTransliterator::System::UkrainianPassport);
    QVERIFY2(uk.ok(), qPrintable(uk.text()));
    const Status ru = PassportTransliterator::check(PassportTransliterator::System::RussianIcao);
    QVERIFY2(ru.ok(), qPrintable(ru.text()));
}

void TransliterationTest::ukrainianPassport_data()
{
    QTest::addColumn<QString>("cyrillic");
    QTest::addColumn<QString>("latin");
    // The examples of the resolution itself (KMU No. 55 of 27 January 2010), then names.
    const char *const examples[][2] = {
        {"Алушта", "Alushta"},
        {"Борщагівка", "Borshchahivka"},
        {"Вінниця", "Vinnytsia"},
        {"Гадяч", "Hadiach"},
        {"Ґорґани", "Gorgany"},
        {"Донецьк", "Donetsk"},
        {"Рівне", "Rivne"},
        {"Єнакієве", "Yenakiieve"},
        {"Наєнко", "Naienko"},
        {"Житомир", "Zhytomyr"},
        {"Запоріжжя", "Zaporizhzhia"},
        {"Медвин", "Medvyn"},
        {"Іршава", "Irshava"},
        {"Їжакевич", "Yizhakevych"},
        {"Кадиївка", "Kadyivka"},
        {"Йосипівка", "Yosypivka"},
        {"Стрий", "Stryi"},
        {"Олексій", "Oleksii"},
        {"Київ", "Kyiv"},
        {"Лебедин", "Lebedyn"},
        {"Миколаїв", "Mykolaiv"},
        {"Ніжин", "Nizhyn"},
        {"Одеса", "Odesa"},
        {"Полтава", "Poltava"},
        {"Решетилівка", "Reshetylivka"},
        {"Суми", "Sumy"},
        {"Тернопіль", "Ternopil"},
        {"Ужгород", "Uzhhorod"},
        {"Фастів", "Fastiv"},
        {"Харків", "Kharkiv"},
        {"Біла Церква", "Bila Tserkva"},
        {"Чернівці", "Chernivtsi"},
        {"Шостка", "Shostka"},
        {"Гоща", "Hoshcha"},
        {"Юрій", "Yurii"},
        {"Крюківка", "Kriukivka"},
        {"Яготин", "Yahotyn"},
        {"Костянтин", "Kostiantyn"},
        {"Знам’янка", "Znamianka"},
        {"Феодосія", "Feodosiia"},
        {"Згорани", "Zghorany"},
        {"Розгон", "Rozghon"},
        {"Мар’їне", "Marine"},
        {"Львів", "Lviv"},
        {"Русь", "Rus"},
        {"Щербань", "Shcherban"},
        {"Шевченко Тарас Григорович", "Shevchenko Taras Hryhorovych"},
        {"Дем’яненко Юлія", "Demianenko Yuliia"},
        {"Ковальська-Їжак", "Kovalska-Yizhak"},
        {"Андрій Євгенович", "Andrii Yevhenovych"},
    };
    for (const auto &example : examples)
        QTest::newRow(example[0]) << QString::fromUtf8(example[0]) << QString::fromUtf8(example[1]);
}

void TransliterationTest::ukrainianPassport()
{
    QFETCH(QString, cyrillic);
    QFETCH(QString, latin);
    const Result<QString> result =
        PassportTransliterator::transliterate(PassportTransliterator::System::UkrainianPassport, cyrillic);
    QVERIFY2(result.ok(), qPrintable(result.text()));
    QCOMPARE(result.value(), latin);
    QCOMPARE(PassportTransliterator::ukrainianPassport(cyrillic), latin);
}

void TransliterationTest::ukrainianAllCaps()
{
    QFETCH(QString, cyrillic);
    QFETCH(QString, latin);
    QCOMPARE(PassportTransliterator::ukrainianPassport(cyrillic.toUpper()), latin.toUpper());
    QCOMPARE(PassportTransliterator::ukrainianPassport(cyrillic.toLower()), latin.toLower());
}

void TransliterationTest::russianIcao_data()
{
    QTest::addColumn<QString>("cyrillic");
    QTest::addColumn<QString>("latin");
    // Doc 9303 writes ъ as "ie" and е as "e", so Объедков is Obieedkov (ОБЪЕДКОВ → OBIEEDKOV).
    const char *const examples[][2] = {
        {"Александр", "Aleksandr"},    {"Юрий", "Iurii"},        {"Щукин", "Shchukin"},
        {"Объедков", "Obieedkov"},     {"Хрущёв", "Khrushchev"}, {"Эльдар", "Eldar"},
        {"Яковлев", "Iakovlev"},       {"Цой", "Tsoi"},          {"Жуков Сергей", "Zhukov Sergei"},
        {"Чайковский", "Chaikovskii"}, {"Быков", "Bykov"},       {"Наталья", "Natalia"},
    };
    for (const auto &example : examples)
        QTest::newRow(example[0]) << QString::fromUtf8(example[0]) << QString::fromUtf8(example[1]);
}

void TransliterationTest::russianIcao()
{
    QFETCH(QString, cyrillic);
    QFETCH(QString, latin);
    const Result<QString> result =
        PassportTransliterator::transliterate(PassportTransliterator::System::RussianIcao, cyrillic);
    QVERIFY2(result.ok(), qPrintable(result.text()));
    QCOMPARE(result.value(), latin);
    QCOMPARE(PassportTransliterator::russianIcao(cyrillic), latin);
}

void TransliterationTest::russianAllCaps()
{
    QFETCH(QString, cyrillic);
    QFETCH(QString, latin);
    QCOMPARE(PassportTransliterator::russianIcao(cyrillic.toUpper()), latin.toUpper());
    QCOMPARE(PassportTransliterator::russianIcao(cyrillic.toLower()), latin.toLower());
}

void TransliterationTest::apostropheForms_data()
{
    QTest::addColumn<QString>("cyrillic");
    QTest::newRow("typewriter") << QStringLiteral("Знам'янка");
    QTest::newRow("right quote") << QStringLiteral("Знам\u2019янка");
    QTest::newRow("modifier letter") << QStringLiteral("Знам\u02BCянка");
    QTest::newRow("grave") << QStringLiteral("Знам`янка");
}

void TransliterationTest::apostropheForms()
{
    QFETCH(QString, cyrillic);
    QCOMPARE(PassportTransliterator::ukrainianPassport(cyrillic), QStringLiteral("Znamianka"));
}

void TransliterationTest::uncoveredLetterIsAnError()
{
    // Ukrainian rules do not cover Russian ы: an error, never a half-Latin spelling.
    const Result<QString> result = PassportTransliterator::transliterate(
        PassportTransliterator::System::UkrainianPassport, QStringLiteral("Быков"));
    QVERIFY(!result.ok());
    QVERIFY(!result.error().message.isEmpty());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("transliteration failed")));
    QVERIFY(PassportTransliterator::ukrainianPassport(QStringLiteral("Быков")).isEmpty());
    // Latin input stays as it is.
    QCOMPARE(PassportTransliterator::ukrainianPassport(QStringLiteral("Smith")), QStringLiteral("Smith"));
}

void TransliterationTest::concurrentUse()
{
    QList<QString> results(8);
    QList<QThread *> threads;
    for (qsizetype i = 0; i < results.size(); ++i) {
        threads << QThread::create([&results, i] {
            for (int n = 0; n < 200; ++n)
                results[i] = PassportTransliterator::ukrainianPassport(QStringLiteral("Згорани Єнакієве"));
        });
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    for (const QString &result : std::as_const(results))
        QCOMPARE(result, QStringLiteral("Zghorany Yenakiieve"));
}

QTEST_GUILESS_MAIN(TransliterationTest)
#include "tst_transliteration.moc"
