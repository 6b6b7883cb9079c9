// How fast a batch of 10,000 persons opens, sorts and filters in the person
// table (PersonTableModel + PersonFilterProxy) on a file database.
// Run through tests/bench/run.sh.

#include "items/PersonFilterProxy.h"
#include "items/PersonTableModel.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

// Benchmarks are not given tests/ on the include path.
#include "../storage/SignIn.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace homeward;

namespace {

constexpr int kPersons = 10000;

const QStringList kStems = {
    QStringLiteral("Коваль"),  QStringLiteral("Шевч"),    QStringLiteral("Бонд"),    QStringLiteral("Ткач"),
    QStringLiteral("Кравч"),   QStringLiteral("Олійн"),   QStringLiteral("Гончар"),  QStringLiteral("Ґудз"),
    QStringLiteral("Євтуш"),   QStringLiteral("Іван"),    QStringLiteral("Їжач"),    QStringLiteral("Йосип"),
    QStringLiteral("Мельн"),   QStringLiteral("Савч"),    QStringLiteral("Руденк"),  QStringLiteral("Мороз"),
    QStringLiteral("Лисенк"),  QStringLiteral("Мар'ян"),  QStringLiteral("Соловʼян"), QStringLiteral("Дмитр"),
    QStringLiteral("Захарч"),  QStringLiteral("Юрч"),     QStringLiteral("Яковч"),   QStringLiteral("Щерб"),
    QStringLiteral("Литвин"),  QStringLiteral("Павл"),    QStringLiteral("Поліщ"),   QStringLiteral("Вовк"),
    QStringLiteral("Тимош"),   QStringLiteral("Антон"),   QStringLiteral("Харч"),    QStringLiteral("Остап"),
};
const QStringList kEndings = {QStringLiteral("енко"), QStringLiteral("ук"),    QStringLiteral("ишин"),
                              QStringLiteral("ів"),   QStringLiteral("ський"), QStringLiteral("ак"),
                              QStringLiteral("ець"),  QStringLiteral("ич")};
const QStringList kGivenNames = {
    QStringLiteral("Олександр"), QStringLiteral("Іван"),   QStringLiteral("Петро"),  QStringLiteral("Андрій"),
    QStringLiteral("Євген"),     QStringLiteral("Юрій"),   QStringLiteral("Ігор"),   QStringLiteral("Марія"),
    QStringLiteral("Олена"),     QStringLiteral("Ґаврило"), QStringLiteral("Мар’яна"), QStringLiteral("Тарас"),
};
const QStringList kPatronymics = {QStringLiteral("Петрович"), QStringLiteral("Іванович"), QStringLiteral("Олегович"),
                                  QStringLiteral("Андрійович"), QStringLiteral("Юрійович"), QStringLiteral("Євгенович"),
                                  QStringLiteral("Миколайович")};

QString birthDate(int i)
{
    const int year = 1960 + i % 45;
    switch (i % 10) {
    case 0: return QString::number(year);
    case 1: return QStringLiteral("%1-%2").arg(year).arg(1 + i % 12, 2, 10, QLatin1Char('0'));
    default: return QDate(year, 1 + i % 12, 1 + i % 28).toString(Qt::ISODate);
    }
}

} // namespace

class PersonTableBench final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void openBatch();
    void loadAllPages();
    void sortLoadedRows_data();
    void sortLoadedRows();
    void filterLoadedRows_data();
    void filterLoadedRows();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    qint64 m_batch = 0;
};

void PersonTableBench::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(QStringLiteral("bench.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db.value());
    m_store = std::make_unique<Store>(m_db->connection());
    auto official = testing::signInAs(*m_store);
    QVERIFY2(official.ok(), qPrintable(official.text()));

    Exchange exchange;
    exchange.title = QStringLiteral("10,000 for 10,000");
    auto exchangeId = m_store->exchanges().create(exchange);
    QVERIFY2(exchangeId.ok(), qPrintable(exchangeId.text()));
    Batch batch;
    batch.exchangeId = exchangeId.value();
    batch.plannedServicemen = kPersons;
    auto batchId = m_store->batches().create(batch);
    QVERIFY2(batchId.ok(), qPrintable(batchId.text()));
    m_batch = batchId.value();

    const QSqlDatabase c = m_db->connection();
    WriteTransaction transaction(c);
    QVERIFY2(transaction.began(), qPrintable(transaction.status().text()));
    const QString now = sql::nowStamp();
    for (int i = 0; i < kPersons; ++i) {
        const QString iso = birthDate(i);
        auto person = sql::run(
            c,
            QStringLiteral("INSERT INTO person (surname, given_name, patronymic, birth_date, birth_date_partial, sex, "
                           "category, rank, service_number, region, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {kStems.at(i % kStems.size()) + kEndings.at((i / kStems.size()) % kEndings.size()),
             kGivenNames.at(i % kGivenNames.size()), kPatronymics.at(i % kPatronymics.size()), iso,
             iso.size() < 10 ? 1 : 0, i % 9 == 0 ? QStringLiteral("F") : QStringLiteral("M"),
             i % 4 == 0 ? QStringLiteral("civilian") : QStringLiteral("serviceman"), QStringLiteral("солдат"),
             QStringLiteral("А%1").arg(100000 + i), QStringLiteral("Харківська"), now, now});
        QVERIFY2(person.ok(), qPrintable(person.text()));
        const qint64 personId = person.value().lastInsertId().toLongLong();
        auto member = sql::run(c,
                               QStringLiteral("INSERT INTO batch_member (batch_id, person_id, position, status, "
                                              "created_at, updated_at) VALUES (?, ?, ?, 'listed', ?, ?)"),
                               {m_batch, personId, i + 1, now, now});
        QVERIFY2(member.ok(), qPrintable(member.text()));
    }
    const Status committed = transaction.commit();
    QVERIFY2(committed.ok(), qPrintable(committed.text()));
    QCOMPARE(m_store->persons().countInBatch(m_batch).value(), kPersons);
}

void PersonTableBench::cleanupTestCase()
{
    m_store.reset();
    m_db.reset();
}

void PersonTableBench::openBatch()
{
    PersonTableModel model(*m_store);
    QBENCHMARK {
        model.setBatch(m_batch);
    }
    QCOMPARE(model.rowCount(), PersonTableModel::kPageSize);
    QCOMPARE(model.totalCount(), kPersons);
}

void PersonTableBench::loadAllPages()
{
    PersonTableModel model(*m_store);
    QBENCHMARK {
        model.setBatch(m_batch);
        while (model.canFetchMore({}))
            model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), kPersons);
}

void PersonTableBench::sortLoadedRows_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("surname (collator)") << int(PersonTableModel::SurnameColumn);
    QTest::newRow("date of birth (ISO text)") << int(PersonTableModel::BirthDateColumn);
    QTest::newRow("position (number)") << int(PersonTableModel::PositionColumn);
}

void PersonTableBench::sortLoadedRows()
{
    QFETCH(int, column);
    PersonTableModel model(*m_store);
    PersonFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.setBatch(m_batch);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(proxy.rowCount(), kPersons);
    Qt::SortOrder order = Qt::DescendingOrder;
    // Each pass sorts all 10,000 rows: the order flips, so the proxy cannot skip the work.
    QBENCHMARK {
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        proxy.sort(column, order);
    }
    QCOMPARE(proxy.rowCount(), kPersons);
}

void PersonTableBench::filterLoadedRows_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("one word") << QStringLiteral("коваль") << QStringLiteral("шевч");
    QTest::newRow("two words, apostrophe") << QStringLiteral("мар'ян петрович") << QStringLiteral("соловʼян іван");
}

void PersonTableBench::filterLoadedRows()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    PersonTableModel model(*m_store);
    PersonFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(PersonTableModel::SurnameColumn);
    model.setBatch(m_batch);
    while (model.canFetchMore({}))
        model.fetchMore({});
    bool useFirst = false;
    // Each pass filters all 10,000 rows (and sorts what passes): the text alternates.
    QBENCHMARK {
        useFirst = !useFirst;
        proxy.setFilterText(useFirst ? first : second);
    }
    QVERIFY(proxy.rowCount() > 0);
    QVERIFY(proxy.rowCount() < kPersons);
}

QTEST_GUILESS_MAIN(PersonTableBench)
#include "bench_persontable.moc"
