#include "FaultVfs.h"
#include "ForceStatus.h"
#include "Sanitized.h"
#include "SignIn.h"

#include "io/InterchangeCsv.h"
#include "storage/Accounts.h"
#include "storage/AuditJson.h"
#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/BatchWorkflow.h"
#include "storage/ChecklistQueries.h"
#include "storage/DashboardQueries.h"
#include "storage/Database.h"
#include "storage/Export.h"
#include "storage/OpenCheck.h"
#include "storage/RegistryMatcher.h"
#include "storage/RegistryRepository.h"
#include "storage/SealCheck.h"
#include "storage/Sql.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

using namespace homeward;
namespace vfs = homeward::testing::faultvfs;

// Reads that fail part-way. QSqlQuery::next() returns false after the last
// row and also on a failed read, so a loop over the rows ends the same way
// in both cases; each reading function must tell them apart. The fault VFS
// (FaultVfs.h) makes the k-th read of the database file fail; for each k the
// function must return an error or exactly the result of a fault-free call,
// never a shortened one. The database holds a few thousand persons, so the
// reads span hundreds of pages; the connection's page cache is emptied before
// each call, so every call reads from the file.
namespace {

constexpr int kBigBatchPersons = 2500;
constexpr int kSealedBatchPersons = 120;
constexpr int kHistoryRows = 600;
constexpr int kRegistryRecords = 300;

// A reading function's result as canonical text, or its error.
using Reader = std::function<Result<QString>(const QSqlDatabase &db)>;

// Every k up to 30, then about 30 more spread evenly to the last read; the
// sanitizer run (Sanitized.h) takes every third of those, the last one too.
QList<int> faultPoints(int total)
{
    QList<int> points;
    const int step = std::max(1, (total - 30) / 30);
    for (int k = 1; k <= total; ++k) {
        if (k <= 30 || (k - 30) % step == 0 || k == total)
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

QString digest(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

template <typename T>
Result<QString> joined(const Result<QList<T>> &result, const std::function<QString(const T &)> &line)
{
    if (!result)
        return result.error();
    QStringList lines;
    for (const T &item : result.value())
        lines << line(item);
    return lines.join(QLatin1Char('\n'));
}

QByteArray registryCsv(int rows)
{
    QByteArray bytes = InterchangeCsv::columnNames().join(QLatin1Char(',')).toUtf8() + '\n';
    const char *const surnames[] = {"Коваленко", "Шевченко", "Бондаренко", "Ткаченко", "Мельник"};
    for (int id = 0; id < rows; ++id) {
        bytes += "R" + QByteArray::number(id).rightJustified(7, '0') + ',' + surnames[id % 5] + ",Андрій,Петрович," +
                 QByteArray::number(1960 + id % 40) + "-03-1" + QByteArray::number(id % 10) +
                 ",M,serviceman,солдат,в/ч А" + QByteArray::number(id % 300) + ",ВС" + QByteArray::number(id) +
                 ",,Суми,Сумська область,\n";
    }
    return bytes;
}

} // namespace

Q_DECLARE_METATYPE(Reader)

class ReadFaultsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void readsFailOrComplete_data();
    void readsFailOrComplete();

private:
    Status addPersons(const QSqlDatabase &c, qint64 batchId, int count, int firstNumber);
    // Empties the page cache of the connection: the next call reads the file.
    void dropCache();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Official m_operator;
    Official m_verifier;
    qint64 m_exchangeId = 0;
    qint64 m_bigBatch = 0;
    qint64 m_sealedBatch = 0;
    qint64 m_historyPerson = 0;
};

Status ReadFaultsTest::addPersons(const QSqlDatabase &c, qint64 batchId, int count, int firstNumber)
{
    const QString now = sql::nowStamp();
    for (int i = 0; i < count; ++i) {
        const int n = firstNumber + i;
        auto person = sql::run(
            c,
            QStringLiteral("INSERT INTO person (surname, given_name, patronymic, birth_date, birth_date_partial, sex, "
                           "category, rank, service_number, region, created_by, updated_by, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {QStringLiteral("Прізвище%1").arg(n), n % 2 ? QStringLiteral("Андрій") : QStringLiteral("Марія"),
             QStringLiteral("Миколайович"), QDate(1965 + n % 40, 1 + n % 12, 1 + n % 28),
             n % 9 == 0 ? QStringLiteral("F") : QStringLiteral("M"),
             n % 4 == 0 ? QStringLiteral("civilian") : QStringLiteral("serviceman"),
             n % 4 == 0 ? QString() : QStringLiteral("старший солдат"), QStringLiteral("А%1").arg(100000 + n),
             QStringLiteral("Дніпропетровська"), m_operator.id, m_operator.id, now, now});
        if (!person)
            return person.status();
        auto member = sql::run(c,
                               QStringLiteral("INSERT INTO batch_member (batch_id, person_id, position, status, "
                                              "created_at, updated_at) VALUES (?, ?, ?, 'listed', ?, ?)"),
                               {batchId, person.value().lastInsertId(), i + 1, now, now});
        if (!member)
            return member.status();
    }
    return {};
}

void ReadFaultsTest::dropCache()
{
    auto shrunk = sql::run(m_db->connection(), QStringLiteral("PRAGMA shrink_memory"));
    QVERIFY2(shrunk.ok(), qPrintable(shrunk.text()));
}

void ReadFaultsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(vfs::install(), "the fault VFS could not be registered");
    const QString path = m_dir.filePath(QStringLiteral("reads.sqlite"));
    vfs::watch(QFile::encodeName(path));
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db.value());
    const QSqlDatabase c = m_db->connection();
    Store store(c);
    auto boss = testing::addOfficial(c, QStringLiteral("boss"), testing::kSupervisor);
    auto op = testing::addOfficial(c, QStringLiteral("op"), testing::kOperator);
    auto ver = testing::addOfficial(c, QStringLiteral("ver"), testing::kVerifier);
    QVERIFY(boss.ok() && op.ok() && ver.ok());
    m_operator = op.value();
    m_verifier = ver.value();
    testing::signIn(store, boss.value());

    Exchange exchange;
    exchange.title = QStringLiteral("Обмін 2500 на 2500");
    auto exchangeId = store.exchanges().create(exchange);
    QVERIFY2(exchangeId.ok(), qPrintable(exchangeId.text()));
    m_exchangeId = exchangeId.value();
    for (qint64 *id : {&m_bigBatch, &m_sealedBatch}) {
        Batch batch;
        batch.exchangeId = m_exchangeId;
        batch.plannedServicemen = 2000;
        batch.plannedCivilians = 600;
        batch.place = QStringLiteral("КПП");
        auto batchId = store.batches().create(batch);
        QVERIFY2(batchId.ok(), qPrintable(batchId.text()));
        *id = batchId.value();
    }

    {
        WriteTransaction transaction(c);
        QVERIFY2(transaction.began(), qPrintable(transaction.status().text()));
        QVERIFY2(addPersons(c, m_bigBatch, kBigBatchPersons, 0).ok(), "persons of the big batch");
        QVERIFY2(addPersons(c, m_sealedBatch, kSealedBatchPersons, kBigBatchPersons).ok(),
                 "persons of the sealed batch");
        // The big batch: a third of its persons verified, some with a discrepancy, at several minutes.
        auto verified = sql::run(
            c,
            QStringLiteral("UPDATE verification_item SET state = 'confirmed', method = 'documents', verified_by = ?, "
                           "verified_at = '2025-06-12T09:' || printf('%02d', person_id % 50) || ':00.000Z' "
                           "WHERE person_id % 3 = 0 OR person_id IN (SELECT person_id FROM batch_member "
                           "WHERE batch_id = ?)"),
            {m_verifier.id, m_sealedBatch});
        QVERIFY2(verified.ok(), qPrintable(verified.text()));
        auto discrepant = sql::run(
            c,
            QStringLiteral("UPDATE verification_item SET state = 'discrepancy', method = 'compared', "
                           "note = 'інший рік народження', verified_by = ?, verified_at = '2025-06-12T10:00:00.000Z' "
                           "WHERE item = 'birth_date' AND person_id % 7 = 1 AND person_id IN "
                           "(SELECT person_id FROM batch_member WHERE batch_id = ?)"),
            {m_verifier.id, m_bigBatch});
        QVERIFY2(discrepant.ok(), qPrintable(discrepant.text()));
        QVERIFY2(transaction.commit().ok(), "commit of the persons");
    }

    // One person with a long history in the audit trail.
    {
        auto first =
            sql::scalar(c, QStringLiteral("SELECT MIN(person_id) FROM batch_member WHERE batch_id = ?"), {m_bigBatch});
        QVERIFY2(first.ok(), qPrintable(first.text()));
        m_historyPerson = first.value().toLongLong();
        WriteTransaction transaction(c);
        QVERIFY2(transaction.began(), qPrintable(transaction.status().text()));
        const Actor actor = Accounts::actorFor(m_operator);
        for (int i = 0; i < kHistoryRows; ++i) {
            const Status appended = AuditLog::append(
                c, actor, QStringLiteral("update"), QStringLiteral("person"), m_historyPerson,
                QJsonObject{{QStringLiteral("note"), QStringLiteral("запис %1 ").arg(i).repeated(8)}},
                QJsonObject{{QStringLiteral("note"), QStringLiteral("запис %1 ").arg(i + 1).repeated(8)}});
            QVERIFY2(appended.ok(), qPrintable(appended.text()));
        }
        QVERIFY2(transaction.commit().ok(), "commit of the history");
    }

    // The small batch confirmed (dummy seal: SealCheck reads it whole and finds it broken).
    const Status forced = testing::forceBatchStatus(c, m_sealedBatch, QStringLiteral("confirmed"), boss.value().id);
    QVERIFY2(forced.ok(), qPrintable(forced.text()));

    // A small registry for the matcher.
    const QString csv = m_dir.filePath(QStringLiteral("registry.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(registryCsv(kRegistryRecords));
    file.close();
    const RegistryImportOutcome imported = RegistryRepository(c).importCsv(csv, Accounts::actorFor(m_operator));
    QVERIFY2(imported.ok(), imported.error ? qPrintable(imported.error->text()) : "problems");

    // Everything in the main file: the reads below go to it, not to the WAL.
    auto checkpoint = sql::run(c, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QVERIFY2(checkpoint.ok(), qPrintable(checkpoint.text()));
}

void ReadFaultsTest::cleanupTestCase()
{
    vfs::disarm();
    m_db.reset();
    vfs::uninstall();
}

void ReadFaultsTest::readsFailOrComplete_data()
{
    QTest::addColumn<Reader>("read");
    QTest::addColumn<int>("thinning"); // every n-th fault point only: for calls that read the whole file
    // The ids are known only after initTestCase(), so the readers take them from the test object.
    const ReadFaultsTest *self = this;

    QTest::newRow("auditjson storedRows") << Reader([](const QSqlDatabase &db) -> Result<QString> {
        return joined<QJsonObject>(
            auditjson::storedRows(db, QStringLiteral("SELECT id, surname, birth_date FROM person ORDER BY id"), {}),
            compact);
    }) << 1;
    QTest::newRow("auditlog history") << Reader([self](const QSqlDatabase &db) -> Result<QString> {
        return joined<AuditEntry>(
            AuditLog::history(db, QStringLiteral("person"), self->m_historyPerson),
            [](const AuditEntry &e) { return QString::number(e.id) + QLatin1Char(' ') + e.hash; });
    }) << 1;
    QTest::newRow("auditlog headHash") << Reader([](const QSqlDatabase &db) { return AuditLog::headHash(db); }) << 1;
    QTest::newRow("auditlog verify") << Reader([](const QSqlDatabase &db) -> Result<QString> {
        auto fault = AuditLog::verify(db);
        if (!fault)
            return fault.error();
        return fault.value() ? QStringLiteral("broken at %1").arg(fault.value()->rowId) : QStringLiteral("sound");
    }) << 1;
    QTest::newRow("checklist summaries") << Reader([self](const QSqlDatabase &db) -> Result<QString> {
        return joined<PersonChecklistSummary>(
            ChecklistQueries(db).summaries(self->m_bigBatch, self->m_verifier.id, 0, kBigBatchPersons * 2),
            [](const PersonChecklistSummary &s) {
                return QStringLiteral("%1 %2 %3 %4/%5/%6/%7/%8")
                    .arg(s.position)
                    .arg(s.personId)
                    .arg(s.surname)
                    .arg(s.total)
                    .arg(s.confirmed)
                    .arg(s.discrepancies)
                    .arg(s.pending)
                    .arg(s.waitingForMe);
            });
    }) << 1;
    QTest::newRow("dashboard batches") << Reader([self](const QSqlDatabase &db) -> Result<QString> {
        return joined<DashboardBatchRow>(DashboardQueries(db).batches(self->m_exchangeId),
                                         [](const DashboardBatchRow &r) {
                                             return QStringLiteral("%1 %2 %3 %4 %5 %6")
                                                 .arg(r.batchId)
                                                 .arg(r.entered)
                                                 .arg(r.verified)
                                                 .arg(r.withDiscrepancy)
                                                 .arg(r.openDiscrepancies)
                                                 .arg(r.planned);
                                         });
    }) << 1;
    QTest::newRow("dashboard composition") << Reader([self](const QSqlDatabase &db) -> Result<QString> {
        auto counts = DashboardQueries(db).composition(self->m_exchangeId);
        if (!counts)
            return counts.error();
        const DashboardComposition &c = counts.value();
        return QStringLiteral("%1 %2 %3 %4")
            .arg(c.servicemenMen)
            .arg(c.servicemenWomen)
            .arg(c.civiliansMen)
            .arg(c.civiliansWomen);
    }) << 1;
    QTest::newRow("dashboard verifiedOverTime") << Reader([self](const QSqlDatabase &db) -> Result<QString> {
        return joined<VerifiedInMinute>(
            DashboardQueries(db).verifiedOverTime(self->m_exchangeId), [](const VerifiedInMinute &m) {
                return m.minute.toString(Qt::ISODate) + QLatin1Char(' ') + QString::number(m.persons);
            });
    }) << 1;
    QTest::newRow("workflow snapshot") << Reader([self](const QSqlDatabase &db) -> Result<QString> {
        auto s = BatchWorkflow(db, nullptr).snapshot(self->m_bigBatch);
        if (!s)
            return s.error();
        const BatchSnapshot &v = s.value();
        QStringList ids;
        for (qint64 id : v.listedPersonIds)
            ids << QString::number(id);
        return QStringLiteral("%1 %2 %3 %4 %5 %6 [%7] %8")
            .arg(v.listedServicemen)
            .arg(v.listedCivilians)
            .arg(v.personsNotFullyVerified)
            .arg(v.openDiscrepancies)
            .arg(v.pendingItems)
            .arg(v.listedServicemenIds.size())
            .arg(ids.join(QLatin1Char(',')))
            .arg(int(v.status));
    }) << 1;
    QTest::newRow("workflow contentHash") << Reader([self](const QSqlDatabase &db) {
        // The sealed batch: the hash reads each person's checklist with a query of its own.
        return BatchWorkflow::contentHash(db, self->m_sealedBatch);
    }) << 1;
    QTest::newRow("sealcheck verify") << Reader([](const QSqlDatabase &db) -> Result<QString> {
        return joined<SealFault>(SealCheck::verify(db), [](const SealFault &f) { return f.text(); });
    }) << 1;
    QTest::newRow("registrymatcher matchBatch") << Reader([self](const QSqlDatabase &db) -> Result<QString> {
        RegistryMatcher matcher(db); // a new one reads the registry again
        auto match = matcher.matchBatch(self->m_bigBatch);
        if (!match)
            return match.error();
        QStringList lines;
        for (const PersonMatch &p : match.value().persons)
            lines << QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(p.personId)
                         .arg(p.position)
                         .arg(p.result.candidates.size())
                         .arg(p.result.candidates.isEmpty() ? QString() : p.result.candidates.constFirst().recordId)
                         .arg(p.duplicates.size());
        return lines.join(QLatin1Char('\n'));
    }) << 1;
    QTest::newRow("backup rowCounts") << Reader([](const QSqlDatabase &db) -> Result<QString> {
        auto counts = Backup::rowCounts(db);
        if (!counts)
            return counts.error();
        QStringList lines;
        for (auto it = counts.value().cbegin(); it != counts.value().cend(); ++it)
            lines << it.key() + QLatin1Char(' ') + QString::number(it.value());
        return lines.join(QLatin1Char('\n'));
    }) << 1;
    QTest::newRow("opencheck run") << Reader([](const QSqlDatabase &db) -> Result<QString> {
        const OpenCheckReport report = OpenCheck::run(db);
        // A read error is a check that could not run: the official is told, the file is not passed
        // as sound, and it is not called damaged (the file is intact; the disk failed one read).
        for (const OpenProblem &problem : report.problems) {
            if (problem.kind == OpenProblem::Kind::Integrity)
                return QStringLiteral("called damaged: ") + problem.text;
            if (problem.kind == OpenProblem::Kind::CheckFailed)
                return Error{problem.text};
        }
        return report.text();
    }) << 10;
    QTest::newRow("export batch") << Reader([self](const QSqlDatabase &db) -> Result<QString> {
        const QString path = self->m_dir.filePath(QStringLiteral("batch-export.csv"));
        auto summary = Export::batch(db, self->m_bigBatch, ExportFormat::Csv, path);
        if (!summary)
            return summary.error();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{file.errorString()};
        return QString::fromUtf8(file.readAll());
    }) << 1;
    QTest::newRow("export registry") << Reader([self](const QSqlDatabase &db) -> Result<QString> {
        const QString path = self->m_dir.filePath(QStringLiteral("registry-export.csv"));
        auto summary = Export::registry(db, ExportFormat::Csv, path);
        if (!summary)
            return summary.error();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{file.errorString()};
        return QString::fromUtf8(file.readAll());
    }) << 1;
}

void ReadFaultsTest::readsFailOrComplete()
{
    QFETCH(Reader, read);
    QFETCH(int, thinning);
    const QSqlDatabase c = m_db->connection();
    QElapsedTimer timer;
    timer.start();

    // The fault-free result, and how many reads of the file it takes.
    dropCache();
    vfs::arm(vfs::Kind::Read, 0);
    const Result<QString> clean = read(c);
    const int total = vfs::counts().reads;
    vfs::disarm();
    QVERIFY2(clean.ok(), qPrintable(clean.text()));
    QVERIFY2(total > 0, "the call read nothing from the file: the cache was not emptied");

    int errors = 0;
    int complete = 0;
    QSet<QString> messages;
    QList<int> points;
    const QList<int> all = faultPoints(total);
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (i % thinning == 0 || i == all.size() - 1)
            points << all.at(i);
    }
    for (int k : points) {
        dropCache();
        vfs::arm(vfs::Kind::Read, k);
        const Result<QString> got = read(c);
        const int injected = vfs::injected();
        vfs::disarm();
        QVERIFY2(injected == 1, qPrintable(QStringLiteral("read %1 of %2 was not reached").arg(k).arg(total)));
        if (!got) {
            QVERIFY2(!got.error().message.isEmpty(),
                     qPrintable(QStringLiteral("read %1: an error without a message").arg(k)));
            ++errors;
            messages << got.error().message;
            continue;
        }
        // SQLite may get over a failed read (it retries some); the result must then be the whole one.
        QVERIFY2(got.value() == clean.value(),
                 qPrintable(QStringLiteral("read %1 of %2 failed and the call returned a different result as if "
                                           "complete: %3 characters (%4) instead of %5 (%6)")
                                .arg(k)
                                .arg(total)
                                .arg(got.value().size())
                                .arg(digest(got.value()))
                                .arg(clean.value().size())
                                .arg(digest(clean.value()))));
        ++complete;
    }

    // Past the last read the fault does not fire and the call completes.
    dropCache();
    vfs::arm(vfs::Kind::Read, total + 1);
    const Result<QString> after = read(c);
    QCOMPARE(vfs::injected(), 0);
    vfs::disarm();
    QVERIFY2(after.ok() && after.value() == clean.value(), qPrintable(after.text()));

    qInfo("%s: %d reads, %lld fault points: %d errors, %d complete results, %lld ms", QTest::currentDataTag(), total,
          qlonglong(points.size()), errors, complete, qlonglong(timer.elapsed()));
    qInfo("%s: %s", QTest::currentDataTag(), qPrintable(QStringList(messages.values()).join(QStringLiteral(" | "))));
    QVERIFY(errors > 0);
}

QTEST_GUILESS_MAIN(ReadFaultsTest)
#include "tst_readfaults.moc"
