// CounterpartWrites: the other side's list and the resolutions written as the store's official, each announced
// once by ChangeNotifier::counterpartChanged(batch) after it is committed (what an open reconciliation window
// listens to), and a refused write announcing nothing, with nothing stored. On SQLite and on PostgreSQL (TestDatabase:
// HOMEWARD_TEST_BACKEND), the demo afresh for every test.

#include "storage/CounterpartFixture.h"
#include "storage/CounterpartWrites.h"
#include "storage/SeenRows.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;

namespace {

constexpr qint64 kBatch = 2;          // the demo's batch in verification
constexpr qint64 kConfirmedBatch = 1; // the demo's confirmed batch
constexpr qint64 kDraftBatch = 3;     // the demo's draft batch

InterchangeRow row(qint64 line, const QString &recordId, const QString &surname, const QString &givenName)
{
    InterchangeRow r;
    r.line = line;
    r.person.recordId = recordId;
    r.person.surname = surname;
    r.person.givenName = givenName;
    return r;
}

const QString kSha = QString(64, QLatin1Char('a'));

} // namespace

class CounterpartWritesTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void importAnnouncesTheBatch_data();
    void importAnnouncesTheBatch();
    void resolveAndUnresolveAnnounce();
    void refusedWritesAnnounceNothing_data();
    void refusedWritesAnnounceNothing();
    void readsAnnounceNothing();

private:
    void useAccount(const char *username);
    QList<InterchangeRow> twoRows() const
    {
        return {row(2, QStringLiteral("R-1"), QStringLiteral("Гнатюк"), QStringLiteral("Василь")),
                row(3, QStringLiteral("R-2"), QStringLiteral("Петренко"), QStringLiteral("Олег"))};
    }

    testing::TestDatabase m_testDb;
    QTemporaryDir m_dir;
    QString m_template; // SQLite: the demo file every test copies
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    int m_run = 0;
};

void CounterpartWritesTest::initTestCase()
{
    QString failure;
    QVERIFY2(m_testDb.start(&failure), qPrintable(failure));
    HOMEWARD_SKIP_WITHOUT_BACKEND(m_testDb);
    auto made = testing::prepareDemo(m_testDb, m_dir);
    QVERIFY2(made.ok(), qPrintable(made.text()));
    m_template = made.value();
}

void CounterpartWritesTest::cleanupTestCase()
{
    QString failure;
    QVERIFY2(m_testDb.stop(&failure), qPrintable(failure));
}

void CounterpartWritesTest::init()
{
    auto copy = testing::openDemo(m_testDb, m_template, m_dir.filePath(QStringLiteral("run-%1.sqlite").arg(++m_run)));
    QVERIFY2(copy.ok(), qPrintable(copy.text()));
    m_db = std::move(copy.value().db);
    m_store = std::move(copy.value().store);
}

void CounterpartWritesTest::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void CounterpartWritesTest::useAccount(const char *username)
{
    const Status used = testing::useDemoAccount(*m_store, username);
    QVERIFY2(used.ok(), qPrintable(used.text()));
}

void CounterpartWritesTest::importAnnouncesTheBatch_data()
{
    QTest::addColumn<qint64>("batch");
    QTest::newRow("in verification") << kBatch;
    QTest::newRow("draft") << kDraftBatch;
}

void CounterpartWritesTest::importAnnouncesTheBatch()
{
    QFETCH(qint64, batch);
    QSignalSpy changed(m_store->notifier(), &ChangeNotifier::counterpartChanged);
    QSignalSpy persons(m_store->notifier(), &ChangeNotifier::personsChanged);
    CounterpartWrites writes(*m_store);
    auto first = writes.importList(batch, QStringLiteral("their.csv"), kSha, twoRows());
    QVERIFY2(first.ok(), qPrintable(first.text()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), batch);
    // A second list replaces the first as the current one: announced again.
    auto second = writes.importList(batch, QStringLiteral("their-2.csv"), kSha, twoRows().mid(0, 1));
    QVERIFY2(second.ok(), qPrintable(second.text()));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).toLongLong(), batch);
    // Our list did not change.
    QCOMPARE(persons.size(), 0);
    auto current = writes.repository().currentList(batch);
    QVERIFY(current.ok() && current.value().has_value());
    QCOMPARE(current.value()->id, second.value());
    QCOMPARE(current.value()->importedBy, m_store->actor().officialId); // written as the store's official
}

void CounterpartWritesTest::resolveAndUnresolveAnnounce()
{
    CounterpartWrites writes(*m_store);
    QVERIFY(writes.importList(kBatch, QStringLiteral("their.csv"), kSha, twoRows()).ok());
    QSignalSpy changed(m_store->notifier(), &ChangeNotifier::counterpartChanged);
    const QString key = Reconciler::onlyTheirsKey(QStringLiteral("R-2"));
    Status done =
        writes.resolve(kBatch, key, QString(), QStringLiteral("Петренко Олег"), QStringLiteral("checked"), {});
    QVERIFY2(done.ok(), qPrintable(done.text()));
    QCOMPARE(changed.size(), 1);
    // A new note for the same item: announced too.
    done = writes.resolve(kBatch, key, QString(), QStringLiteral("Петренко Олег"), QStringLiteral("checked again"),
                          testing::seenResolution(writes.repository(), kBatch, key));
    QVERIFY2(done.ok(), qPrintable(done.text()));
    QCOMPARE(changed.size(), 2);
    // A verifier may resolve as well.
    useAccount(DemoData::kVerifierUsername);
    done = writes.unresolve(kBatch, key, testing::seenResolution(writes.repository(), kBatch, key));
    QVERIFY2(done.ok(), qPrintable(done.text()));
    QCOMPARE(changed.size(), 3);
    for (const QList<QVariant> &arguments : std::as_const(changed))
        QCOMPARE(arguments.at(0).toLongLong(), kBatch);
    QVERIFY(writes.repository().resolutions(kBatch).value().isEmpty());
}

void CounterpartWritesTest::refusedWritesAnnounceNothing_data()
{
    QTest::addColumn<QString>("write");
    QTest::addColumn<QString>("account");
    QTest::newRow("import into a confirmed batch") << QStringLiteral("import-confirmed") << QStringLiteral("operator");
    QTest::newRow("import of no rows") << QStringLiteral("import-empty") << QStringLiteral("operator");
    QTest::newRow("import by a verifier") << QStringLiteral("import") << QStringLiteral("verifier");
    QTest::newRow("resolve without a note") << QStringLiteral("resolve-no-note") << QStringLiteral("operator");
    QTest::newRow("resolve in a confirmed batch") << QStringLiteral("resolve-confirmed") << QStringLiteral("operator");
    QTest::newRow("unresolve what is not resolved") << QStringLiteral("unresolve") << QStringLiteral("operator");
}

void CounterpartWritesTest::refusedWritesAnnounceNothing()
{
    QFETCH(QString, write);
    QFETCH(QString, account);
    CounterpartWrites writes(*m_store);
    QVERIFY(writes.importList(kBatch, QStringLiteral("their.csv"), kSha, twoRows()).ok());
    const int listsBefore = int(writes.repository().lists(kBatch).value().size());
    useAccount(account.toLatin1().constData());
    QSignalSpy changed(m_store->notifier(), &ChangeNotifier::counterpartChanged);
    const QString key = Reconciler::onlyTheirsKey(QStringLiteral("R-2"));
    Status done;
    if (write == QLatin1String("import-confirmed"))
        done = writes.importList(kConfirmedBatch, QStringLiteral("their.csv"), kSha, twoRows()).status();
    else if (write == QLatin1String("import-empty"))
        done = writes.importList(kBatch, QStringLiteral("their.csv"), kSha, {}).status();
    else if (write == QLatin1String("import"))
        done = writes.importList(kBatch, QStringLiteral("their.csv"), kSha, twoRows()).status();
    else if (write == QLatin1String("resolve-no-note"))
        done = writes.resolve(kBatch, key, QString(), QStringLiteral("Петренко Олег"), QStringLiteral("  "), {});
    else if (write == QLatin1String("resolve-confirmed"))
        done = writes.resolve(kConfirmedBatch, key, QString(), QStringLiteral("x"), QStringLiteral("checked"), {});
    else
        done = writes.unresolve(kBatch, key, {});
    QVERIFY(!done.ok());
    QVERIFY(!done.text().isEmpty());
    QCOMPARE(changed.size(), 0);
    QCOMPARE(int(writes.repository().lists(kBatch).value().size()), listsBefore);
    QVERIFY(writes.repository().resolutions(kBatch).value().isEmpty());
}

void CounterpartWritesTest::readsAnnounceNothing()
{
    CounterpartWrites writes(*m_store);
    QVERIFY(writes.importList(kBatch, QStringLiteral("their.csv"), kSha, twoRows()).ok());
    QSignalSpy changed(m_store->notifier(), &ChangeNotifier::counterpartChanged);
    auto reconciled = writes.repository().reconcile(kBatch);
    QVERIFY2(reconciled.ok(), qPrintable(reconciled.text()));
    QVERIFY(writes.repository().currentListRows(kBatch).ok());
    QCOMPARE(changed.size(), 0);
}

QTEST_MAIN(CounterpartWritesTest)
#include "tst_counterpartwrites.moc"
