#include "GuiTest.h"

#include "ImportActions.h"
#include "MainWindow.h"
#include "MatchAllDialog.h"
#include "PersonDialog.h"
#include "RegistryActions.h"
#include "RegistryCandidatesWidget.h"
#include "items/ItemRoles.h"
#include "items/MatchResultsModel.h"
#include "items/MatchResultsProxy.h"
#include "storage/Database.h"
#include "storage/RegistryFixture.h"
#include "storage/RegistryLinks.h"
#include "storage/SignIn.h"
#include "storage/Store.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace homeward;
using homeward::test::answerMessageBox;
using homeward::test::typeText;

// The registry panel of the person form and the batch-wide match, offscreen.
class RegistryCandidatesTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void typingASurnameShowsTheCandidate();
    void emptyRegistryIsAQuietNote();
    void linkNeedsTheClickAndTheConfirmation();
    void newPersonIsLinkedWhenSaved();
    void lockedBatchOffersNoLink();
    void highlightMarksOnlyTheDifferingLetters_data();
    void highlightMarksOnlyTheDifferingLetters();
    void matchAllDialogFillsTheList();
    void mainWindowOffersTheActions();

private:
    void addRegistry();
    qint64 addPerson(const QString &surname, const QString &givenName, const QString &birth, Sex sex = Sex::Male);
    void typeInto(QWidget &dialog, const char *name, const QString &text);
    QString candidateText(RegistryCandidatesWidget *panel, int index);

    QTemporaryDir m_dir;
    int m_fileNo = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    qint64 m_batchId = 0;
};

void RegistryCandidatesTest::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("registry%1.sqlite").arg(++m_fileNo)));
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db).value();
    m_store = std::make_unique<Store>(m_db->connection());
    QVERIFY(testing::signInAs(*m_store, QStringLiteral("supervisor"), testing::kSupervisor).ok());
    Exchange exchange;
    exchange.title = QStringLiteral("1000 на 1000");
    Batch batch;
    batch.exchangeId = m_store->exchanges().create(exchange).value();
    batch.plannedServicemen = 30;
    m_batchId = m_store->batches().create(batch).value();
    QVERIFY(testing::signInAs(*m_store, QStringLiteral("operator"), testing::kOperator).ok());
}

void RegistryCandidatesTest::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void RegistryCandidatesTest::addRegistry()
{
    auto added =
        testing::addRegistryRecords(m_store->connection(), m_store->actor().officialId,
                                    {{QStringLiteral("R-1"), QStringLiteral("Коваленко"), QStringLiteral("Олександр"),
                                      QStringLiteral("Петрович"), QStringLiteral("1990-05-07")},
                                     {QStringLiteral("R-2"), QStringLiteral("Коваленко"), QStringLiteral("Олександр"),
                                      QStringLiteral("Іванович"), QStringLiteral("1985-01-02")},
                                     {QStringLiteral("R-3"), QStringLiteral("Бондаренко"), QStringLiteral("Марія"),
                                      QStringLiteral("Іванівна"), QStringLiteral("1970-03-04"), QStringLiteral("F")}});
    QVERIFY2(added.ok(), qPrintable(added.text()));
}

qint64 RegistryCandidatesTest::addPerson(const QString &surname, const QString &givenName, const QString &birth,
                                         Sex sex)
{
    Person person;
    person.sex = sex;
    person.surname = surname;
    person.givenName = givenName;
    person.birthDate = PartialDate::fromIso(birth).value_or(PartialDate());
    auto added = m_store->persons().addToBatch(m_batchId, person);
    if (!added)
        qFatal("person: %s", qPrintable(added.text()));
    return added.value();
}

void RegistryCandidatesTest::typeInto(QWidget &dialog, const char *name, const QString &text)
{
    auto *edit = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
    QVERIFY2(edit, name);
    edit->setFocus();
    edit->selectAll();
    typeText(edit, text);
}

QString RegistryCandidatesTest::candidateText(RegistryCandidatesWidget *panel, int index)
{
    auto *table = panel->findChild<QLabel *>(QStringLiteral("registryCandidateTable%1").arg(index));
    return table ? table->text() : QString();
}

void RegistryCandidatesTest::typingASurnameShowsTheCandidate()
{
    addRegistry();
    PersonDialog dialog(*m_store, m_batchId);
    dialog.show();
    RegistryCandidatesWidget *panel = dialog.registryCandidates();
    QVERIFY(panel);
    QVERIFY(!panel->linkButton(0));
    typeInto(dialog, "surnameEdit", QStringLiteral("Коваленко"));
    typeInto(dialog, "givenNameEdit", QStringLiteral("Александр"));  // the Russian form
    typeInto(dialog, "birthDateEdit", QStringLiteral("05.07.1990")); // day and month swapped
    // Nothing yet: the panel waits for the official to pause.
    QVERIFY(!panel->linkButton(0));
    QTRY_VERIFY_WITH_TIMEOUT(panel->linkButton(0) != nullptr, 3000);
    QCOMPARE(panel->result().candidates.constFirst().recordId, QStringLiteral("R-1"));
    const QString table = candidateText(panel, 0);
    QVERIFY2(table.contains(QStringLiteral("Олександр")) && table.contains(QStringLiteral("Александр")),
             qPrintable(table));
    QVERIFY2(table.contains(QStringLiteral("background-color")), qPrintable(table)); // differing letters marked
    QVERIFY(table.contains(panel->result().candidates.constFirst().givenName.reason.toHtmlEscaped()));
    QVERIFY(table.contains(panel->result().candidates.constFirst().birthDate.reason.toHtmlEscaped()));
    QVERIFY(panel->statusText().contains(names::label(panel->result().verdict)));

    if (const QString shot = qEnvironmentVariable("HOMEWARD_SCREENSHOT"); !shot.isEmpty()) {
        typeInto(dialog, "patronymicEdit", QStringLiteral("Петрович"));
        panel->refreshNow();
        QApplication::processEvents();
        QVERIFY(dialog.grab().save(shot));
    }
}

void RegistryCandidatesTest::emptyRegistryIsAQuietNote()
{
    PersonDialog dialog(*m_store, m_batchId);
    dialog.show();
    RegistryCandidatesWidget *panel = dialog.registryCandidates();
    auto anyBox = answerMessageBox(QMessageBox::Ok);
    typeInto(dialog, "surnameEdit", QStringLiteral("Коваленко"));
    typeInto(dialog, "givenNameEdit", QStringLiteral("Олександр"));
    QTRY_VERIFY_WITH_TIMEOUT(panel->statusText().contains(QStringLiteral("empty")), 3000);
    QVERIFY(!panel->linkButton(0));
    QTest::qWait(100);
    QVERIFY(!anyBox->seen());
}

void RegistryCandidatesTest::linkNeedsTheClickAndTheConfirmation()
{
    addRegistry();
    const qint64 personId =
        addPerson(QStringLiteral("Коваленко"), QStringLiteral("Олександр"), QStringLiteral("1990-05-07"));
    PersonDialog dialog(*m_store, m_batchId);
    QVERIFY(dialog.loadPerson(personId).ok());
    dialog.show();
    RegistryCandidatesWidget *panel = dialog.registryCandidates();
    QTRY_VERIFY_WITH_TIMEOUT(panel->linkButton(0) != nullptr, 3000);
    RegistryLinks links(m_store->connection(), m_store->notifier(), &m_store->actor());
    // Seeing the candidate links nothing.
    QVERIFY(!links.linkOf(personId).value().has_value());

    // Cancelling the confirmation links nothing either.
    {
        QString shown;
        auto watch = answerMessageBox(QMessageBox::Cancel, &shown);
        panel->linkButton(0)->click();
        QVERIFY(watch->seen());
        QVERIFY2(shown.contains(QStringLiteral("R-1")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Коваленко Олександр Петрович")), qPrintable(shown));
        QVERIFY(!links.linkOf(personId).value().has_value());
    }
    QSignalSpy changed(panel, &RegistryCandidatesWidget::linkChanged);
    {
        auto watch = answerMessageBox(QMessageBox::Yes);
        panel->linkButton(0)->click();
        QVERIFY(watch->seen());
    }
    QCOMPARE(changed.size(), 1);
    auto link = links.linkOf(personId);
    QVERIFY(link.value().has_value());
    QCOMPARE(link.value()->recordId, QStringLiteral("R-1"));
    QVERIFY(panel->linkText().contains(QStringLiteral("R-1")));
    QVERIFY(!panel->unlinkButton()->isHidden());
    QVERIFY(!panel->linkButton(0)->isEnabled()); // already linked to it

    {
        auto watch = answerMessageBox(QMessageBox::Yes);
        panel->unlinkButton()->click();
        QVERIFY(watch->seen());
    }
    QVERIFY(!links.linkOf(personId).value().has_value());
    QVERIFY(panel->unlinkButton()->isHidden());
}

void RegistryCandidatesTest::newPersonIsLinkedWhenSaved()
{
    addRegistry();
    PersonDialog dialog(*m_store, m_batchId);
    dialog.show();
    RegistryCandidatesWidget *panel = dialog.registryCandidates();
    typeInto(dialog, "surnameEdit", QStringLiteral("Бондаренко"));
    typeInto(dialog, "givenNameEdit", QStringLiteral("Марія"));
    typeInto(dialog, "patronymicEdit", QStringLiteral("Іванівна"));
    typeInto(dialog, "birthDateEdit", QStringLiteral("04.03.1970"));
    typeInto(dialog, "regionEdit", QStringLiteral("Харківська"));
    typeInto(dialog, "rankEdit", QStringLiteral("солдат"));
    typeInto(dialog, "serviceNumberEdit", QStringLiteral("АА123456"));
    dialog.findChild<QComboBox *>(QStringLiteral("sexCombo"))->setCurrentIndex(1); // female
    QTRY_VERIFY_WITH_TIMEOUT(panel->linkButton(0) != nullptr, 3000);
    QCOMPARE(panel->result().candidates.constFirst().recordId, QStringLiteral("R-3"));
    {
        auto watch = answerMessageBox(QMessageBox::Yes);
        panel->linkButton(0)->click();
        QVERIFY(watch->seen());
    }
    QCOMPARE(panel->pendingLink().value_or(QString()), QStringLiteral("R-3"));
    QSignalSpy saved(&dialog, &PersonDialog::personSaved);
    if (dialog.problemCount() != 0)
        QSKIP("the form's rules want more details than this test types");
    dialog.save();
    QCOMPARE(saved.size(), 1);
    const qint64 personId = saved.at(0).at(0).toLongLong();
    RegistryLinks links(m_store->connection(), m_store->notifier(), &m_store->actor());
    auto link = links.linkOf(personId);
    QVERIFY(link.value().has_value());
    QCOMPARE(link.value()->recordId, QStringLiteral("R-3"));
}

void RegistryCandidatesTest::lockedBatchOffersNoLink()
{
    addRegistry();
    const qint64 personId =
        addPerson(QStringLiteral("Коваленко"), QStringLiteral("Олександр"), QStringLiteral("1990-05-07"));
    // A verifier may not enter persons: the panel offers no link.
    QVERIFY(testing::signInAs(*m_store, QStringLiteral("verifier"), testing::kVerifier).ok());
    PersonDialog dialog(*m_store, m_batchId);
    QVERIFY(dialog.loadPerson(personId).ok());
    RegistryCandidatesWidget *panel = dialog.registryCandidates();
    panel->refreshNow();
    QVERIFY(panel->linkButton(0));
    QVERIFY(!panel->linkButton(0)->isEnabled());
    QVERIFY(!panel->linkButton(0)->toolTip().isEmpty());
}

void RegistryCandidatesTest::highlightMarksOnlyTheDifferingLetters_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("markedFirst"); // letters marked in the first, in order
    QTest::addColumn<QString>("markedSecond");
    QTest::newRow("same") << "Коваленко"
                          << "Коваленко"
                          << ""
                          << "";
    QTest::newRow("case only") << "КОВАЛЕНКО"
                               << "Коваленко"
                               << ""
                               << "";
    QTest::newRow("Russian form") << "Олександр"
                                  << "Александр"
                                  << "О"
                                  << "А";
    QTest::newRow("Latin look-alike kept apart") << "Коваленко"
                                                 << "Кoваленко"
                                                 << "о"
                                                 << "o";
    QTest::newRow("one letter added") << "Шевченко"
                                      << "Шевчеенко"
                                      << ""
                                      << "е";
    QTest::newRow("empty side") << ""
                                << "Петрович"
                                << ""
                                << "Петрович";
}

void RegistryCandidatesTest::highlightMarksOnlyTheDifferingLetters()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, markedFirst);
    QFETCH(QString, markedSecond);
    const HighlightedPair pair = highlightDifferences(first, second);
    const auto marked = [](const QString &html) {
        QString letters;
        static const QRegularExpression span(QStringLiteral("<span[^>]*>([^<]*)</span>"));
        for (auto it = span.globalMatch(html); it.hasNext();)
            letters += it.next().captured(1);
        return letters;
    };
    const auto plain = [](QString html) { return html.remove(QRegularExpression(QStringLiteral("<[^>]*>"))); };
    QCOMPARE(plain(pair.first), first);
    QCOMPARE(plain(pair.second), second);
    QCOMPARE(marked(pair.first), markedFirst);
    QCOMPARE(marked(pair.second), markedSecond);
}

void RegistryCandidatesTest::matchAllDialogFillsTheList()
{
    addRegistry();
    const qint64 matched =
        addPerson(QStringLiteral("Бондаренко"), QStringLiteral("Марія"), QStringLiteral("1970-03-04"), Sex::Female);
    const qint64 absent = addPerson(QStringLiteral("Ткаченко"), QStringLiteral("Ігор"), QStringLiteral("1999-09-09"));
    const qint64 twice = addPerson(QStringLiteral("Ткаченко"), QStringLiteral("Игорь"), QStringLiteral("1999-09-09"));
    MatchAllDialog dialog(*m_store, m_batchId);
    QAbstractItemModelTester modelTester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(dialog.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    const Status run = dialog.run();
    QVERIFY2(run.ok(), qPrintable(run.text()));
    QTableView *view = dialog.view();
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(view->model()->index(2, 0).data(roles::StatusCodeRole).toString(), QStringLiteral("match"));
    // Riskiest first: the two without a candidate (listed twice), the match last.
    QCOMPARE(view->model()->index(2, 0).data(roles::IdRole).toLongLong(), matched);
    QCOMPARE(view->model()->index(0, 0).data(roles::IdRole).toLongLong(), absent);
    QCOMPARE(view->model()->index(0, 0).data(roles::DuplicateCountRole).toInt(), 1);
    QCOMPARE(view->model()->index(1, 0).data(roles::IdRole).toLongLong(), twice);
    QVERIFY(!dialog.summaryText().isEmpty());
    QVERIFY(dialog.summaryText().contains(QLatin1Char('3')));

    if (const QString shot = qEnvironmentVariable("HOMEWARD_SCREENSHOT_MATCH"); !shot.isEmpty())
        QVERIFY(dialog.grab().save(shot));

    QSignalSpy activated(&dialog, &MatchAllDialog::personActivated);
    const QModelIndex last = view->model()->index(2, MatchResultsModel::PersonColumn);
    view->scrollTo(last);
    const QPoint centre = view->visualRect(last).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre); // a real double-click starts with a press
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), matched);
}

void RegistryCandidatesTest::mainWindowOffersTheActions()
{
    MainWindow window(*m_store);
    auto *actions = window.findChild<RegistryActions *>();
    QVERIFY(actions);
    QCOMPARE(actions->matchAllAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
    auto *registry = window.findChild<QMenu *>(QStringLiteral("registryMenu"));
    QVERIFY(registry);
    QVERIFY(registry->actions().contains(actions->matchAllAction()));
    // The registry's import is the import wizard's, named as tests and the other actions look it up.
    auto *imports = window.findChild<ImportActions *>();
    QVERIFY(imports);
    const QList<QAction *> named = window.findChildren<QAction *>(QStringLiteral("importRegistryAction"));
    QCOMPARE(named.size(), 1);
    QCOMPARE(named.constFirst(), imports->importRegistryAction());
    QVERIFY(registry->actions().contains(imports->importRegistryAction()));
}

QTEST_MAIN(RegistryCandidatesTest)
#include "tst_registrycandidates.moc"
