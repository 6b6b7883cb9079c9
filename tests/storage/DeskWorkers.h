#pragma once

// Officials at several desks, each a process of its own (the test program started again with
// --desk-worker), working on one batch of one shared database: tests/storage/tst_concurrentdesks.cpp
// starts them and checks what they leave.
//
// A worker prints one line for every write the moment it returned (flushed at once):
//   READY
//   ACK add <person id> <tag>               a person added to the batch (committed)
//   ACK edit <person id> <new row_version> <tag>
//   STALE edit <person id> <tag>            refused: another desk changed the person since it was read
//   ACK verify <item id>                    a checklist item confirmed
//   STALE verify <item id>
//   ACK transition <status code>            the batch moved (supervisor)
//   REFUSED <kind> <id> <text>              a rule said no (batch confirmed, preconditions unmet)
//   ERR <text>                              anything else: a test failure
//   DONE
// <tag> is unique to one write and goes into person.notes, so the parent can tell which edit
// the stored row holds.

#include "domain/Verification.h"
#include "storage/Accounts.h"
#include "storage/Database.h"
#include "storage/SignIn.h"
#include "storage/Store.h"

#include <QElapsedTimer>
#include <QStringList>
#include <QThread>

#include <cstdio>
#include <memory>
#include <random>

namespace homeward::testing::desks {

inline constexpr char kWorkerFlag[] = "--desk-worker";

// What each kind of official does (argv after the flag: role address batch official durationMs seed
// addCount editPoolSize).
enum class DeskRole { Operator, Verifier, Supervisor };

inline QString roleName(DeskRole role)
{
    switch (role) {
    case DeskRole::Operator:
        return QStringLiteral("operator");
    case DeskRole::Verifier:
        return QStringLiteral("verifier");
    case DeskRole::Supervisor:
        return QStringLiteral("supervisor");
    }
    return {};
}

struct WorkerArgs final {
    DeskRole role = DeskRole::Operator;
    QString address;
    qint64 batchId = 0;
    qint64 officialId = 0;
    int durationMs = 3000;
    quint32 seed = 1;
    int addCount = 0;     // operator: persons to add first
    int editPoolSize = 4; // operator: edits go to the first this many persons of the list
    int editGapMs = 20;   // operator: the pause between two edits

    QStringList toArguments() const
    {
        return {QString::fromLatin1(kWorkerFlag),
                roleName(role),
                address,
                QString::number(batchId),
                QString::number(officialId),
                QString::number(durationMs),
                QString::number(seed),
                QString::number(addCount),
                QString::number(editPoolSize),
                QString::number(editGapMs)};
    }

    static std::optional<WorkerArgs> parse(const QStringList &args)
    {
        const qsizetype at = args.indexOf(QString::fromLatin1(kWorkerFlag));
        if (at < 0 || args.size() < at + 10)
            return std::nullopt;
        WorkerArgs w;
        const QString role = args.at(at + 1);
        w.role = role == QLatin1String("verifier")     ? DeskRole::Verifier
                 : role == QLatin1String("supervisor") ? DeskRole::Supervisor
                                                       : DeskRole::Operator;
        w.address = args.at(at + 2);
        w.batchId = args.at(at + 3).toLongLong();
        w.officialId = args.at(at + 4).toLongLong();
        w.durationMs = args.at(at + 5).toInt();
        w.seed = args.at(at + 6).toUInt();
        w.addCount = args.at(at + 7).toInt();
        w.editPoolSize = args.at(at + 8).toInt();
        w.editGapMs = args.at(at + 9).toInt();
        return w;
    }
};

inline void say(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// A refusal by a rule of the schema or the workflow (not a fault): the batch was confirmed
// meanwhile, or its preconditions are not met.
inline bool isRuleRefusal(const Error &error)
{
    const QString text = error.text();
    return text.contains(QLatin1String("confirmed")) || text.contains(QLatin1String("HW001"));
}

class DeskWorker final {
public:
    DeskWorker(const WorkerArgs &args, QSqlDatabase db) : m_args(args), m_store(db), m_rng(args.seed) {}

    int run()
    {
        auto official = Accounts(m_store.connection()).get(m_args.officialId);
        if (!official) {
            say(QStringLiteral("ERR sign-in: ") + official.text());
            return 2;
        }
        signIn(m_store, official.value());
        m_username = official.value().username;
        say(QStringLiteral("READY"));
        m_clock.start();
        switch (m_args.role) {
        case DeskRole::Operator:
            operate();
            break;
        case DeskRole::Verifier:
            verify();
            break;
        case DeskRole::Supervisor:
            supervise();
            break;
        }
        say(QStringLiteral("DONE"));
        return 0;
    }

private:
    bool timeLeft() const { return m_clock.elapsed() < m_args.durationMs; }
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    QString nextTag() { return QStringLiteral("%1w%2").arg(m_username).arg(++m_writes); }

    Result<BatchStatus> status()
    {
        auto batch = m_store.batches().get(m_args.batchId);
        if (!batch)
            return batch.error();
        return batch.value().status;
    }

    Result<QList<ListedPerson>> listed() { return m_store.persons().pageInBatch(m_args.batchId, 0, 1000); }

    // Adds its persons first (the plan counts them), then edits the first persons of the list as
    // a form would: read, a moment's pause while the official types, save over what was read.
    void operate()
    {
        for (int i = 0; i < m_args.addCount && timeLeft(); ++i) {
            const QString tag = nextTag();
            Person p;
            p.surname = QStringLiteral("Desk%1").arg(m_username);
            p.givenName = QStringLiteral("Added%1").arg(i);
            p.sex = Sex::Male;
            p.category = Category::Serviceman;
            p.notes = tag;
            auto added = m_store.persons().addToBatch(m_args.batchId, p);
            if (added)
                say(QStringLiteral("ACK add %1 %2").arg(added.value()).arg(tag));
            else if (isRuleRefusal(added.error()))
                say(QStringLiteral("REFUSED add 0 ") + added.text());
            else
                say(QStringLiteral("ERR add: ") + added.text());
        }
        while (timeLeft()) {
            auto persons = listed();
            if (!persons) {
                say(QStringLiteral("ERR list: ") + persons.text());
                return;
            }
            const int pool = std::min<int>(m_args.editPoolSize, int(persons.value().size()));
            if (pool == 0)
                return;
            const qint64 id = persons.value().at(below(pool)).person.id;
            auto read = m_store.persons().get(id);
            if (!read) {
                say(QStringLiteral("ERR read: ") + read.text());
                return;
            }
            Person p = read.value();
            const QString tag = nextTag();
            p.notes = tag;
            // Now and then a detail a verifier has to check again.
            if (below(3) == 0)
                p.birthPlace = QStringLiteral("Place %1").arg(tag);
            QThread::msleep(below(8));
            if (Status saved = m_store.persons().update(p); saved)
                say(QStringLiteral("ACK edit %1 %2 %3").arg(id).arg(p.rowVersion + 1).arg(tag));
            else if (saved.error().stale)
                say(QStringLiteral("STALE edit %1 %2").arg(id).arg(tag));
            else if (isRuleRefusal(saved.error()))
                say(QStringLiteral("REFUSED edit %1 %2").arg(id).arg(saved.text()));
            else
                say(QStringLiteral("ERR edit %1: %2").arg(id).arg(saved.text()));
            QThread::msleep(m_args.editGapMs + below(m_args.editGapMs + 1));
        }
    }

    // Confirms pending items of the batch's persons, in a random order, until the batch is
    // confirmed or the time is up.
    void verify()
    {
        while (timeLeft()) {
            auto now = status();
            if (!now) {
                say(QStringLiteral("ERR status: ") + now.text());
                return;
            }
            if (now.value() == BatchStatus::Confirmed)
                return;
            auto persons = listed();
            if (!persons) {
                say(QStringLiteral("ERR list: ") + persons.text());
                return;
            }
            QList<VerificationItem> pending;
            for (const ListedPerson &lp : persons.value()) {
                auto items = m_store.verification().itemsForPerson(lp.person.id);
                if (!items) {
                    say(QStringLiteral("ERR items: ") + items.text());
                    return;
                }
                for (const VerificationItem &item : items.value())
                    if (item.state == CheckState::Pending)
                        pending << item;
            }
            if (pending.isEmpty()) {
                QThread::msleep(10);
                continue;
            }
            // A few from the list read, as a verifier works down a page: some go stale meanwhile.
            for (int n = 0; n < 5 && !pending.isEmpty() && timeLeft(); ++n) {
                const VerificationItem item = pending.takeAt(below(int(pending.size())));
                if (Status done = m_store.verification().confirm(item, CheckMethod::InPerson); done)
                    say(QStringLiteral("ACK verify %1").arg(item.id));
                else if (done.error().stale)
                    say(QStringLiteral("STALE verify %1").arg(item.id));
                else if (isRuleRefusal(done.error()))
                    say(QStringLiteral("REFUSED verify %1 %2").arg(item.id).arg(done.text()));
                else
                    say(QStringLiteral("ERR verify %1: %2").arg(item.id).arg(done.text()));
            }
        }
    }

    // Marks the batch verified when it may be and confirms it (with the password) when it is.
    void supervise()
    {
        while (timeLeft()) {
            auto now = status();
            if (!now) {
                say(QStringLiteral("ERR status: ") + now.text());
                return;
            }
            if (now.value() == BatchStatus::Confirmed)
                return;
            const BatchStatus target =
                now.value() == BatchStatus::Verified ? BatchStatus::Confirmed : BatchStatus::Verified;
            auto unmet = m_store.workflow().preconditions(m_args.batchId, target);
            if (!unmet) {
                say(QStringLiteral("ERR preconditions: ") + unmet.text());
                return;
            }
            if (!unmet.value().isEmpty()) {
                QThread::msleep(15);
                continue;
            }
            const Status moved = target == BatchStatus::Confirmed
                                     ? m_store.workflow().confirm(m_args.batchId, testPassword())
                                     : m_store.workflow().markVerified(m_args.batchId);
            if (moved)
                say(QStringLiteral("ACK transition ") + toCode(target));
            else
                // The batch changed between the look and the move: an edit sent it back, say.
                say(QStringLiteral("REFUSED transition %1 %2").arg(toCode(target), moved.text()));
        }
    }

    WorkerArgs m_args;
    Store m_store;
    std::mt19937 m_rng;
    QElapsedTimer m_clock;
    QString m_username;
    int m_writes = 0;
};

// The worker's main: opens the database as a desk would and works.
inline int runWorker(const WorkerArgs &args)
{
    auto db = Database::open(args.address);
    if (!db) {
        say(QStringLiteral("ERR open: ") + db.text());
        return 2;
    }
    return DeskWorker(args, db.value()->connection()).run();
}

} // namespace homeward::testing::desks
