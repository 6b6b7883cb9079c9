#include "ProgramRun.h"

#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;

// `homeward backup` and `homeward restore`, run as an official or a script would.
class BackupCommandTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void helpDescribesTheCommands_data();
    void helpDescribesTheCommands();
    void backupWritesACheckedCopy();
    void backupRefusesAnExistingFile();
    void wrongCommandLinesAreRefused_data();
    void wrongCommandLinesAreRefused();
    void restorePutsTheBackupInPlace();
    void restoreRefusesChangingNothing_data();
    void restoreRefusesChangingNothing();

private:
    using Run = testing::ProgramRun;
    Run run(const QStringList &arguments, const QString &password = QString()) const;
    QString demo(const QString &name) const;
    static QByteArray hashOf(const QString &path);

    QTemporaryDir m_dir;
};

void BackupCommandTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(HOMEWARD_BINARY)).isExecutable(), HOMEWARD_BINARY);
}

BackupCommandTest::Run BackupCommandTest::run(const QStringList &arguments, const QString &password) const
{
    return testing::runProgram(m_dir.path(), arguments, password);
}

QString BackupCommandTest::demo(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    const Run r = run({QStringLiteral("demo"), path});
    return r.exitCode == 0 ? path : QString();
}

QByteArray BackupCommandTest::hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

void BackupCommandTest::helpDescribesTheCommands_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("backup") << "backup" << QStringList{"Usage: homeward backup", "--database", "--to", "manifest"};
    QTest::newRow("restore") << "restore" << QStringList{"Usage: homeward restore", "--from",  "--database", "--user",
                                                         "HOMEWARD_PASSWORD",       "replaced"};
}

void BackupCommandTest::helpDescribesTheCommands()
{
    QFETCH(QString, command);
    QFETCH(QStringList, words);
    const Run r = run({command, QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const QString &word : words)
        QVERIFY2(r.out.contains(word), qPrintable(word + QStringLiteral(" in ") + r.out));
    const Run main = run({QStringLiteral("--help")});
    QVERIFY2(main.out.contains(command + QStringLiteral(" --")), qPrintable(main.out));
}

void BackupCommandTest::backupWritesACheckedCopy()
{
    const QString database = demo(QStringLiteral("backup-source.sqlite"));
    QVERIFY(!database.isEmpty());
    const QString target = m_dir.filePath(QStringLiteral("out/copy.sqlite"));
    const Run r =
        run({QStringLiteral("backup"), QStringLiteral("--database"), database, QStringLiteral("--to"), target});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("Backup written to")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("Persons: 40")), qPrintable(r.out));
    auto verified = Backup::verify(target);
    QVERIFY2(verified.ok(), qPrintable(verified.text()));
    QVERIFY(r.out.contains(verified.value().sha256));
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QCOMPARE(QFileInfo(target).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly);
}

void BackupCommandTest::backupRefusesAnExistingFile()
{
    const QString database = demo(QStringLiteral("backup-existing.sqlite"));
    QVERIFY(!database.isEmpty());
    const QString target = m_dir.filePath(QStringLiteral("taken.sqlite"));
    QFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a backup");
    file.close();
    const Run r =
        run({QStringLiteral("backup"), QStringLiteral("--database"), database, QStringLiteral("--to"), target});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("already exists")), qPrintable(r.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("not a backup"));
}

void BackupCommandTest::wrongCommandLinesAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("backup without --to") << QStringList{"backup", "--database", "x.sqlite"} << 2 << "needs --to";
    QTest::newRow("backup without --database") << QStringList{"backup", "--to", "x.sqlite"} << 2 << "needs --database";
    QTest::newRow("backup of a missing file")
        << QStringList{"backup", "--database", "/nonexistent/x.sqlite", "--to", "y.sqlite"} << 1 << "no database file";
    QTest::newRow("restore without --user")
        << QStringList{"restore", "--from", "a", "--database", "b"} << 2 << "--user";
    QTest::newRow("restore without --from")
        << QStringList{"restore", "--database", "b", "--user", "s"} << 2 << "needs --from";
}

void BackupCommandTest::wrongCommandLinesAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void BackupCommandTest::restorePutsTheBackupInPlace()
{
    const QString database = demo(QStringLiteral("restore-target.sqlite"));
    QVERIFY(!database.isEmpty());
    const QString backup = m_dir.filePath(QStringLiteral("restore-source.backup"));
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--database"), database, QStringLiteral("--to"), backup})
                 .exitCode,
             0);
    const Run r = run({QStringLiteral("restore"), QStringLiteral("--from"), backup, QStringLiteral("--database"),
                       database, QStringLiteral("--user"), QStringLiteral("supervisor")},
                      QStringLiteral("demo"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("kept as")), qPrintable(r.out));
    const QStringList kept =
        QDir(m_dir.path()).entryList({QStringLiteral("restore-target.sqlite.replaced-*")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QVERIFY(r.out.contains(kept.constFirst()));

    auto db = Database::open(database);
    QVERIFY(db.ok());
    const QSqlDatabase c = db.value()->connection();
    auto chain = AuditLog::verify(c);
    QVERIFY(chain.ok() && !chain.value().has_value());
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT a.action || ' ' || o.username FROM audit_log a JOIN official o "
                                           "ON o.id = a.official_id ORDER BY a.id DESC LIMIT 1"))
                 .value()
                 .toString(),
             QStringLiteral("restore supervisor"));
}

void BackupCommandTest::restoreRefusesChangingNothing_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("tamper");
    QTest::addColumn<QString>("message");
    QTest::newRow("wrong password") << "supervisor"
                                    << "wrong" << false << "nothing was restored";
    QTest::newRow("not a supervisor") << "operator"
                                      << "demo" << false << "only a supervisor";
    QTest::newRow("tampered backup") << "supervisor"
                                     << "demo" << true << "SHA-256";
}

void BackupCommandTest::restoreRefusesChangingNothing()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, tamper);
    QFETCH(QString, message);
    static int n = 0;
    const QString database = demo(QStringLiteral("refuse-%1.sqlite").arg(++n));
    QVERIFY(!database.isEmpty());
    const QString backup = m_dir.filePath(QStringLiteral("refuse-%1.backup").arg(n));
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--database"), database, QStringLiteral("--to"), backup})
                 .exitCode,
             0);
    if (tamper) {
        QFile file(backup);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        const char byte = file.peek(1).at(0);
        file.write(QByteArray(1, char(byte ^ 0x01)));
    }
    const QByteArray before = hashOf(database);
    const Run r = run({QStringLiteral("restore"), QStringLiteral("--from"), backup, QStringLiteral("--database"),
                       database, QStringLiteral("--user"), user},
                      password);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(QDir(m_dir.path()).entryList({QFileInfo(database).fileName() + QStringLiteral(".replaced-*")}).isEmpty());
    // A refused sign-in is recorded in the audit trail (as in the window); the data itself is untouched.
    if (tamper)
        QCOMPARE(hashOf(database), before);
}

QTEST_GUILESS_MAIN(BackupCommandTest)
#include "tst_backupcommand.moc"
