#include "GuiTest.h"

#include "DateLineEdit.h"
#include "FormSupport.h"
#include "LookAlikeBar.h"
#include "PersonDialog.h"
#include "items/PersonFilterProxy.h"
#include "items/PersonTableModel.h"
#include "storage/Database.h"
#include "storage/SignIn.h"
#include "storage/Store.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;
using homeward::test::answerMessageBox;
using homeward::test::typeText;

class PersonFormTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void newPersonIsSavedAndListed();
    void partialBirthDateIsKept();
    void invalidFormKeepsSaveDisabled_data();
    void invalidFormKeepsSaveDisabled();
    void freshFormShowsHintsNotErrors();
    void enterMovesToTheNextField();
    void escapeOnChangedFormAsks();
    void escapeOnUnchangedFormClosesDirectly();
    void editingAPersonUpdatesIt();
    void storageErrorKeepsTheFormOpen();
    void saveAndNewStartsAnEmptyForm();
    void lookAlikeLetterIsRepairedByOneClick_data();
    void lookAlikeLetterIsRepairedByOneClick();
    void passportSpellingFollowsTheName();

private:
    template <typename T> T *field(QWidget &dialog, const char *name)
    {
        auto *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    void showAndActivate(QWidget &dialog);
    void fillValid(PersonDialog &dialog);
    void typeInto(QLineEdit *edit, const QString &text);
    Person storedPerson(const QString &surname);

    QTemporaryDir m_dir;
    int m_fileNo = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    qint64 m_batchId = 0;
};

void PersonFormTest::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("form%1.sqlite").arg(++m_fileNo)));
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db).value();
    m_store = std::make_unique<Store>(m_db->connection());
    // A supervisor sets up the exchange and batch; an operator enters persons.
    QVERIFY(testing::signInAs(*m_store, QStringLiteral("supervisor"), testing::kSupervisor).ok());

    Exchange exchange;
    exchange.title = QStringLiteral("1000 на 1000");
    auto exchangeId = m_store->exchanges().create(exchange);
    QVERIFY2(exchangeId.ok(), qPrintable(exchangeId.text()));
    Batch batch;
    batch.exchangeId = exchangeId.value();
    batch.sequenceNo = 1;
    batch.plannedServicemen = 30;
    batch.plannedCivilians = 10;
    auto batchId = m_store->batches().create(batch);
    QVERIFY2(batchId.ok(), qPrintable(batchId.text()));
    m_batchId = batchId.value();
    QVERIFY(testing::signInAs(*m_store, QStringLiteral("operator"), testing::kOperator).ok());
}

void PersonFormTest::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void PersonFormTest::showAndActivate(QWidget &dialog)
{
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
}

void PersonFormTest::typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        typeText(edit, text);
}

void PersonFormTest::fillValid(PersonDialog &dialog)
{
    typeInto(field<QLineEdit>(dialog, "surnameEdit"), QStringLiteral("Коваленко"));
    typeInto(field<QLineEdit>(dialog, "givenNameEdit"), QStringLiteral("Олександр"));
    typeInto(field<QLineEdit>(dialog, "patronymicEdit"), QStringLiteral("Петрович"));
    typeInto(field<QLineEdit>(dialog, "birthDateEdit"), QStringLiteral("17.05.1990"));
    field<QComboBox>(dialog, "sexCombo")->setCurrentIndex(0);      // male
    field<QComboBox>(dialog, "categoryCombo")->setCurrentIndex(0); // serviceman
    typeInto(field<QLineEdit>(dialog, "rankEdit"), QStringLiteral("солдат"));
    typeInto(field<QLineEdit>(dialog, "serviceNumberEdit"), QStringLiteral("АА123456"));
    typeInto(field<QLineEdit>(dialog, "regionEdit"), QStringLiteral("Харківська"));
}

Person PersonFormTest::storedPerson(const QString &surname)
{
    PersonTableModel model(*m_store);
    PersonFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBatch(m_batchId);
    proxy.setFilterText(surname);
    if (proxy.rowCount() != 1)
        return {};
    const QModelIndex row = proxy.mapToSource(proxy.index(0, PersonTableModel::SurnameColumn));
    if (row.data().toString() != surname)
        return {};
    auto person = m_store->persons().get(model.personIdAt(row.row()));
    return person ? person.value() : Person{};
}

void PersonFormTest::newPersonIsSavedAndListed()
{
    PersonDialog dialog(*m_store, m_batchId);
    showAndActivate(dialog);
    QSignalSpy saved(&dialog, &PersonDialog::personSaved);
    fillValid(dialog);
    QVERIFY(dialog.hasChanges());
    QCOMPARE(dialog.problemCount(), 0);
    QVERIFY(field<QPushButton>(dialog, "saveButton")->isEnabled());

    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);

    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(1).toString(), QStringLiteral("Коваленко Олександр"));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Person person = storedPerson(QStringLiteral("Коваленко"));
    QVERIFY(person.id != 0);
    QCOMPARE(person.id, saved.at(0).at(0).toLongLong());
    QCOMPARE(person.givenName, QStringLiteral("Олександр"));
    QCOMPARE(person.patronymic, QStringLiteral("Петрович"));
    QCOMPARE(person.birthDate, PartialDate::fromDate(QDate(1990, 5, 17)));
    QCOMPARE(person.sex, Sex::Male);
    QCOMPARE(person.category, Category::Serviceman);
    QCOMPARE(person.rank, QStringLiteral("солдат"));
    QCOMPARE(person.serviceNumber, QStringLiteral("АА123456"));
    QCOMPARE(person.region, QStringLiteral("Харківська"));
}

void PersonFormTest::partialBirthDateIsKept()
{
    PersonDialog dialog(*m_store, m_batchId);
    showAndActivate(dialog);
    fillValid(dialog);
    typeInto(field<QLineEdit>(dialog, "birthDateEdit"), QStringLiteral("1990"));
    field<QComboBox>(dialog, "sexCombo")->setCurrentIndex(1);      // female
    field<QComboBox>(dialog, "categoryCombo")->setCurrentIndex(1); // civilian
    QCOMPARE(dialog.problemCount(), 0);
    QTest::mouseClick(field<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());

    const Person person = storedPerson(QStringLiteral("Коваленко"));
    QVERIFY(person.id != 0);
    QCOMPARE(person.birthDate, PartialDate::fromYear(1990));
    QCOMPARE(person.sex, Sex::Female);
    QCOMPARE(person.category, Category::Civilian);
}

void PersonFormTest::invalidFormKeepsSaveDisabled_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("expectedWord"); // a word the (untranslated) message contains

    QTest::newRow("empty surname") << "surnameEdit"
                                   << ""
                                   << "surnameError"
                                   << "surname";
    // The second letter is a Latin "o" among Cyrillic ones.
    QTest::newRow("mixed-script surname") << "surnameEdit"
                                          << QString::fromUtf8("К\x6f"
                                                               "валенко")
                                          << "surnameError"
                                          << "Latin";
    QTest::newRow("serviceman without rank or service number") << "rankEdit"
                                                               << ""
                                                               << "rankError"
                                                               << "rank";
    QTest::newRow("unreadable date of birth") << "birthDateEdit"
                                              << "17.13.1990"
                                              << "birthDateError"
                                              << "date";
    QTest::newRow("unreadable capture date") << "captureDateEdit"
                                             << "05.2024"
                                             << "captureDateError"
                                             << "date";
}

void PersonFormTest::invalidFormKeepsSaveDisabled()
{
    QFETCH(QString, edit);
    QFETCH(QString, text);
    QFETCH(QString, errorLabel);
    QFETCH(QString, expectedWord);

    PersonDialog dialog(*m_store, m_batchId);
    showAndActivate(dialog);
    fillValid(dialog);
    if (edit == QLatin1String("rankEdit"))
        typeInto(field<QLineEdit>(dialog, "serviceNumberEdit"), QString());
    auto *lineEdit = dialog.findChild<QLineEdit *>(edit);
    QVERIFY(lineEdit);
    typeInto(lineEdit, text);

    auto *saveButton = field<QPushButton>(dialog, "saveButton");
    QVERIFY(!saveButton->isEnabled());
    QVERIFY(dialog.problemCount() > 0);
    auto *label = dialog.findChild<QLabel *>(errorLabel);
    QVERIFY(label);
    QVERIFY2(label->text().contains(expectedWord, Qt::CaseInsensitive), qPrintable(label->text()));
    QVERIFY(label->isVisible());
    // The touched field is marked, a correct one is not.
    QCOMPARE(lineEdit->property("problem").toString(), QStringLiteral("error"));
    if (errorLabel != QLatin1String("givenNameError"))
        QVERIFY(field<QLabel>(dialog, "givenNameError")->text().isEmpty());
    QVERIFY(!field<QLabel>(dialog, "problemSummaryLabel")->text().isEmpty());

    // Ctrl+S saves nothing while there is a problem.
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(dialog.isVisible());
    auto count = m_store->persons().countInBatch(m_batchId);
    QVERIFY(count.ok());
    QCOMPARE(count.value(), 0);
}

void PersonFormTest::freshFormShowsHintsNotErrors()
{
    PersonDialog dialog(*m_store, m_batchId);
    showAndActivate(dialog);
    auto *surname = field<QLineEdit>(dialog, "surnameEdit");
    QVERIFY(!field<QPushButton>(dialog, "saveButton")->isEnabled());
    QVERIFY(!field<QLabel>(dialog, "surnameError")->text().isEmpty());
    // Not yet touched: told quietly, no red frame.
    QVERIFY(surname->property("problem").toString().isEmpty());
    QCOMPARE(field<QLabel>(dialog, "surnameError")->property("problem").toString(), QStringLiteral("hint"));
    QCOMPARE(field<DateLineEdit>(dialog, "birthDateEdit")->placeholderText(), QStringLiteral("DD.MM.YYYY"));
    QVERIFY(!dialog.hasChanges());
    QVERIFY(surname->hasFocus());
}

void PersonFormTest::enterMovesToTheNextField()
{
    PersonDialog dialog(*m_store, m_batchId);
    showAndActivate(dialog);
    auto *surname = field<QLineEdit>(dialog, "surnameEdit");
    surname->setFocus();
    typeText(surname, QStringLiteral("Шевченко"));
    QTest::keyClick(surname, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(dialog, "givenNameEdit"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(dialog, "patronymicEdit"));
}

void PersonFormTest::escapeOnChangedFormAsks()
{
    PersonDialog dialog(*m_store, m_batchId);
    showAndActivate(dialog);
    typeInto(field<QLineEdit>(dialog, "surnameEdit"), QStringLiteral("Коваленко"));

    QString question;
    {
        auto watch = answerMessageBox(QMessageBox::No, &question);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(watch->seen());
    }
    QVERIFY(question.contains(QLatin1String("Discard unsaved changes?")));
    QVERIFY(dialog.isVisible());
    QCOMPARE(field<QLineEdit>(dialog, "surnameEdit")->text(), QStringLiteral("Коваленко"));

    {
        auto watch = answerMessageBox(QMessageBox::Yes);
        QVERIFY(dialog.close()); // closing the window asks the same question
        QVERIFY(watch->seen());
    }
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(m_store->persons().countInBatch(m_batchId).value(), 0);
}

void PersonFormTest::escapeOnUnchangedFormClosesDirectly()
{
    PersonDialog dialog(*m_store, m_batchId);
    showAndActivate(dialog);
    auto watch = answerMessageBox(QMessageBox::No);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!watch->seen());
    QVERIFY(!dialog.isVisible());
}

void PersonFormTest::editingAPersonUpdatesIt()
{
    Person person;
    person.surname = QStringLiteral("Бондаренко");
    person.givenName = QStringLiteral("Ірина");
    person.sex = Sex::Female;
    person.category = Category::Civilian;
    person.birthDate = PartialDate::fromYearMonth(1985, 3);
    auto id = m_store->persons().addToBatch(m_batchId, person);
    QVERIFY2(id.ok(), qPrintable(id.text()));
    const qint64 versionBefore = m_store->persons().get(id.value()).value().rowVersion;

    PersonDialog dialog(*m_store, m_batchId);
    QVERIFY(dialog.loadPerson(id.value()).ok());
    showAndActivate(dialog);
    QVERIFY(!dialog.isNew());
    QCOMPARE(field<QLineEdit>(dialog, "surnameEdit")->text(), QStringLiteral("Бондаренко"));
    QCOMPARE(field<QLineEdit>(dialog, "birthDateEdit")->text(), QStringLiteral("03.1985"));
    QCOMPARE(field<QComboBox>(dialog, "categoryCombo")->currentText(), label(Category::Civilian));
    QVERIFY(!dialog.hasChanges());
    QVERIFY(!field<QPushButton>(dialog, "saveAndNewButton")->isVisible());

    typeInto(field<QLineEdit>(dialog, "givenNameEdit"), QStringLiteral("Ірина-Марія"));
    typeInto(field<QLineEdit>(dialog, "healthEdit"), QStringLiteral("поранення руки"));
    QVERIFY(dialog.hasChanges());
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!dialog.isVisible());

    auto stored = m_store->persons().get(id.value());
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().givenName, QStringLiteral("Ірина-Марія"));
    QCOMPARE(stored.value().health, QStringLiteral("поранення руки"));
    QCOMPARE(stored.value().birthDate, PartialDate::fromYearMonth(1985, 3));
    QVERIFY(stored.value().rowVersion > versionBefore);
    QCOMPARE(m_store->persons().countInBatch(m_batchId).value(), 1);
}

void PersonFormTest::storageErrorKeepsTheFormOpen()
{
    Person person;
    person.surname = QStringLiteral("Мельник");
    person.givenName = QStringLiteral("Андрій");
    person.birthDate = PartialDate::fromYear(1979);
    person.category = Category::Civilian;
    auto id = m_store->persons().addToBatch(m_batchId, person);
    QVERIFY(id.ok());

    PersonDialog dialog(*m_store, m_batchId);
    QVERIFY(dialog.loadPerson(id.value()).ok());
    showAndActivate(dialog);
    // Someone else changes the person meanwhile.
    Person elsewhere = m_store->persons().get(id.value()).value();
    elsewhere.notes = QStringLiteral("змінено на іншому місці");
    QVERIFY(m_store->persons().update(elsewhere).ok());

    typeInto(field<QLineEdit>(dialog, "givenNameEdit"), QStringLiteral("Андрій-Олег"));
    QVERIFY2(field<QPushButton>(dialog, "saveButton")->isEnabled(),
             qPrintable(field<QLabel>(dialog, "problemSummaryLabel")->text()));
    QTest::mouseClick(field<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    // A stale copy is refused in the form itself: the bar says who changed the person, and offers Reload.
    QVERIFY(dialog.staleEditBar()->isVisible());
    const QString shown = field<QLabel>(dialog, "staleMessageLabel")->text();
    QVERIFY2(shown.contains(QLatin1String("supervisor")) || shown.contains(QLatin1String("changed by")),
             qPrintable(shown));
    QVERIFY(dialog.isVisible());
    QCOMPARE(field<QLineEdit>(dialog, "givenNameEdit")->text(), QStringLiteral("Андрій-Олег"));
    QCOMPARE(m_store->persons().get(id.value()).value().givenName, QStringLiteral("Андрій"));
}

void PersonFormTest::saveAndNewStartsAnEmptyForm()
{
    PersonDialog dialog(*m_store, m_batchId);
    showAndActivate(dialog);
    QSignalSpy saved(&dialog, &PersonDialog::personSaved);
    fillValid(dialog);
    field<QComboBox>(dialog, "categoryCombo")->setCurrentIndex(1); // civilian
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);

    QCOMPARE(saved.count(), 1);
    QVERIFY(dialog.isVisible());
    QVERIFY(field<QLineEdit>(dialog, "surnameEdit")->text().isEmpty());
    QVERIFY(field<QLineEdit>(dialog, "birthDateEdit")->text().isEmpty());
    QCOMPARE(field<QComboBox>(dialog, "categoryCombo")->currentIndex(), 1);
    QVERIFY(!dialog.hasChanges());
    QCOMPARE(m_store->persons().countInBatch(m_batchId).value(), 1);
    QVERIFY(storedPerson(QStringLiteral("Коваленко")).id != 0);
}

void PersonFormTest::lookAlikeLetterIsRepairedByOneClick_data()
{
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("repaired");
    // Latin letters typed inside Cyrillic names, as keyboards in the wrong layout produce them.
    QTest::newRow("surname, Latin o") << "surnameEdit" << QString::fromUtf8("К\u006Fваленко")
                                      << QStringLiteral("Коваленко");
    QTest::newRow("given name, Latin a") << "givenNameEdit" << QString::fromUtf8("Олекс\u0061ндр")
                                         << QStringLiteral("Олександр");
    QTest::newRow("patronymic, Latin e") << "patronymicEdit" << QString::fromUtf8("П\u0065трович")
                                         << QStringLiteral("Петрович");
}

void PersonFormTest::lookAlikeLetterIsRepairedByOneClick()
{
    QFETCH(QString, fieldName);
    QFETCH(QString, typed);
    QFETCH(QString, repaired);
    PersonDialog dialog(*m_store, m_batchId);
    showAndActivate(dialog);
    fillValid(dialog);
    auto *edit = field<QLineEdit>(dialog, fieldName.toLatin1().constData());
    auto *bar = field<LookAlikeBar>(dialog, (fieldName + QStringLiteral("LookAlikes")).toLatin1().constData());
    QVERIFY(bar->isHidden());
    typeInto(edit, typed);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->proposedRepair(), repaired);
    QVERIFY(!field<QPushButton>(dialog, "saveButton")->isEnabled());  // nothing repaired silently
    QCOMPARE(edit->text(), typed);
    QTest::mouseClick(field<QPushButton>(dialog, (fieldName + QStringLiteral("LookAlikesRepair")).toLatin1().constData()),
                      Qt::LeftButton);
    QCOMPARE(edit->text(), repaired);
    QVERIFY(bar->isHidden());
    QVERIFY(field<QPushButton>(dialog, "saveButton")->isEnabled());
    edit->undo();  // the repair is one step in the field's history
    QCOMPARE(edit->text(), typed);
}

void PersonFormTest::passportSpellingFollowsTheName()
{
    PersonDialog dialog(*m_store, m_batchId);
    showAndActivate(dialog);
    auto *spelling = field<QLabel>(dialog, "passportSpellingLabel");
    typeInto(field<QLineEdit>(dialog, "surnameEdit"), QStringLiteral("Згорський"));
    typeInto(field<QLineEdit>(dialog, "givenNameEdit"), QStringLiteral("Юрій"));
    typeInto(field<QLineEdit>(dialog, "patronymicEdit"), QStringLiteral("Олексійович"));
    QVERIFY2(spelling->text().endsWith(QLatin1String(": Zghorskyi Yurii Oleksiiovych")), qPrintable(spelling->text()));
    typeInto(field<QLineEdit>(dialog, "givenNameEdit"), QString::fromUtf8("Юр\u0069й"));  // Latin i inside
    QVERIFY(!spelling->text().contains(QLatin1String("Yur")));
}

QTEST_MAIN(PersonFormTest)
#include "tst_personform.moc"
