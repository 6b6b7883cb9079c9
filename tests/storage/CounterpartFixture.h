#pragma once

// The other side's list for tests, from any test folder (#include "storage/CounterpartFixture.h"): a fresh copy of
// the demo database for every test with a store signed in as one of the demo's officials, the other side's list of
// the demo's batch 2, and a list written to a file and read back as the reconciliation window reads it.
// prepareDemo() and openDemo() give the same on either backend (TestDatabase).

#include "io/CounterpartListFile.h"
#include "storage/Accounts.h"
#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/Result.h"
#include "storage/Sql.h"
#include "storage/Store.h"

#include "TestDatabase.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace homeward::testing {

namespace detail {

inline constexpr char kBatch2Header[] = "№;Прізвище;Ім'я;По батькові;Дата народження;Стать;Категорія\n";
// The rows both versions of their list share.
inline constexpr char kBatch2Rows[] = "1;Гнатюк;Василь;Романович;19.05.1989;Ч;військовослужбовець\n"
                                      "2;Іваненко;Алексей;Дмитрович;03.03.1997;Ч;військовослужбовець\n"
                                      "3;Мороз;Станіслав;Павлович;08.08.1984;Ч;військовослужбовець\n"
                                      "4;Клименко;Анна;Олегівна;11.11.1992;Ж;військовослужбовець\n"
                                      "5;Остапенко;Віктор;Леонідович;04.04.1977;Ч;військовослужбовець\n"
                                      "6;Ярошенко;Назар;Богданович;07.07.2002;Ч;військовослужбовець\n"
                                      "7;Гуменюк;Валерій;Федорович;10.10.1980;Ч;військовослужбовець\n"
                                      "8;Приходько;Денис;Вікторович;24.12.1994;Ч;військовослужбовець\n"
                                      "9;Тимошенко;Григорій;Анатолійович;31.01.1987;Ч;військовослужбовець\n"
                                      "10;Білик;Ростислав;Ігорович;16.06.2000;Ч;військовослужбовець\n"
                                      "11;Давиденко;Артур;Олегович;29.09.1991;Ч;військовослужбовець\n"
                                      "13;Юрченко;Софія;Андріївна;05.05.1985;Ж;цивільний\n"
                                      "14;Пономаренко;Анатолій;Семенович;19.08.1955;Ч;цивільний\n"
                                      "15;Ковальчук;Марія;Тарасівна;14.04.1969;Ж;цивільний\n";

} // namespace detail

// Their list of the demo's batch 2 (16 persons, in verification), written as the other side would: a header in
// Ukrainian, semicolons, DD.MM.YYYY.
//  - Гнатюк: their birth date differs in the day (high risk);
//  - Іваненко: the given name in its Russian form (medium);
//  - Костенко and Гриценко are missing (only ours); Петренко is not on our list (only theirs);
//  - everyone else as on ours.
inline QByteArray theirListOfBatch2()
{
    return QByteArray(detail::kBatch2Header) + detail::kBatch2Rows +
           "R-99;Петренко;Олег;Іванович;02.02.1990;Ч;військовослужбовець\n";
}

// The same list a day later: Петренко gone, the rest unchanged.
inline QByteArray secondListOfBatch2()
{
    return QByteArray(detail::kBatch2Header) + detail::kBatch2Rows;
}

// Writes the demo database into `dir`: the template every test copies. Its path.
inline Result<QString> writeDemoTemplate(const QTemporaryDir &dir)
{
    if (!dir.isValid())
        return Status::failure(QStringLiteral("no temporary directory"), dir.errorString());
    const QString path = dir.filePath(QStringLiteral("template.sqlite"));
    const Status written = DemoData::createFile(path);
    if (!written)
        return written;
    return path;
}

// Signs `store` in as the demo's official `username`; a failure when the officials cannot be read or there is
// no such official.
inline Status useDemoAccount(Store &store, const char *username)
{
    auto officials = Accounts(store.connection()).list();
    if (!officials)
        return officials.status();
    for (const Official &official : officials.value())
        if (official.username == QLatin1String(username)) {
            store.setActor(Accounts::actorFor(official));
            return {};
        }
    return Status::failure(QStringLiteral("no official %1").arg(QLatin1String(username)));
}

// A copy of the demo database, open, and a store on it.
struct DemoCopy {
    std::unique_ptr<Database> db;
    std::unique_ptr<Store> store;
};

// A fresh copy of `templatePath` at `path` (every test on its own), opened, its store signed in as `username`.
inline Result<DemoCopy> openDemoCopy(const QString &templatePath, const QString &path,
                                     const char *username = DemoData::kOperatorUsername)
{
    if (!QFile::copy(templatePath, path))
        return Status::failure(QStringLiteral("the template could not be copied"), path);
    auto db = Database::open(path);
    if (!db)
        return db.status();
    DemoCopy copy;
    copy.db = std::move(db.value());
    copy.store = std::make_unique<Store>(copy.db->connection());
    const Status used = useDemoAccount(*copy.store, username);
    if (!used)
        return used;
    if (!copy.store->actor().isValid())
        return Status::failure(QStringLiteral("no signed-in official"));
    return copy;
}

// The demo every test of a suite starts from, on the backend `testDb` runs on (for initTestCase, after
// testDb.start()): on SQLite the template file in `dir` (writeDemoTemplate), its path; on PostgreSQL the demo written
// once into the suite's database as DemoData::createFile writes it (there is no file to copy; writing it for every
// test took 3-5 s a test), and an empty path.
inline Result<QString> prepareDemo(TestDatabase &testDb, const QTemporaryDir &dir)
{
    if (!testDb.isPostgres())
        return writeDemoTemplate(dir);
    auto db = testDb.open();
    if (!db)
        return db.status();
    Store store(db.value()->connection());
    if (const Status written = DemoData::write(store); !written)
        return written;
    return QString();
}

// The demo for one test, its store signed in as `username` (close the previous test's database first): on SQLite a
// fresh copy of `templatePath` at `path` (openDemoCopy); on PostgreSQL the suite's demo of prepareDemo() with every
// counterpart list and resolution removed, the only rows the counterpart suites add besides audit rows (the demo has
// none: the audit trail keeps growing, it is read by none of them).
inline Result<DemoCopy> openDemo(TestDatabase &testDb, const QString &templatePath, const QString &path,
                                 const char *username = DemoData::kOperatorUsername)
{
    if (!testDb.isPostgres())
        return openDemoCopy(templatePath, path, username);
    auto db = Database::open(testDb.address());
    if (!db)
        return db.status();
    DemoCopy copy;
    copy.db = std::move(db.value());
    copy.store = std::make_unique<Store>(copy.db->connection());
    for (const char *table : {"reconciliation_resolution", "counterpart_person", "counterpart_list"})
        if (auto emptied = sql::run(copy.db->connection(), QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
            !emptied)
            return emptied.status();
    if (const Status used = useDemoAccount(*copy.store, username); !used)
        return used;
    if (!copy.store->actor().isValid())
        return Status::failure(QStringLiteral("no signed-in official"));
    return copy;
}

// Writes `content` to `path` and reads it as the reconciliation window reads the other side's list; a failure when
// it cannot be written or has a problem.
inline Result<CounterpartListFile::Outcome> readTheirList(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return Status::failure(QStringLiteral("the list could not be written"), path);
    file.close();
    CounterpartListFile::Outcome read = CounterpartListFile::read(path);
    if (read.error)
        return *read.error;
    if (!read.ok())
        return Status::failure(QStringLiteral("the list could not be read: %1 problems, first: %2")
                                   .arg(read.problemCount)
                                   .arg(read.problems.isEmpty() ? QString() : read.problems.constFirst().text(path)));
    return read;
}

} // namespace homeward::testing
