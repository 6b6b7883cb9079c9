// Verifications per second with 1, 2 and 4 desks at once on one database (issue 8's figures).
//
// For each number of desks, a fresh database: one operator enters the persons (the two-person rule
// wants the verifier to be someone else), then every desk, a process of its own signed in as its
// own verifier, confirms checklist items as fast as it can: each desk its own batch ("own"), or
// all desks one batch, split between them as verifiers split a list (desk i takes every Nth
// person: "shared"). The clock runs from the moment every desk has
// read its items until the last desk is done; each verification is one transaction with its
// audit row, as at a real desk.
//
//   bench_desks [--persons N] [--sqlite]      prints one line per run ("FIGURE …", as run.sh collects)
//
// PostgreSQL: a throw-away server (tools/pg-test-server.sh, found as the tests find it, or
// HOMEWARD_PG_TEST_SERVER). --sqlite runs the same on one SQLite file for comparison.
// tests/bench/desks_throughput.sh builds and runs it.

#include "storage/Accounts.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Sql.h"
#include "storage/Store.h"

#include "../storage/PostgresTestServer.h"
#include "../storage/SignIn.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <random>

using namespace homeward;

namespace {

const char kDeskFlag[] = "--bench-desk";

void say(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// --bench-desk ADDRESS BATCH OFFICIAL START_FILE DESK DESKS: reads the pending items of the
// batch's persons at positions DESK, DESK + DESKS, ... (modulo DESKS), says READY, waits for
// START_FILE, confirms them in a random order; says "DONE <verified> <stale> <ms>".
int runDesk(const QStringList &args)
{
    const qsizetype at = args.indexOf(QString::fromLatin1(kDeskFlag));
    if (at < 0 || args.size() < at + 7)
        return 2;
    const int desk = args.at(at + 5).toInt();
    const int desks = std::max(1, args.at(at + 6).toInt());
    auto db = Database::open(args.at(at + 1));
    if (!db) {
        say(QStringLiteral("ERR ") + db.text());
        return 2;
    }
    const qint64 batchId = args.at(at + 2).toLongLong();
    Store store(db.value()->connection());
    auto official = Accounts(store.connection()).get(args.at(at + 3).toLongLong());
    if (!official) {
        say(QStringLiteral("ERR ") + official.text());
        return 2;
    }
    testing::signIn(store, official.value());
    auto persons = store.persons().pageInBatch(batchId, 0, 100000);
    if (!persons) {
        say(QStringLiteral("ERR ") + persons.text());
        return 2;
    }
    QList<VerificationItem> pending;
    for (const ListedPerson &lp : persons.value()) {
        if (lp.position % desks != desk)
            continue;
        auto items = store.verification().itemsForPerson(lp.person.id);
        if (!items) {
            say(QStringLiteral("ERR ") + items.text());
            return 2;
        }
        for (const VerificationItem &item : items.value())
            if (item.state == CheckState::Pending)
                pending << item;
    }
    std::mt19937 rng(quint32(QCoreApplication::applicationPid()));
    std::shuffle(pending.begin(), pending.end(), rng);
    say(QStringLiteral("READY"));
    while (!QFile::exists(args.at(at + 4)))
        QThread::usleep(500);
    QElapsedTimer timer;
    timer.start();
    int verified = 0, stale = 0;
    for (const VerificationItem &item : std::as_const(pending)) {
        const Status done = store.verification().confirm(item, CheckMethod::InPerson);
        if (done)
            ++verified;
        else if (done.error().stale)
            ++stale;
        else {
            say(QStringLiteral("ERR ") + done.text());
            return 3;
        }
    }
    say(QStringLiteral("DONE %1 %2 %3").arg(verified).arg(stale).arg(timer.elapsed()));
    return 0;
}

struct Run final {
    int verified = 0;
    int stale = 0;
    qint64 wallMs = 0;
};

class Bench final {
public:
    Bench(int persons, bool sqlite) : m_persons(persons), m_sqlite(sqlite) {}

    // False when the server did not start; `skipped` when there is none to start here.
    bool start(bool *skipped)
    {
        *skipped = false;
        if (m_sqlite)
            return true;
        QString failure;
        if (!m_server.start(&failure)) {
            std::fprintf(stderr, "bench_desks: the PostgreSQL server did not start: %s\n", qPrintable(failure));
            return false;
        }
        if (!m_server.skipReason().isEmpty()) {
            std::printf("FIGURE desks: skipped (%s)\n", qPrintable(m_server.skipReason()));
            *skipped = true;
            return true;
        }
        qputenv("PGPASSFILE", m_server.filePath(QStringLiteral("pgpass")).toLocal8Bit());
        auto owner = DatabaseUrl::parse(m_server.ownerUrl());
        auto admin =
            owner ? Database::openServerUnmigrated(owner.value()) : Result<std::unique_ptr<Database>>(owner.error());
        if (!admin) {
            std::fprintf(stderr, "%s\n", qPrintable(admin.text()));
            return false;
        }
        m_admin = std::move(admin.value());
        return true;
    }

    void stop()
    {
        m_admin.reset();
        QString failure;
        if (!m_sqlite && !m_server.stop(&failure))
            std::fprintf(stderr, "%s\n", qPrintable(failure));
    }

    // N desks, each on its own batch or all on one.
    std::optional<Run> run(int desks, bool shared)
    {
        const QString name = QStringLiteral("d%1%2").arg(desks).arg(shared ? QStringLiteral("s") : QStringLiteral("o"));
        auto address = newDatabase(name);
        if (!address)
            return fail(address.text());
        QList<qint64> verifiers;
        QList<qint64> batches;
        { // the set-up connection goes before the desks start
            auto db = Database::open(address.value());
            if (!db)
                return fail(db.text());
            const QSqlDatabase c = db.value()->connection();
            auto op = testing::addOfficial(c, QStringLiteral("op"), testing::kOperator | testing::kSupervisor);
            if (!op)
                return fail(op.text());
            for (int i = 0; i < desks; ++i) {
                auto v = testing::addOfficial(c, QStringLiteral("ver%1").arg(i), testing::kVerifier);
                if (!v)
                    return fail(v.text());
                verifiers << v.value().id;
            }
            Store store(c);
            testing::signIn(store, op.value());
            Exchange exchange;
            exchange.title = name;
            auto exchangeId = store.exchanges().create(exchange);
            if (!exchangeId)
                return fail(exchangeId.text());
            for (int b = 0; b < (shared ? 1 : desks); ++b) {
                Batch batch;
                batch.exchangeId = exchangeId.value();
                auto id = store.batches().create(batch);
                if (!id)
                    return fail(id.text());
                batches << id.value();
                const int count = shared ? m_persons * desks : m_persons;
                for (int i = 0; i < count; ++i) {
                    Person p;
                    p.surname = QStringLiteral("Bench");
                    p.givenName = QStringLiteral("P%1").arg(i);
                    p.sex = Sex::Male;
                    p.category = Category::Serviceman;
                    if (auto added = store.persons().addToBatch(id.value(), p); !added)
                        return fail(added.text());
                }
            }
        }

        const QString go = m_dir.filePath(name + QStringLiteral(".go"));
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < desks; ++i) {
            auto process = std::make_unique<QProcess>();
            process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process->start(QCoreApplication::applicationFilePath(),
                           {QString::fromLatin1(kDeskFlag), address.value(),
                            QString::number(batches.at(shared ? 0 : i)), QString::number(verifiers.at(i)), go,
                            QString::number(shared ? i : 0), QString::number(shared ? desks : 1)});
            processes.push_back(std::move(process));
        }
        for (auto &process : processes) {
            while (!process->canReadLine())
                if (!process->waitForReadyRead(60000))
                    return fail(QStringLiteral("a desk did not get ready"));
            const QString line = QString::fromUtf8(process->readLine()).trimmed();
            if (line != QLatin1String("READY"))
                return fail(line);
        }
        QElapsedTimer wall;
        wall.start();
        QFile(go).open(QIODevice::WriteOnly);
        Run run;
        for (auto &process : processes) {
            if (!process->waitForFinished(600000))
                return fail(QStringLiteral("a desk did not finish"));
            const QStringList f = QString::fromUtf8(process->readAllStandardOutput()).trimmed().split(QLatin1Char(' '));
            if (f.size() != 4 || f.at(0) != QLatin1String("DONE"))
                return fail(f.join(QLatin1Char(' ')));
            run.verified += f.at(1).toInt();
            run.stale += f.at(2).toInt();
        }
        run.wallMs = wall.elapsed();
        // The chain held with every desk appending at once.
        auto check = Database::open(address.value());
        if (!check)
            return fail(check.text());
        auto fault = AuditLog::verify(check.value()->connection());
        if (!fault || fault.value())
            return fail(QStringLiteral("the audit chain does not verify"));
        return run;
    }

private:
    std::optional<Run> fail(const QString &text)
    {
        std::fprintf(stderr, "bench_desks: %s\n", qPrintable(text));
        return std::nullopt;
    }

    Result<QString> newDatabase(const QString &name)
    {
        if (m_sqlite)
            return m_dir.filePath(name + QStringLiteral(".sqlite"));
        if (auto made = sql::exec(m_admin->connection(), QStringLiteral("CREATE DATABASE %1").arg(name)); !made)
            return made.error();
        // As a production server commits: durably (the test server's default is off).
        if (auto durable = sql::exec(m_admin->connection(),
                                     QStringLiteral("ALTER DATABASE %1 SET synchronous_commit = on").arg(name));
            !durable)
            return durable.error();
        const auto replaced = [&](const QString &url) {
            return url.left(url.lastIndexOf(QLatin1Char('/')) + 1) + name;
        };
        auto owner = DatabaseUrl::parse(replaced(m_server.ownerUrl()));
        if (!owner)
            return owner.error();
        if (auto migrated = Database::migrateServer(owner.value()); !migrated)
            return migrated.error();
        return replaced(m_server.url());
    }

    const int m_persons;
    const bool m_sqlite;
    QTemporaryDir m_dir;
    testing::PostgresTestServer m_server;
    std::unique_ptr<Database> m_admin;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.contains(QString::fromLatin1(kDeskFlag)))
        return runDesk(args);
    int persons = 40;
    if (const qsizetype at = args.indexOf(QStringLiteral("--persons")); at >= 0 && at + 1 < args.size())
        persons = args.at(at + 1).toInt();
    const bool sqlite = args.contains(QStringLiteral("--sqlite"));
    Bench bench(persons, sqlite);
    bool skipped = false;
    if (!bench.start(&skipped))
        return 1;
    if (skipped)
        return 0;
    std::printf("FIGURE %-10s %5s %6s %13s %8s %10s %6s\n", "backend", "desks", "batch", "verifications", "seconds",
                "per second", "stale");
    int status = 0;
    for (const bool shared : {false, true}) {
        for (const int desks : {1, 2, 4}) {
            if (shared && desks == 1)
                continue; // the same as "own" with one desk
            const auto run = bench.run(desks, shared);
            if (!run) {
                status = 1;
                continue;
            }
            std::printf("FIGURE %-10s %5d %6s %13d %8.2f %10.1f %6d\n", sqlite ? "sqlite" : "postgresql", desks,
                        shared ? "shared" : "own", run->verified, run->wallMs / 1000.0,
                        run->verified * 1000.0 / std::max<qint64>(1, run->wallMs), run->stale);
            std::fflush(stdout);
        }
    }
    bench.stop();
    return status;
}
