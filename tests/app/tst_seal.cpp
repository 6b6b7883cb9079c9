#include "ProgramRun.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;

// verify-audit also checks the seals of confirmed batches: a sealed
// person's details changed with the sqlite3 tool (the lock triggers dropped
// first, as someone tampering would) make it fail, naming the batch, even
// though the audit trail itself is untouched.
class SealTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tamperingWithASealedBatchIsNamed_data();
    void tamperingWithASealedBatchIsNamed();

private:
    using Run = testing::ProgramRun;
    Run run(const QStringList &arguments) const;
    QTemporaryDir m_dir;
};

void SealTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

SealTest::Run SealTest::run(const QStringList &arguments) const
{
    return testing::runProgram(m_dir.path(), arguments);
}

void SealTest::tamperingWithASealedBatchIsNamed_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("message");
    // Cyrillic а (D0 B0) to б (D0 B1) in one surname of the sealed batch 1.
    QTest::newRow("one byte of a sealed surname")
        << "DROP TRIGGER batch_locked_person_update; DROP TRIGGER batch_locked_verification_update; "
           "UPDATE person SET surname = replace(surname, 'а', 'б') WHERE id = (SELECT m.person_id FROM batch_member m "
           "JOIN batch b ON b.id = m.batch_id WHERE b.status = 'confirmed' AND m.position = 1);"
        << "no longer matches its seal";
    QTest::newRow("a sealed discrepancy hidden")
        << "DROP TRIGGER batch_locked_verification_update; UPDATE verification_item SET method = 'photo' "
           "WHERE item = 'identity' AND person_id = (SELECT m.person_id FROM batch_member m JOIN batch b "
           "ON b.id = m.batch_id WHERE b.status = 'confirmed' AND m.position = 2);"
        << "no longer matches its seal";
    QTest::newRow("the seal itself rewritten")
        << "DROP TRIGGER batch_seal_unchanged; UPDATE batch SET seal_head_hash = printf('%064d', 0) "
           "WHERE status = 'confirmed';"
        << "differs from the one recorded at confirmation";
    QTest::newRow("a batch confirmed without its seal")
        << "DROP TRIGGER batch_status_edges; DROP TRIGGER batch_confirmed_needs_seal; "
           "UPDATE batch SET status = 'confirmed' WHERE status = 'draft';"
        << "carries no seal";
}

void SealTest::tamperingWithASealedBatchIsNamed()
{
    QFETCH(QString, script);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentDataTag()).replace(' ', '-'));
    const Run demo = run({QStringLiteral("demo"), path});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const Run intact = run({QStringLiteral("verify-audit"), QStringLiteral("--database"), path});
    QVERIFY2(intact.exitCode == 0, qPrintable(intact.err));

    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {path, script});
    QVERIFY2(sqlite.waitForStarted(10000), "the sqlite3 command-line tool is needed (Debian package sqlite3)");
    QVERIFY(sqlite.waitForFinished(30000));
    QVERIFY2(sqlite.exitCode() == 0, qPrintable(QString::fromUtf8(sqlite.readAllStandardError())));

    const Run r = run({QStringLiteral("verify-audit"), QStringLiteral("--database"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(QStringLiteral("homeward: seal broken for batch ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    // The batch is named with its number, its exchange and its id.
    auto db = Database::openUnmigrated(path);
    QVERIFY(db.ok());
    auto named = sql::run(db.value()->connection(),
                          QStringLiteral("SELECT b.id, b.sequence_no, e.title FROM batch b JOIN exchange e "
                                         "ON e.id = b.exchange_id WHERE b.status = 'confirmed' ORDER BY b.id"));
    QVERIFY(named.ok());
    bool found = false;
    while (named.value().next())
        found = found || r.err.contains(QStringLiteral("batch %1 of “%2” (id %3)")
                                            .arg(named.value().value(1).toString(), named.value().value(2).toString(),
                                                 named.value().value(0).toString()));
    QVERIFY2(found, qPrintable(r.err));
}

QTEST_GUILESS_MAIN(SealTest)
#include "tst_seal.moc"
