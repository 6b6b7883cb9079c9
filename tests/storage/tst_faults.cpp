#include "FaultVfs.h"
#include "Sanitized.h"
#include "SignIn.h"

#include "io/InterchangeCsv.h"
#include "storage/Accounts.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/RegistryRepository.h"
#include "storage/SealCheck.h"
#include "storage/Sql.h"
#include "storage/Store.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace homeward;
namespace vfs = homeward::testing::faultvfs;

// I/O faults under a whole registry import and a whole batch confirmation.
// An SQLite VFS shim (FaultVfs.h) makes the k-th write, sync or read of the
// database's files fail, or every write from the k-th on fail as on a full
// disk. Each scenario is first run without faults to count its calls (K per
// kind); then, for each k, on a fresh copy of the prepared database, the
// k-th call fails. The caller must get a clear error (or success, when SQLite
// got over the fault), and the file, closed and opened again without faults,
// must pass the integrity and foreign key checks and the audit chain, and
// hold exactly the state before or exactly the state after the operation.
// Then the same operation must succeed, at alternate points on the file
// opened again or on the same connection right after the failure (both at
// every sync point).
namespace {

enum class Scenario { Import, Confirm };

const char *kindName(vfs::Kind kind)
{
    switch (kind) {
    case vfs::Kind::Write:
        return "write";
    case vfs::Kind::Sync:
        return "sync";
    case vfs::Kind::Read:
        return "read";
    case vfs::Kind::Full:
        return "disk full";
    }
    return "?";
}

int countOf(const vfs::Counts &counts, vfs::Kind kind)
{
    switch (kind) {
    case vfs::Kind::Write:
    case vfs::Kind::Full:
        return counts.writes;
    case vfs::Kind::Sync:
        return counts.syncs;
    case vfs::Kind::Read:
        return counts.reads;
    }
    return 0;
}

// Every k up to 200, then every 7th, and the last one. The sanitizer run
// (Sanitized.h) takes every third of those, and the first and the last.
QList<int> faultPoints(int total)
{
    QList<int> points;
    for (int k = 1; k <= total; ++k) {
        if (k <= 200 || (k - 200) % 7 == 0 || k == total)
            points << k;
    }
    if (!homeward::testing::kSanitized)
        return points;
    QList<int> sample;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (i % 3 == 0 || i == points.size() - 1)
            sample << points.at(i);
    }
    return sample;
}

// Interchange CSV rows with record ids R<first> … R<first + rows - 1>.
QByteArray registryCsv(int first, int rows)
{
    QByteArray bytes = InterchangeCsv::columnNames().join(QLatin1Char(',')).toUtf8() + '\n';
    const char *const surnames[] = {"Коваленко", "Шевченко", "Бондаренко", "Ткаченко", "Мельник"};
    for (int id = first; id < first + rows; ++id) {
        bytes += "R" + QByteArray::number(id).rightJustified(7, '0') + ',' + surnames[id % 5] + ",Андрій,Петрович," +
                 QByteArray::number(1960 + id % 40) + "-03-1" + QByteArray::number(id % 10) +
                 ",M,serviceman,солдат,в/ч А" + QByteArray::number(id % 300) + ",ВС" + QByteArray::number(id) +
                 ",,Суми,Сумська область,\n";
    }
    return bytes;
}

QString rowsText(const QSqlDatabase &db, const QString &statement)
{
    auto query = sql::run(db, statement);
    if (!query)
        return QStringLiteral("<error: %1>").arg(query.text());
    QStringList rows;
    const int columns = query.value().record().count();
    while (query.value().next()) {
        QStringList values;
        for (int i = 0; i < columns; ++i)
            values << (query.value().isNull(i) ? QStringLiteral("NULL") : query.value().value(i).toString());
        rows << values.join(QLatin1Char('|'));
    }
    if (query.value().lastError().isValid())
        rows << QStringLiteral("<error: %1>").arg(query.value().lastError().text());
    return rows.join(QLatin1Char('\n'));
}

QString digest(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

class FaultsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void importUnderFaults_data();
    void importUnderFaults();
    void confirmUnderFaults_data();
    void confirmUnderFaults();
    void diskFullIsSaidClearly_data();
    void diskFullIsSaidClearly();

private:
    // A fresh copy of the scenario's prepared database, opened without faults.
    std::unique_ptr<Database> openCopy(Scenario scenario);
    std::unique_ptr<Database> reopen();
    // Runs the scenario's operation on `db`.
    Status run(Scenario scenario, Database &db);
    // The canonical state of the tables the scenario changes.
    QString dump(Scenario scenario, const QSqlDatabase &db) const;
    // Integrity, foreign keys, audit chain, seals: empty when all hold.
    QString soundness(const QSqlDatabase &db) const;
    // "before", "after", "login" (confirm: only the re-entered password was
    // recorded, in its own transaction) or "partial".
    QString classify(Scenario scenario, const QString &state) const;
    void faultRun(Scenario scenario);
    void addRows(Scenario scenario);

    QTemporaryDir m_dir;
    QString m_registryBase;
    QString m_workflowBase;
    QString m_work;
    QString m_csv;
    Official m_importer;
    Official m_confirmer;
    qint64 m_batchId = 0;
    // Dumps: before, after, and (confirm) with only the login recorded.
    QMap<Scenario, QString> m_before;
    QMap<Scenario, QString> m_after;
    QString m_loginOnly;
    QMap<Scenario, vfs::Counts> m_counts;
    QMap<QString, int> m_points;             // "import write" → fault points injected
    QMap<QString, QSet<QString>> m_messages; // "import write" → the errors' messages
    QMap<QString, int> m_states;             // "import before" → how many runs left the file so
    int m_partial = 0;
    int m_notReached = 0;
    int m_succeededAnyway = 0;
};

void FaultsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(vfs::install(), "the fault VFS could not be registered");
    m_registryBase = m_dir.filePath(QStringLiteral("registry-base.sqlite"));
    m_workflowBase = m_dir.filePath(QStringLiteral("workflow-base.sqlite"));
    m_work = m_dir.filePath(QStringLiteral("work.sqlite"));
    m_csv = m_dir.filePath(QStringLiteral("registry.csv"));
    vfs::watch(QFile::encodeName(m_work));

    // The registry: 3,000 records already imported; the file to import has
    // 200 rows, 20 of them replacing stored records.
    {
        auto db = Database::open(m_registryBase);
        QVERIFY2(db.ok(), qPrintable(db.text()));
        const QSqlDatabase c = db.value()->connection();
        auto importer = testing::addOfficial(c, QStringLiteral("importer"), testing::kOperator);
        QVERIFY2(importer.ok(), qPrintable(importer.text()));
        m_importer = importer.value();
        const QString first = m_dir.filePath(QStringLiteral("first.csv"));
        QFile file(first);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(registryCsv(0, 3000));
        file.close();
        const RegistryImportOutcome done = RegistryRepository(c).importCsv(first, Accounts::actorFor(m_importer));
        QVERIFY2(done.ok(), done.error ? qPrintable(done.error->text()) : "problems");
        QFile csv(m_csv);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(registryCsv(2980, 200));
    }

    // A batch of six persons entered by an operator, every detail confirmed
    // by a verifier, submitted and marked verified; a supervisor who did
    // neither confirms it.
    {
        auto db = Database::open(m_workflowBase);
        QVERIFY2(db.ok(), qPrintable(db.text()));
        Store store(db.value()->connection());
        const QSqlDatabase c = store.connection();
        auto boss = testing::addOfficial(c, QStringLiteral("boss"), testing::kSupervisor);
        auto op = testing::addOfficial(c, QStringLiteral("op"), testing::kOperator);
        auto ver = testing::addOfficial(c, QStringLiteral("ver"), testing::kVerifier);
        QVERIFY(boss.ok() && op.ok() && ver.ok());
        m_confirmer = boss.value();
        testing::signIn(store, boss.value());
        Exchange exchange;
        exchange.title = QStringLiteral("Обмін 6 на 6");
        auto exchangeId = store.exchanges().create(exchange);
        QVERIFY2(exchangeId.ok(), qPrintable(exchangeId.text()));
        Batch batch;
        batch.exchangeId = exchangeId.value();
        batch.plannedServicemen = 4;
        batch.plannedCivilians = 2;
        batch.place = QStringLiteral("КПП");
        auto batchId = store.batches().create(batch);
        QVERIFY2(batchId.ok(), qPrintable(batchId.text()));
        m_batchId = batchId.value();

        testing::signIn(store, op.value());
        QList<qint64> persons;
        const char *const surnames[] = {"Коваленко", "Шевчук", "Петренко", "Бойко", "Савчук", "Гончар"};
        for (int i = 0; i < 6; ++i) {
            Person person;
            person.surname = QString::fromUtf8(surnames[i]);
            person.givenName = QStringLiteral("Андрій");
            person.category = i < 4 ? Category::Serviceman : Category::Civilian;
            auto id = store.persons().addToBatch(m_batchId, person);
            QVERIFY2(id.ok(), qPrintable(id.text()));
            persons << id.value();
        }
        const Status submitted = store.workflow().submitForVerification(m_batchId);
        QVERIFY2(submitted.ok(), qPrintable(submitted.text()));

        testing::signIn(store, ver.value());
        for (qint64 personId : std::as_const(persons)) {
            const auto items = store.verification().itemsForPerson(personId);
            QVERIFY2(items.ok(), qPrintable(items.text()));
            for (const VerificationItem &item : items.value()) {
                if (item.state == CheckState::Confirmed)
                    continue;
                const Status done = store.verification().confirm(
                    item.id, item.item == CheckItem::Identity ? CheckMethod::Documents : CheckMethod::Compared);
                QVERIFY2(done.ok(), qPrintable(done.text()));
            }
        }
        const Status verified = store.workflow().markVerified(m_batchId);
        QVERIFY2(verified.ok(), qPrintable(verified.text()));
    }

    // Each scenario without faults: the states before and after, and how
    // many calls of each kind it makes.
    for (Scenario scenario : {Scenario::Import, Scenario::Confirm}) {
        auto db = openCopy(scenario);
        QVERIFY(db);
        m_before.insert(scenario, dump(scenario, db->connection()));
        // Counted on a connection that has read nothing yet, as in the runs with faults.
        db.reset();
        db = openCopy(scenario);
        QVERIFY(db);
        vfs::arm(vfs::Kind::Write, 0);
        const Status done = run(scenario, *db);
        m_counts.insert(scenario, vfs::counts());
        vfs::disarm();
        QVERIFY2(done.ok(), qPrintable(done.text()));
        m_after.insert(scenario, dump(scenario, db->connection()));
        QVERIFY(m_after.value(scenario) != m_before.value(scenario));
        const vfs::Counts counts = m_counts.value(scenario);
        qInfo("%s without faults: %d writes, %d syncs, %d reads", scenario == Scenario::Import ? "import" : "confirm",
              counts.writes, counts.syncs, counts.reads);
        QVERIFY(counts.writes > 0 && counts.syncs > 0 && counts.reads > 0);
    }
    // The confirmation's password check commits on its own: that state, too.
    {
        auto db = openCopy(Scenario::Confirm);
        auto login = Accounts(db->connection()).authenticate(m_confirmer.username, testing::testPassword());
        QVERIFY2(login.ok(), qPrintable(login.text()));
        m_loginOnly = dump(Scenario::Confirm, db->connection());
    }
}

void FaultsTest::cleanupTestCase()
{
    vfs::disarm();
    int total = 0;
    for (auto it = m_points.cbegin(); it != m_points.cend(); ++it) {
        qInfo("fault points, %s: %d; messages: %s", qPrintable(it.key()), it.value(),
              qPrintable(QStringList(m_messages.value(it.key()).values()).join(QStringLiteral(" | "))));
        total += it.value();
    }
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it)
        qInfo("state after the fault, %s: %d", qPrintable(it.key()), it.value());
    qInfo("fault points: %d, partial states: %d (operations that succeeded despite the fault: %d; points not "
          "reached: %d)",
          total, m_partial, m_succeededAnyway, m_notReached);
    removeDatabaseFiles(m_work);
    vfs::uninstall();
}

std::unique_ptr<Database> FaultsTest::openCopy(Scenario scenario)
{
    vfs::disarm();
    removeDatabaseFiles(m_work);
    if (!QFile::copy(scenario == Scenario::Import ? m_registryBase : m_workflowBase, m_work))
        return {};
    auto db = Database::open(m_work);
    if (!db)
        qWarning("the copy could not be opened: %s", qPrintable(db.text()));
    return db ? std::move(db).value() : nullptr;
}

std::unique_ptr<Database> FaultsTest::reopen()
{
    auto db = Database::open(m_work);
    if (!db)
        qWarning("the file could not be opened again: %s", qPrintable(db.text()));
    return db ? std::move(db).value() : nullptr;
}

Status FaultsTest::run(Scenario scenario, Database &db)
{
    if (scenario == Scenario::Import) {
        RegistryImportOptions options;
        options.replace = true;
        const RegistryImportOutcome outcome =
            RegistryRepository(db.connection()).importCsv(m_csv, Accounts::actorFor(m_importer), options);
        if (outcome.error)
            return *outcome.error;
        if (!outcome.ok())
            return Status::failure(QStringLiteral("the import was refused (%1 problems, cancelled %2)")
                                       .arg(outcome.problemCount)
                                       .arg(outcome.cancelled));
        if (outcome.inserted != 180 || outcome.replaced != 20)
            return Status::failure(QStringLiteral("the import reported %1 inserted, %2 replaced")
                                       .arg(outcome.inserted)
                                       .arg(outcome.replaced));
        return {};
    }
    Store store(db.connection());
    testing::signIn(store, m_confirmer);
    return store.workflow().confirm(m_batchId, testing::testPassword());
}

QString FaultsTest::dump(Scenario scenario, const QSqlDatabase &db) const
{
    QStringList parts;
    if (scenario == Scenario::Import) {
        parts << rowsText(db, QStringLiteral("SELECT COUNT(*) FROM registry_person"))
              // Joined by SQLite itself: one value to fetch instead of thousands of rows.
              << digest(rowsText(db, QStringLiteral("SELECT group_concat(line, char(10)) FROM (SELECT "
                                                    "quote(record_id) || quote(surname) || quote(given_name) || "
                                                    "quote(patronymic) || quote(birth_date) || quote(sex) || "
                                                    "quote(category) || quote(rank) || quote(unit) || "
                                                    "quote(service_number) || quote(document_number) || "
                                                    "quote(birth_place) || quote(region) || quote(notes) || "
                                                    "quote(import_id) AS line FROM registry_person "
                                                    "ORDER BY record_id)")))
              << rowsText(db, QStringLiteral("SELECT id, file_name, file_sha256, rows_read, rows_inserted, "
                                             "rows_replaced, imported_by FROM registry_import ORDER BY id"))
              << rowsText(db, QStringLiteral("SELECT COUNT(*), group_concat(action) FROM "
                                             "(SELECT action FROM audit_log ORDER BY id)"));
    } else {
        parts << rowsText(db, QStringLiteral("SELECT status, seal_content_hash, seal_head_hash IS NOT NULL, "
                                             "sealed_by FROM batch ORDER BY id"))
              << rowsText(db, QStringLiteral("SELECT batch_id, from_status, to_status, official_id FROM "
                                             "batch_transition ORDER BY id"))
              << rowsText(db, QStringLiteral("SELECT COUNT(*), group_concat(action) FROM "
                                             "(SELECT action FROM audit_log ORDER BY id)"))
              << rowsText(db, QStringLiteral("SELECT username, failed_attempts, locked_until FROM official "
                                             "ORDER BY id"));
    }
    return parts.join(QStringLiteral("\n--\n"));
}

QString FaultsTest::soundness(const QSqlDatabase &db) const
{
    QStringList faults;
    const QString integrity = rowsText(db, QStringLiteral("PRAGMA integrity_check"));
    if (integrity != QLatin1String("ok"))
        faults << QStringLiteral("integrity_check: %1").arg(integrity);
    const QString keys = rowsText(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!keys.isEmpty())
        faults << QStringLiteral("foreign_key_check: %1").arg(keys);
    const auto chain = AuditLog::verify(db);
    if (!chain)
        faults << QStringLiteral("audit chain: %1").arg(chain.text());
    else if (chain.value())
        faults
            << QStringLiteral("audit chain broken at row %1: %2").arg(chain.value()->rowId).arg(chain.value()->reason);
    const auto seals = SealCheck::verify(db);
    if (!seals)
        faults << QStringLiteral("seals: %1").arg(seals.text());
    else
        for (const SealFault &fault : seals.value())
            faults << fault.text();
    return faults.join(QStringLiteral("; "));
}

QString FaultsTest::classify(Scenario scenario, const QString &state) const
{
    if (state == m_before.value(scenario))
        return QStringLiteral("before");
    if (state == m_after.value(scenario))
        return QStringLiteral("after");
    if (scenario == Scenario::Confirm && state == m_loginOnly)
        return QStringLiteral("login");
    return QStringLiteral("partial");
}

void FaultsTest::addRows(Scenario scenario)
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("k");
    const vfs::Counts counts = m_counts.value(scenario);
    for (vfs::Kind kind : {vfs::Kind::Write, vfs::Kind::Sync, vfs::Kind::Read, vfs::Kind::Full}) {
        for (int k : faultPoints(countOf(counts, kind)))
            QTest::addRow("%s %d", kindName(kind), k) << int(kind) << k;
    }
}

void FaultsTest::faultRun(Scenario scenario)
{
    QFETCH(int, kind);
    QFETCH(int, k);
    const auto fault = vfs::Kind(kind);
    const char *name = scenario == Scenario::Import ? "import" : "confirm";
    const QString point = QStringLiteral("%1 %2").arg(QLatin1String(name), QLatin1String(kindName(fault)));

    // 1. The fault, then the file closed (a full disk stays full meanwhile)
    //    and opened again without faults.
    {
        auto db = openCopy(scenario);
        QVERIFY(db);
        vfs::arm(fault, k);
        const Status done = run(scenario, *db);
        const int injected = vfs::injected();
        // The counts were taken on the same file, so every point is reached;
        // should SQLite take one read fewer, the run is a plain success.
        QVERIFY2(injected > 0 || done.ok(), qPrintable(done.text()));
        if (injected > 0)
            m_points[point] += 1;
        else
            ++m_notReached;
        if (done.ok()) {
            m_succeededAnyway += injected > 0 ? 1 : 0;
        } else {
            // Says what failed, in the program's words, and keeps the cause.
            QVERIFY2(!done.error().message.isEmpty(), "an error without a message");
            QVERIFY2(done.error().message != done.error().detail, qPrintable(done.text()));
            QVERIFY2(!done.error().message.contains(QLatin1String("disk I/O error")), qPrintable(done.text()));
            QVERIFY2(!done.error().detail.isEmpty(), qPrintable(done.text()));
            m_messages[point].insert(done.error().message);
        }
        db.reset();
        vfs::disarm();

        auto again = reopen();
        QVERIFY(again);
        const QString faults = soundness(again->connection());
        QVERIFY2(faults.isEmpty(), qPrintable(faults));
        const QString state = classify(scenario, dump(scenario, again->connection()));
        m_states[QStringLiteral("%1 %2").arg(QLatin1String(name), state)] += 1;
        if (state == QLatin1String("partial"))
            ++m_partial;
        QVERIFY2(state != QLatin1String("partial"),
                 qPrintable(QStringLiteral("%1 (operation said: %2):\n%3")
                                .arg(state, done.ok() ? QStringLiteral("ok") : done.text(),
                                     dump(scenario, again->connection()))));
        if (done.ok())
            QCOMPARE(state, QStringLiteral("after"));

        // The work goes on after the disk is fine again: here on the file
        // opened again, at every other point (and every sync); below on the
        // same connection at the others.
        if (state != QLatin1String("after") && (k % 2 == 1 || fault == vfs::Kind::Sync)) {
            const Status retried = run(scenario, *again);
            QVERIFY2(retried.ok(), qPrintable(retried.text()));
            const QString faultsAfter = soundness(again->connection());
            QVERIFY2(faultsAfter.isEmpty(), qPrintable(faultsAfter));
            if (scenario == Scenario::Import)
                QCOMPARE(dump(scenario, again->connection()), m_after.value(scenario));
            else
                QCOMPARE(rowsText(again->connection(),
                                  QStringLiteral("SELECT status FROM batch WHERE id = %1").arg(m_batchId)),
                         QStringLiteral("confirmed"));
        }
    }

    // 2. The same fault, and the same operation again on the same connection
    //    (at every other point, and every sync, to keep the suite short).
    if (k % 2 == 0 || fault == vfs::Kind::Sync) {
        auto db = openCopy(scenario);
        QVERIFY(db);
        vfs::arm(fault, k);
        const Status done = run(scenario, *db);
        vfs::disarm();
        if (!done.ok()) {
            const QString state = classify(scenario, dump(scenario, db->connection()));
            if (state == QLatin1String("partial"))
                ++m_partial;
            QVERIFY2(state != QLatin1String("partial"), qPrintable(state));
            const Status retried = run(scenario, *db);
            QVERIFY2(retried.ok(),
                     qPrintable(QStringLiteral("the retry on the same connection: %1").arg(retried.text())));
        }
        db.reset();
        auto again = reopen();
        QVERIFY(again);
        const QString faults = soundness(again->connection());
        QVERIFY2(faults.isEmpty(), qPrintable(faults));
        if (scenario == Scenario::Import)
            QCOMPARE(dump(scenario, again->connection()), m_after.value(scenario));
        else
            QCOMPARE(
                rowsText(again->connection(), QStringLiteral("SELECT status FROM batch WHERE id = %1").arg(m_batchId)),
                QStringLiteral("confirmed"));
    }
}

void FaultsTest::importUnderFaults_data()
{
    addRows(Scenario::Import);
}

void FaultsTest::importUnderFaults()
{
    faultRun(Scenario::Import);
}

void FaultsTest::confirmUnderFaults_data()
{
    addRows(Scenario::Confirm);
}

void FaultsTest::confirmUnderFaults()
{
    faultRun(Scenario::Confirm);
}

void FaultsTest::diskFullIsSaidClearly_data()
{
    QTest::addColumn<int>("scenario");
    QTest::newRow("registry import") << int(Scenario::Import);
    QTest::newRow("batch confirmation") << int(Scenario::Confirm);
}

void FaultsTest::diskFullIsSaidClearly()
{
    QFETCH(int, scenario);
    auto db = openCopy(Scenario(scenario));
    QVERIFY(db);
    vfs::arm(vfs::Kind::Full, 1);
    const Status done = run(Scenario(scenario), *db);
    vfs::disarm();
    QVERIFY(!done.ok());
    qInfo("%s on a full disk: %s", scenario == int(Scenario::Import) ? "import" : "confirm", qPrintable(done.text()));
    // What the official reads says that the disk is full in the program's
    // own (translated) words, not only in SQLite's English after them.
    QVERIFY2(done.text().contains(QLatin1String("The disk is full")), qPrintable(done.text()));
    QVERIFY2(done.text().contains(QLatin1String("Free some space")), qPrintable(done.text()));
}

QTEST_GUILESS_MAIN(FaultsTest)
#include "tst_faults.moc"
