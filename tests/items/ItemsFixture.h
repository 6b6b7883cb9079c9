#pragma once

// Shared set-up for the item model suites: a fresh in-memory database with
// its Store, signed in as an official holding every role, and short ways to
// create exchanges, batches and persons.

#include "storage/Database.h"
#include "storage/SignIn.h"
#include "storage/Store.h"

#include <QTest>

#include <memory>

namespace homeward::testing {

struct ItemsFixture final {
    std::unique_ptr<Database> db;
    std::unique_ptr<Store> store;

    // False (with the reason logged) when the database did not open.
    bool open(const QString &path = QStringLiteral(":memory:"))
    {
        store.reset();
        db.reset();
        auto opened = Database::open(path);
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
};

} // namespace homeward::testing
