#include "domain/InterfaceLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTest>
#include <QTranslator>

using namespace homeward;

// Qt's own Ukrainian texts (standard buttons, file and message dialogs) are
// found where the program looks for them and say what they should.
class QtTranslationTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void ukrainianIsLoaded_data();
    void ukrainianIsLoaded();
    void cleanupTestCase();

private:
    QTranslator m_translator;
    bool m_installed = false;
};

void QtTranslationTest::initTestCase()
{
    const QString file = QDir(InterfaceLanguage::qtTranslationsPath()).filePath(QStringLiteral("qtbase_uk.qm"));
    if (!QFileInfo::exists(file))
        QSKIP(qPrintable(QStringLiteral("%1 is not installed (package qt6-translations-l10n)").arg(file)));
    QVERIFY2(InterfaceLanguage::loadQtTranslation(m_translator, QStringLiteral("uk")), qPrintable(file));
    QCOMPARE(QFileInfo(m_translator.filePath()).canonicalFilePath(), QFileInfo(file).canonicalFilePath());
    QVERIFY2(m_translator.language().startsWith(QLatin1String("uk")), qPrintable(m_translator.language()));
    m_installed = QCoreApplication::installTranslator(&m_translator);
    QVERIFY(m_installed);
}

void QtTranslationTest::ukrainianIsLoaded_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    // Standard buttons of every dialog box.
    QTest::newRow("Cancel") << QStringLiteral("QPlatformTheme") << QStringLiteral("Cancel")
                            << QStringLiteral("Скасувати");
    QTest::newRow("Save") << QStringLiteral("QPlatformTheme") << QStringLiteral("Save") << QStringLiteral("Зберегти");
    QTest::newRow("Yes") << QStringLiteral("QPlatformTheme") << QStringLiteral("&Yes") << QStringLiteral("Т&ак");
    QTest::newRow("No") << QStringLiteral("QPlatformTheme") << QStringLiteral("&No") << QStringLiteral("&Ні");
    // The file dialog of exports and backups, the message boxes.
    QTest::newRow("file dialog") << QStringLiteral("QFileDialog") << QStringLiteral("Look in:")
                                 << QStringLiteral("Перегляд в:");
    QTest::newRow("message box details") << QStringLiteral("QMessageBox") << QStringLiteral("Show Details...")
                                         << QStringLiteral("Показати деталі...");
}

void QtTranslationTest::ukrainianIsLoaded()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QCOMPARE(QCoreApplication::translate(qPrintable(context), qPrintable(source)), expected);
}

void QtTranslationTest::cleanupTestCase()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

QTEST_GUILESS_MAIN(QtTranslationTest)
#include "tst_qttranslation.moc"
