#include "GuiTest.h"

#include "BatchDialog.h"
#include "ExchangeDialog.h"
#include "FormSupport.h"
#include "PersonDialog.h"
#include "storage/Database.h"
#include "storage/SignIn.h"
#include "storage/Store.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace homeward;
using homeward::test::typeText;

// A form saved after someone else changed its record, on another
// connection to the same file (another workstation): the save is refused,
// the form stays open with what was typed, Reload shows what differs, and
// Save then stores the official's values over the new row version.
class StaleEditTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void personFormKeepsTypedValuesAndReloads();
    void personFormWithoutConflictTakesTheOtherChange();
    void batchFormReloads();
    void exchangeFormReloads();

private:
    template <typename T> T *field(QWidget &dialog, const char *name)
    {
        auto *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    void showAndActivate(QWidget &dialog);
    void typeInto(QLineEdit *edit, const QString &text);

    QTemporaryDir m_dir;
    int m_fileNo = 0;
    std::unique_ptr<Database> m_db;      // the dialog's connection (Petro)
    std::unique_ptr<Database> m_otherDb; // the other workstation (Olena)
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Store> m_other;
    qint64 m_exchangeId = 0;
    qint64 m_batchId = 0;
    qint64 m_personId = 0;
};

void StaleEditTest::init()
{
    const QString path = m_dir.filePath(QStringLiteral("stale%1.sqlite").arg(++m_fileNo));
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db).value();
    auto other = Database::open(path);
    QVERIFY2(other.ok(), qPrintable(other.text()));
    m_otherDb = std::move(other).value();
    m_store = std::make_unique<Store>(m_db->connection());
    m_other = std::make_unique<Store>(m_otherDb->connection());
    QVERIFY(testing::signInAs(*m_store, QStringLiteral("petro"), testing::kAllRoles, QStringLiteral("Petro Shevchenko"))
                .ok());
    QVERIFY(testing::signInAs(*m_other, QStringLiteral("olena"), testing::kAllRoles, QStringLiteral("Olena Kovalenko"))
                .ok());

    Exchange exchange;
    exchange.title = QStringLiteral("1000 на 1000");
    exchange.agreedServicemen = 1000;
    exchange.agreedCivilians = 1000;
    auto exchangeId = m_store->exchanges().create(exchange);
    QVERIFY2(exchangeId.ok(), qPrintable(exchangeId.text()));
    m_exchangeId = exchangeId.value();
    Batch batch;
    batch.exchangeId = m_exchangeId;
    batch.plannedServicemen = 30;
    batch.plannedDate = QDate::currentDate().addDays(7);
    batch.place = QStringLiteral("Сумська область");
    auto batchId = m_store->batches().create(batch);
    QVERIFY2(batchId.ok(), qPrintable(batchId.text()));
    m_batchId = batchId.value();

    Person person;
    person.surname = QStringLiteral("Мельник");
    person.givenName = QStringLiteral("Іван");
    person.patronymic = QStringLiteral("Петрович");
    person.birthDate = PartialDate::fromDate(QDate(1990, 5, 17));
    person.sex = Sex::Male;
    person.category = Category::Serviceman;
    person.rank = QStringLiteral("солдат");
    person.serviceNumber = QStringLiteral("АА123456");
    person.region = QStringLiteral("Харківська");
    auto personId = m_store->persons().addToBatch(m_batchId, person);
    QVERIFY2(personId.ok(), qPrintable(personId.text()));
    m_personId = personId.value();
}

void StaleEditTest::cleanup()
{
    m_store.reset();
    m_other.reset();
    m_db.reset();
    m_otherDb.reset();
}

void StaleEditTest::showAndActivate(QWidget &dialog)
{
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
}

void StaleEditTest::typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    typeText(edit, text);
}

void StaleEditTest::personFormKeepsTypedValuesAndReloads()
{
    PersonDialog dialog(*m_store, m_batchId);
    QVERIFY(dialog.loadPerson(m_personId).ok());
    showAndActivate(dialog);
    auto *bar = dialog.staleEditBar();
    QVERIFY(!bar->isVisible());

    // Petro types; meanwhile Olena, elsewhere, changes the unit (as Petro
    // does) and the rank (which Petro leaves alone).
    typeInto(field<QLineEdit>(dialog, "unitEdit"), QStringLiteral("95 бригада"));
    typeInto(field<QLineEdit>(dialog, "healthEdit"), QStringLiteral("поранення руки"));
    Person theirs = m_other->persons().get(m_personId).value();
    theirs.unit = QStringLiteral("80 бригада");
    theirs.rank = QStringLiteral("сержант");
    const Status saved = m_other->persons().update(theirs);
    QVERIFY2(saved.ok(), qPrintable(saved.text()));

    QTest::mouseClick(field<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(bar->isVisible());
    const QString message = field<QLabel>(dialog, "staleMessageLabel")->text();
    QVERIFY2(message.startsWith(QStringLiteral("This person was changed by Olena Kovalenko at ")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("Nothing was saved")));
    // What Petro typed is still there, and nothing of it was stored.
    QCOMPARE(field<QLineEdit>(dialog, "unitEdit")->text(), QStringLiteral("95 бригада"));
    QCOMPARE(field<QLineEdit>(dialog, "healthEdit")->text(), QStringLiteral("поранення руки"));
    QCOMPARE(m_store->persons().get(m_personId).value().unit, QStringLiteral("80 бригада"));
    QVERIFY(field<QPushButton>(dialog, "reloadButton")->isVisible());

    QTest::mouseClick(field<QPushButton>(dialog, "reloadButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    // The field both changed keeps Petro's value and shows Olena's beside it.
    QCOMPARE(field<QLineEdit>(dialog, "unitEdit")->text(), QStringLiteral("95 бригада"));
    QVERIFY2(field<QLineEdit>(dialog, "unitEdit")->toolTip().contains(QStringLiteral("“80 бригада”")),
             qPrintable(field<QLineEdit>(dialog, "unitEdit")->toolTip()));
    auto *differences = field<QLabel>(dialog, "staleDifferencesLabel");
    QVERIFY(differences->isVisible());
    QVERIFY2(differences->text().contains(QStringLiteral("yours “95 бригада” → stored “80 бригада”")),
             qPrintable(differences->text()));
    QCOMPARE(bar->conflicts().size(), 1);
    // Olena's change Petro did not touch is taken; Petro's own change stays.
    QCOMPARE(field<QLineEdit>(dialog, "rankEdit")->text(), QStringLiteral("сержант"));
    QCOMPARE(field<QLineEdit>(dialog, "healthEdit")->text(), QStringLiteral("поранення руки"));
    QVERIFY(dialog.hasChanges());
    QVERIFY(!field<QPushButton>(dialog, "reloadButton")->isVisible());

    QTest::mouseClick(field<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    const Person stored = m_other->persons().get(m_personId).value();
    QCOMPARE(stored.unit, QStringLiteral("95 бригада"));
    QCOMPARE(stored.health, QStringLiteral("поранення руки"));
    QCOMPARE(stored.rank, QStringLiteral("сержант"));
    QCOMPARE(stored.rowVersion, qint64(3));
    // The tool tip is the field's own again.
    QVERIFY(!field<QLineEdit>(dialog, "unitEdit")->toolTip().contains(QStringLiteral("80 бригада")));
}

void StaleEditTest::personFormWithoutConflictTakesTheOtherChange()
{
    PersonDialog dialog(*m_store, m_batchId);
    QVERIFY(dialog.loadPerson(m_personId).ok());
    showAndActivate(dialog);
    typeInto(field<QLineEdit>(dialog, "healthEdit"), QStringLiteral("здоровий"));
    Person theirs = m_other->persons().get(m_personId).value();
    theirs.detentionPlace = QStringLiteral("Таганрог");
    QVERIFY(m_other->persons().update(theirs).ok());

    QTest::mouseClick(field<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(dialog.staleEditBar()->isVisible());
    QTest::mouseClick(field<QPushButton>(dialog, "reloadButton"), Qt::LeftButton);
    QVERIFY(dialog.staleEditBar()->conflicts().isEmpty());
    QVERIFY(!field<QLabel>(dialog, "staleDifferencesLabel")->isVisible());
    QCOMPARE(field<QLineEdit>(dialog, "detentionPlaceEdit")->text(), QStringLiteral("Таганрог"));
    QTest::mouseClick(field<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    const Person stored = m_store->persons().get(m_personId).value();
    QCOMPARE(stored.health, QStringLiteral("здоровий"));
    QCOMPARE(stored.detentionPlace, QStringLiteral("Таганрог"));
}

void StaleEditTest::batchFormReloads()
{
    BatchDialog dialog(*m_store, m_exchangeId);
    QVERIFY(dialog.loadBatch(m_batchId).ok());
    showAndActivate(dialog);
    typeInto(field<QLineEdit>(dialog, "placeEdit"), QStringLiteral("Чернігівська область"));
    Batch theirs = m_other->batches().get(m_batchId).value();
    theirs.place = QStringLiteral("Харківська область");
    theirs.plannedCivilians = 12;
    QVERIFY(m_other->batches().update(theirs).ok());

    QTest::mouseClick(field<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    const QString message = field<QLabel>(dialog, "staleMessageLabel")->text();
    QVERIFY2(message.startsWith(QStringLiteral("This batch was changed by Olena Kovalenko at ")), qPrintable(message));
    QCOMPARE(field<QLineEdit>(dialog, "placeEdit")->text(), QStringLiteral("Чернігівська область"));
    QTest::mouseClick(field<QPushButton>(dialog, "reloadButton"), Qt::LeftButton);
    QCOMPARE(dialog.staleEditBar()->conflicts().size(), 1);
    QCOMPARE(dialog.staleEditBar()->conflicts().first().stored, QStringLiteral("Харківська область"));
    QCOMPARE(field<QSpinBox>(dialog, "plannedCiviliansSpin")->value(), 12);
    QTest::mouseClick(field<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    const Batch stored = m_other->batches().get(m_batchId).value();
    QCOMPARE(stored.place, QStringLiteral("Чернігівська область"));
    QCOMPARE(stored.plannedCivilians, 12);
}

void StaleEditTest::exchangeFormReloads()
{
    ExchangeDialog dialog(*m_store);
    QVERIFY(dialog.loadExchange(m_exchangeId).ok());
    showAndActivate(dialog);
    typeInto(field<QLineEdit>(dialog, "intermediaryEdit"), QStringLiteral("ОАЕ"));
    Exchange theirs = m_other->exchanges().get(m_exchangeId).value();
    theirs.agreementRef = QStringLiteral("переговори 16 травня");
    QVERIFY(m_other->exchanges().update(theirs).ok());

    QTest::mouseClick(field<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    const QString message = field<QLabel>(dialog, "staleMessageLabel")->text();
    QVERIFY2(message.startsWith(QStringLiteral("This exchange was changed by Olena Kovalenko at ")),
             qPrintable(message));
    QTest::mouseClick(field<QPushButton>(dialog, "reloadButton"), Qt::LeftButton);
    QVERIFY(dialog.staleEditBar()->conflicts().isEmpty());
    QCOMPARE(field<QLineEdit>(dialog, "agreementRefEdit")->text(), QStringLiteral("переговори 16 травня"));
    QCOMPARE(field<QLineEdit>(dialog, "intermediaryEdit")->text(), QStringLiteral("ОАЕ"));
    QTest::mouseClick(field<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    const Exchange stored = m_other->exchanges().get(m_exchangeId).value();
    QCOMPARE(stored.intermediary, QStringLiteral("ОАЕ"));
    QCOMPARE(stored.agreementRef, QStringLiteral("переговори 16 травня"));
}

QTEST_MAIN(StaleEditTest)
#include "tst_staleedit.moc"
