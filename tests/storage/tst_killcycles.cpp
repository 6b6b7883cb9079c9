#include "io/InterchangeCsv.h"
#include "storage/Accounts.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/OpenCheck.h"
#include "storage/RegistryRepository.h"
#include "storage/SignIn.h"
#include "storage/Sql.h"
#include "storage/Store.h"
#include "Sanitized.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <memory>
#include <optional>
#include <random>

using namespace homeward;

// Kill test: a child process (this same executable, started with
// HOMEWARD_KILL_CHILD=<database>) writes through the repositories and prints
// one line per write after it committed; the parent kills it with SIGKILL at
// a random moment and checks the database: intact, every acknowledged write
// present with its content, no write half kept, at most the one write in
// flight at the kill kept without an acknowledgement.
//
// Child protocol, one line each, flushed at once:
//   READY                                      signed in, about to write
//   DO <kind> <fields>                         a write begins
//   ACK <kind> <fields>                        it returned success (committed)
//   ERR <text>                                 a write failed: a test failure
//   DONE                                       stopped by itself (time or count)
// Kinds and fields:
//   DO person-add <tag>                        ACK person-add <id> <batch> <surname> <tag>
//   DO person-update <id> <row_version> <tag>  ACK person-update <id> <new row_version> <tag>
//   DO verify <item id> <state>                ACK verify <item id> <state>
//   DO import <mode> <tag> <rows>              ACK import <import id> <rows> <mode> <tag>
// <tag> is unique to one write ("c<cycle>w<n>"): it goes into person.notes and
// registry_person.notes and names the imported file ("<mode>-<tag>.csv").

namespace {

const char kChildEnv[] = "HOMEWARD_KILL_CHILD";
const char kSeedEnv[] = "HOMEWARD_KILL_SEED";
const char kTagEnv[] = "HOMEWARD_KILL_TAG";
const char kCyclesEnv[] = "HOMEWARD_KILL_CYCLES";
const char kFreshEveryEnv[] = "HOMEWARD_KILL_FRESH_EVERY";
const char kMasterSeedEnv[] = "HOMEWARD_KILL_MASTER_SEED";

// 200 in the regular suite; the sanitizer run (several times slower) does 50 (Sanitized.h).
constexpr int kDefaultCycles = homeward::testing::kSanitized ? 50 : 200;
// A new database after this many cycles: every cycle checks the integrity of
// the whole file and verifies the whole audit chain, whose cost grows with the
// database (about 60 ms a cycle at 100 cycles, 300 ms at 200 on a busy machine).
constexpr int kDefaultFreshEvery = 100;
constexpr int kSharedRecords = 30; // registry records replaced by every "replace" import
constexpr int kMinKillDelayMs = 5;
constexpr int kMaxKillDelayMs = 120;
// OpenCheck repeats integrity and audit checks made every cycle: now and then is enough.
constexpr int kOpenCheckEvery = 50;
constexpr int kProgressEvery = 500; // a line on stdout for long runs
// A child that is never killed stops by itself.
constexpr int kChildMaxWrites = 5000;
constexpr int kChildMaxMs = 20000;

const char *const kSurnames[] = {"Коваленко", "Шевченко", "Бондаренко", "Ткаченко", "Кравченко",
                                 "Олійник",   "Мельник",  "Лисенко",    "Гнатюк",   "Мар'яненко"};
const char *const kGivenNames[] = {"Олександр", "Сергій", "Андрій", "Тарас", "Ганна", "Оксана"};

QString fileNameOf(const QString &mode, const QString &tag)
{
    return QStringLiteral("%1-%2.csv").arg(mode, tag);
}

// An interchange CSV: one row per record id, notes = `tag`.
QByteArray registryCsv(const QStringList &recordIds, const QString &tag)
{
    QByteArray bytes = InterchangeCsv::columnNames().join(QLatin1Char(',')).toUtf8() + '\n';
    for (int i = 0; i < recordIds.size(); ++i) {
        const bool female = i % 6 >= 4;
        const QStringList fields{recordIds.at(i),
                                 QString::fromUtf8(kSurnames[i % 10]),
                                 QString::fromUtf8(kGivenNames[i % 6]),
                                 QString(),
                                 QStringLiteral("19%1-%2-%3")
                                     .arg(50 + i % 50)
                                     .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                                     .arg(1 + i % 28, 2, 10, QLatin1Char('0')),
                                 female ? QStringLiteral("F") : QStringLiteral("M"),
                                 QStringLiteral("serviceman"),
                                 QStringLiteral("солдат"),
                                 QString(),
                                 QString(),
                                 QStringLiteral("АА%1").arg(i),
                                 QString(),
                                 QString(),
                                 tag};
        bytes += fields.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return bytes;
}

QStringList sharedRecordIds()
{
    QStringList ids;
    for (int i = 0; i < kSharedRecords; ++i)
        ids << QStringLiteral("S%1").arg(i, 4, 10, QLatin1Char('0'));
    return ids;
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return Status::failure(QStringLiteral("cannot write %1").arg(path), file.errorString());
    return {};
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

Result<qint64> officialId(const QSqlDatabase &db, const QString &username)
{
    auto id = sql::scalar(db, QStringLiteral("SELECT id FROM official WHERE username = ?"), {username});
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

Result<QList<qint64>> ids(const QSqlDatabase &db, const QString &statement)
{
    auto q = sql::run(db, statement);
    if (!q)
        return q.error();
    QList<qint64> result;
    while (q.value().next())
        result << q.value().value(0).toLongLong();
    return result;
}

// ---------------------------------------------------------------- the child

class Child final {
public:
    Child(QSqlDatabase db, QString csvDir, quint32 seed, QString tag)
        : m_db(db), m_store(db), m_registry(db), m_csvDir(std::move(csvDir)), m_rng(seed), m_tag(std::move(tag))
    {
    }

    int run()
    {
        auto operatorId = officialId(m_db, QStringLiteral("operator"));
        auto verifierId = officialId(m_db, QStringLiteral("verifier"));
        if (!operatorId || !verifierId)
            return fail(QStringLiteral("officials not found: ") + operatorId.text() + verifierId.text());
        auto operatorAccount = Accounts(m_db).get(operatorId.value());
        auto verifierAccount = Accounts(m_db).get(verifierId.value());
        if (!operatorAccount || !verifierAccount)
            return fail(QStringLiteral("officials not read: ") + operatorAccount.text() + verifierAccount.text());
        m_operator = operatorAccount.value();
        m_verifier = verifierAccount.value();
        auto batches = ids(m_db, QStringLiteral("SELECT id FROM batch WHERE status = 'draft' ORDER BY id"));
        auto persons = ids(m_db, QStringLiteral("SELECT id FROM person ORDER BY id"));
        if (!batches || !persons || batches.value().isEmpty())
            return fail(QStringLiteral("no batch to write to: ") + batches.text() + persons.text());
        m_batches = batches.value();
        m_persons = persons.value();
        if (!QDir().mkpath(m_csvDir))
            return fail(QStringLiteral("cannot make %1").arg(m_csvDir));

        say(QStringLiteral("READY"));
        QElapsedTimer clock;
        clock.start();
        for (int n = 0; n < kChildMaxWrites && clock.elapsed() < kChildMaxMs; ++n) {
            const QString tag = QStringLiteral("%1w%2").arg(m_tag).arg(n);
            const int roll = below(100);
            Status done;
            if (roll < 35 || m_persons.isEmpty())
                done = addPerson(tag);
            else if (roll < 60)
                done = updatePerson(tag);
            else if (roll < 88)
                done = verify(tag);
            else
                done = import(tag);
            if (!done)
                return fail(done.text());
        }
        say(QStringLiteral("DONE"));
        return 0;
    }

private:
    static void say(const QString &line)
    {
        const QByteArray bytes = line.toUtf8() + '\n';
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
    }

    static int fail(const QString &text)
    {
        say(QStringLiteral("ERR ") + QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        return 3;
    }

    int below(int bound) { return int(m_rng() % quint32(bound)); }

    Status addPerson(const QString &tag)
    {
        Person p;
        const int i = below(1000);
        p.surname = QString::fromUtf8(kSurnames[i % 10]);
        p.givenName = QString::fromUtf8(kGivenNames[i % 6]);
        p.sex = i % 6 >= 4 ? Sex::Female : Sex::Male;
        p.patronymic = QStringLiteral("Іванович");
        p.birthDate = PartialDate::fromDate(QDate(1960 + i % 40, 1 + i % 12, 1 + i % 28));
        p.birthPlace = QStringLiteral("Київ");
        p.rank = QStringLiteral("солдат");
        p.serviceNumber = QStringLiteral("Ф-%1").arg(i);
        p.documentType = QStringLiteral("паспорт");
        p.documentNumber = QStringLiteral("АА%1").arg(100000 + i);
        p.notes = tag;
        const qint64 batch = m_batches.at(below(int(m_batches.size())));
        testing::signIn(m_store, m_operator);
        say(QStringLiteral("DO person-add %1").arg(tag));
        auto added = m_store.persons().addToBatch(batch, p);
        if (!added)
            return added.status();
        say(QStringLiteral("ACK person-add %1 %2 %3 %4").arg(added.value()).arg(batch).arg(p.surname, tag));
        m_persons << added.value();
        return {};
    }

    Status updatePerson(const QString &tag)
    {
        const qint64 id = m_persons.at(below(int(m_persons.size())));
        auto stored = m_store.persons().get(id);
        if (!stored)
            return stored.status();
        Person p = stored.value();
        // Details outside the checklist, so that no verification is reset.
        p.notes = tag;
        p.health = QStringLiteral("стан %1").arg(below(100));
        p.detentionPlace = QStringLiteral("місце %1").arg(below(100));
        testing::signIn(m_store, m_operator);
        say(QStringLiteral("DO person-update %1 %2 %3").arg(id).arg(p.rowVersion).arg(tag));
        if (Status updated = m_store.persons().update(p); !updated)
            return updated;
        say(QStringLiteral("ACK person-update %1 %2 %3").arg(id).arg(p.rowVersion + 1).arg(tag));
        return {};
    }

    Status verify(const QString &tag)
    {
        // A pending item of a random person (a few tries; else a new person).
        for (int attempt = 0; attempt < 4; ++attempt) {
            const qint64 person = m_persons.at(below(int(m_persons.size())));
            auto items = sql::run(
                m_db,
                QStringLiteral("SELECT id, item FROM verification_item WHERE person_id = ? AND state = 'pending' "
                               "ORDER BY id"),
                {person});
            if (!items)
                return items.status();
            QList<QPair<qint64, QString>> pending;
            while (items.value().next())
                pending.append({items.value().value(0).toLongLong(), items.value().value(1).toString()});
            if (pending.isEmpty())
                continue;
            const auto [itemId, code] = pending.at(below(int(pending.size())));
            testing::signIn(m_store, m_verifier);
            if (below(5) == 0) {
                say(QStringLiteral("DO verify %1 discrepancy").arg(itemId));
                if (Status marked = m_store.verification().markDiscrepancy(itemId, QStringLiteral("differs ") + tag);
                    !marked)
                    return marked;
                say(QStringLiteral("ACK verify %1 discrepancy").arg(itemId));
            } else {
                const CheckMethod method =
                    code == QLatin1String("identity") ? CheckMethod::Documents : CheckMethod::Compared;
                say(QStringLiteral("DO verify %1 confirmed").arg(itemId));
                if (Status confirmed = m_store.verification().confirm(itemId, method); !confirmed)
                    return confirmed;
                say(QStringLiteral("ACK verify %1 confirmed").arg(itemId));
            }
            return {};
        }
        return addPerson(tag);
    }

    Status import(const QString &tag)
    {
        const bool replace = below(2) == 0;
        const QString mode = replace ? QStringLiteral("replace") : QStringLiteral("append");
        QStringList recordIds;
        if (replace) {
            recordIds = sharedRecordIds();
        } else {
            const int rows = 20 + below(31);
            for (int i = 0; i < rows; ++i)
                recordIds << QStringLiteral("F%1-%2").arg(tag).arg(i);
        }
        const QString path = m_csvDir + QLatin1Char('/') + fileNameOf(mode, tag);
        if (Status written = writeFile(path, registryCsv(recordIds, tag)); !written)
            return written;
        RegistryImportOptions options;
        options.replace = replace;
        say(QStringLiteral("DO import %1 %2 %3").arg(mode, tag).arg(recordIds.size()));
        const RegistryImportOutcome outcome = m_registry.importCsv(path, Accounts::actorFor(m_operator), options);
        if (!outcome.ok()) {
            QString text = outcome.error ? outcome.error->text() : QStringLiteral("cancelled");
            if (!outcome.problems.isEmpty())
                text = outcome.problems.constFirst().text(path);
            return Status::failure(QStringLiteral("import failed: ") + text);
        }
        say(QStringLiteral("ACK import %1 %2 %3 %4").arg(outcome.importId).arg(outcome.rows).arg(mode, tag));
        QFile::remove(path);
        return {};
    }

    QSqlDatabase m_db;
    Store m_store;
    RegistryRepository m_registry;
    QString m_csvDir;
    std::mt19937 m_rng;
    QString m_tag;
    Official m_operator;
    Official m_verifier;
    QList<qint64> m_batches;
    QList<qint64> m_persons;
};

int runChild(const QString &dbPath)
{
    auto opened = Database::open(dbPath);
    if (!opened) {
        std::printf("ERR open %s\n", opened.text().toUtf8().constData());
        return 2;
    }
    const quint32 seed = quint32(qEnvironmentVariable(kSeedEnv).toUInt());
    Child child(opened.value()->connection(), QFileInfo(dbPath).absolutePath() + QStringLiteral("/csv"), seed,
                qEnvironmentVariable(kTagEnv, QStringLiteral("c0")));
    return child.run();
}

// ---------------------------------------------------------------- the parent

// What one child printed.
struct ChildRun final {
    QList<QStringList> acks;             // fields after "ACK"
    std::optional<QStringList> inFlight; // fields after "DO" of the write begun and not acknowledged
    QStringList errors;
    bool ready = false;
    bool done = false;
};

ChildRun parseChildOutput(const QByteArray &output)
{
    ChildRun run;
    QList<QByteArray> lines = output.split('\n');
    lines.removeLast(); // the part after the last newline: empty, or a line cut by the kill
    for (const QByteArray &bytes : lines) {
        const QString line = QString::fromUtf8(bytes);
        const QStringList fields = line.split(QLatin1Char(' '));
        const QString word = fields.constFirst();
        if (word == QLatin1String("READY")) {
            run.ready = true;
        } else if (word == QLatin1String("DONE")) {
            run.done = true;
        } else if (word == QLatin1String("DO")) {
            if (run.inFlight)
                run.errors << QStringLiteral("a write began before the last one was acknowledged: ") + line;
            run.inFlight = fields.mid(1);
        } else if (word == QLatin1String("ACK")) {
            if (!run.inFlight || run.inFlight->value(0) != fields.value(1))
                run.errors << QStringLiteral("an acknowledgement without its write: ") + line;
            run.acks << fields.mid(1);
            run.inFlight.reset();
        } else if (word == QLatin1String("ERR")) {
            run.errors << line;
        } else {
            run.errors << QStringLiteral("unexpected line from the child: ") + line;
        }
    }
    return run;
}

// Totals of the database, compared before and after a cycle.
struct Counts final {
    qint64 persons = 0;
    qint64 auditRows = 0;
    qint64 imports = 0;
    qint64 decidedItems = 0; // verification items no longer pending
    qint64 updates = 0;      // sum of row_version - 1 over persons
    qint64 registryPersons = 0;
};

struct PersonExpect final {
    QString surname; // empty: not known (the person was not added by an acknowledged write)
    QString notes;
    qint64 rowVersion = 0;
    qint64 batch = 0; // 0: not known
};

struct ImportExpect final {
    qint64 rows = 0;
    QString fileName;
};

// Checks a database after a kill against everything acknowledged so far.
// Problems are counted as "lost" (an acknowledged write missing or changed)
// or "partial" (a rule that a half-kept transaction would break).
class KillChecker final {
public:
    qint64 acksChecked = 0;
    qint64 lost = 0;
    qint64 partial = 0;
    qint64 keptWithoutAck = 0;

    // Integrity and the invariants of the whole database; fills `counts`.
    QStringList checkWhole(const QSqlDatabase &db, Counts *counts)
    {
        QStringList problems;
        const auto bad = [&](const QString &text) {
            ++partial;
            problems << QStringLiteral("partial: ") + text;
        };
        const auto number = [&](const QString &statement) -> qint64 {
            auto value = sql::scalar(db, statement);
            if (!value) {
                bad(QStringLiteral("query failed (%1): %2").arg(statement, value.text()));
                return -1;
            }
            return value.value().toLongLong();
        };

        if (auto integrity = sql::run(db, QStringLiteral("PRAGMA integrity_check")); !integrity) {
            bad(QStringLiteral("integrity_check failed: ") + integrity.text());
        } else {
            QStringList rows;
            while (integrity.value().next())
                rows << integrity.value().value(0).toString();
            if (rows != QStringList{QStringLiteral("ok")})
                bad(QStringLiteral("integrity_check: ") + rows.join(QStringLiteral("; ")));
        }
        if (auto keys = sql::run(db, QStringLiteral("PRAGMA foreign_key_check")); !keys) {
            bad(QStringLiteral("foreign_key_check failed: ") + keys.text());
        } else if (keys.value().next()) {
            bad(QStringLiteral("foreign_key_check: table %1 row %2 points at a missing %3")
                    .arg(keys.value().value(0).toString(), keys.value().value(1).toString(),
                         keys.value().value(2).toString()));
        }
        if (auto chain = AuditLog::verify(db); !chain)
            bad(QStringLiteral("audit verification failed: ") + chain.text());
        else if (chain.value())
            bad(QStringLiteral("audit chain broken at row %1: %2")
                    .arg(chain.value()->rowId)
                    .arg(chain.value()->reason));

        counts->persons = number(QStringLiteral("SELECT COUNT(*) FROM person"));
        counts->auditRows = number(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        counts->imports = number(QStringLiteral("SELECT COUNT(*) FROM registry_import"));
        counts->decidedItems =
            number(QStringLiteral("SELECT COUNT(*) FROM verification_item WHERE state <> 'pending'"));
        counts->updates = number(QStringLiteral("SELECT COALESCE(SUM(row_version - 1), 0) FROM person"));
        counts->registryPersons = number(QStringLiteral("SELECT COUNT(*) FROM registry_person"));

        const auto none = [&](const QString &statement, const QString &what) {
            if (const qint64 n = number(statement); n != 0)
                bad(QStringLiteral("%1 %2").arg(n).arg(what));
        };
        none(QStringLiteral("SELECT COUNT(*) FROM person p WHERE (SELECT COUNT(*) FROM batch_member m "
                            "WHERE m.person_id = p.id) <> 1"),
             QStringLiteral("persons not listed exactly once"));
        none(QStringLiteral("SELECT COUNT(*) FROM person p WHERE (SELECT COUNT(*) FROM audit_log a WHERE "
                            "a.entity = 'person' AND a.entity_id = p.id AND a.action = 'create') <> 1"),
             QStringLiteral("persons without exactly one audit \"create\" row"));
        none(QStringLiteral("SELECT COUNT(*) FROM person p WHERE p.row_version - 1 <> (SELECT COUNT(*) FROM "
                            "audit_log a WHERE a.entity = 'person' AND a.entity_id = p.id AND a.action = 'update')"),
             QStringLiteral("persons whose row_version disagrees with their audit \"update\" rows"));
        none(QStringLiteral("SELECT COUNT(*) FROM person p WHERE (SELECT COUNT(*) FROM verification_item v "
                            "WHERE v.person_id = p.id) <> 9"),
             QStringLiteral("persons without their nine checklist items"));
        none(QStringLiteral("SELECT COUNT(*) FROM verification_item v WHERE (SELECT COUNT(*) FROM audit_log a WHERE "
                            "a.entity = 'verification_item' AND a.entity_id = v.id) <> (v.state <> 'pending')"),
             QStringLiteral("checklist items whose state disagrees with their audit rows"));
        none(QStringLiteral("SELECT COUNT(*) FROM audit_log a WHERE a.entity = 'person' AND NOT EXISTS "
                            "(SELECT 1 FROM person p WHERE p.id = a.entity_id)"),
             QStringLiteral("audit rows of persons that are not stored"));
        none(QStringLiteral("SELECT COUNT(*) FROM registry_import i WHERE (SELECT COUNT(*) FROM audit_log a WHERE "
                            "a.entity = 'registry' AND a.action = 'import' AND a.entity_id = i.id) <> 1"),
             QStringLiteral("registry imports without exactly one audit row"));
        none(QStringLiteral("SELECT COUNT(*) FROM audit_log a WHERE a.entity = 'registry' AND NOT EXISTS "
                            "(SELECT 1 FROM registry_import i WHERE i.id = a.entity_id)"),
             QStringLiteral("audit rows of registry imports that are not logged"));
        // Every audit row is one of the writes counted above, or of the preparation (exchange, batches).
        const qint64 other =
            number(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity NOT IN ('person', 'verification_item', "
                                  "'registry')"));
        if (counts->auditRows - other != counts->persons + counts->updates + counts->decidedItems + counts->imports)
            bad(QStringLiteral("audit rows (%1 of persons, checklist and registry) do not add up to %2 persons + %3 "
                               "updates + %4 verifications + %5 imports")
                    .arg(counts->auditRows - other)
                    .arg(counts->persons)
                    .arg(counts->updates)
                    .arg(counts->decidedItems)
                    .arg(counts->imports));

        checkRegistry(db, counts->registryPersons, bad);
        return problems;
    }

    // One cycle: the child's acknowledgements and the change of the totals.
    QStringList checkCycle(const QSqlDatabase &db, const ChildRun &run, const Counts &before, const Counts &after)
    {
        QStringList problems;
        const auto missing = [&](const QString &text) {
            ++lost;
            problems << QStringLiteral("lost: ") + text;
        };
        const auto bad = [&](const QString &text) {
            ++partial;
            problems << QStringLiteral("partial: ") + text;
        };

        qint64 adds = 0, updates = 0, verifies = 0, imports = 0;
        for (const QStringList &ack : run.acks) {
            const QString &kind = ack.value(0);
            if (kind == QLatin1String("person-add")) {
                ++adds;
                m_persons.insert(ack.value(1).toLongLong(),
                                 PersonExpect{ack.value(3), ack.value(4), 1, ack.value(2).toLongLong()});
            } else if (kind == QLatin1String("person-update")) {
                ++updates;
                PersonExpect &expect = m_persons[ack.value(1).toLongLong()];
                expect.rowVersion = ack.value(2).toLongLong();
                expect.notes = ack.value(3);
            } else if (kind == QLatin1String("verify")) {
                ++verifies;
                m_items.insert(ack.value(1).toLongLong(), ack.value(2));
            } else if (kind == QLatin1String("import")) {
                ++imports;
                m_imports.insert(ack.value(1).toLongLong(),
                                 ImportExpect{ack.value(2).toLongLong(), fileNameOf(ack.value(3), ack.value(4))});
            } else {
                bad(QStringLiteral("unknown acknowledgement: ") + ack.join(QLatin1Char(' ')));
            }
        }
        acksChecked += run.acks.size();

        // Each write appends exactly one audit row: beyond the acknowledged
        // ones, only the write in flight at the kill may have been kept.
        const qint64 extra = after.auditRows - before.auditRows - run.acks.size();
        const qint64 allowed = run.inFlight ? 1 : 0;
        if (extra < 0)
            missing(QStringLiteral("%1 audit rows fewer than acknowledged writes").arg(-extra));
        else if (extra > allowed)
            bad(QStringLiteral("%1 audit rows more than acknowledged writes (%2 in flight)").arg(extra).arg(allowed));
        const QString inFlightKind = run.inFlight ? run.inFlight->value(0) : QString();
        const bool kept = extra == 1 && run.inFlight;
        if (kept)
            ++keptWithoutAck;
        const auto delta = [&](const char *what, qint64 got, qint64 acked, const char *kind) {
            const qint64 expected = acked + (kept && inFlightKind == QLatin1String(kind) ? 1 : 0);
            if (got < expected)
                missing(QStringLiteral("%1 went up by %2, acknowledged %3")
                            .arg(QLatin1String(what))
                            .arg(got)
                            .arg(expected));
            else if (got > expected)
                bad(QStringLiteral("%1 went up by %2, expected %3 (in flight: %4, kept: %5)")
                        .arg(QLatin1String(what))
                        .arg(got)
                        .arg(expected)
                        .arg(inFlightKind.isEmpty() ? QStringLiteral("none") : inFlightKind)
                        .arg(kept ? 1 : 0));
        };
        delta("persons", after.persons - before.persons, adds, "person-add");
        delta("person updates", after.updates - before.updates, updates, "person-update");
        delta("decided checklist items", after.decidedItems - before.decidedItems, verifies, "verify");
        delta("registry imports", after.imports - before.imports, imports, "import");

        // The write kept without its acknowledgement is expected from now on.
        if (kept && inFlightKind == QLatin1String("person-update")) {
            PersonExpect &expect = m_persons[run.inFlight->value(1).toLongLong()];
            expect.rowVersion = run.inFlight->value(2).toLongLong() + 1;
            expect.notes = run.inFlight->value(3);
        } else if (kept && inFlightKind == QLatin1String("verify")) {
            m_items.insert(run.inFlight->value(1).toLongLong(), run.inFlight->value(2));
        } else if (kept && inFlightKind == QLatin1String("import")) {
            const QString fileName = fileNameOf(run.inFlight->value(1), run.inFlight->value(2));
            auto id = sql::scalar(db, QStringLiteral("SELECT id FROM registry_import WHERE file_name = ?"), {fileName});
            if (!id)
                bad(QStringLiteral("the import %1 was kept but is not logged").arg(fileName));
            else
                m_imports.insert(id.value().toLongLong(), ImportExpect{run.inFlight->value(3).toLongLong(), fileName});
        }

        checkExpectations(db, missing);
        return problems;
    }

    void forget()
    {
        m_persons.clear();
        m_items.clear();
        m_imports.clear();
    }

private:
    template <typename Report> void checkRegistry(const QSqlDatabase &db, qint64 registryPersons, const Report &bad)
    {
        // Records by the import that last wrote them and their notes (the tag of that import).
        QHash<qint64, QHash<QString, qint64>> owned;
        auto grouped = sql::run(db, QStringLiteral("SELECT import_id, notes, COUNT(*) FROM registry_person "
                                                   "GROUP BY import_id, notes"));
        if (!grouped) {
            bad(QStringLiteral("registry query failed: ") + grouped.text());
            return;
        }
        while (grouped.value().next())
            owned[grouped.value().value(0).toLongLong()][grouped.value().value(1).toString()] =
                grouped.value().value(2).toLongLong();
        auto logged = sql::run(db, QStringLiteral("SELECT id, file_name, rows_read, rows_inserted FROM registry_import "
                                                  "ORDER BY id"));
        if (!logged) {
            bad(QStringLiteral("registry query failed: ") + logged.text());
            return;
        }
        struct Logged {
            qint64 id;
            QString fileName;
            qint64 rows;
            qint64 inserted;
        };
        QList<Logged> all;
        qint64 newestReplace = 0;
        qint64 insertedTotal = 0;
        while (logged.value().next()) {
            const Logged row{logged.value().value(0).toLongLong(), logged.value().value(1).toString(),
                             logged.value().value(2).toLongLong(), logged.value().value(3).toLongLong()};
            all << row;
            insertedTotal += row.inserted;
            if (row.fileName.startsWith(QLatin1String("replace-")))
                newestReplace = row.id;
        }
        if (insertedTotal != registryPersons)
            bad(QStringLiteral("%1 registry records stored, the import log inserted %2")
                    .arg(registryPersons)
                    .arg(insertedTotal));
        for (const Logged &row : all) {
            const QString tag = row.fileName.section(QLatin1Char('-'), 1).chopped(4);
            const QHash<QString, qint64> records = owned.value(row.id);
            qint64 total = 0;
            for (qint64 n : records)
                total += n;
            const bool append = row.fileName.startsWith(QLatin1String("append-"));
            // An append import owns all its rows for good; the newest replace
            // import owns the whole shared set; older ones own nothing.
            const qint64 expected = append ? row.rows : row.id == newestReplace ? kSharedRecords : 0;
            if (total != expected || records.value(tag) != expected)
                bad(QStringLiteral("registry import %1 (%2, %3 rows) owns %4 records, %5 of them its own, expected %6")
                        .arg(row.id)
                        .arg(row.fileName)
                        .arg(row.rows)
                        .arg(total)
                        .arg(records.value(tag))
                        .arg(expected));
            if (append && row.inserted != row.rows)
                bad(QStringLiteral("registry import %1 (%2) inserted %3 of %4 rows")
                        .arg(row.id)
                        .arg(row.fileName)
                        .arg(row.inserted)
                        .arg(row.rows));
        }
    }

    template <typename Report> void checkExpectations(const QSqlDatabase &db, const Report &missing)
    {
        QHash<qint64, PersonExpect> stored;
        auto persons = sql::run(db, QStringLiteral("SELECT p.id, p.surname, p.notes, p.row_version, m.batch_id "
                                                   "FROM person p LEFT JOIN batch_member m ON m.person_id = p.id"));
        if (!persons) {
            missing(QStringLiteral("persons not read: ") + persons.text());
            return;
        }
        while (persons.value().next()) {
            QSqlQuery &q = persons.value();
            stored.insert(q.value(0).toLongLong(), PersonExpect{q.value(1).toString(), q.value(2).toString(),
                                                                q.value(3).toLongLong(), q.value(4).toLongLong()});
        }
        for (auto it = m_persons.cbegin(); it != m_persons.cend(); ++it) {
            const PersonExpect &expect = it.value();
            const auto found = stored.constFind(it.key());
            if (found == stored.cend()) {
                missing(
                    QStringLiteral("person %1 (%2, %3) is not stored").arg(it.key()).arg(expect.surname, expect.notes));
                continue;
            }
            const PersonExpect &got = found.value();
            if ((!expect.surname.isEmpty() && got.surname != expect.surname) || got.notes != expect.notes ||
                got.rowVersion != expect.rowVersion || (expect.batch != 0 && got.batch != expect.batch))
                missing(
                    QStringLiteral("person %1: stored %2/%3/row_version %4/batch %5, acknowledged %6/%7/row_version "
                                   "%8/batch %9")
                        .arg(it.key())
                        .arg(got.surname, got.notes)
                        .arg(got.rowVersion)
                        .arg(got.batch)
                        .arg(expect.surname, expect.notes)
                        .arg(expect.rowVersion)
                        .arg(expect.batch));
        }

        QHash<qint64, QString> states;
        auto items = sql::run(db, QStringLiteral("SELECT id, state FROM verification_item WHERE state <> 'pending'"));
        if (!items) {
            missing(QStringLiteral("checklist not read: ") + items.text());
            return;
        }
        while (items.value().next())
            states.insert(items.value().value(0).toLongLong(), items.value().value(1).toString());
        for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
            if (states.value(it.key(), QStringLiteral("pending")) != it.value())
                missing(QStringLiteral("checklist item %1 is %2, acknowledged %3")
                            .arg(it.key())
                            .arg(states.value(it.key(), QStringLiteral("pending")), it.value()));

        QHash<qint64, ImportExpect> logged;
        auto imports = sql::run(db, QStringLiteral("SELECT id, rows_read, file_name FROM registry_import"));
        if (!imports) {
            missing(QStringLiteral("import log not read: ") + imports.text());
            return;
        }
        while (imports.value().next())
            logged.insert(imports.value().value(0).toLongLong(),
                          ImportExpect{imports.value().value(1).toLongLong(), imports.value().value(2).toString()});
        for (auto it = m_imports.cbegin(); it != m_imports.cend(); ++it) {
            const auto found = logged.constFind(it.key());
            if (found == logged.cend())
                missing(QStringLiteral("registry import %1 (%2) is not logged").arg(it.key()).arg(it.value().fileName));
            else if (found->rows != it.value().rows || found->fileName != it.value().fileName)
                missing(QStringLiteral("registry import %1 logged as %2 with %3 rows, acknowledged %4 with %5")
                            .arg(it.key())
                            .arg(found->fileName)
                            .arg(found->rows)
                            .arg(it.value().fileName)
                            .arg(it.value().rows));
        }
    }

    QHash<qint64, PersonExpect> m_persons;
    QHash<qint64, QString> m_items;
    QHash<qint64, ImportExpect> m_imports;
};

// A database as the children find it: officials, an exchange with two
// batches, a few persons and the shared registry records.
Status prepareDatabase(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened)
        return opened.status();
    QSqlDatabase db = opened.value()->connection();
    Store store(db);
    auto supervisor = testing::addOfficial(db, QStringLiteral("supervisor"), testing::kSupervisor);
    auto operatorAccount = testing::addOfficial(db, QStringLiteral("operator"), testing::kOperator);
    auto verifier = testing::addOfficial(db, QStringLiteral("verifier"), testing::kVerifier);
    if (!supervisor || !operatorAccount || !verifier)
        return Status::failure(QStringLiteral("officials: ") + supervisor.text() + operatorAccount.text() +
                               verifier.text());
    testing::signIn(store, supervisor.value());
    Exchange exchange;
    exchange.title = QStringLiteral("Kill test exchange");
    exchange.agreedServicemen = 1000;
    auto exchangeId = store.exchanges().create(exchange);
    if (!exchangeId)
        return exchangeId.status();
    for (int i = 0; i < 2; ++i) {
        Batch batch;
        batch.exchangeId = exchangeId.value();
        batch.plannedDate = QDate(2026, 12, 1 + i);
        batch.plannedServicemen = 500;
        if (auto made = store.batches().create(batch); !made)
            return made.status();
    }
    auto batches = ids(db, QStringLiteral("SELECT id FROM batch ORDER BY id"));
    if (!batches)
        return batches.status();
    testing::signIn(store, operatorAccount.value());
    for (int i = 0; i < 4; ++i) {
        Person p;
        p.surname = QString::fromUtf8(kSurnames[i]);
        p.givenName = QString::fromUtf8(kGivenNames[i]);
        p.notes = QStringLiteral("prepared");
        if (auto added = store.persons().addToBatch(batches.value().at(i % 2), p); !added)
            return added.status();
    }
    const QString csv = QFileInfo(path).absolutePath() + QLatin1Char('/') +
                        fileNameOf(QStringLiteral("replace"), QStringLiteral("prep"));
    if (Status written = writeFile(csv, registryCsv(sharedRecordIds(), QStringLiteral("prep"))); !written)
        return written;
    const RegistryImportOutcome outcome =
        RegistryRepository(db).importCsv(csv, Accounts::actorFor(operatorAccount.value()));
    QFile::remove(csv);
    if (!outcome.ok())
        return Status::failure(QStringLiteral("registry import: ") +
                               (outcome.error ? outcome.error->text() : QStringLiteral("problems in the file")));
    return {};
}

} // namespace

class KillCyclesTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void checkerReportsLostAndPartialWrites();
    void killCycles();
};

// The checker itself can fail: an acknowledgement of a write that is not
// there, and rows a half-kept transaction would leave, are reported.
void KillCyclesTest::checkerReportsLostAndPartialWrites()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("kill.sqlite"));
    const Status prepared = prepareDatabase(path);
    QVERIFY2(prepared.ok(), qPrintable(prepared.text()));
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.text()));
    const QSqlDatabase db = opened.value()->connection();

    KillChecker checker;
    Counts before;
    QCOMPARE(checker.checkWhole(db, &before), QStringList());
    QCOMPARE(checker.partial, qint64(0));

    const ChildRun run = parseChildOutput("READY\nDO person-add c0w0\nACK person-add 999999 1 Фантом c0w0\n"
                                          "DO verify 1 confirmed\nACK verify 1 confirmed\nDO import append c0w2 20\n"
                                          "ACK im");
    QCOMPARE(run.errors, QStringList());
    QCOMPARE(run.acks.size(), 2);
    QVERIFY(run.inFlight.has_value());
    QCOMPARE(run.inFlight->value(0), QStringLiteral("import"));
    Counts after;
    QCOMPARE(checker.checkWhole(db, &after), QStringList());
    const QStringList lostProblems = checker.checkCycle(db, run, before, after);
    QVERIFY2(lostProblems.join(QLatin1Char('\n')).contains(QStringLiteral("person 999999")),
             qPrintable(lostProblems.join(QLatin1Char('\n'))));
    QVERIFY2(lostProblems.join(QLatin1Char('\n')).contains(QStringLiteral("checklist item 1 is pending")),
             qPrintable(lostProblems.join(QLatin1Char('\n'))));
    QVERIFY(checker.lost >= 3); // two acknowledged writes missing, and the audit rows short
    QCOMPARE(checker.partial, qint64(0));

    // Half an import (its log row without its records or audit row) and a
    // person stored without a listing, as a torn transaction would leave them.
    QVERIFY(sql::run(db,
                     QStringLiteral("INSERT INTO registry_import (file_name, file_sha256, rows_read, rows_inserted, "
                                    "rows_replaced, imported_by, imported_at) VALUES ('append-x.csv', ?, 5, 5, 0, "
                                    "(SELECT id FROM official WHERE username = 'operator'), 'now')"),
                     {QString(64, QLatin1Char('0'))})
                .ok());
    QVERIFY(sql::run(db, QStringLiteral("INSERT INTO person (surname, given_name, sex, category, created_at, "
                                        "updated_at) VALUES ('Сирота', 'Іван', 'M', 'serviceman', 'now', 'now')"))
                .ok());
    Counts torn;
    const QString partialProblems = checker.checkWhole(db, &torn).join(QLatin1Char('\n'));
    QVERIFY2(partialProblems.contains(QStringLiteral("registry import")), qPrintable(partialProblems));
    QVERIFY2(partialProblems.contains(QStringLiteral("persons not listed exactly once")), qPrintable(partialProblems));
    QVERIFY2(partialProblems.contains(QStringLiteral("audit \"create\" row")), qPrintable(partialProblems));
    QVERIFY(checker.partial >= 4);
}

void KillCyclesTest::killCycles()
{
    const int cycles = envInt(kCyclesEnv, kDefaultCycles);
    const int freshEvery = envInt(kFreshEveryEnv, kDefaultFreshEvery);
    bool seedGiven = false;
    const quint32 masterSeed = quint32(qEnvironmentVariable(kMasterSeedEnv).toUInt(&seedGiven));
    const quint32 seed0 = seedGiven ? masterSeed : QRandomGenerator::global()->generate();
    std::mt19937 rng(seed0);
    std::printf("kill cycles: master seed %u (%s=%u repeats the seeds and kill delays)\n", seed0, kMasterSeedEnv,
                seed0);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path;
    KillChecker checker;
    Counts counts;
    QHash<QString, int> inFlightAtKill;
    QElapsedTimer clock;
    clock.start();
    qint64 readyMs = 0;
    qint64 checkMs = 0; // open, checks and close, summed
    qint64 childMs = 0; // start to reaped, summed
    int cycle = 0;
    QStringList problems;
    quint32 seed = 0;
    int current = 0; // the cycle running, named in a failure
    for (; cycle < cycles && problems.isEmpty(); ++cycle) {
        current = cycle;
        if (cycle % freshEvery == 0) {
            // A new database (the first, or one to keep the checks fast); the one before goes.
            if (!path.isEmpty())
                QDir(QFileInfo(path).absolutePath()).removeRecursively();
            path = dir.filePath(QStringLiteral("db%1/kill.sqlite").arg(cycle));
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            const Status prepared = prepareDatabase(path);
            QVERIFY2(prepared.ok(), qPrintable(prepared.text()));
            checker.forget();
            auto opened = Database::open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.text()));
            problems = checker.checkWhole(opened.value()->connection(), &counts);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
        seed = rng();
        const int delayMs = kMinKillDelayMs + int(rng() % quint32(kMaxKillDelayMs - kMinKillDelayMs + 1));

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildEnv), path);
        env.insert(QString::fromLatin1(kSeedEnv), QString::number(seed));
        env.insert(QString::fromLatin1(kTagEnv), QStringLiteral("c%1").arg(cycle));
        child.setProcessEnvironment(env);
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({});
        QElapsedTimer started;
        started.start();
        child.start();
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QByteArray output;
        while (!output.contains("READY\n") && started.elapsed() < 20000) {
            if (!child.waitForReadyRead(int(20000 - started.elapsed())))
                break;
            output += child.readAllStandardOutput();
        }
        readyMs += started.elapsed();
        if (output.contains("READY\n"))
            QThread::msleep(ulong(delayMs));
        child.kill(); // SIGKILL
        QVERIFY2(child.waitForFinished(10000), "the child did not end after SIGKILL");
        output += child.readAllStandardOutput();
        const ChildRun run = parseChildOutput(output);
        if (!run.ready || !run.errors.isEmpty() || run.done) {
            problems << QStringLiteral("the child did not write as expected (ready %1, done %2): %3; stderr: %4")
                            .arg(run.ready)
                            .arg(run.done)
                            .arg(run.errors.join(QStringLiteral("; ")),
                                 QString::fromUtf8(child.readAllStandardError()));
            break;
        }
        ++inFlightAtKill[run.inFlight ? run.inFlight->value(0) : QStringLiteral("between writes")];
        childMs += started.elapsed();
        QElapsedTimer checking;
        checking.start();

        auto opened = Database::open(path);
        if (!opened) {
            problems << QStringLiteral("partial: the database does not open: ") + opened.text();
            ++checker.partial;
            break;
        }
        QSqlDatabase db = opened.value()->connection();
        Counts after;
        problems << checker.checkWhole(db, &after);
        problems << checker.checkCycle(db, run, counts, after);
        if (cycle % kOpenCheckEvery == kOpenCheckEvery - 1 || cycle == cycles - 1) {
            const OpenCheckReport report = OpenCheck::run(db);
            if (!report.ok()) {
                ++checker.partial;
                problems << QStringLiteral("partial: the checks on open fail: ") + report.text();
            }
        }
        counts = after;
        // The checker's connection needs no fsync at its closing checkpoint:
        // a kill loses no page the kernel already has, and two fsyncs a cycle
        // would take a tenth of the run.
        if (auto relaxed = sql::run(db, QStringLiteral("PRAGMA synchronous = OFF")); !relaxed)
            problems << QStringLiteral("the checker's connection: ") + relaxed.text();
        db = QSqlDatabase();
        opened.value().reset();
        checkMs += checking.elapsed();
        QDir(QFileInfo(path).absolutePath() + QStringLiteral("/csv")).removeRecursively();
        if ((cycle + 1) % kProgressEvery == 0 && cycle + 1 < cycles) {
            std::printf("kill cycles: %d of %d, acknowledged writes checked: %lld, lost: %lld, partial: %lld, %.0f s\n",
                        cycle + 1, cycles, checker.acksChecked, checker.lost, checker.partial,
                        double(clock.elapsed()) / 1000.0);
            std::fflush(stdout);
        }
    }
    const double seconds = double(clock.elapsed()) / 1000.0;
    std::printf("kill cycles: %d, acknowledged writes checked: %lld, lost: %lld, partial: %lld\n", cycle,
                checker.acksChecked, checker.lost, checker.partial);
    QStringList kinds;
    for (auto it = inFlightAtKill.cbegin(); it != inFlightAtKill.cend(); ++it)
        kinds << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    kinds.sort();
    const double perCycle = cycle ? 1.0 / cycle : 0.0;
    std::printf("kill cycles: killed during: %s; kept without acknowledgement: %lld\n",
                kinds.join(QStringLiteral(", ")).toUtf8().constData(), checker.keptWithoutAck);
    std::printf("kill cycles: %.1f s, %.0f ms a cycle (child %.0f ms of it, %.0f ms to READY; checks %.0f ms)\n",
                seconds, seconds * 1000.0 * perCycle, double(childMs) * perCycle, double(readyMs) * perCycle,
                double(checkMs) * perCycle);
    std::fflush(stdout);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("cycle %1 (seed %2, master seed %3):\n").arg(current).arg(seed).arg(seed0) +
                        problems.join(QLatin1Char('\n'))));
    QCOMPARE(checker.lost, qint64(0));
    QCOMPARE(checker.partial, qint64(0));
    QVERIFY(checker.acksChecked > 0);
}

// Not QTEST_MAIN: the same executable is the child writer when
// HOMEWARD_KILL_CHILD names a database.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (const QString childDb = qEnvironmentVariable(kChildEnv); !childDb.isEmpty())
        return runChild(childDb);
    // Qt Test stops a test function after 5 minutes by default: allow 5 s a
    // cycle for long runs (tests/stress/kill.sh); ctest's TIMEOUT still bounds the short one.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv(
            "QTEST_FUNCTION_TIMEOUT",
            QByteArray::number(qMin(qint64(envInt(kCyclesEnv, kDefaultCycles)) * 5000 + 600000, qint64(2000000000))));
    KillCyclesTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killcycles.moc"
