// `homeward report`, run as a script would, its PDFs read back with
// pdftotext -layout (poppler-utils): every person listed once, the counts,
// "Page N of M" on every page, a 1,000-person batch over many pages with no
// row lost or split and the table header on every page; wrong command lines
// and unknown records write nothing.

#include "ProgramRun.h"

#include "report/SheetBuilder.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include "storage/SignIn.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;

namespace {

constexpr int kBigBatch = 1000;

const QStringList kStems = {
    QStringLiteral("Коваль"), QStringLiteral("Шевч"),   QStringLiteral("Бонд"),   QStringLiteral("Ткач"),
    QStringLiteral("Кравч"),  QStringLiteral("Олійн"),  QStringLiteral("Гончар"), QStringLiteral("Ґудз"),
    QStringLiteral("Євтуш"),  QStringLiteral("Іван"),   QStringLiteral("Їжач"),   QStringLiteral("Йосип"),
    QStringLiteral("Мельн"),  QStringLiteral("Савч"),   QStringLiteral("Руденк"), QStringLiteral("Мороз"),
    QStringLiteral("Лисенк"), QStringLiteral("Мар'ян"), QStringLiteral("Соловй"), QStringLiteral("Дмитр"),
    QStringLiteral("Захарч"), QStringLiteral("Юрч"),    QStringLiteral("Яковч"),  QStringLiteral("Щерб"),
    QStringLiteral("Литвин"), QStringLiteral("Павл"),   QStringLiteral("Поліщ"),  QStringLiteral("Вовк"),
    QStringLiteral("Тимош"),  QStringLiteral("Антон"),  QStringLiteral("Харч"),   QStringLiteral("Остап"),
};
const QStringList kEndings = {QStringLiteral("енко"), QStringLiteral("ук"),    QStringLiteral("ишин"),
                              QStringLiteral("ів"),   QStringLiteral("ський"), QStringLiteral("ак"),
                              QStringLiteral("ець"),  QStringLiteral("ич")};
const QStringList kGivenNames = {QStringLiteral("Олександр"), QStringLiteral("Іван"), QStringLiteral("Петро"),
                                 QStringLiteral("Андрій")};

struct Expected {
    QString surname;
    QString given;
};

Expected bigPerson(int i)
{
    return {kStems.at(i % kStems.size()) + kEndings.at((i / kStems.size()) % kEndings.size()),
            kGivenNames.at((i / (kStems.size() * kEndings.size())) % kGivenNames.size())};
}

} // namespace

class ReportCommandTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void helpDescribesTheCommand();
    void summaryListsEveryPersonOnce_data();
    void summaryListsEveryPersonOnce();
    void summaryCounts_data();
    void summaryCounts();
    void sealOnlyOnTheConfirmedBatch_data();
    void sealOnlyOnTheConfirmedBatch();
    void ukrainianSheet();
    void checklistOnePersonPerPage();
    void exchangeSummary();
    void thousandPersonsPaginateWithoutLosingARow();
    void databaseIsNotChanged();
    void wrongCommandLinesWriteNothing_data();
    void wrongCommandLinesWriteNothing();

private:
    using Run = testing::ProgramRun;
    Run run(const QStringList &arguments, const QString &language = QStringLiteral("en")) const;
    // The PDF's text, one entry per page; empty when it cannot be read.
    static QStringList pages(const QString &pdf);
    static QString pdfText(const QString &pdf) { return pages(pdf).join(QLatin1Char('\f')); }
    static void checkPageNumbers(const QStringList &text);
    qint64 demoBatch(int sequenceNo) const;

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_big;
    qint64 m_bigBatch = 0;
    qint64 m_demoExchange = 0;
    QList<Batch> m_demoBatches;
};

void ReportCommandTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(HOMEWARD_BINARY)).isExecutable(), HOMEWARD_BINARY);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext (poppler-utils) is needed to read the PDFs back");

    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Run demo = run({QStringLiteral("demo"), m_demo});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    {
        auto db = Database::openUnmigrated(m_demo);
        QVERIFY2(db.ok(), qPrintable(db.text()));
        Store store(db.value()->connection());
        auto exchanges = store.exchanges().list();
        QVERIFY2(exchanges.ok(), qPrintable(exchanges.text()));
        m_demoExchange = exchanges.value().constFirst().id;
        auto batches = store.batches().listForExchange(m_demoExchange);
        QVERIFY2(batches.ok(), qPrintable(batches.text()));
        m_demoBatches = batches.value();
    }

    // A batch of 1,000 persons, stored straight (the repositories would take minutes).
    m_big = m_dir.filePath(QStringLiteral("big.sqlite"));
    auto db = Database::open(m_big);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    Store store(db.value()->connection());
    auto official = testing::signInAs(store);
    QVERIFY2(official.ok(), qPrintable(official.text()));
    Exchange exchange;
    exchange.title = QStringLiteral("1,000 for 1,000");
    exchange.agreedServicemen = 800;
    exchange.agreedCivilians = 200;
    auto exchangeId = store.exchanges().create(exchange);
    QVERIFY2(exchangeId.ok(), qPrintable(exchangeId.text()));
    Batch batch;
    batch.exchangeId = exchangeId.value();
    batch.plannedServicemen = 750;
    batch.plannedCivilians = 250;
    batch.place = QStringLiteral("Сумська область");
    batch.plannedDate = QDate(2026, 12, 1);
    auto batchId = store.batches().create(batch);
    QVERIFY2(batchId.ok(), qPrintable(batchId.text()));
    m_bigBatch = batchId.value();
    const QSqlDatabase c = db.value()->connection();
    WriteTransaction transaction(c);
    QVERIFY2(transaction.began(), qPrintable(transaction.status().text()));
    const QString now = sql::nowStamp();
    for (int i = 0; i < kBigBatch; ++i) {
        const Expected e = bigPerson(i);
        auto person = sql::run(
            c,
            QStringLiteral("INSERT INTO person (surname, given_name, patronymic, birth_date, birth_date_partial, sex, "
                           "category, rank, service_number, region, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)"),
            {e.surname, e.given, QStringLiteral("Петрович"), QDate(1970 + i % 35, 1 + i % 12, 1 + i % 28),
             i % 9 == 0 ? QStringLiteral("F") : QStringLiteral("M"),
             i % 4 == 0 ? QStringLiteral("civilian") : QStringLiteral("serviceman"),
             i % 4 == 0 ? QString() : QStringLiteral("солдат"), QStringLiteral("А%1").arg(100000 + i),
             QStringLiteral("Харківська"), now, now});
        QVERIFY2(person.ok(), qPrintable(person.text()));
        auto member = sql::run(c,
                               QStringLiteral("INSERT INTO batch_member (batch_id, person_id, position, status, "
                                              "created_at, updated_at) VALUES (?, ?, ?, 'listed', ?, ?)"),
                               {m_bigBatch, person.value().lastInsertId(), i + 1, now, now});
        QVERIFY2(member.ok(), qPrintable(member.text()));
    }
    const Status committed = transaction.commit();
    QVERIFY2(committed.ok(), qPrintable(committed.text()));
}

ReportCommandTest::Run ReportCommandTest::run(const QStringList &arguments, const QString &language) const
{
    // No display at all: the command must choose the offscreen platform itself.
    testing::ProgramOptions options;
    options.language = language;
    options.noDisplayAtAll = true;
    return testing::runProgram(m_dir.path(), arguments, options);
}

QStringList ReportCommandTest::pages(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    QStringList result = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!result.isEmpty() && result.constLast().trimmed().isEmpty())
        result.removeLast(); // after the last page's form feed
    return result;
}

void ReportCommandTest::checkPageNumbers(const QStringList &text)
{
    static const QRegularExpression pageLine(QStringLiteral("Page (\\d+) of (\\d+)"));
    for (int i = 0; i < text.size(); ++i) {
        auto matches = pageLine.globalMatch(text.at(i));
        QVERIFY2(matches.hasNext(), qPrintable(QStringLiteral("no page number on page %1").arg(i + 1)));
        const auto match = matches.next();
        QCOMPARE(match.captured(1).toInt(), i + 1);
        QCOMPARE(match.captured(2).toInt(), text.size());
        QVERIFY2(!matches.hasNext(), "two page numbers on one page");
        QVERIFY2(text.at(i).contains(QLatin1String("CONTAINS PERSONAL DATA")),
                 qPrintable(QStringLiteral("no marking on page %1").arg(i + 1)));
        QVERIFY2(text.at(i).contains(QLatin1String("Printed ")), qPrintable(QStringLiteral("page %1").arg(i + 1)));
    }
}

qint64 ReportCommandTest::demoBatch(int sequenceNo) const
{
    for (const Batch &batch : m_demoBatches)
        if (batch.sequenceNo == sequenceNo)
            return batch.id;
    return 0;
}

void ReportCommandTest::helpDescribesTheCommand()
{
    const Run r = run({QStringLiteral("report"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *word :
         {"Usage: homeward report", "--database", "--batch", "--exchange", "--kind", "--pdf", "checklist"})
        QVERIFY2(r.out.contains(QLatin1String(word)), qPrintable(r.out));
    const Run main = run({QStringLiteral("--help")});
    QVERIFY2(main.out.contains(QLatin1String("report --database")), qPrintable(main.out));
}

void ReportCommandTest::summaryListsEveryPersonOnce_data()
{
    QTest::addColumn<int>("sequenceNo");
    QTest::newRow("batch 1, confirmed") << 1;
    QTest::newRow("batch 2, in verification") << 2;
    QTest::newRow("batch 3, empty") << 3;
}

void ReportCommandTest::summaryListsEveryPersonOnce()
{
    QFETCH(int, sequenceNo);
    const qint64 batch = demoBatch(sequenceNo);
    const QString pdf = m_dir.filePath(QStringLiteral("summary-%1.pdf").arg(sequenceNo));
    const Run r = run({QStringLiteral("report"), QStringLiteral("--database"), m_demo, QStringLiteral("--batch"),
                       QString::number(batch), QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("Report written")), qPrintable(r.out));
    const QStringList text = pages(pdf);
    QVERIFY(!text.isEmpty());
    checkPageNumbers(text);
    const QString all = text.join(QLatin1Char('\f'));

    auto db = Database::openUnmigrated(m_demo);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    auto sheet = report::SheetBuilder(db.value()->connection()).batchSheet(batch);
    QVERIFY2(sheet.ok(), qPrintable(sheet.text()));
    for (const report::SheetPerson &person : sheet.value().persons) {
        const QString name = QStringList{person.surname, person.givenName, person.patronymic}.join(QLatin1Char(' '));
        QCOMPARE(all.count(name), 1);
        QVERIFY2(all.contains(person.latinSurname + QLatin1Char(' ') + person.latinGivenName),
                 qPrintable(person.latinSurname));
        // The row's number stands at the start of the line with the name.
        const QRegularExpression row(
            QStringLiteral("^\\s*%1\\s+%2").arg(person.number).arg(QRegularExpression::escape(name)),
            QRegularExpression::MultilineOption);
        QVERIFY2(row.match(all).hasMatch(), qPrintable(name));
    }
    QVERIFY(all.contains(QStringLiteral("Batch %1 of \"").arg(sequenceNo)));
}

void ReportCommandTest::summaryCounts_data()
{
    summaryListsEveryPersonOnce_data();
}

void ReportCommandTest::summaryCounts()
{
    QFETCH(int, sequenceNo);
    const qint64 batch = demoBatch(sequenceNo);
    const QString pdf = m_dir.filePath(QStringLiteral("counts-%1.pdf").arg(sequenceNo));
    const Run r = run({QStringLiteral("report"), QStringLiteral("--database"), m_demo, QStringLiteral("--batch"),
                       QString::number(batch), QStringLiteral("--kind"), QStringLiteral("summary"),
                       QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString all = pdfText(pdf);

    auto db = Database::openUnmigrated(m_demo);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    auto sheet = report::SheetBuilder(db.value()->connection()).batchSheet(batch);
    QVERIFY2(sheet.ok(), qPrintable(sheet.text()));
    const report::BatchSheetCounts &c = sheet.value().counts;
    const auto rowOf = [&all](const QString &name) {
        const QRegularExpression row(QStringLiteral("^\\s*%1((\\s+\\S+){7})\\s*$").arg(name),
                                     QRegularExpression::MultilineOption);
        return row.match(all).captured(1).simplified().split(QLatin1Char(' '));
    };
    const auto numbers = [](const report::SexCategoryCounts &s) {
        return QStringList{QString::number(s.servicemenMen),  QString::number(s.servicemenWomen),
                           QString::number(s.servicemen()),   QString::number(s.civiliansMen),
                           QString::number(s.civiliansWomen), QString::number(s.civilians()),
                           QString::number(s.total())};
    };
    QCOMPARE(rowOf(QStringLiteral("Entered")), numbers(c.entered));
    QCOMPARE(rowOf(QStringLiteral("Verified")), numbers(c.verified));
    const QStringList planned = rowOf(QStringLiteral("Planned"));
    QCOMPARE(planned.size(), 7);
    QCOMPARE(planned.at(2), QString::number(c.plannedServicemen));
    QCOMPARE(planned.at(5), QString::number(c.plannedCivilians));
    QCOMPARE(planned.at(6), QString::number(c.planned()));
    QVERIFY(all.contains(QStringLiteral("List of persons (%1)").arg(c.entered.total())));
}

void ReportCommandTest::sealOnlyOnTheConfirmedBatch_data()
{
    QTest::addColumn<int>("sequenceNo");
    QTest::addColumn<bool>("sealed");
    QTest::newRow("confirmed") << 1 << true;
    QTest::newRow("in verification") << 2 << false;
    QTest::newRow("draft") << 3 << false;
}

void ReportCommandTest::sealOnlyOnTheConfirmedBatch()
{
    QFETCH(int, sequenceNo);
    QFETCH(bool, sealed);
    const QString all = pdfText(m_dir.filePath(QStringLiteral("summary-%1.pdf").arg(sequenceNo)));
    QVERIFY2(!all.isEmpty(), "summaryListsEveryPersonOnce writes the PDF first");
    auto db = Database::openUnmigrated(m_demo);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    auto seal = BatchWorkflow(db.value()->connection(), nullptr).seal(demoBatch(sequenceNo));
    QVERIFY2(seal.ok(), qPrintable(seal.text()));
    QCOMPARE(seal.value().isSealed(), sealed);
    QCOMPARE(all.contains(QLatin1String("Content hash (SHA-256)")), sealed);
    QCOMPARE(all.contains(QLatin1String("NOT CONFIRMED")), !sealed);
    QCOMPARE(all.contains(QLatin1String("NOT SEALED")), !sealed);
    if (sealed) {
        QVERIFY(all.contains(seal.value().contentHash));
        QVERIFY(all.contains(seal.value().headHash));
    }
    for (const char *role : {"Prepared by", "Verified by", "Confirmed by"})
        QVERIFY2(all.contains(QLatin1String(role)), role);
}

void ReportCommandTest::ukrainianSheet()
{
    const QString pdf = m_dir.filePath(QStringLiteral("summary-uk.pdf"));
    const Run r = run({QStringLiteral("report"), QStringLiteral("--database"), m_demo, QStringLiteral("--batch"),
                       QString::number(demoBatch(1)), QStringLiteral("--pdf"), pdf},
                      QStringLiteral("uk"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString all = pdfText(pdf);
    auto db = Database::openUnmigrated(m_demo);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    auto sheet = report::SheetBuilder(db.value()->connection()).batchSheet(demoBatch(1));
    QVERIFY2(sheet.ok(), qPrintable(sheet.text()));
    for (const report::SheetPerson &person : sheet.value().persons)
        QCOMPARE(all.count(person.surname + QLatin1Char(' ') + person.givenName), 1);
    // The labels come from the Ukrainian translation ("we receive" is not left in English).
    QVERIFY2(!all.contains(QLatin1String("we receive")), qPrintable(all.left(2000)));
    QVERIFY(all.contains(sheet.value().seal.contentHash));
    // Long header words in narrow columns are set smaller, never broken
    // inside ("народжен" + "ня" on the next line).
    for (const char *word : {"народження", "військовий"})
        QVERIFY2(all.contains(QString::fromUtf8(word)), word);
}

void ReportCommandTest::checklistOnePersonPerPage()
{
    const qint64 batch = demoBatch(2);
    const QString pdf = m_dir.filePath(QStringLiteral("checklist.pdf"));
    const Run r = run({QStringLiteral("report"), QStringLiteral("--database"), m_demo, QStringLiteral("--batch"),
                       QString::number(batch), QStringLiteral("--kind"), QStringLiteral("checklist"),
                       QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList text = pages(pdf);
    checkPageNumbers(text);
    auto db = Database::openUnmigrated(m_demo);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    auto sheet = report::SheetBuilder(db.value()->connection()).checklistSheet(batch);
    QVERIFY2(sheet.ok(), qPrintable(sheet.text()));
    QCOMPARE(text.size(), sheet.value().persons.size());
    for (int i = 0; i < text.size(); ++i) {
        const report::PersonChecklistPage &page = sheet.value().persons.at(i);
        QVERIFY2(text.at(i).contains(QStringLiteral("No. %1: %2").arg(i + 1).arg(page.person.surname)),
                 qPrintable(text.at(i).left(800)));
        for (const report::ChecklistLine &line : page.lines)
            if (line.item.state == CheckState::Discrepancy) {
                QVERIFY(text.at(i).contains(QLatin1String("DISCREPANCY")));
                QVERIFY2(text.at(i).contains(line.item.note.section(QLatin1Char(' '), 0, 1)),
                         qPrintable(line.item.note));
            }
    }

    // One person alone.
    const QString one = m_dir.filePath(QStringLiteral("checklist-one.pdf"));
    const qint64 personId = sheet.value().persons.at(3).person.personId;
    const Run single = run({QStringLiteral("report"), QStringLiteral("--database"), m_demo, QStringLiteral("--batch"),
                            QString::number(batch), QStringLiteral("--kind"), QStringLiteral("checklist"),
                            QStringLiteral("--person"), QString::number(personId), QStringLiteral("--pdf"), one});
    QVERIFY2(single.exitCode == 0, qPrintable(single.err));
    const QStringList onePage = pages(one);
    QCOMPARE(onePage.size(), 1);
    QVERIFY(onePage.constFirst().contains(QStringLiteral("No. 4: ") + sheet.value().persons.at(3).person.surname));
}

void ReportCommandTest::exchangeSummary()
{
    const QString pdf = m_dir.filePath(QStringLiteral("exchange.pdf"));
    const Run r = run({QStringLiteral("report"), QStringLiteral("--database"), m_demo, QStringLiteral("--exchange"),
                       QString::number(m_demoExchange), QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList text = pages(pdf);
    checkPageNumbers(text);
    const QString all = text.join(QLatin1Char('\f'));
    QVERIFY(all.contains(QLatin1String("Exchange summary")));
    QVERIFY(all.contains(QStringLiteral("Batches (%1)").arg(m_demoBatches.size())));
    // Nothing completed in the demo: 0 of the agreed in each direction.
    const QRegularExpression received(QStringLiteral("Received\\s+0 of 800\\s+0 of 200\\s+0 of 1,000\\s+(\\d+)"));
    const auto match = received.match(all);
    QVERIFY2(match.hasMatch(), qPrintable(all));
    QCOMPARE(match.captured(1).toInt(), 24);
    QVERIFY(QRegularExpression(QStringLiteral("Handed over\\s+0 of 800\\s+0 of 200\\s+0 of 1,000\\s+16"))
                .match(all)
                .hasMatch());
}

void ReportCommandTest::thousandPersonsPaginateWithoutLosingARow()
{
    const QString pdf = m_dir.filePath(QStringLiteral("big.pdf"));
    const Run r = run({QStringLiteral("report"), QStringLiteral("--database"), m_big, QStringLiteral("--batch"),
                       QString::number(m_bigBatch), QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList text = pages(pdf);
    QVERIFY2(text.size() > 10, qPrintable(QString::number(text.size())));
    checkPageNumbers(text);

    // Each row: "N  Surname Given Patronymic …" and, the next line, the Latin spelling; both on one page.
    static const QRegularExpression rowStart(QStringLiteral("^\\s*(\\d{1,4})\\s+(\\S+) (\\S+) Петрович(\\s|$)"));
    QList<int> pageOf(kBigBatch + 1, 0);
    for (int p = 0; p < text.size(); ++p) {
        const QStringList lines = text.at(p).split(QLatin1Char('\n'));
        bool rows = false;
        for (int l = 0; l < lines.size(); ++l) {
            const auto match = rowStart.match(lines.at(l));
            if (!match.hasMatch())
                continue;
            rows = true;
            const int number = match.captured(1).toInt();
            QVERIFY2(number >= 1 && number <= kBigBatch, qPrintable(lines.at(l)));
            QVERIFY2(pageOf.at(number) == 0, qPrintable(QStringLiteral("row %1 printed twice").arg(number)));
            pageOf[number] = p + 1;
            const Expected e = bigPerson(number - 1);
            QCOMPARE(match.captured(2), e.surname);
            QCOMPARE(match.captured(3), e.given);
            // The row's second line (the Latin spelling) is on the same page, right below.
            QVERIFY2(l + 1 < lines.size() && lines.at(l + 1).contains(QLatin1String(" Petrovych")),
                     qPrintable(QStringLiteral("row %1 split at the end of page %2").arg(number).arg(p + 1)));
        }
        if (rows) {
            // The header row repeated on every page of the list.
            QVERIFY2(text.at(p).contains(QLatin1String("Rank")) && text.at(p).contains(QLatin1String("Region")) &&
                         text.at(p).contains(QLatin1String("No.")),
                     qPrintable(QStringLiteral("no table header on page %1").arg(p + 1)));
        }
    }
    for (int number = 1; number <= kBigBatch; ++number)
        QVERIFY2(pageOf.at(number) != 0, qPrintable(QStringLiteral("row %1 is missing").arg(number)));
    // In order across pages.
    for (int number = 2; number <= kBigBatch; ++number)
        QVERIFY(pageOf.at(number) >= pageOf.at(number - 1));
    QVERIFY(text.join(QLatin1Char('\f')).contains(QLatin1String("List of persons (1,000)")));
}

void ReportCommandTest::databaseIsNotChanged()
{
    const auto hash = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                              : QByteArray();
    };
    const QByteArray before = hash(m_demo);
    QVERIFY(!before.isEmpty());
    const Run r =
        run({QStringLiteral("report"), QStringLiteral("--database"), m_demo, QStringLiteral("--batch"),
             QString::number(demoBatch(1)), QStringLiteral("--pdf"), m_dir.filePath(QStringLiteral("unchanged.pdf"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(hash(m_demo), before);
}

void ReportCommandTest::wrongCommandLinesWriteNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString db = QStringLiteral("@db");
    const QString out = QStringLiteral("@out");
    const QString report = QStringLiteral("report");
    const QString batch = QStringLiteral("--batch");
    const QString database = QStringLiteral("--database");
    const QString pdf = QStringLiteral("--pdf");
    QTest::newRow("no --pdf") << QStringList{report, database, db, batch, QStringLiteral("@b1")} << 2
                              << QStringLiteral("needs --pdf");
    QTest::newRow("no --database") << QStringList{report, batch, QStringLiteral("@b1"), pdf, out} << 2
                                   << QStringLiteral("needs --database");
    QTest::newRow("neither batch nor exchange")
        << QStringList{report, database, db, pdf, out} << 2 << QStringLiteral("either --batch or --exchange");
    QTest::newRow("batch and exchange") << QStringList{report,
                                                       database,
                                                       db,
                                                       batch,
                                                       QStringLiteral("@b1"),
                                                       QStringLiteral("--exchange"),
                                                       QStringLiteral("@e"),
                                                       pdf,
                                                       out}
                                        << 2 << QStringLiteral("either --batch or --exchange");
    QTest::newRow("unknown kind") << QStringList{report,
                                                 database,
                                                 db,
                                                 batch,
                                                 QStringLiteral("@b1"),
                                                 QStringLiteral("--kind"),
                                                 QStringLiteral("list"),
                                                 pdf,
                                                 out}
                                  << 2 << QStringLiteral("unknown kind");
    QTest::newRow("kind with exchange") << QStringList{report,
                                                       database,
                                                       db,
                                                       QStringLiteral("--exchange"),
                                                       QStringLiteral("@e"),
                                                       QStringLiteral("--kind"),
                                                       QStringLiteral("summary"),
                                                       pdf,
                                                       out}
                                        << 2 << QStringLiteral("--kind belongs with --batch");
    QTest::newRow("person without checklist") << QStringList{report,
                                                             database,
                                                             db,
                                                             batch,
                                                             QStringLiteral("@b1"),
                                                             QStringLiteral("--person"),
                                                             QStringLiteral("1"),
                                                             pdf,
                                                             out}
                                              << 2 << QStringLiteral("--person belongs with --kind checklist");
    QTest::newRow("batch not a number") << QStringList{report, database, db, batch, QStringLiteral("one"), pdf, out}
                                        << 2 << QStringLiteral("not a record id");
    QTest::newRow("extra argument")
        << QStringList{report, database, db, batch, QStringLiteral("@b1"), pdf, out, QStringLiteral("more")} << 2
        << QStringLiteral("no arguments besides");
    QTest::newRow("unknown option")
        << QStringList{report, database, db, batch, QStringLiteral("@b1"), QStringLiteral("--colour"), pdf, out} << 2
        << QStringLiteral("colour");
    QTest::newRow("unknown batch") << QStringList{report, database, db, batch, QStringLiteral("98765"), pdf, out} << 1
                                   << QStringLiteral("no report was written");
    QTest::newRow("unknown exchange")
        << QStringList{report, database, db, QStringLiteral("--exchange"), QStringLiteral("98765"), pdf, out} << 1
        << QStringLiteral("no report was written");
    QTest::newRow("person of another batch") << QStringList{report,
                                                            database,
                                                            db,
                                                            batch,
                                                            QStringLiteral("@b1"),
                                                            QStringLiteral("--kind"),
                                                            QStringLiteral("checklist"),
                                                            QStringLiteral("--person"),
                                                            QStringLiteral("@p2"),
                                                            pdf,
                                                            out}
                                             << 1 << QStringLiteral("not on the list");
    QTest::newRow("no database file")
        << QStringList{report, database, QStringLiteral("@missing"), batch, QStringLiteral("1"), pdf, out} << 1
        << QStringLiteral("no database file");
    QTest::newRow("output folder missing")
        << QStringList{report, database, db, batch, QStringLiteral("@b1"), pdf, QStringLiteral("@nofolder")} << 1
        << QStringLiteral("could not be written");
}

void ReportCommandTest::wrongCommandLinesWriteNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    // A folder of its own, to see that nothing at all is left in it.
    const QString folder = m_dir.filePath(
        QStringLiteral("refused-%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(QDir().mkpath(folder));
    const QString out = QDir(folder).filePath(QStringLiteral("out.pdf"));
    qint64 personOfBatch2 = 0;
    {
        auto db = Database::openUnmigrated(m_demo);
        QVERIFY2(db.ok(), qPrintable(db.text()));
        auto sheet = report::SheetBuilder(db.value()->connection()).batchSheet(demoBatch(2));
        QVERIFY2(sheet.ok(), qPrintable(sheet.text()));
        personOfBatch2 = sheet.value().persons.constFirst().personId;
    }
    for (QString &argument : arguments) {
        if (argument == QLatin1String("@db"))
            argument = m_demo;
        else if (argument == QLatin1String("@out"))
            argument = out;
        else if (argument == QLatin1String("@b1"))
            argument = QString::number(demoBatch(1));
        else if (argument == QLatin1String("@e"))
            argument = QString::number(m_demoExchange);
        else if (argument == QLatin1String("@p2"))
            argument = QString::number(personOfBatch2);
        else if (argument == QLatin1String("@missing"))
            argument = QDir(folder).filePath(QStringLiteral("missing.sqlite"));
        else if (argument == QLatin1String("@nofolder"))
            argument = QDir(folder).filePath(QStringLiteral("no/such/folder/out.pdf"));
    }
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(
        QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty(),
        qPrintable(
            QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(ReportCommandTest)
#include "tst_reportcommand.moc"
