#pragma once

// Shared set-up for the item model suites: a fresh database with its Store,
// signed in as an official holding every role, and short ways to create
// exchanges, batches and persons. The database is TestDatabase's: SQLite in
// memory, or with HOMEWARD_TEST_BACKEND=postgres the suite's PostgreSQL
// database emptied (call start() in initTestCase and stop() in
// cleanupTestCase; on SQLite they may be left out).

#include "storage/BatchImport.h"
#include "storage/Database.h"
#include "storage/SignIn.h"
#include "storage/Sql.h"
#include "storage/Store.h"
#include "storage/TestDatabase.h"

#include <QFile>
#include <QTest>

#include <memory>

namespace homeward::testing {

struct ItemsFixture final {
    TestDatabase testDb;
    std::unique_ptr<Database> db;
    std::unique_ptr<Store> store;

    // For initTestCase (then HOMEWARD_SKIP_WITHOUT_BACKEND(fixture.testDb)): false, with the reason logged, when
    // the backend should have started and did not.
    bool start()
    {
        QString failure;
        if (!testDb.start(&failure)) {
            qWarning("%s", qPrintable(failure));
            return false;
        }
        return true;
    }

    // For cleanupTestCase.
    bool stop()
    {
        close();
        QString failure;
        if (!testDb.stop(&failure)) {
            qWarning("%s", qPrintable(failure));
            return false;
        }
        return true;
    }

    bool isPostgres() const { return testDb.isPostgres(); }

    // A fresh database (the previous one closed first). False (with the reason logged) when it did not open.
    bool open()
    {
        store.reset();
        db.reset();
        auto opened = testDb.open();
        if (!opened) {
            qWarning("%s", qPrintable(opened.text()));
            return false;
        }
        db = std::move(opened.value());
        store = std::make_unique<Store>(db->connection());
        if (auto official = signInAs(*store); !official) {
            qWarning("%s", qPrintable(official.text()));
            return false;
        }
        return true;
    }

    // PostgreSQL: every read of `table` fails from here on, as on SQLite when a test renames or drops it (a desk
    // may do neither on the server): the owner takes the desks' right to read it. readable() gives it back; call
    // it however the test ends, the suite's database is emptied, not made anew, for the next test.
    bool unreadable(const QString &table)
    {
        return asOwner(QStringLiteral("REVOKE SELECT ON %1 FROM homeward_desk"), table);
    }
    bool readable(const QString &table)
    {
        return asOwner(QStringLiteral("GRANT SELECT ON %1 TO homeward_desk"), table);
    }

    void close()
    {
        store.reset();
        db.reset();
    }

    qint64 exchange(const QString &title, const QString &agreementRef = {})
    {
        Exchange e;
        e.title = title;
        e.agreementRef = agreementRef;
        e.agreedServicemen = 10;
        e.agreedCivilians = 5;
        auto id = store->exchanges().create(e);
        if (!id)
            qWarning("%s", qPrintable(id.text()));
        return id ? id.value() : 0;
    }

    qint64 batch(qint64 exchangeId, int servicemen = 2, int civilians = 1, QDate date = {},
                 Direction direction = Direction::Receive)
    {
        Batch b;
        b.exchangeId = exchangeId;
        b.plannedServicemen = servicemen;
        b.plannedCivilians = civilians;
        b.plannedDate = date;
        b.direction = direction;
        b.place = QStringLiteral("Border point 1");
        auto id = store->batches().create(b);
        if (!id)
            qWarning("%s", qPrintable(id.text()));
        return id ? id.value() : 0;
    }

    qint64 person(qint64 batchId, const QString &surname, const QString &givenName = QStringLiteral("Іван"),
                  const QString &patronymic = {}, const PartialDate &birthDate = {}, Sex sex = Sex::Male,
                  Category category = Category::Serviceman)
    {
        Person p;
        p.surname = surname;
        p.givenName = givenName;
        p.patronymic = patronymic;
        p.birthDate = birthDate;
        p.sex = sex;
        p.category = category;
        auto id = store->persons().addToBatch(batchId, p);
        if (!id)
            qWarning("%s", qPrintable(id.text()));
        return id ? id.value() : 0;
    }

    // Lists a new person per surname at the end of `batchId` (given name Іван, a male serviceman, as person() makes
    // them) in one import, one transaction (BatchImport), for the tests that need pages of persons: on PostgreSQL a
    // person added on its own, in a write transaction of its own, takes several times as long as on SQLite. False
    // (with the reason logged) when not every one was listed.
    bool personsInOneImport(qint64 batchId, const QStringList &surnames)
    {
        QByteArray list = "Прізвище,Ім'я,Стать,Категорія\n";
        for (const QString &surname : surnames)
            list += surname.toUtf8() + ",Іван,M,serviceman\n";
        const QString path = testDb.filePath(QStringLiteral("persons-%1.csv").arg(++m_lists));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(list) != list.size()) {
            qWarning("%s: %s", qPrintable(path), qPrintable(file.errorString()));
            return false;
        }
        file.close();
        BatchImportOptions options;
        options.list.strictNames = false;                      // "Особа00001" and the like
        options.otherDuplicates = DuplicateDecision::KeepBoth; // namesakes on purpose
        const BatchImportOutcome imported =
            BatchImport(store->connection(), store->notifier()).importList(path, batchId, store->actor(), options);
        if (!imported.ok() || imported.added != surnames.size()) {
            qWarning("the import of %lld persons added %lld: %s", qint64(surnames.size()), imported.added,
                     qPrintable(imported.error                ? imported.error->text()
                                : imported.problems.isEmpty() ? QString()
                                                              : imported.problems.constFirst().text(path)));
            return false;
        }
        return true;
    }

private:
    int m_lists = 0;

    bool asOwner(const QString &statement, const QString &table)
    {
        auto owner = testDb.openAsOwner();
        if (!owner) {
            qWarning("%s", qPrintable(owner.text()));
            return false;
        }
        auto done = sql::exec(owner.value()->connection(), statement.arg(table));
        if (!done)
            qWarning("%s", qPrintable(done.text()));
        return done.ok();
    }
};

} // namespace homeward::testing
