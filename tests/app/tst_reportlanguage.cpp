// The printed sheets speak the interface language: --language, else the
// choice stored in Settings, else the system's (Ukrainian unless it speaks
// English). The program is run as an official would, its PDF read back with
// pdftotext -layout; the numbers it prints follow the language's locale.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class ReportLanguageTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sheetFollowsTheLanguage_data();
    void sheetFollowsTheLanguage();
    void categoryIsNeverSplit_data();
    void categoryIsNeverSplit();

private:
    // Runs the program with its own settings folder holding `stored` (none when null) and the locale variables given.
    Run run(const QString &home, const QStringList &arguments, const QString &stored,
            const QMap<QString, QString> &localeEnv) const;
    static QString pdfText(const QString &pdf);

    QTemporaryDir m_dir;
    QString m_demo;
    int m_runNo = 0;
};

Run ReportLanguageTest::run(const QString &home, const QStringList &arguments, const QString &stored,
                            const QMap<QString, QString> &localeEnv) const
{
    if (!stored.isNull()) {
        // Where QSettings() of organisation "Homeward", application "homeward" reads on this system.
        QSettings settings(home + QStringLiteral("/config/Homeward/homeward.conf"), QSettings::IniFormat);
        settings.setValue(QStringLiteral("language"), stored);
        settings.sync();
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LC_TIME"})
        env.remove(QString::fromLatin1(name));
    for (auto it = localeEnv.begin(); it != localeEnv.end(); ++it)
        env.insert(it.key(), it.value());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    // Private to the user, or Qt warns about it on stderr.
    const QString runtime = home + QStringLiteral("/runtime");
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.insert(QStringLiteral("HOMEWARD_NO_DIALOGS"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("HOMEWARD_PASSWORD"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(HOMEWARD_BINARY), arguments);
    Run result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = QStringLiteral("the program did not finish");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString ReportLanguageTest::pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

void ReportLanguageTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(HOMEWARD_BINARY)).isExecutable(), HOMEWARD_BINARY);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext (poppler-utils) is needed to read the PDFs back");
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Run demo = run(m_dir.filePath(QStringLiteral("home-demo")),
                         {QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("demo"), m_demo}, {}, {});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void ReportLanguageTest::sheetFollowsTheLanguage_data()
{
    QTest::addColumn<QString>("option");   // --language; empty: none
    QTest::addColumn<QString>("stored");   // the stored choice; null: nothing stored
    QTest::addColumn<QString>("lang");     // LANG of the environment; empty: C
    QTest::addColumn<QString>("expected"); // "uk" or "en"
    QTest::addColumn<QString>("warning");  // on stderr; empty: nothing at all
    const QString none;
    QTest::newRow("--language en") << QStringLiteral("en") << none << none << QStringLiteral("en") << QString();
    QTest::newRow("--language uk") << QStringLiteral("uk") << none << none << QStringLiteral("uk") << QString();
    QTest::newRow("--language uk over stored en, English system")
        << QStringLiteral("uk") << QStringLiteral("en") << QStringLiteral("en_GB.UTF-8") << QStringLiteral("uk")
        << QString();
    QTest::newRow("--language en over stored uk") << QStringLiteral("en") << QStringLiteral("uk")
                                                  << QStringLiteral("uk_UA.UTF-8") << QStringLiteral("en") << QString();
    QTest::newRow("stored en") << QString() << QStringLiteral("en") << QStringLiteral("uk_UA.UTF-8")
                               << QStringLiteral("en") << QString();
    QTest::newRow("stored uk") << QString() << QStringLiteral("uk") << QStringLiteral("en_US.UTF-8")
                               << QStringLiteral("uk") << QString();
    QTest::newRow("nothing stored, C locale") << QString() << none << none << QStringLiteral("uk") << QString();
    QTest::newRow("nothing stored, English system")
        << QString() << none << QStringLiteral("en_US.UTF-8") << QStringLiteral("en") << QString();
    QTest::newRow("nothing stored, Ukrainian system")
        << QString() << none << QStringLiteral("uk_UA.UTF-8") << QStringLiteral("uk") << QString();
    QTest::newRow("system, British English")
        << QString() << QStringLiteral("system") << QStringLiteral("en_GB.UTF-8") << QStringLiteral("en") << QString();
    QTest::newRow("system, German: the primary language")
        << QString() << QStringLiteral("system") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("uk") << QString();
    QTest::newRow("unknown stored value")
        << QString() << QStringLiteral("fr") << QStringLiteral("en_US.UTF-8") << QStringLiteral("uk")
        << QStringLiteral("the stored interface language \"fr\" is not known");
}

void ReportLanguageTest::sheetFollowsTheLanguage()
{
    QFETCH(QString, option);
    QFETCH(QString, stored);
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    QFETCH(QString, warning);
    const QString home = m_dir.filePath(QStringLiteral("home%1").arg(++m_runNo));
    const QString pdf = m_dir.filePath(QStringLiteral("sheet%1.pdf").arg(m_runNo));
    QStringList arguments;
    if (!option.isEmpty())
        arguments << QStringLiteral("--language") << option;
    arguments << QStringLiteral("report") << QStringLiteral("--database") << m_demo << QStringLiteral("--batch")
              << QStringLiteral("1") << QStringLiteral("--pdf") << pdf;
    QMap<QString, QString> localeEnv;
    if (!lang.isEmpty())
        localeEnv.insert(QStringLiteral("LANG"), lang);
    const Run r = run(home, arguments, stored, localeEnv);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    if (warning.isEmpty())
        QVERIFY2(r.err.trimmed().isEmpty(), qPrintable(r.err));
    else
        QVERIFY2(r.err.contains(warning), qPrintable(r.err));

    const QString text = pdfText(pdf);
    QVERIFY2(!text.isEmpty(), qPrintable(pdf));
    const QStringList english{QStringLiteral("Batch summary sheet"), QStringLiteral("CONTAINS PERSONAL DATA"),
                              QStringLiteral("List of persons (24)"), QStringLiteral("Signatures")};
    const QStringList ukrainian{QStringLiteral("Зведена відомість етапу"), QStringLiteral("МІСТИТЬ ПЕРСОНАЛЬНІ ДАНІ"),
                                QStringLiteral("Список осіб (24)"), QStringLiteral("Підписи")};
    const QStringList &wanted = expected == QLatin1String("en") ? english : ukrainian;
    const QStringList &other = expected == QLatin1String("en") ? ukrainian : english;
    for (const QString &heading : wanted)
        QVERIFY2(text.contains(heading), qPrintable(heading + QStringLiteral(" missing from:\n") + text.left(1500)));
    for (const QString &heading : other)
        QVERIFY2(!text.contains(heading), qPrintable(heading));

    // The time taken, in the language's number format: 0.19 or 0,19.
    const QRegularExpression seconds(expected == QLatin1String("en") ? QStringLiteral("\\d\\.\\d\\d s$")
                                                                     : QStringLiteral("\\d,\\d\\d с$"));
    QVERIFY2(seconds.match(r.out.trimmed()).hasMatch(), qPrintable(r.out));
}

void ReportLanguageTest::categoryIsNeverSplit_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("uk") << QStringLiteral("uk");
    QTest::newRow("en") << QStringLiteral("en");
}

// The list's category column is narrow: each word of it stays whole.
void ReportLanguageTest::categoryIsNeverSplit()
{
    QFETCH(QString, language);
    const QString pdf = m_dir.filePath(QStringLiteral("category-%1.pdf").arg(language));
    const Run r = run(m_dir.filePath(QStringLiteral("home-category-%1").arg(language)),
                      {QStringLiteral("--language"), language, QStringLiteral("report"), QStringLiteral("--database"),
                       m_demo, QStringLiteral("--batch"), QStringLiteral("1"), QStringLiteral("--pdf"), pdf},
                      {}, {});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());
    // The long Ukrainian form broke as "військовослуж" / "бовець": every word that starts like it must be whole.
    static const QRegularExpression word(QStringLiteral("(військово|serviceme?)\\w*"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    int whole = 0;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString found = it.next().captured();
        QVERIFY2(found == QLatin1String("військовослужбовець") || found == QLatin1String("serviceman"),
                 qPrintable(QStringLiteral("a category split into \"%1\"").arg(found)));
        ++whole;
    }
    if (language == QLatin1String("en"))
        QCOMPARE(whole, 18); // the servicemen of batch 1
    // Every person's sex, after the category: 18 men and 6 women.
    const QString men = language == QLatin1String("en") ? QStringLiteral("male") : QStringLiteral("чоловіча");
    const QString women = language == QLatin1String("en") ? QStringLiteral("female") : QStringLiteral("жіноча");
    QCOMPARE(text.count(women), 5);
    QCOMPARE(text.count(men) - (language == QLatin1String("en") ? text.count(women) : 0), 19);
}

QTEST_GUILESS_MAIN(ReportLanguageTest)
#include "tst_reportlanguage.moc"
