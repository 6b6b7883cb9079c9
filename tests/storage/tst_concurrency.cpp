#include "storage/Accounts.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SignIn.h"
#include "storage/Sql.h"
#include "storage/StaleEdit.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>

#include <memory>

using namespace homeward;

namespace {

// Child mode: the test program run again as a second writer (see main()).
const char *const kChildVariable = "HOMEWARD_CONCURRENCY_CHILD";

const QString kOlena = QStringLiteral("Olena Kovalenko");
const QString kPetro = QStringLiteral("Petro Shevchenko");

Person samplePerson(const QString &surname)
{
    Person p;
    p.surname = surname;
    p.givenName = QStringLiteral("Ivan");
    p.patronymic = QStringLiteral("Petrovych");
    p.sex = Sex::Male;
    p.category = Category::Serviceman;
    return p;
}

} // namespace

// Two officials on two connections to one database file (two Store
// objects), and two processes writing the same batch at once.
class ConcurrencyTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void staleEditIsRefused_data();
    void staleEditIsRefused();
    void deletedPersonIsNamed();
    void statusChangeMakesBatchCopyStale();
    void staleAccountIsRefused();
    void rowVersionNotInSeal();
    void twoProcessesLoseNothing();

private:
    QSqlDatabase a() const { return m_dbA->connection(); }
    QSqlDatabase b() const { return m_dbB->connection(); }

    QTemporaryDir m_dir;
    int m_fileNo = 0;
    QString m_path;
    std::unique_ptr<Database> m_dbA;
    std::unique_ptr<Database> m_dbB;
    std::unique_ptr<Store> m_storeA; // Petro Shevchenko
    std::unique_ptr<Store> m_storeB; // Olena Kovalenko
    Official m_petro;
    Official m_olena;
    qint64 m_exchangeId = 0;
    qint64 m_batchId = 0;
    qint64 m_personId = 0;
};

void ConcurrencyTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void ConcurrencyTest::init()
{
    m_path = m_dir.filePath(QStringLiteral("shared%1.sqlite").arg(++m_fileNo));
    auto dbA = Database::open(m_path);
    QVERIFY2(dbA.ok(), qPrintable(dbA.text()));
    m_dbA = std::move(dbA).value();
    auto dbB = Database::open(m_path);
    QVERIFY2(dbB.ok(), qPrintable(dbB.text()));
    m_dbB = std::move(dbB).value();
    m_storeA = std::make_unique<Store>(a());
    m_storeB = std::make_unique<Store>(b());
    auto petro = testing::addOfficial(a(), QStringLiteral("petro"), testing::kAllRoles, true, kPetro);
    QVERIFY2(petro.ok(), qPrintable(petro.text()));
    m_petro = petro.value();
    auto olena = testing::addOfficial(a(), QStringLiteral("olena"), testing::kAllRoles, true, kOlena);
    QVERIFY2(olena.ok(), qPrintable(olena.text()));
    m_olena = olena.value();
    testing::signIn(*m_storeA, m_petro);
    testing::signIn(*m_storeB, m_olena);

    Exchange exchange;
    exchange.title = QStringLiteral("1000 for 1000");
    auto exchangeId = m_storeA->exchanges().create(exchange);
    QVERIFY2(exchangeId.ok(), qPrintable(exchangeId.text()));
    m_exchangeId = exchangeId.value();
    Batch batch;
    batch.exchangeId = m_exchangeId;
    batch.plannedServicemen = 5;
    auto batchId = m_storeA->batches().create(batch);
    QVERIFY2(batchId.ok(), qPrintable(batchId.text()));
    m_batchId = batchId.value();
    auto personId = m_storeA->persons().addToBatch(m_batchId, samplePerson(QStringLiteral("Melnyk")));
    QVERIFY2(personId.ok(), qPrintable(personId.text()));
    m_personId = personId.value();
}

void ConcurrencyTest::cleanup()
{
    m_storeA.reset();
    m_storeB.reset();
    m_dbA.reset();
    m_dbB.reset();
}

void ConcurrencyTest::staleEditIsRefused_data()
{
    QTest::addColumn<int>("record");
    QTest::addColumn<QString>("word");
    QTest::newRow("person") << int(StaleEdit::Record::Person) << QStringLiteral("person");
    QTest::newRow("batch") << int(StaleEdit::Record::Batch) << QStringLiteral("batch");
    QTest::newRow("exchange") << int(StaleEdit::Record::Exchange) << QStringLiteral("exchange");
}

// A and B open the same record; B saves; A's save, based on the copy A read
// before, is refused with B's name and time, and B's change stays. After
// reloading, A's save goes through.
void ConcurrencyTest::staleEditIsRefused()
{
    QFETCH(int, record);
    QFETCH(QString, word);
    const auto kind = StaleEdit::Record(record);
    const qint64 id = kind == StaleEdit::Record::Person  ? m_personId
                      : kind == StaleEdit::Record::Batch ? m_batchId
                                                         : m_exchangeId;

    // What each official's form would hold: a copy read now, its detail
    // changed (place for batches and exchanges, notes for persons).
    struct Copy {
        Person person;
        Batch batch;
        Exchange exchange;
    };
    const auto read = [&](Store &store) {
        Copy copy;
        if (kind == StaleEdit::Record::Person)
            copy.person = store.persons().get(id).value();
        else if (kind == StaleEdit::Record::Batch)
            copy.batch = store.batches().get(id).value();
        else
            copy.exchange = store.exchanges().get(id).value();
        return copy;
    };
    const auto save = [&](Store &store, Copy copy, const QString &value) -> Status {
        if (kind == StaleEdit::Record::Person) {
            copy.person.notes = value;
            return store.persons().update(copy.person);
        }
        if (kind == StaleEdit::Record::Batch) {
            copy.batch.place = value;
            return store.batches().update(copy.batch);
        }
        copy.exchange.place = value;
        return store.exchanges().update(copy.exchange);
    };
    const auto stored = [&](Store &store) {
        const Copy copy = read(store);
        return kind == StaleEdit::Record::Person  ? copy.person.notes
               : kind == StaleEdit::Record::Batch ? copy.batch.place
                                                  : copy.exchange.place;
    };
    const auto version = [&](Store &store) {
        const Copy copy = read(store);
        return kind == StaleEdit::Record::Person  ? copy.person.rowVersion
               : kind == StaleEdit::Record::Batch ? copy.batch.rowVersion
                                                  : copy.exchange.rowVersion;
    };

    const qint64 before = version(*m_storeA);
    QVERIFY(before > 0);
    const Copy copyA = read(*m_storeA);
    const Copy copyB = read(*m_storeB);

    const QDateTime savedByB = QDateTime::currentDateTimeUtc();
    const Status byB = save(*m_storeB, copyB, QStringLiteral("Olena's value"));
    QVERIFY2(byB.ok(), qPrintable(byB.text()));
    QCOMPARE(version(*m_storeA), before + 1);

    const Status byA = save(*m_storeA, copyA, QStringLiteral("Petro's value"));
    QVERIFY(!byA.ok());
    QVERIFY(byA.error().stale);
    QVERIFY(byA.error().detail.isEmpty());
    const QString message = byA.error().message;
    QVERIFY2(message.startsWith(QStringLiteral("This %1 was changed by %2 at ").arg(word, kOlena)),
             qPrintable(message));
    QVERIFY2(message.endsWith(QStringLiteral(" since you opened it. Nothing was saved: reload to see the change, then "
                                             "make yours again.")),
             qPrintable(message));
    // The time is B's save, in local time, as QLocale writes it.
    auto change = StaleEdit::lastChange(a(), kind, id);
    QVERIFY2(change.ok(), qPrintable(change.text()));
    QCOMPARE(change.value().by, kOlena);
    QVERIFY(change.value().exists);
    QVERIFY(qAbs(change.value().at.secsTo(savedByB)) < 5);
    QVERIFY2(message.contains(StaleEdit::formatTime(change.value().at)), qPrintable(message));
    QCOMPARE(message, StaleEdit::message(kind, change.value()));

    // B's change stands, and nothing of A's was written.
    QCOMPARE(stored(*m_storeA), QStringLiteral("Olena's value"));
    QCOMPARE(version(*m_storeA), before + 1);

    // A reloads and saves again: now it goes through.
    const Status again = save(*m_storeA, read(*m_storeA), QStringLiteral("Petro's value"));
    QVERIFY2(again.ok(), qPrintable(again.text()));
    QCOMPARE(stored(*m_storeB), QStringLiteral("Petro's value"));
    QCOMPARE(version(*m_storeB), before + 2);
    auto audit = AuditLog::verify(a());
    QVERIFY(audit.ok());
    QVERIFY(!audit.value().has_value());
}

void ConcurrencyTest::deletedPersonIsNamed()
{
    const Person copyA = m_storeA->persons().get(m_personId).value();
    const Status removed = m_storeB->persons().removeFromBatch(m_batchId, m_personId);
    QVERIFY2(removed.ok(), qPrintable(removed.text()));
    Person changed = copyA;
    changed.notes = QStringLiteral("too late");
    const Status saved = m_storeA->persons().update(changed);
    QVERIFY(!saved.ok());
    QVERIFY(saved.error().stale);
    QCOMPARE(saved.error().message,
             QStringLiteral("This person was deleted by %1 since you opened it. Nothing was saved.").arg(kOlena));
}

// BatchWorkflow's status changes bump the row version (schema 8 trigger),
// so a form opened before a status change cannot store its old copy.
void ConcurrencyTest::statusChangeMakesBatchCopyStale()
{
    const Batch copyA = m_storeA->batches().get(m_batchId).value();
    const Status cancelled = m_storeB->workflow().cancel(m_batchId, QStringLiteral("talks postponed"));
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.text()));
    const Batch afterCancel = m_storeA->batches().get(m_batchId).value();
    QCOMPARE(afterCancel.status, BatchStatus::Cancelled);
    QCOMPARE(afterCancel.rowVersion, copyA.rowVersion + 1);

    Batch changed = copyA;
    changed.notes = QStringLiteral("typed before the cancellation");
    const Status saved = m_storeA->batches().update(changed);
    QVERIFY(!saved.ok());
    QVERIFY(saved.error().stale);
    QVERIFY2(saved.error().message.startsWith(QStringLiteral("This batch was changed by %1 at ").arg(kOlena)),
             qPrintable(saved.error().message));
    QCOMPARE(m_storeA->batches().get(m_batchId).value().notes, QString());

    // A plain SQL writer that forgets the version gets it bumped too.
    QVERIFY(sql::run(a(), QStringLiteral("UPDATE batch SET updated_at = updated_at WHERE id = ?"), {m_batchId}).ok());
    QCOMPARE(m_storeA->batches().get(m_batchId).value().rowVersion, copyA.rowVersion + 2);
    QVERIFY(sql::run(a(), QStringLiteral("UPDATE exchange SET notes = 'x' WHERE id = ?"), {m_exchangeId}).ok());
    QCOMPARE(m_storeA->exchanges().get(m_exchangeId).value().rowVersion, qint64(2));
}

void ConcurrencyTest::staleAccountIsRefused()
{
    Accounts accountsA(a());
    Accounts accountsB(b());
    auto target = testing::addOfficial(a(), QStringLiteral("target"), testing::kOperator);
    QVERIFY2(target.ok(), qPrintable(target.text()));
    Official copyA = target.value();
    Official copyB = target.value();
    copyB.isVerifier = true;
    const Status byB = accountsB.update(Accounts::actorFor(m_olena), copyB);
    QVERIFY2(byB.ok(), qPrintable(byB.text()));
    copyA.fullName = QStringLiteral("Renamed Official");
    const Status byA = accountsA.update(Accounts::actorFor(m_petro), copyA);
    QVERIFY(!byA.ok());
    QVERIFY(byA.error().stale);
    QVERIFY2(byA.error().message.startsWith(QStringLiteral("This account was changed by %1 at ").arg(kOlena)),
             qPrintable(byA.error().message));
    QCOMPARE(accountsA.get(copyA.id).value().fullName, target.value().fullName);
}

// The seal covers named columns: a row version that moves with a status
// change must not make a sealed batch look tampered with.
void ConcurrencyTest::rowVersionNotInSeal()
{
    auto before = BatchWorkflow::contentHash(a(), m_batchId);
    QVERIFY2(before.ok(), qPrintable(before.text()));
    QVERIFY(
        sql::run(a(), QStringLiteral("UPDATE batch SET row_version = row_version + 5 WHERE id = ?"), {m_batchId}).ok());
    auto after = BatchWorkflow::contentHash(a(), m_batchId);
    QVERIFY2(after.ok(), qPrintable(after.text()));
    QCOMPARE(after.value(), before.value());
}

// Two processes write the same batch at once: each adds persons and edits
// the same few persons and the batch itself, retrying a stale refusal by
// reloading. Afterwards every acknowledged write is there, no "database is
// locked" surfaced, the audit chain and the file are intact, and each
// person's row version counts exactly the acknowledged updates.
void ConcurrencyTest::twoProcessesLoseNothing()
{
    // Five persons both writers edit (Melnyk from init() and four more).
    QList<qint64> shared{m_personId};
    for (int i = 1; i < 5; ++i) {
        auto id = m_storeA->persons().addToBatch(m_batchId, samplePerson(QStringLiteral("Shared%1").arg(i)));
        QVERIFY2(id.ok(), qPrintable(id.text()));
        shared << id.value();
    }
    QStringList sharedText;
    for (qint64 id : shared)
        sharedText << QString::number(id);
    const qint64 batchVersionBefore = m_storeA->batches().get(m_batchId).value().rowVersion;
    // The children open the file themselves.
    cleanup();

    constexpr int kWrites = 200;
    QList<QProcess *> children;
    QElapsedTimer clock;
    clock.start();
    for (const QString &user : {QStringLiteral("petro"), QStringLiteral("olena")}) {
        auto *child = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildVariable), QStringLiteral("1"));
        env.insert(QStringLiteral("CHILD_DB"), m_path);
        env.insert(QStringLiteral("CHILD_USER"), user);
        env.insert(QStringLiteral("CHILD_BATCH"), QString::number(m_batchId));
        env.insert(QStringLiteral("CHILD_PERSONS"), sharedText.join(QLatin1Char(',')));
        env.insert(QStringLiteral("CHILD_WRITES"), QString::number(kWrites));
        env.insert(QStringLiteral("CHILD_SECONDS"), QStringLiteral("120"));
        child->setProcessEnvironment(env);
        child->start(QCoreApplication::applicationFilePath(), {});
        children << child;
    }
    QHash<qint64, int> personUpdates;
    QHash<qint64, QStringList> personStamps;
    QStringList batchStamps;
    int batchUpdates = 0;
    int adds = 0;
    int staleRetries = 0;
    QList<qint64> added;
    for (QProcess *child : std::as_const(children)) {
        QVERIFY(child->waitForStarted(10000));
        QVERIFY2(child->waitForFinished(180000), "a writer did not finish in time");
        const QString errors = QString::fromUtf8(child->readAllStandardError());
        QCOMPARE(child->exitStatus(), QProcess::NormalExit);
        QVERIFY2(child->exitCode() == 0, qPrintable(errors));
        QVERIFY2(!errors.contains(QStringLiteral("locked"), Qt::CaseInsensitive), qPrintable(errors));
        const QStringList lines =
            QString::fromUtf8(child->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        int acknowledged = 0;
        for (const QString &line : lines) {
            const QStringList words = line.split(QLatin1Char(' '));
            QVERIFY2(words.first() != QStringLiteral("error"), qPrintable(line));
            if (words.first() == QStringLiteral("add")) {
                added << words.at(1).toLongLong();
                ++adds;
                ++acknowledged;
            } else if (words.first() == QStringLiteral("update")) {
                ++personUpdates[words.at(1).toLongLong()];
                personStamps[words.at(1).toLongLong()] << words.at(2);
                ++acknowledged;
            } else if (words.first() == QStringLiteral("batch")) {
                batchStamps << words.at(1);
                ++batchUpdates;
                ++acknowledged;
            } else if (words.first() == QStringLiteral("stale")) {
                ++staleRetries;
            }
        }
        QCOMPARE(acknowledged, kWrites);
    }
    const qint64 elapsed = clock.elapsed();
    qDeleteAll(children);
    // The writers' pauses between reading and saving make them collide
    // (about 40 refusals a run): the refusal path was exercised.
    QVERIFY(staleRetries > 0);

    auto db = Database::open(m_path);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    const QSqlDatabase c = db.value()->connection();
    Store store(c);
    // Every acknowledged add is stored and listed in the batch.
    for (qint64 id : std::as_const(added)) {
        auto listedIn = store.persons().batchesOf(id);
        QVERIFY2(listedIn.ok(), qPrintable(listedIn.text()));
        QCOMPARE(listedIn.value(), QList<qint64>{m_batchId});
    }
    QCOMPARE(store.persons().countInBatch(m_batchId).value(), int(shared.size() + added.size()));
    // Each edited person's version counts exactly the acknowledged updates.
    int updates = 0;
    for (qint64 id : std::as_const(shared)) {
        const Person p = store.persons().get(id).value();
        QCOMPARE(p.rowVersion, qint64(1 + personUpdates.value(id)));
        updates += personUpdates.value(id);
        // No update was lost: every acknowledged stamp is in the notes.
        const QStringList notes = p.notes.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QCOMPARE(notes.size(), personStamps.value(id).size());
        for (const QString &stamp : personStamps.value(id))
            QVERIFY2(notes.contains(stamp), qPrintable(stamp));
    }
    const Batch batch = store.batches().get(m_batchId).value();
    QCOMPARE(batch.rowVersion, batchVersionBefore + batchUpdates);
    const QStringList batchNotes = batch.notes.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QCOMPARE(batchNotes.size(), batchStamps.size());
    for (const QString &stamp : std::as_const(batchStamps))
        QVERIFY2(batchNotes.contains(stamp), qPrintable(stamp));
    // One audit row per acknowledged write, and the chain verifies.
    auto auditUpdates = sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'update' "
                                                      "AND entity = 'person'"));
    QCOMPARE(auditUpdates.value().toInt(), updates);
    auto verified = AuditLog::verify(c);
    QVERIFY2(verified.ok(), qPrintable(verified.text()));
    QVERIFY(!verified.value().has_value());
    auto integrity = sql::scalar(c, QStringLiteral("PRAGMA integrity_check"));
    QCOMPARE(integrity.value().toString(), QStringLiteral("ok"));
    qInfo("two writers: %d writes in %lld ms (%d adds, %d person updates, %d batch updates, %d stale retries)",
          2 * kWrites, elapsed, adds, updates, batchUpdates, staleRetries);
}

namespace {

// One writer of twoProcessesLoseNothing. Prints one line per acknowledged
// write ("add ID", "update ID STAMP", "batch STAMP"; an update appends
// STAMP to the notes), "stale" per refused stale save
// (then reloads and tries again) and "error TEXT" for anything else, which
// ends the writer with exit code 2.
int runChild()
{
    QTextStream out(stdout);
    const auto env = [](const char *name) { return qEnvironmentVariable(name); };
    const auto fail = [&out](const QString &text) {
        out << "error " << text << Qt::endl;
        return 2;
    };
    auto db = Database::open(env("CHILD_DB"));
    if (!db)
        return fail(db.text());
    const QSqlDatabase c = db.value()->connection();
    Store store(c);
    auto officialId = sql::scalar(c, QStringLiteral("SELECT id FROM official WHERE username = ?"), {env("CHILD_USER")});
    if (!officialId)
        return fail(officialId.text());
    auto official = Accounts(c).get(officialId.value().toLongLong());
    if (!official)
        return fail(official.text());
    store.setActor(Accounts::actorFor(official.value()));
    const qint64 batchId = env("CHILD_BATCH").toLongLong();
    QList<qint64> shared;
    for (const QString &id : env("CHILD_PERSONS").split(QLatin1Char(',')))
        shared << id.toLongLong();
    const int writes = env("CHILD_WRITES").toInt();
    QElapsedTimer clock;
    clock.start();
    const qint64 budgetMs = env("CHILD_SECONDS").toLongLong() * 1000;
    QRandomGenerator random{quint32(QCoreApplication::applicationPid())};
    const QString user = env("CHILD_USER");

    for (int i = 0; i < writes; ++i) {
        if (clock.elapsed() > budgetMs)
            return fail(QStringLiteral("out of time after %1 writes").arg(i));
        const QString stamp = QStringLiteral("%1-%2").arg(user).arg(i);
        switch (i % 4) {
        case 0: {
            auto added = store.persons().addToBatch(batchId, samplePerson(QStringLiteral("Added %1").arg(stamp)));
            if (!added)
                return fail(added.text());
            out << "add " << added.value() << Qt::endl;
            break;
        }
        case 3: {
            for (int attempt = 0;; ++attempt) {
                auto batch = store.batches().get(batchId);
                if (!batch)
                    return fail(batch.text());
                // Appended, so that a lost update would show as a missing stamp.
                Batch changed = batch.value();
                changed.notes += QLatin1Char(' ') + stamp;
                QThread::msleep(random.bounded(10)); // an official's moment between reading and saving
                const Status saved = store.batches().update(changed);
                if (saved)
                    break;
                if (!saved.error().stale || attempt > 100)
                    return fail(saved.text());
                out << "stale" << Qt::endl;
            }
            out << "batch " << stamp << Qt::endl;
            break;
        }
        default: {
            const qint64 id = shared.at(random.bounded(int(shared.size())));
            for (int attempt = 0;; ++attempt) {
                auto person = store.persons().get(id);
                if (!person)
                    return fail(person.text());
                Person changed = person.value();
                changed.notes += QLatin1Char(' ') + stamp;
                QThread::msleep(random.bounded(10));
                const Status saved = store.persons().update(changed);
                if (saved)
                    break;
                if (!saved.error().stale || attempt > 100)
                    return fail(saved.text());
                out << "stale" << Qt::endl;
            }
            out << "update " << id << ' ' << stamp << Qt::endl;
            break;
        }
        }
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildVariable))
        return runChild();
    ConcurrencyTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_concurrency.moc"
