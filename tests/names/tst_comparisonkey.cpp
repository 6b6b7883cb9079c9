#include "names/ComparisonKey.h"

#include <QTest>

using namespace homeward::names;

class ComparisonKeyTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void spellingsMeet_data();
    void spellingsMeet();
    void differentNamesStayApart_data();
    void differentNamesStayApart();
    void keyIgnoresFormatting_data();
    void keyIgnoresFormatting();
    void expectedKeys_data();
    void expectedKeys();
};

void ComparisonKeyTest::spellingsMeet_data()
{
    QTest::addColumn<QStringList>("spellings");
    const auto group = [](const char *name, std::initializer_list<const char *> spellings) {
        QStringList list;
        for (const char *s : spellings)
            list << QString::fromUtf8(s);
        QTest::newRow(name) << list;
    };
    group("Kovalenko", {"Коваленко", "Kovalenko", "КОВАЛЕНКО"});
    group("Shevchenko", {"Шевченко", "Shevchenko"});
    group("Hnatiuk", {"Гнатюк", "Hnatiuk", "Gnatiuk", "Hnatyuk", "Gnatjuk"});
    group("Kovalskyi", {"Ковальський", "Ковальский", "Kovalskyi", "Kovalskiy", "Kovalsky", "Kovalskii"});
    group("Kovalska", {"Ковальська", "Ковальская", "Kovalska", "Kovalskaya"});
    group("Ihor", {"Ігор", "Игорь", "Ihor", "Igor"});
    group("Serhii", {"Сергій", "Сергей", "Serhii", "Sergei", "Sergey", "Serhiy"});
    group("Andrii", {"Андрій", "Андрей", "Andrii", "Andrey", "Andriy"});
    group("Yurii", {"Юрій", "Юрий", "Yurii", "Iurii", "Yuriy"});
    group("Demianenko", {"Дем’яненко", "Дем'яненко", "Демяненко", "Demianenko", "Demyanenko"});
    group("Pylypchuk", {"Пилипчук", "Pylypchuk", "Pilipchuk"});
    group("Shcherbak", {"Щербак", "Shcherbak", "Scherbak"});
    group("Tsybulko", {"Цибулько", "Tsybulko", "Tcybulko", "Cybulko"});
    group("Khomenko", {"Хоменко", "Khomenko"});
    group("Zghorany", {"Згорани", "Zghorany"});
    group("Zaporizhzhia", {"Запоріжжя", "Zaporizhzhia", "Zaporizhia"});
    group("Yizhakevych", {"Їжакевич", "Yizhakevych", "Izhakevich"});
    group("Yenakiieve", {"Єнакієве", "Yenakiieve"});
    group("Khrushchev", {"Хрущёв", "Хрущев", "Khrushchev"});
    group("Maksym", {"Максим", "Maksym", "Maxim"});
    group("Kovalchuk", {"Ковальчук", "Kovalchuk", "Kovalčuk"});
}

void ComparisonKeyTest::spellingsMeet()
{
    QFETCH(QStringList, spellings);
    const QString key = comparisonKey(spellings.first());
    QVERIFY(!key.isEmpty());
    for (const QString &spelling : std::as_const(spellings))
        QVERIFY2(comparisonKey(spelling) == key, qPrintable(spelling + QStringLiteral(" → ") + comparisonKey(spelling) +
                                                            QStringLiteral(", not ") + key));
}

void ComparisonKeyTest::differentNamesStayApart_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("Kovalenko/Koval") << QStringLiteral("Коваленко") << QStringLiteral("Коваль");
    QTest::newRow("Shevchenko/Shevchuk") << QStringLiteral("Шевченко") << QStringLiteral("Шевчук");
    QTest::newRow("Hnatiuk/Hnatenko") << QStringLiteral("Гнатюк") << QStringLiteral("Гнатенко");
    QTest::newRow("Oleksandr/Aleksandr, a later table's job")
        << QStringLiteral("Олександр") << QStringLiteral("Александр");
    QTest::newRow("Khomenko/Homenko (х is not г)") << QStringLiteral("Хоменко") << QStringLiteral("Гоменко");
    QTest::newRow("Kovalskyi/Kovalska") << QStringLiteral("Ковальський") << QStringLiteral("Ковальська");
    QTest::newRow("Zhuk/Zuk") << QStringLiteral("Жук") << QStringLiteral("Зук");
    QTest::newRow("latin Shevchenko/Shevchuk") << QStringLiteral("Shevchenko") << QStringLiteral("Shevchuk");
}

void ComparisonKeyTest::differentNamesStayApart()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(!comparisonKey(a).isEmpty());
    QVERIFY2(comparisonKey(a) != comparisonKey(b), qPrintable(comparisonKey(a)));
}

void ComparisonKeyTest::keyIgnoresFormatting_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("spaces") << QStringLiteral("  Біла   Церква ") << QStringLiteral("Біла Церква");
    QTest::newRow("hyphen") << QStringLiteral("Петренко-Іваненко") << QStringLiteral("Петренко Іваненко");
    QTest::newRow("dash") << QStringLiteral("Петренко\u2013Іваненко") << QStringLiteral("ПетренкоІваненко");
    QTest::newRow("case") << QStringLiteral("ШЕВЧЕНКО") << QStringLiteral("шевченко");
    QTest::newRow("decomposed й") << QStringLiteral("Андри\u0306") << QStringLiteral("Андрій");
}

void ComparisonKeyTest::keyIgnoresFormatting()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(comparisonKey(a), comparisonKey(b));
}

void ComparisonKeyTest::expectedKeys_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::newRow("Shcherbak") << QStringLiteral("Щербак") << QStringLiteral("sherbak");
    QTest::newRow("Hnatiuk") << QStringLiteral("Гнатюк") << QStringLiteral("gnatiuk");
    QTest::newRow("Khomenko") << QStringLiteral("Хоменко") << QStringLiteral("xomenko");
    QTest::newRow("Tsybulko") << QStringLiteral("Цибулько") << QStringLiteral("cibulko");
    QTest::newRow("Kovalskyi") << QStringLiteral("Ковальський") << QStringLiteral("kovalski");
    QTest::newRow("Serhii") << QStringLiteral("Сергій") << QStringLiteral("sergi");
    QTest::newRow("no letters") << QStringLiteral(" - 12 ’ ") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void ComparisonKeyTest::expectedKeys()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(comparisonKey(name), key);
}

QTEST_GUILESS_MAIN(ComparisonKeyTest)
#include "tst_comparisonkey.moc"
