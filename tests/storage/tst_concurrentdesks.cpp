#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/RegistryRepository.h"
#include "storage/SealCheck.h"
#include "storage/SignIn.h"
#include "storage/Sql.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include "DeskWorkers.h"
#include "ForceStatus.h"
#include "PostgresTestServer.h"
#include "Sanitized.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <csignal>
#include <memory>

using namespace homeward;
using namespace homeward::testing::desks;

// Several desks at once on one database (issue 8): processes acting as different officials
// (two operators adding and editing persons, two verifiers, a supervisor marking the batch
// verified and confirming it) work on one batch for a few seconds, on one PostgreSQL database
// and then on one SQLite file. Afterwards every acknowledged write is there (and nothing that
// was not acknowledged), no edit was silently overwritten (a stale one was refused, never
// applied), the audit chain verifies and the batch's state agrees with its list and checklist.
//
// Then a writer is killed in the middle of a large transaction, and the server itself is
// stopped as a crash would stop it while another writer holds a transaction open: after the
// restart everything acknowledged is there and nothing half-written is.
//
// The workers are this program started again with --desk-worker (DeskWorkers.h); the kill
// writer with --kill-writer. HOMEWARD_DESKS_VERBOSE=1 prints every refusal the desks met.

namespace {

// Short under the sanitizer, which is several times slower (Sanitized.h).
constexpr int kDeskMs = homeward::testing::kSanitized ? 2000 : 3000;
constexpr int kSeedPersons = 4;
constexpr int kAddsPerOperator = homeward::testing::kSanitized ? 1 : 3;
constexpr int kItemsPerPerson = 9; // the standard checklist
constexpr int kKillImportRows = homeward::testing::kSanitized ? 400 : 2000;
constexpr int kKillAdds = 6;

const char kKillFlag[] = "--kill-writer";

// One worker's report, parsed from its lines.
struct Report final {
    QString who;
    QStringList lines;
    int exitCode = -1;

    QStringList starting(const QString &prefix) const
    {
        QStringList found;
        for (const QString &line : lines)
            if (line.startsWith(prefix))
                found << line;
        return found;
    }
};

struct EditAck final {
    qint64 personId = 0;
    qint64 version = 0;
    QString tag;
};

// The officials and the batch the desks share.
struct Scene final {
    qint64 batchId = 0;
    qint64 exchangeId = 0;
    QList<qint64> operators;
    QList<qint64> verifiers;
    qint64 supervisor = 0;
};

// The built program (tests/app get its path from CMake; this suite finds it in the build tree).
QString homewardProgram()
{
    const QString path = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/homeward");
    return QFileInfo(path).isExecutable() ? QFileInfo(path).canonicalFilePath() : QString();
}

QString replacedDatabase(const QString &url, const QString &database)
{
    const qsizetype slash = url.lastIndexOf(QLatin1Char('/'));
    return url.left(slash + 1) + database;
}

// A registry CSV of `rows` records, notes = `tag` on each.
QByteArray registryCsv(int rows, const QString &tag)
{
    QByteArray bytes = "record_id,surname,given_name,patronymic,birth_date,sex,category,rank,unit,service_number,"
                       "document_number,birth_place,region,notes\n";
    for (int i = 0; i < rows; ++i)
        bytes += QStringLiteral("%1-%2,Kovalenko,Ivan,,1970-01-%3,M,serviceman,soldier,,,AA%2,,,%1\n")
                     .arg(tag)
                     .arg(i)
                     .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                     .toUtf8();
    return bytes;
}

// --kill-writer ADDRESS BATCH OFFICIAL FOLDER MODE TAG: adds persons, then imports a large
// registry file in one transaction; in the middle of writing it says "MID" and, in mode "kill",
// waits to be killed; in mode "restart" waits for FOLDER/TAG.go (the server was restarted
// meanwhile) and carries on, which must fail.
int runKillWriter(const QStringList &args)
{
    const qsizetype at = args.indexOf(QString::fromLatin1(kKillFlag));
    if (at < 0 || args.size() < at + 7)
        return 2;
    const QString address = args.at(at + 1);
    const qint64 batchId = args.at(at + 2).toLongLong();
    const qint64 officialId = args.at(at + 3).toLongLong();
    const QString folder = args.at(at + 4);
    const QString mode = args.at(at + 5);
    const QString tag = args.at(at + 6);
    auto db = Database::open(address);
    if (!db) {
        say(QStringLiteral("ERR open: ") + db.text());
        return 2;
    }
    Store store(db.value()->connection());
    auto official = Accounts(store.connection()).get(officialId);
    if (!official) {
        say(QStringLiteral("ERR sign-in: ") + official.text());
        return 2;
    }
    testing::signIn(store, official.value());
    say(QStringLiteral("READY"));
    for (int i = 0; i < kKillAdds; ++i) {
        Person p;
        p.surname = QStringLiteral("Kill%1").arg(tag);
        p.givenName = QStringLiteral("N%1").arg(i);
        p.sex = Sex::Male;
        p.category = Category::Serviceman;
        p.notes = QStringLiteral("%1p%2").arg(tag).arg(i);
        auto added = store.persons().addToBatch(batchId, p);
        if (!added) {
            say(QStringLiteral("ERR add: ") + added.text());
            return 3;
        }
        say(QStringLiteral("ACK add %1 %2").arg(added.value()).arg(p.notes));
    }
    const QString path = QDir(folder).filePath(tag + QStringLiteral(".csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(registryCsv(kKillImportRows, tag)) < 0 || !file.flush()) {
        say(QStringLiteral("ERR csv: ") + file.errorString());
        return 3;
    }
    file.close();
    bool said = false;
    const QString go = QDir(folder).filePath(tag + QStringLiteral(".go"));
    const auto progress = [&](const RegistryImportProgress &p) {
        if (said || p.phase != RegistryImportProgress::Phase::Writing || p.bytesDone * 2 < p.bytesTotal)
            return true;
        said = true;
        say(QStringLiteral("MID import ") + tag);
        QElapsedTimer waited;
        waited.start();
        // Killed here ("kill"), or carries on once the server went down and came back ("restart").
        while (waited.elapsed() < 30000 && !QFile::exists(go))
            QThread::msleep(20);
        return true;
    };
    say(QStringLiteral("DO import ") + tag);
    const RegistryImportOutcome outcome =
        RegistryRepository(store.connection()).importCsv(path, Accounts::actorFor(official.value()), {}, progress);
    if (!outcome.ok()) {
        say(QStringLiteral("FAILED import %1 %2").arg(tag, outcome.error ? outcome.error->text() : QString()));
        return mode == QLatin1String("restart") ? 0 : 3;
    }
    say(QStringLiteral("ACK import %1 %2 %3").arg(outcome.importId).arg(outcome.rows).arg(tag));
    return 0;
}

} // namespace

class ConcurrentDesksTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void chainLockSeesTheLastCommittedHead();
    void anEditWaitsForAConfirmationUnderWay();
    void desksOnOneServer();
    void desksOnOneSqliteFile();
    void aKilledWriterAndACrashedServerLoseNothingCommitted();

private:
    // A new database on the server, migrated by the owner, with acknowledged commits kept
    // through a crash; its desk address.
    Result<QString> newServerDatabase(const QString &name);
    Result<Scene> prepare(const QString &address);
    QList<Report> runDesks(const QString &address, const Scene &scene);
    void checkDesks(const QString &address, const Scene &scene, const QList<Report> &reports);

    testing::PostgresTestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_admin; // the owner on the server's own database
};

void ConcurrentDesksTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString failure;
    QVERIFY2(m_server.start(&failure), qPrintable(failure));
    if (!m_server.skipReason().isEmpty())
        return;
    m_server.usePassFile();
    auto owner = DatabaseUrl::parse(m_server.ownerUrl());
    QVERIFY2(owner, qPrintable(owner.text()));
    auto admin = Database::openServerUnmigrated(owner.value());
    QVERIFY2(admin, qPrintable(admin.text()));
    m_admin = std::move(admin.value());
}

void ConcurrentDesksTest::cleanupTestCase()
{
    m_admin.reset();
    QString failure;
    QVERIFY2(m_server.stop(&failure), qPrintable(failure));
    qunsetenv("PGPASSFILE");
}

Result<QString> ConcurrentDesksTest::newServerDatabase(const QString &name)
{
    if (auto made = sql::exec(m_admin->connection(), QStringLiteral("CREATE DATABASE %1").arg(name)); !made)
        return made.error();
    // The test server runs with synchronous_commit off (its data is thrown away): then a crash
    // may lose the last commits a client was told of. Homeward's servers keep the default (on),
    // which is what a crash test must see.
    if (auto durable =
            sql::exec(m_admin->connection(), QStringLiteral("ALTER DATABASE %1 SET synchronous_commit = on").arg(name));
        !durable)
        return durable.error();
    auto ownerUrl = DatabaseUrl::parse(replacedDatabase(m_server.ownerUrl(), name));
    if (!ownerUrl)
        return ownerUrl.error();
    if (auto migrated = Database::migrateServer(ownerUrl.value()); !migrated)
        return migrated.error();
    return replacedDatabase(m_server.url(), name);
}

Result<Scene> ConcurrentDesksTest::prepare(const QString &address)
{
    auto db = Database::open(address);
    if (!db)
        return db.error();
    const QSqlDatabase c = db.value()->connection();
    Scene scene;
    auto setup = testing::addOfficial(c, QStringLiteral("setup"), testing::kOperator | testing::kSupervisor);
    if (!setup)
        return setup.error();
    for (const QString &name : {QStringLiteral("op1"), QStringLiteral("op2")}) {
        auto made = testing::addOfficial(c, name, testing::kOperator);
        if (!made)
            return made.error();
        scene.operators << made.value().id;
    }
    for (const QString &name : {QStringLiteral("ver1"), QStringLiteral("ver2")}) {
        auto made = testing::addOfficial(c, name, testing::kVerifier);
        if (!made)
            return made.error();
        scene.verifiers << made.value().id;
    }
    auto chief = testing::addOfficial(c, QStringLiteral("chief"), testing::kSupervisor);
    if (!chief)
        return chief.error();
    scene.supervisor = chief.value().id;

    Store store(c);
    testing::signIn(store, setup.value());
    Exchange exchange;
    exchange.title = QStringLiteral("Desks");
    auto exchangeId = store.exchanges().create(exchange);
    if (!exchangeId)
        return exchangeId.error();
    scene.exchangeId = exchangeId.value();
    Batch batch;
    batch.exchangeId = exchangeId.value();
    batch.direction = Direction::Receive;
    batch.plannedServicemen = kSeedPersons + 2 * kAddsPerOperator;
    auto batchId = store.batches().create(batch);
    if (!batchId)
        return batchId.error();
    scene.batchId = batchId.value();
    for (int i = 0; i < kSeedPersons; ++i) {
        Person p;
        p.surname = QStringLiteral("Seed");
        p.givenName = QStringLiteral("S%1").arg(i);
        p.sex = Sex::Male;
        p.category = Category::Serviceman;
        p.notes = QStringLiteral("seed%1").arg(i);
        if (auto added = store.persons().addToBatch(scene.batchId, p); !added)
            return added.error();
    }
    if (Status submitted = store.workflow().submitForVerification(scene.batchId); !submitted)
        return submitted.error();
    return scene;
}

QList<Report> ConcurrentDesksTest::runDesks(const QString &address, const Scene &scene)
{
    struct Started final {
        QString who;
        std::unique_ptr<QProcess> process;
    };
    QList<WorkerArgs> desks;
    for (int i = 0; i < scene.operators.size(); ++i) {
        WorkerArgs w;
        w.role = DeskRole::Operator;
        w.officialId = scene.operators.at(i);
        w.addCount = kAddsPerOperator;
        // The second operator stops editing early, the first goes on slowly: the supervisor
        // must confirm while edits still come in.
        w.durationMs = i == 0 ? kDeskMs : kDeskMs / 3;
        w.editGapMs = i == 0 ? 200 : 5;
        desks << w;
    }
    for (qint64 id : scene.verifiers) {
        WorkerArgs w;
        w.role = DeskRole::Verifier;
        w.officialId = id;
        desks << w;
    }
    WorkerArgs chief;
    chief.role = DeskRole::Supervisor;
    chief.officialId = scene.supervisor;
    desks << chief;

    std::vector<Started> started;
    quint32 seed = QRandomGenerator::global()->generate();
    qInfo("desk seed %u", seed);
    for (WorkerArgs &w : desks) {
        w.address = address;
        w.batchId = scene.batchId;
        if (w.role != DeskRole::Operator)
            w.durationMs = kDeskMs;
        w.seed = seed++;
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QCoreApplication::applicationFilePath(), w.toArguments());
        started.push_back({QStringLiteral("%1 %2").arg(roleName(w.role)).arg(w.officialId), std::move(process)});
    }
    QList<Report> reports;
    for (Started &s : started) {
        Report report;
        report.who = s.who;
        if (!s.process->waitForFinished(kDeskMs + 30000)) {
            s.process->kill();
            s.process->waitForFinished();
        }
        report.exitCode = s.process->exitStatus() == QProcess::NormalExit ? s.process->exitCode() : -1;
        report.lines =
            QString::fromUtf8(s.process->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        reports << report;
    }
    return reports;
}

// What the parent checks after the desks stopped.
void ConcurrentDesksTest::checkDesks(const QString &address, const Scene &scene, const QList<Report> &reports)
{
    int acked = 0, stale = 0, refused = 0;
    QList<EditAck> edits;
    QSet<QString> staleTags;
    QHash<qint64, QString> addedTags; // person → tag of the add
    QHash<qint64, QHash<QString, int>> ackKinds;
    for (const Report &r : reports) {
        QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("%1 exited with %2").arg(r.who).arg(r.exitCode)));
        QVERIFY2(r.lines.contains(QStringLiteral("DONE")), qPrintable(r.who + QStringLiteral(" did not finish")));
        const qint64 official = r.who.section(QLatin1Char(' '), 1).toLongLong();
        for (const QString &line : r.lines) {
            QVERIFY2(!line.startsWith(QLatin1String("ERR")), qPrintable(r.who + QStringLiteral(": ") + line));
            const QStringList f = line.split(QLatin1Char(' '));
            if (f.at(0) == QLatin1String("ACK")) {
                ++acked;
                ++ackKinds[official][f.at(1)];
                if (f.at(1) == QLatin1String("add"))
                    addedTags.insert(f.at(2).toLongLong(), f.at(3));
                else if (f.at(1) == QLatin1String("edit"))
                    edits << EditAck{f.at(2).toLongLong(), f.at(3).toLongLong(), f.at(4)};
            } else if (f.at(0) == QLatin1String("STALE")) {
                ++stale;
                if (f.at(1) == QLatin1String("edit"))
                    staleTags.insert(f.at(3));
            } else if (f.at(0) == QLatin1String("REFUSED")) {
                if (qEnvironmentVariableIsSet("HOMEWARD_DESKS_VERBOSE"))
                    qInfo("%s: %s", qPrintable(r.who), qPrintable(line));
                ++refused;
            }
        }
    }

    auto db = Database::open(address);
    QVERIFY2(db, qPrintable(db.text()));
    const QSqlDatabase c = db.value()->connection();

    // The audit trail is one chain.
    auto fault = AuditLog::verify(c);
    QVERIFY2(fault, qPrintable(fault.text()));
    QVERIFY2(!fault.value(), fault.value() ? qPrintable(fault.value()->reason) : "");

    // Every acknowledged write has its audit row, and no write that was not acknowledged does
    // (no worker was killed): the counts per official and kind agree.
    const auto auditCount = [&](qint64 official, const QString &entity, const QString &action) {
        auto n = sql::scalar(c,
                             QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE official_id = ? AND entity = ? "
                                            "AND action = ?"),
                             {official, entity, action});
        return n ? n.value().toInt() : -1;
    };
    for (qint64 op : scene.operators) {
        QCOMPARE(auditCount(op, QStringLiteral("person"), QStringLiteral("create")),
                 ackKinds.value(op).value(QStringLiteral("add")));
        QCOMPARE(auditCount(op, QStringLiteral("person"), QStringLiteral("update")),
                 ackKinds.value(op).value(QStringLiteral("edit")));
    }
    for (qint64 ver : scene.verifiers)
        QCOMPARE(auditCount(ver, QStringLiteral("verification_item"), QStringLiteral("verify")),
                 ackKinds.value(ver).value(QStringLiteral("verify")));
    QCOMPARE(auditCount(scene.supervisor, QStringLiteral("batch"), QStringLiteral("transition")),
             ackKinds.value(scene.supervisor).value(QStringLiteral("transition")));

    // Every added person is listed with a whole checklist.
    for (auto it = addedTags.cbegin(); it != addedTags.cend(); ++it) {
        auto listed =
            sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM batch_member WHERE batch_id = ? AND person_id = ?"),
                        {scene.batchId, it.key()});
        QVERIFY2(listed && listed.value().toInt() == 1,
                 qPrintable(QStringLiteral("person %1 not listed").arg(it.key())));
        auto items =
            sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM verification_item WHERE person_id = ?"), {it.key()});
        QVERIFY(items);
        QCOMPARE(items.value().toInt(), kItemsPerPerson);
    }
    // The list's positions are 1..n, once each (MAX()+1 taken by one desk at a time).
    auto positions = sql::run(c,
                              QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT position), MIN(position), MAX(position) "
                                             "FROM batch_member WHERE batch_id = ?"),
                              {scene.batchId});
    QVERIFY2(positions && positions.value().next(), qPrintable(positions.text()));
    const int members = positions.value().value(0).toInt();
    QCOMPARE(members, kSeedPersons + int(addedTags.size()));
    QCOMPARE(positions.value().value(1).toInt(), members);
    QCOMPARE(positions.value().value(2).toInt(), 1);
    QCOMPARE(positions.value().value(3).toInt(), members);

    // No edit was silently overwritten: each acknowledged edit made its own version of the
    // person (two acknowledged edits of one version would mean one overwrote the other), the
    // stored person is the newest of them, and a refused edit left no trace.
    QHash<QPair<qint64, qint64>, QString> versions;
    QHash<qint64, EditAck> newest;
    for (const EditAck &e : std::as_const(edits)) {
        const auto key = qMakePair(e.personId, e.version);
        QVERIFY2(!versions.contains(key), qPrintable(QStringLiteral("edits %1 and %2 both made version %3 of person %4")
                                                         .arg(versions.value(key), e.tag)
                                                         .arg(e.version)
                                                         .arg(e.personId)));
        versions.insert(key, e.tag);
        if (e.version > newest.value(e.personId).version)
            newest.insert(e.personId, e);
    }
    for (const EditAck &e : std::as_const(newest)) {
        auto stored = sql::run(c, QStringLiteral("SELECT row_version, notes FROM person WHERE id = ?"), {e.personId});
        QVERIFY2(stored && stored.value().next(), qPrintable(stored.text()));
        QCOMPARE(stored.value().value(0).toLongLong(), e.version);
        QCOMPARE(stored.value().value(1).toString(), e.tag);
    }
    {
        // Every acknowledged edit is in the trail with its own tag and version.
        auto rows = sql::run(c, QStringLiteral("SELECT entity_id, after_json FROM audit_log WHERE entity = 'person' "
                                               "AND action = 'update'"));
        QVERIFY2(rows, qPrintable(rows.text()));
        QHash<QPair<qint64, qint64>, QString> audited;
        while (rows.value().next()) {
            const QJsonObject after = QJsonDocument::fromJson(rows.value().value(1).toString().toUtf8()).object();
            audited.insert(qMakePair(rows.value().value(0).toLongLong(),
                                     after.value(QStringLiteral("row_version")).toVariant().toLongLong()),
                           after.value(QStringLiteral("notes")).toString());
        }
        for (auto it = versions.cbegin(); it != versions.cend(); ++it)
            QCOMPARE(audited.value(it.key()), it.value());
        for (const QString &tag : audited)
            QVERIFY2(!staleTags.contains(tag), qPrintable(QStringLiteral("the refused edit %1 was stored").arg(tag)));
    }

    // The batch's state agrees with its list: confirmed only with every item confirmed and an
    // intact seal, and nothing about its persons written after the confirmation.
    auto batch = sql::run(c, QStringLiteral("SELECT status FROM batch WHERE id = ?"), {scene.batchId});
    QVERIFY2(batch && batch.value().next(), qPrintable(batch.text()));
    const QString status = batch.value().value(0).toString();
    auto last = sql::scalar(c,
                            QStringLiteral("SELECT to_status FROM batch_transition WHERE batch_id = ? "
                                           "ORDER BY id DESC LIMIT 1"),
                            {scene.batchId});
    QVERIFY2(last, qPrintable(last.text()));
    QCOMPARE(last.value().toString(), status);
    auto notConfirmed = sql::scalar(c,
                                    QStringLiteral("SELECT COUNT(*) FROM verification_item v JOIN batch_member m "
                                                   "ON m.person_id = v.person_id WHERE m.batch_id = ? "
                                                   "AND v.state <> 'confirmed'"),
                                    {scene.batchId});
    QVERIFY2(notConfirmed, qPrintable(notConfirmed.text()));
    if (status == QLatin1String("confirmed") || status == QLatin1String("verified"))
        QCOMPARE(notConfirmed.value().toInt(), 0);
    if (status == QLatin1String("confirmed")) {
        auto seals = SealCheck::verify(c);
        QVERIFY2(seals, qPrintable(seals.text()));
        QVERIFY2(seals.value().isEmpty(), seals.value().isEmpty() ? "" : qPrintable(seals.value().first().text()));
        auto confirmedAt = sql::scalar(c,
                                       QStringLiteral("SELECT MAX(id) FROM audit_log WHERE entity = 'batch' AND "
                                                      "entity_id = ? AND action = 'transition'"),
                                       {scene.batchId});
        QVERIFY(confirmedAt);
        auto after = sql::scalar(c,
                                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE id > ? AND entity IN "
                                                "('person', 'verification_item')"),
                                 {confirmedAt.value()});
        QVERIFY(after);
        QCOMPARE(after.value().toInt(), 0);
    }
    qInfo("%d writes acknowledged, %d refused as stale, %d refused by a rule; %d edits; the batch ends %s", acked,
          stale, refused, int(edits.size()), qPrintable(status));
    QVERIFY(acked > 0);

    // The command officials run says so too, when the program is built beside the tests.
    const QString program = homewardProgram();
    if (program.isEmpty()) {
        qInfo("homeward verify-audit not run: the program is not built in %s",
              qPrintable(QCoreApplication::applicationDirPath() + QStringLiteral("/../app")));
        return;
    }
    QProcess verify;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // PGPASSFILE among it
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    verify.setProcessEnvironment(env);
    verify.setStandardInputFile(QProcess::nullDevice()); // no password prompt can wait
    verify.start(program, {QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("verify-audit"),
                           QStringLiteral("--database"), address});
    QVERIFY(verify.waitForFinished(60000));
    const QString out = QString::fromUtf8(verify.readAllStandardOutput() + verify.readAllStandardError());
    QVERIFY2(verify.exitStatus() == QProcess::NormalExit && verify.exitCode() == 0, qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Audit trail intact")), qPrintable(out));
}

// The head read after the chain lock is the last committed one, even when the transaction
// began before that commit: READ COMMITTED takes a new snapshot for every statement.
void ConcurrentDesksTest::chainLockSeesTheLastCommittedHead()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    auto address = newServerDatabase(QStringLiteral("chainlock"));
    QVERIFY2(address, qPrintable(address.text()));
    auto first = Database::open(address.value());
    auto second = Database::open(address.value());
    QVERIFY2(first && second, qPrintable(first.text() + second.text()));
    const QSqlDatabase a = first.value()->connection();
    const QSqlDatabase b = second.value()->connection();
    auto official = testing::addOfficial(a, QStringLiteral("op"), testing::kOperator);
    QVERIFY2(official, qPrintable(official.text()));
    const Actor actor = Accounts::actorFor(official.value());

    // B begins and reads (a plain transaction, as a writer outside WriteTransaction would);
    // A appends and commits meanwhile.
    QVERIFY(sql::exec(b, QStringLiteral("BEGIN")));
    auto before = AuditLog::headHash(b);
    QVERIFY(before);
    {
        WriteTransaction inA(a);
        QVERIFY(inA.began());
        QVERIFY(AuditLog::append(a, actor, QStringLiteral("create"), QStringLiteral("person"), 1, {},
                                 QJsonObject{{QStringLiteral("n"), 1}}));
        QVERIFY(inA.commit());
    }
    QVERIFY(AuditLog::append(b, actor, QStringLiteral("create"), QStringLiteral("person"), 2, {},
                             QJsonObject{{QStringLiteral("n"), 2}}));
    QVERIFY(sql::exec(b, QStringLiteral("COMMIT")));
    auto rows = sql::run(a, QStringLiteral("SELECT prev_hash, hash FROM audit_log ORDER BY id"));
    QVERIFY2(rows, qPrintable(rows.text()));
    QStringList prev, hash;
    while (rows.value().next()) {
        prev << rows.value().value(0).toString();
        hash << rows.value().value(1).toString();
    }
    QCOMPARE(hash.size(), 2);         // A's row, B's row
    QCOMPARE(prev.at(1), hash.at(0)); // B follows A, not the head it saw first
    QCOMPARE(before.value(), AuditLog::genesisHash());
    auto fault = AuditLog::verify(a);
    QVERIFY(fault && !fault.value());

    // Writers take turns, as on SQLite: while B's write transaction is open, A's cannot begin;
    // it waits for lock_timeout (shortened here) and says the database is busy.
    {
        WriteTransaction writingB(b);
        QVERIFY(writingB.began());
        QVERIFY(sql::run(a, QStringLiteral("SELECT set_config('lock_timeout', '300', false)")));
        WriteTransaction waitingA(a);
        QVERIFY(!waitingA.began());
        QVERIFY2(waitingA.status().error().message.contains(QLatin1String("busy")), qPrintable(waitingA.status().text()));
        QVERIFY(sql::run(a, QStringLiteral("SELECT set_config('lock_timeout', ?, false)"),
                         {QString::number(Database::kBusyTimeoutMs)}));
    }

    // While A holds the chain lock, B's append waits for it (and then follows A).
    WriteTransaction holdA(a);
    QVERIFY(holdA.began());
    QVERIFY(AuditLog::lockChain(a));
    auto waiting = sql::scalar(b, QStringLiteral("SELECT pg_try_advisory_xact_lock(?)"), {AuditLog::kChainLockKey});
    QVERIFY2(waiting, qPrintable(waiting.text()));
    QCOMPARE(waiting.value().toBool(), false);
    holdA.rollback();
    auto free = sql::scalar(b, QStringLiteral("SELECT pg_try_advisory_lock(?)"), {AuditLog::kChainLockKey});
    QVERIFY(free);
    QCOMPARE(free.value().toBool(), true);
    QVERIFY(sql::scalar(b, QStringLiteral("SELECT pg_advisory_unlock(?)"), {AuditLog::kChainLockKey}));

    // A session whose transactions keep one snapshot (REPEATABLE READ, as a server's default
    // might say) would read a stale head: refused, nothing written.
    QVERIFY(sql::exec(b, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL REPEATABLE READ")));
    {
        WriteTransaction inB(b);
        QVERIFY(inB.began());
        const Status appended = AuditLog::append(b, actor, QStringLiteral("create"), QStringLiteral("person"), 3, {},
                                                 QJsonObject{{QStringLiteral("n"), 3}});
        QVERIFY(!appended);
        QVERIFY2(appended.error().detail.contains(QLatin1String("repeatable read")), qPrintable(appended.text()));
    }
    auto count = AuditLog::rowCount(a);
    QVERIFY(count);
    QCOMPARE(count.value(), 2);
}

// The race the writers' turns close (WriteTransaction takes the writer lock at BEGIN on
// PostgreSQL): a supervisor's desk confirms a batch while an operator's desk saves an edit of a
// person on its list. The edit waits, then meets the confirmed batch and is refused; without the
// lock the rule against editing a confirmed batch would have read the status from before the
// confirmation and let the edit through.
void ConcurrentDesksTest::anEditWaitsForAConfirmationUnderWay()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    auto address = newServerDatabase(QStringLiteral("confirmrace"));
    QVERIFY2(address, qPrintable(address.text()));
    auto scene = prepare(address.value());
    QVERIFY2(scene, qPrintable(scene.text()));
    auto chiefDesk = Database::open(address.value());
    QVERIFY2(chiefDesk, qPrintable(chiefDesk.text()));
    const QSqlDatabase chief = chiefDesk.value()->connection();
    auto person =
        sql::scalar(chief, QStringLiteral("SELECT person_id FROM batch_member WHERE batch_id = ? AND position = 1"),
                    {scene.value().batchId});
    QVERIFY2(person, qPrintable(person.text()));

    WriteTransaction confirming(chief);
    QVERIFY(confirming.began());

    std::atomic<bool> finished = false;
    Status edited;
    // A QThread: the store listens for other desks' changes through a socket notifier.
    std::unique_ptr<QThread> operatorDesk(QThread::create([&] {
        // A connection belongs to the thread that opened it.
        auto db = Database::open(address.value());
        if (!db) {
            edited = db.status();
            finished = true;
            return;
        }
        {
            Store store(db.value()->connection());
            auto official = Accounts(store.connection()).get(scene.value().operators.first());
            auto read = official ? store.persons().get(person.value().toLongLong()) : Result<Person>(official.error());
            if (!read) {
                edited = read.status();
            } else {
                testing::signIn(store, official.value());
                Person p = read.value();
                p.notes = QStringLiteral("edited while confirming");
                edited = store.persons().update(p);
            }
        }
        finished = true;
    }));
    operatorDesk->start();
    QThread::msleep(500);
    const bool waited = !finished;
    // The confirmation goes through (plain SQL: the seal's content does not matter here).
    const Status forced =
        testing::forceBatchStatus(chief, scene.value().batchId, QStringLiteral("confirmed"), scene.value().supervisor);
    const Status committed = confirming.commit();
    QVERIFY(operatorDesk->wait(60000));
    QVERIFY2(forced, qPrintable(forced.text()));
    QVERIFY2(committed, qPrintable(committed.text()));
    QVERIFY2(waited, "the edit did not wait for the confirmation under way");
    QVERIFY2(!edited, "an edit was saved into a confirmed batch");
    QVERIFY2(edited.text().contains(QLatin1String("confirmed batch")), qPrintable(edited.text()));
    auto notes = sql::scalar(chief, QStringLiteral("SELECT notes FROM person WHERE id = ?"), {person.value()});
    QVERIFY(notes);
    QVERIFY(notes.value().toString() != QLatin1String("edited while confirming"));
}

void ConcurrentDesksTest::desksOnOneServer()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    auto address = newServerDatabase(QStringLiteral("desks"));
    QVERIFY2(address, qPrintable(address.text()));
    auto scene = prepare(address.value());
    QVERIFY2(scene, qPrintable(scene.text()));
    QElapsedTimer timer;
    timer.start();
    const QList<Report> reports = runDesks(address.value(), scene.value());
    qInfo("desks worked for %lld ms", timer.elapsed());
    checkDesks(address.value(), scene.value(), reports);
}

void ConcurrentDesksTest::desksOnOneSqliteFile()
{
    const QString address = m_dir.filePath(QStringLiteral("desks.sqlite"));
    auto scene = prepare(address);
    QVERIFY2(scene, qPrintable(scene.text()));
    QElapsedTimer timer;
    timer.start();
    const QList<Report> reports = runDesks(address, scene.value());
    qInfo("desks worked for %lld ms", timer.elapsed());
    checkDesks(address, scene.value(), reports);
}

void ConcurrentDesksTest::aKilledWriterAndACrashedServerLoseNothingCommitted()
{
    HOMEWARD_REQUIRE_POSTGRES(m_server);
    auto address = newServerDatabase(QStringLiteral("killed"));
    QVERIFY2(address, qPrintable(address.text()));
    qint64 batchId = 0;
    qint64 operatorId = 0;
    {
        auto db = Database::open(address.value());
        QVERIFY2(db, qPrintable(db.text()));
        auto setup = testing::addOfficial(db.value()->connection(), QStringLiteral("setup"),
                                          testing::kOperator | testing::kSupervisor);
        QVERIFY2(setup, qPrintable(setup.text()));
        operatorId = setup.value().id;
        Store store(db.value()->connection());
        testing::signIn(store, setup.value());
        Exchange exchange;
        exchange.title = QStringLiteral("Kill");
        auto exchangeId = store.exchanges().create(exchange);
        QVERIFY2(exchangeId, qPrintable(exchangeId.text()));
        Batch batch;
        batch.exchangeId = exchangeId.value();
        auto made = store.batches().create(batch);
        QVERIFY2(made, qPrintable(made.text()));
        batchId = made.value();
    }
    const QString folder = m_dir.filePath(QStringLiteral("kill"));
    QVERIFY(QDir().mkpath(folder));

    // Starts a kill writer and waits until it is in the middle of its import.
    const auto startWriter = [&](const QString &mode, const QString &tag, QProcess &process, QStringList &lines) {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QCoreApplication::applicationFilePath(),
                      {QString::fromLatin1(kKillFlag), address.value(), QString::number(batchId),
                       QString::number(operatorId), folder, mode, tag});
        QElapsedTimer waited;
        waited.start();
        QString pending;
        while (waited.elapsed() < 60000) {
            if (!process.waitForReadyRead(200) && process.state() == QProcess::NotRunning)
                break;
            pending += QString::fromUtf8(process.readAllStandardOutput());
            qsizetype end;
            while ((end = pending.indexOf(QLatin1Char('\n'))) >= 0) {
                lines << pending.left(end);
                pending.remove(0, end + 1);
            }
            if (!lines.isEmpty() && lines.constLast().startsWith(QLatin1String("MID")))
                return true;
        }
        return false;
    };

    // 1. A writer killed with SIGKILL while its import's transaction is open; then the server
    //    crashes (immediate stop) and starts again.
    QStringList killedLines;
    {
        QProcess writer;
        QVERIFY2(startWriter(QStringLiteral("kill"), QStringLiteral("killed"), writer, killedLines),
                 qPrintable(killedLines.join(QLatin1Char('\n'))));
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    }
    QString errors;
    m_admin.reset(); // its connection would not survive the restart
    QElapsedTimer restart;
    restart.start();
    m_server.runScript(QStringLiteral("restart"), 60000, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
    qInfo("server restarted in %lld ms", restart.elapsed());

    // 2. The server crashes while a writer holds its import's transaction open; the writer
    //    carries on, fails, and says so.
    QStringList crashedLines;
    {
        QProcess writer;
        QVERIFY2(startWriter(QStringLiteral("restart"), QStringLiteral("crashed"), writer, crashedLines),
                 qPrintable(crashedLines.join(QLatin1Char('\n'))));
        restart.restart();
        m_server.runScript(QStringLiteral("restart"), 60000, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
        qInfo("server restarted in %lld ms", restart.elapsed());
        QFile go(QDir(folder).filePath(QStringLiteral("crashed.go")));
        QVERIFY(go.open(QIODevice::WriteOnly));
        go.close();
        QVERIFY(writer.waitForFinished(30000));
        crashedLines << QString::fromUtf8(writer.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
        QCOMPARE(writer.exitCode(), 0);
        QVERIFY2(!crashedLines.filter(QStringLiteral("FAILED import crashed")).isEmpty(),
                 qPrintable(crashedLines.join(QLatin1Char('\n'))));
    }
    auto owner = DatabaseUrl::parse(m_server.ownerUrl());
    QVERIFY(owner);
    auto admin = Database::openServerUnmigrated(owner.value());
    QVERIFY2(admin, qPrintable(admin.text()));
    m_admin = std::move(admin.value());

    // Every acknowledged person is there, listed, with its whole checklist and its audit row;
    // no person that was not acknowledged; neither import left a row.
    auto db = Database::open(address.value());
    QVERIFY2(db, qPrintable(db.text()));
    const QSqlDatabase c = db.value()->connection();
    QStringList acked = killedLines.filter(QStringLiteral("ACK add")) + crashedLines.filter(QStringLiteral("ACK add"));
    QCOMPARE(acked.size(), 2 * kKillAdds);
    for (const QString &line : std::as_const(acked)) {
        const QStringList f = line.split(QLatin1Char(' '));
        const qint64 id = f.at(2).toLongLong();
        auto person = sql::scalar(c, QStringLiteral("SELECT notes FROM person WHERE id = ?"), {id});
        QVERIFY2(person, qPrintable(person.text()));
        QCOMPARE(person.value().toString(), f.at(3));
        auto items = sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM verification_item WHERE person_id = ?"), {id});
        QVERIFY(items);
        QCOMPARE(items.value().toInt(), kItemsPerPerson);
        auto audited = sql::scalar(c,
                                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'person' "
                                                  "AND entity_id = ? AND action = 'create'"),
                                   {id});
        QVERIFY(audited);
        QCOMPARE(audited.value().toInt(), 1);
    }
    auto persons = sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM batch_member WHERE batch_id = ?"), {batchId});
    QVERIFY(persons);
    QCOMPARE(persons.value().toInt(), int(acked.size()));
    auto anyPerson = sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM person"));
    QVERIFY(anyPerson);
    QCOMPARE(anyPerson.value().toInt(), int(acked.size()));
    for (const char *table : {"registry_person", "registry_import"}) {
        auto rows = sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        QVERIFY2(rows, qPrintable(rows.text()));
        QCOMPARE(rows.value().toInt(), 0);
    }
    auto registryAudit = sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'registry'"));
    QVERIFY(registryAudit);
    QCOMPARE(registryAudit.value().toInt(), 0);
    auto fault = AuditLog::verify(c);
    QVERIFY2(fault, qPrintable(fault.text()));
    QVERIFY2(!fault.value(), fault.value() ? qPrintable(fault.value()->reason) : "");

    // And the server takes writes again: the same import now goes through whole.
    QProcess again;
    QStringList againLines;
    again.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QFile(QDir(folder).filePath(QStringLiteral("again.go"))).open(QIODevice::WriteOnly);
    again.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(kKillFlag), address.value(), QString::number(batchId), QString::number(operatorId),
                 folder, QStringLiteral("kill"), QStringLiteral("again")});
    QVERIFY(again.waitForFinished(60000));
    againLines = QString::fromUtf8(again.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(again.exitCode() == 0, qPrintable(againLines.join(QLatin1Char('\n'))));
    const QStringList imported = againLines.filter(QStringLiteral("ACK import"));
    QCOMPARE(imported.size(), 1);
    auto rows = sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM registry_person"));
    QVERIFY(rows);
    QCOMPARE(rows.value().toInt(), kKillImportRows);
    fault = AuditLog::verify(c);
    QVERIFY(fault && !fault.value());
}

// Not QTEST_MAIN: the same program is each desk's worker and the kill writer.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.contains(QString::fromLatin1(kWorkerFlag))) {
        const auto worker = WorkerArgs::parse(args);
        return worker ? runWorker(*worker) : 2;
    }
    if (args.contains(QString::fromLatin1(kKillFlag)))
        return runKillWriter(args);
    ConcurrentDesksTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_concurrentdesks.moc"
