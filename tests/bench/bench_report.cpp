// How fast the summary sheet of a 1,000-person batch is read (SheetBuilder)
// and drawn to a PDF (SheetPrinter); the target is under 2 s for both
// together. Run through tests/bench/run.sh; "FIGURE" lines are collected there.

#include "print/SheetPrinter.h"
#include "report/SheetBuilder.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

// Benchmarks are not given tests/ on the include path.
#include "../storage/SignIn.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace homeward;

namespace {

constexpr int kPersons = 1000;
constexpr int kRounds = 5;

const QStringList kStems = {QStringLiteral("Коваль"), QStringLiteral("Шевч"),  QStringLiteral("Бонд"),
                            QStringLiteral("Ткач"),   QStringLiteral("Кравч"), QStringLiteral("Олійн"),
                            QStringLiteral("Гончар"), QStringLiteral("Ґудз"),  QStringLiteral("Євтуш"),
                            QStringLiteral("Мар'ян"), QStringLiteral("Їжач"),  QStringLiteral("Йосип")};
const QStringList kEndings = {QStringLiteral("енко"), QStringLiteral("ук"), QStringLiteral("ишин"),
                              QStringLiteral("ський")};
const QStringList kGivenNames = {QStringLiteral("Олександр"), QStringLiteral("Іван"), QStringLiteral("Євген"),
                                 QStringLiteral("Марія"), QStringLiteral("Юрій")};

void figure(const QString &text)
{
    std::printf("FIGURE %s\n", qPrintable(text));
    std::fflush(stdout);
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

class ReportBench final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void buildSummary();
    void drawSummaryPdf();
    void summaryToPdf();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_batch = 0;
};

void ReportBench::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(QStringLiteral("bench.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db.value());
    Store store(m_db->connection());
    auto official = testing::signInAs(store);
    QVERIFY2(official.ok(), qPrintable(official.text()));
    Exchange exchange;
    exchange.title = QStringLiteral("1,000 for 1,000");
    exchange.agreementRef = QStringLiteral("agreed in talks on 16 May");
    exchange.agreedServicemen = 800;
    exchange.agreedCivilians = 200;
    auto exchangeId = store.exchanges().create(exchange);
    QVERIFY2(exchangeId.ok(), qPrintable(exchangeId.text()));
    Batch batch;
    batch.exchangeId = exchangeId.value();
    batch.plannedServicemen = 750;
    batch.plannedCivilians = 250;
    auto batchId = store.batches().create(batch);
    QVERIFY2(batchId.ok(), qPrintable(batchId.text()));
    m_batch = batchId.value();

    const QSqlDatabase c = m_db->connection();
    WriteTransaction transaction(c);
    QVERIFY2(transaction.began(), qPrintable(transaction.status().text()));
    const QString now = sql::nowStamp();
    for (int i = 0; i < kPersons; ++i) {
        auto person = sql::run(
            c,
            QStringLiteral("INSERT INTO person (surname, given_name, patronymic, birth_date, birth_date_partial, sex, "
                           "category, rank, service_number, region, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)"),
            {kStems.at(i % kStems.size()) + kEndings.at(i / kStems.size() % kEndings.size()),
             kGivenNames.at(i % kGivenNames.size()), QStringLiteral("Миколайович"),
             QDate(1965 + i % 40, 1 + i % 12, 1 + i % 28), i % 9 == 0 ? QStringLiteral("F") : QStringLiteral("M"),
             i % 4 == 0 ? QStringLiteral("civilian") : QStringLiteral("serviceman"),
             i % 4 == 0 ? QString() : QStringLiteral("старший солдат"), QStringLiteral("А%1").arg(100000 + i),
             QStringLiteral("Дніпропетровська"), now, now});
        QVERIFY2(person.ok(), qPrintable(person.text()));
        auto member = sql::run(c,
                               QStringLiteral("INSERT INTO batch_member (batch_id, person_id, position, status, "
                                              "created_at, updated_at) VALUES (?, ?, ?, 'listed', ?, ?)"),
                               {m_batch, person.value().lastInsertId(), i + 1, now, now});
        QVERIFY2(member.ok(), qPrintable(member.text()));
    }
    const Status committed = transaction.commit();
    QVERIFY2(committed.ok(), qPrintable(committed.text()));
}

void ReportBench::cleanupTestCase()
{
    m_db.reset();
}

void ReportBench::buildSummary()
{
    const report::SheetBuilder builder(m_db->connection());
    QBENCHMARK
    {
        auto sheet = builder.batchSheet(m_batch);
        QVERIFY2(sheet.ok(), qPrintable(sheet.text()));
        QCOMPARE(sheet.value().persons.size(), kPersons);
    }
}

void ReportBench::drawSummaryPdf()
{
    auto sheet = report::SheetBuilder(m_db->connection()).batchSheet(m_batch);
    QVERIFY2(sheet.ok(), qPrintable(sheet.text()));
    const QString path = m_dir.filePath(QStringLiteral("draw.pdf"));
    QBENCHMARK
    {
        auto pages = SheetPrinter::writePdf(sheet.value(), path);
        QVERIFY2(pages.ok(), qPrintable(pages.text()));
    }
}

void ReportBench::summaryToPdf()
{
    const QString path = m_dir.filePath(QStringLiteral("summary.pdf"));
    QList<qint64> build;
    QList<qint64> draw;
    QList<qint64> total;
    int pages = 0;
    for (int round = 0; round < kRounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        auto sheet = report::SheetBuilder(m_db->connection()).batchSheet(m_batch);
        QVERIFY2(sheet.ok(), qPrintable(sheet.text()));
        build << timer.elapsed();
        auto written = SheetPrinter::writePdf(sheet.value(), path);
        QVERIFY2(written.ok(), qPrintable(written.text()));
        pages = written.value();
        total << timer.elapsed();
        draw << total.constLast() - build.constLast();
    }
    figure(QStringLiteral("report: summary sheet of a %1-person batch to PDF: %2 ms median of %3 "
                          "(read %4 ms, draw %5 ms), %6 pages, %7 KiB; target < 2000 ms")
               .arg(kPersons)
               .arg(median(total))
               .arg(kRounds)
               .arg(median(build))
               .arg(median(draw))
               .arg(pages)
               .arg(QFileInfo(path).size() / 1024));
    QVERIFY2(median(total) < 2000, "the summary sheet of 1,000 persons took 2 s or more");
}

QTEST_MAIN(ReportBench)
#include "bench_report.moc"
