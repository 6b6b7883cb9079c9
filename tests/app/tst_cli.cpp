#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;

// Runs the built program the way an official or a script would, headless.
class CliTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void versionNeedsNoDisplay_data();
    void versionNeedsNoDisplay();
    void helpListsTheCommands_data();
    void helpListsTheCommands();
    void demoHelp();
    void demoWritesADatabase();
    void demoRefusesAnExistingFile();
    void wrongCommandLinesAreRefused_data();
    void wrongCommandLinesAreRefused();
    void newerDatabaseIsRefusedWithAMessage();
    void explicitDatabaseStartsEmpty();
    void firstStartWritesTheDemoToTheDefaultDatabase();
    void verifyAuditHelp();
    void verifyAuditPassesAnIntactDemo_data();
    void verifyAuditPassesAnIntactDemo();
    void verifyAuditNamesTheFirstBadRow_data();
    void verifyAuditNamesTheFirstBadRow();
    void verifyAuditRefusesWhatItCannotCheck_data();
    void verifyAuditRefusesWhatItCannotCheck();
    void windowWarnsAboutABrokenAuditTrail();

private:
    struct Run {
        int exitCode = -1;
        QProcess::ExitStatus exitStatus = QProcess::CrashExit;
        QString out;
        QString err;
    };
    enum class Display { Offscreen, None };

    QProcessEnvironment environment(Display display = Display::Offscreen) const;
    Run run(const QStringList &arguments, Display display = Display::Offscreen) const;
    // Starts the window, waits until `file` exists and the program is still
    // running a moment later, then ends it. Fails when the program exits by
    // itself. What the program wrote on stderr goes to `errors`.
    void startWindowUntil(const QStringList &arguments, const QString &file, QString *errors = nullptr);
    // A fresh demo database at `name` in the test folder.
    QString demoDatabase(const QString &name);
    // Runs the sqlite3 command-line tool on `path`, as someone tampering would.
    static void runSqlite3(const QString &path, const QString &script);
    static QByteArray fingerprint(const QString &path);

    QTemporaryDir m_dir;
};

void CliTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(HOMEWARD_BINARY)).isExecutable(), HOMEWARD_BINARY);
}

QProcessEnvironment CliTest::environment(Display display) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Settings and the default database inside the test's own folder.
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOMEWARD_NO_DIALOGS"), QStringLiteral("1"));
    if (display == Display::Offscreen) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    } else {
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
    }
    return env;
}

CliTest::Run CliTest::run(const QStringList &arguments, Display display) const
{
    QProcess process;
    process.setProcessEnvironment(environment(display));
    process.start(QStringLiteral(HOMEWARD_BINARY), arguments);
    Run result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = QStringLiteral("the program did not finish: ") + process.errorString();
        return result;
    }
    result.exitCode = process.exitCode();
    result.exitStatus = process.exitStatus();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void CliTest::startWindowUntil(const QStringList &arguments, const QString &file, QString *errors)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(HOMEWARD_BINARY), arguments);
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(file) || process.state() == QProcess::NotRunning, 30000);
    QTest::qWait(1500); // the window is up, not only the file
    const bool running = process.state() == QProcess::Running;
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    const QString stderrText = QString::fromUtf8(process.readAllStandardError());
    if (errors)
        *errors = stderrText;
    QVERIFY2(running, qPrintable(QStringLiteral("the window closed by itself: ") + stderrText));
    QVERIFY(QFileInfo::exists(file));
}

QByteArray CliTest::fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QFileInfo info(path);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex() + ' ' +
           QByteArray::number(info.size()) + ' ' + QByteArray::number(info.lastModified().toMSecsSinceEpoch());
}

void CliTest::versionNeedsNoDisplay_data()
{
    QTest::addColumn<int>("display");
    QTest::newRow("offscreen") << int(Display::Offscreen);
    QTest::newRow("no display at all") << int(Display::None);
}

void CliTest::versionNeedsNoDisplay()
{
    QFETCH(int, display);
    const Run r = run({QStringLiteral("--version")}, Display(display));
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("homeward " HOMEWARD_VERSION));
}

void CliTest::helpListsTheCommands_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<int>("display");
    QTest::newRow("--help") << QStringLiteral("--help") << int(Display::Offscreen);
    QTest::newRow("-h") << QStringLiteral("-h") << int(Display::Offscreen);
    QTest::newRow("--help, no display") << QStringLiteral("--help") << int(Display::None);
}

void CliTest::helpListsTheCommands()
{
    QFETCH(QString, option);
    QFETCH(int, display);
    const Run r = run({QStringLiteral("--language"), QStringLiteral("en"), option}, Display(display));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("Usage: homeward")), qPrintable(r.out));
    for (const char *word : {"demo", "--database", "--language", "--version", "verify-audit"})
        QVERIFY2(r.out.contains(QLatin1String(word)), word);
}

void CliTest::demoHelp()
{
    const Run r =
        run({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("demo"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("Usage: homeward demo")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("path")));
    QVERIFY(r.out.contains(QLatin1String("invented")));
}

void CliTest::demoWritesADatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("written/demo.sqlite"));
    const Run r = run({QStringLiteral("demo"), path}, Display::None);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(path));
    QVERIFY(QFileInfo::exists(path));

    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    const QSqlDatabase c = db.value()->connection();
    QCOMPARE(Migrations::currentVersion(c).value(), Migrations::latestVersion());
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM exchange")).value().toInt(), DemoData::kExchanges);
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM batch")).value().toInt(), DemoData::kBatches);
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM person")).value().toInt(), DemoData::kPersons);
}

void CliTest::demoRefusesAnExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("twice.sqlite"));
    const Run first = run({QStringLiteral("demo"), path});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QByteArray before = fingerprint(path);
    QVERIFY(!before.isEmpty());
    QTest::qWait(20); // a rewrite would show in the modification time

    const Run second = run({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("demo"), path});
    QCOMPARE(second.exitStatus, QProcess::NormalExit);
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(QLatin1String("already exists")), qPrintable(second.err));
    QVERIFY(second.out.isEmpty());
    QCOMPARE(fingerprint(path), before);
}

void CliTest::wrongCommandLinesAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("unknown command 'frobnicate'");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("export with an argument") << QStringList{QStringLiteral("export"), QStringLiteral("x")}
                                             << QStringLiteral("export takes no arguments besides its options: x");
    QTest::newRow("demo without path") << QStringList{QStringLiteral("demo")} << QStringLiteral("demo needs the path");
    QTest::newRow("demo with two paths") << QStringList{QStringLiteral("demo"), QStringLiteral("a"),
                                                        QStringLiteral("b")}
                                         << QStringLiteral("exactly one path");
    QTest::newRow("demo with unknown option")
        << QStringList{QStringLiteral("demo"), QStringLiteral("--force"), QStringLiteral("a")}
        << QStringLiteral("force");
    QTest::newRow("verify-audit without database")
        << QStringList{QStringLiteral("verify-audit")} << QStringLiteral("verify-audit needs --database");
    QTest::newRow("verify-audit with an argument")
        << QStringList{QStringLiteral("verify-audit"), QStringLiteral("--database"), QStringLiteral("a"),
                       QStringLiteral("b")}
        << QStringLiteral("takes no arguments");
    QTest::newRow("verify-audit with unknown option")
        << QStringList{QStringLiteral("verify-audit"), QStringLiteral("--repair"), QStringLiteral("--database"),
                       QStringLiteral("a")}
        << QStringLiteral("repair");
    QTest::newRow("unknown language") << QStringList{QStringLiteral("--language"), QStringLiteral("xx")}
                                      << QStringLiteral("unknown language");
    QTest::newRow("empty database path") << QStringList{QStringLiteral("--database=")}
                                         << QStringLiteral("--database needs");
}

void CliTest::wrongCommandLinesAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    if (!arguments.contains(QLatin1String("--language")))
        arguments = QStringList{QStringLiteral("--language"), QStringLiteral("en")} + arguments;
    const Run r = run(arguments, Display::None);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QLatin1String("homeward: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    // Nothing was written by a refused command.
    QVERIFY(!QFileInfo::exists(QStringLiteral("a")));
}

void CliTest::newerDatabaseIsRefusedWithAMessage()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto db = Database::openUnmigrated(path);
        QVERIFY2(db.ok(), qPrintable(db.text()));
        QVERIFY(sql::run(db.value()->connection(), QStringLiteral("CREATE TABLE future (x)")).ok());
        QVERIFY(sql::run(db.value()->connection(), QStringLiteral("PRAGMA user_version = 99")).ok());
    }
    const Run r = run({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--database"), path});
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("could not be opened")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("newer version")), qPrintable(r.err));
    QVERIFY2(r.err.contains(path), qPrintable(r.err));

    auto raw = Database::openUnmigrated(path);
    QVERIFY(raw.ok());
    QCOMPARE(Migrations::currentVersion(raw.value()->connection()).value(), 99);
}

void CliTest::explicitDatabaseStartsEmpty()
{
    const QString path = m_dir.filePath(QStringLiteral("explicit/real.sqlite"));
    startWindowUntil({QStringLiteral("--database"), path}, path);
    if (QTest::currentTestFailed())
        return;
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    for (const char *table : {"exchange", "batch", "person"})
        QCOMPARE(
            sql::scalar(db.value()->connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
                .value()
                .toInt(),
            0);
}

void CliTest::firstStartWritesTheDemoToTheDefaultDatabase()
{
    // AppDataLocation with organisation "Homeward" and application "homeward".
    const QString path = m_dir.filePath(QStringLiteral("data/Homeward/homeward/homeward.sqlite"));
    QVERIFY(!QFileInfo::exists(path));
    startWindowUntil({}, path);
    if (QTest::currentTestFailed())
        return;
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    QCOMPARE(sql::scalar(db.value()->connection(), QStringLiteral("SELECT COUNT(*) FROM person")).value().toInt(),
             DemoData::kPersons);
}

QString CliTest::demoDatabase(const QString &name)
{
    const QString path = m_dir.filePath(name);
    const Run r = run({QStringLiteral("demo"), path}, Display::None);
    if (r.exitCode != 0)
        qWarning("demo failed: %s", qPrintable(r.err));
    return path;
}

void CliTest::runSqlite3(const QString &path, const QString &script)
{
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {path, script});
    if (!sqlite.waitForStarted(10000))
        QFAIL(qPrintable(QStringLiteral("The sqlite3 command-line tool could not be started (%1). The tamper tests "
                                        "need it: install the Debian package sqlite3 (tools/install-deps.sh does).")
                             .arg(sqlite.errorString())));
    QVERIFY(sqlite.waitForFinished(30000));
    QVERIFY2(sqlite.exitStatus() == QProcess::NormalExit && sqlite.exitCode() == 0,
             qPrintable(QString::fromUtf8(sqlite.readAllStandardError())));
}

void CliTest::verifyAuditHelp()
{
    const Run r = run(
        {QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("verify-audit"), QStringLiteral("--help")},
        Display::None);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("Usage: homeward verify-audit")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("--database")));
    QVERIFY(r.out.contains(QLatin1String("hash")));
}

void CliTest::verifyAuditPassesAnIntactDemo_data()
{
    QTest::addColumn<bool>("optionFirst");
    QTest::newRow("verify-audit --database PATH") << false;
    QTest::newRow("--database PATH verify-audit") << true;
}

void CliTest::verifyAuditPassesAnIntactDemo()
{
    QFETCH(bool, optionFirst);
    const QString path = demoDatabase(QStringLiteral("intact-%1.sqlite").arg(optionFirst));
    const QStringList database{QStringLiteral("--database"), path};
    const QStringList command{QStringLiteral("verify-audit")};
    const Run r = run(QStringList{QStringLiteral("--language"), QStringLiteral("en")} +
                          (optionFirst ? database + command : command + database),
                      Display::None);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.err.isEmpty());
    QVERIFY2(r.out.startsWith(QLatin1String("Audit trail intact: ")), qPrintable(r.out));

    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    const QString head = AuditLog::headHash(db.value()->connection()).value();
    const qint64 rows = AuditLog::rowCount(db.value()->connection()).value();
    QVERIFY(rows >= DemoData::kPersons);
    QVERIFY2(r.out.contains(QStringLiteral("head %1").arg(head)), qPrintable(r.out));
    QVERIFY2(r.out.contains(QString::number(rows)), qPrintable(r.out));
}

void CliTest::verifyAuditNamesTheFirstBadRow_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("message");
    // Cyrillic а (D0 B0) to б (D0 B1): one byte of one row.
    QTest::newRow("one byte changed") << QStringLiteral("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET "
                                                        "after_json = replace(after_json, 'а', 'б') WHERE id = 7;")
                                      << QStringLiteral("audit trail broken at row 7: ");
    QTest::newRow("row deleted") << QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log "
                                                   "WHERE id = 10;")
                                 << QStringLiteral("audit trail broken at row 11: ");
    QTest::newRow("rows swapped") << QStringLiteral("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET id = -12 "
                                                    "WHERE id = 12; UPDATE audit_log SET id = 12 WHERE id = 13; "
                                                    "UPDATE audit_log SET id = 13 WHERE id = -12;")
                                  << QStringLiteral("audit trail broken at row 12: ");
}

void CliTest::verifyAuditNamesTheFirstBadRow()
{
    QFETCH(QString, script);
    QFETCH(QString, message);
    const QString path = demoDatabase(QStringLiteral("tampered-%1.sqlite").arg(QTest::currentDataTag()));
    runSqlite3(path, script);
    if (QTest::currentTestFailed())
        return;
    const Run r = run({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("verify-audit"),
                       QStringLiteral("--database"), path},
                      Display::None);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("homeward: ") + message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void CliTest::verifyAuditRefusesWhatItCannotCheck_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("schema"); // -1: no database is made; 0: a text file
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << "missing.sqlite" << -1 << "there is no database file";
    QTest::newRow("not a database") << "notes.txt" << 0 << "could not be opened";
    QTest::newRow("schema before the audit trail") << "old.sqlite" << 1 << "no audit trail yet";
    QTest::newRow("newer schema") << "future.sqlite" << 99 << "newer version";
}

void CliTest::verifyAuditRefusesWhatItCannotCheck()
{
    QFETCH(QString, file);
    QFETCH(int, schema);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QStringLiteral("refused/") + file);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    if (schema == 0) {
        QFile text(path);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray(2048, 'x'));
    } else if (schema > 0) {
        auto db = Database::openUnmigrated(path);
        QVERIFY2(db.ok(), qPrintable(db.text()));
        if (schema <= Migrations::latestVersion())
            QVERIFY(Migrations::migrateTo(db.value()->connection(), schema).ok());
        else
            QVERIFY(sql::run(db.value()->connection(), QStringLiteral("PRAGMA user_version = %1").arg(schema)).ok());
    }
    const Run r = run({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("verify-audit"),
                       QStringLiteral("--database"), path},
                      Display::None);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1);
    // Qt may warn before the message (a connection that failed to set up).
    QVERIFY2(r.err.contains(QStringLiteral("homeward: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    if (schema < 0) {
        QVERIFY(!QFileInfo::exists(path)); // not created by the check
    } else if (schema > 0) {
        auto raw = Database::openUnmigrated(path);
        QVERIFY(raw.ok());
        QCOMPARE(Migrations::currentVersion(raw.value()->connection()).value(), schema); // not migrated
    }
}

void CliTest::windowWarnsAboutABrokenAuditTrail()
{
    const QString path = demoDatabase(QStringLiteral("window-tampered.sqlite"));
    runSqlite3(path, QStringLiteral("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET after_json = "
                                    "replace(after_json, 'а', 'б') WHERE id = 9;"));
    if (QTest::currentTestFailed())
        return;
    QString errors;
    // The window still opens (HOMEWARD_NO_DIALOGS: the warning goes to stderr).
    startWindowUntil({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--database"), path}, path,
                     &errors);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(errors.contains(QLatin1String("may have been tampered with")), qPrintable(errors));
    QVERIFY2(errors.contains(QLatin1String("audit trail broken at row 9")), qPrintable(errors));

    // An intact trail starts without a word about it.
    const QString intact = demoDatabase(QStringLiteral("window-intact.sqlite"));
    startWindowUntil({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--database"), intact}, intact,
                     &errors);
    QVERIFY2(!errors.contains(QLatin1String("audit trail")), qPrintable(errors));
}

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
