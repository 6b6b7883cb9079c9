#include "GuiTest.h"

#include "BatchPanel.h"
#include "IdleLock.h"
#include "LockScreen.h"
#include "MainWindow.h"
#include "PersonDialog.h"
#include "SettingsDialog.h"
#include "storage/Database.h"
#include "storage/RollingBackups.h"
#include "storage/SignIn.h"
#include "storage/Sql.h"
#include "storage/Store.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <functional>
#include <memory>

using namespace homeward;
using homeward::test::ModalWatch;
using homeward::test::typeText;

namespace {

template <typename T> T *child(QObject *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// Steps run one after another from a timer, so they go on inside the event
// loops of forms opened with exec(), as the official's input would.
class Script final {
public:
    explicit Script(QList<std::function<void()>> steps) : m_steps(std::move(steps))
    {
        m_timer.setInterval(60);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            if (m_next >= m_steps.size()) {
                m_timer.stop();
                return;
            }
            const auto step = m_steps.at(m_next++); // before running: a step may nest the next ones
            step();
            if (m_next >= m_steps.size())
                m_done = true;
        });
        // A failed step must not leave a form's exec() running for ever: close them all.
        m_guard.setSingleShot(true);
        m_guard.setInterval(15000);
        QObject::connect(&m_guard, &QTimer::timeout, &m_guard, [this] {
            m_timer.stop();
            QWARN("script timed out: closing the open forms");
            for (QWidget *widget : QApplication::allWidgets()) {
                auto *dialog = qobject_cast<QDialog *>(widget);
                if (dialog && dialog->isModal()) {
                    dialog->show();
                    dialog->done(QDialog::Rejected);
                }
            }
        });
    }
    void start()
    {
        m_timer.start();
        m_guard.start();
    }
    bool done() const { return m_done; }
    int stepsRun() const { return int(m_next); }

private:
    QList<std::function<void()>> m_steps;
    QTimer m_timer;
    QTimer m_guard;
    qsizetype m_next = 0;
    bool m_done = false;
};

} // namespace

class IdleLockTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void idleTimeRunsOutWithoutInput();
    void inputKeepsTheDeskOpen_data();
    void inputKeepsTheDeskOpen();
    void zeroMeansNever();
    void lockHidesEveryWindowWithData();
    void refusedPasswordKeepsTheDeskLocked_data();
    void refusedPasswordKeepsTheDeskLocked();
    void repeatedFailuresLockTheAccount();
    void unlockBringsBackTheOpenForm();
    void anotherOfficialSignsInAndTheFormIsKept();
    void keptFormWaitsForFormsOpenedAfterIt();
    void settingsAreStoredAndUsed_data();
    void settingsAreStoredAndUsed();

private:
    void openWindow();
    LockScreen *lockScreen() const { return m_window->lockScreen(); }
    // Every visible top-level window but the lock screen.
    QList<QWidget *> visibleWindows() const;
    // Visible widgets anywhere that show `text`.
    QStringList visibleWidgetsShowing(const QString &text) const;
    void typeInto(QLineEdit *edit, const QString &text);
    QString storedSurname(qint64 personId) const;
    qint64 updatedBy(qint64 personId) const;

    QTemporaryDir m_dir;
    int m_fileNo = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    Official m_anna;
    Official m_borys;
    qint64 m_batchId = 0;
    qint64 m_personId = 0;
};

void IdleLockTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HomewardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_idlelock"));
    QSettings().clear();
}

void IdleLockTest::init()
{
    QSettings().clear();
    auto db = Database::open(m_dir.filePath(QStringLiteral("lock%1.sqlite").arg(++m_fileNo)));
    QVERIFY2(db.ok(), qPrintable(db.text()));
    m_db = std::move(db).value();
    m_store = std::make_unique<Store>(m_db->connection());
    QVERIFY(testing::signInAs(*m_store, QStringLiteral("sofia"), testing::kSupervisor).ok());

    Exchange exchange;
    exchange.title = QStringLiteral("1000 на 1000");
    auto exchangeId = m_store->exchanges().create(exchange);
    QVERIFY2(exchangeId.ok(), qPrintable(exchangeId.text()));
    Batch batch;
    batch.exchangeId = exchangeId.value();
    batch.plannedServicemen = 30;
    batch.plannedCivilians = 10;
    batch.plannedDate = QDate(2025, 6, 12);
    auto batchId = m_store->batches().create(batch);
    QVERIFY2(batchId.ok(), qPrintable(batchId.text()));
    m_batchId = batchId.value();

    auto anna = testing::addOfficial(m_store->connection(), QStringLiteral("anna"), testing::kOperator, true,
                                     QStringLiteral("Анна Шевчук"));
    auto borys = testing::addOfficial(m_store->connection(), QStringLiteral("borys"), testing::kOperator, true,
                                      QStringLiteral("Борис Левченко"));
    QVERIFY(anna.ok() && borys.ok());
    m_anna = anna.value();
    m_borys = borys.value();
    testing::signIn(*m_store, m_anna);

    Person person;
    person.surname = QStringLiteral("Коваленко");
    person.givenName = QStringLiteral("Олександр");
    person.patronymic = QStringLiteral("Петрович");
    person.birthDate = PartialDate::fromYear(1990);
    person.category = Category::Serviceman;
    person.rank = QStringLiteral("солдат");
    auto personId = m_store->persons().addToBatch(m_batchId, person);
    QVERIFY2(personId.ok(), qPrintable(personId.text()));
    m_personId = personId.value();
}

void IdleLockTest::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_db.reset();
}

void IdleLockTest::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_store);
    m_window->setOfficial(m_anna);
    m_window->idleLock()->setIdleIntervalMs(0); // the tests lock when they mean to
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->batchPanel()->selectPerson(m_personId);
    QCOMPARE(m_window->batchPanel()->currentPersonId(), m_personId);
}

QList<QWidget *> IdleLockTest::visibleWindows() const
{
    QList<QWidget *> windows;
    for (QWidget *window : QApplication::topLevelWidgets())
        if (window->isVisible() && window != lockScreen())
            windows.append(window);
    return windows;
}

QStringList IdleLockTest::visibleWidgetsShowing(const QString &text) const
{
    QStringList found;
    for (QWidget *widget : QApplication::allWidgets()) {
        if (!widget->isVisible())
            continue;
        QString shown;
        if (auto *label = qobject_cast<QLabel *>(widget))
            shown = label->text();
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            shown = edit->text();
        shown += widget->windowTitle();
        if (shown.contains(text))
            found.append(widget->objectName() + QLatin1Char('/') +
                         QString::fromLatin1(widget->metaObject()->className()));
    }
    return found;
}

void IdleLockTest::typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    typeText(edit, text);
}

QString IdleLockTest::storedSurname(qint64 personId) const
{
    auto value =
        sql::scalar(m_store->connection(), QStringLiteral("SELECT surname FROM person WHERE id = ?"), {personId});
    return value ? value.value().toString() : QStringLiteral("<%1>").arg(value.text());
}

qint64 IdleLockTest::updatedBy(qint64 personId) const
{
    auto value =
        sql::scalar(m_store->connection(), QStringLiteral("SELECT updated_by FROM person WHERE id = ?"), {personId});
    return value ? value.value().toLongLong() : -1;
}

void IdleLockTest::idleTimeRunsOutWithoutInput()
{
    IdleLock idle;
    QSignalSpy requested(&idle, &IdleLock::lockRequested);
    QElapsedTimer clock;
    clock.start();
    idle.setIdleIntervalMs(200);
    QVERIFY(idle.isCounting());
    QTRY_COMPARE_WITH_TIMEOUT(requested.count(), 1, 3000);
    QVERIFY2(clock.elapsed() >= 190, qPrintable(QString::number(clock.elapsed())));
    // Once: a locked desk is not locked again and again.
    QTest::qWait(300);
    QCOMPARE(requested.count(), 1);
}

void IdleLockTest::inputKeepsTheDeskOpen_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("keys") << QStringLiteral("keys");
    QTest::newRow("mouse moves") << QStringLiteral("move");
    QTest::newRow("mouse clicks") << QStringLiteral("click");
    QTest::newRow("wheel") << QStringLiteral("wheel");
}

void IdleLockTest::inputKeepsTheDeskOpen()
{
    QFETCH(QString, input);
    QLineEdit edit;
    edit.show();
    QApplication::setActiveWindow(&edit);
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    IdleLock idle;
    QSignalSpy requested(&idle, &IdleLock::lockRequested);
    idle.setIdleIntervalMs(300);
    QElapsedTimer clock;
    clock.start();
    int n = 0;
    // Input every 60 ms for well over the idle time.
    while (clock.elapsed() < 1000) {
        ++n;
        if (input == QLatin1String("keys")) {
            QTest::keyClick(&edit, Qt::Key_A);
        } else if (input == QLatin1String("move")) {
            QTest::mouseMove(&edit, QPoint(5 + n % 20, 5));
        } else if (input == QLatin1String("click")) {
            QTest::mouseClick(&edit, Qt::LeftButton, {}, QPoint(5, 5));
        } else {
            QWheelEvent wheel(QPointF(5, 5), edit.mapToGlobal(QPointF(5, 5)), {}, QPoint(0, 120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(&edit, &wheel);
        }
        QTest::qWait(60);
        QCOMPARE(requested.count(), 0);
    }
    // Input stops: the idle time runs out.
    clock.restart();
    QTRY_COMPARE_WITH_TIMEOUT(requested.count(), 1, 3000);
    QVERIFY(clock.elapsed() >= 200);
}

void IdleLockTest::zeroMeansNever()
{
    IdleLock::setIdleMinutesSetting(0);
    IdleLock idle;
    QSignalSpy requested(&idle, &IdleLock::lockRequested);
    QCOMPARE(idle.idleIntervalMs(), 0);
    QVERIFY(!idle.isCounting());
    QTest::qWait(200);
    QCOMPARE(requested.count(), 0);
    // Lock now works all the same.
    idle.lockNowAction()->trigger();
    QCOMPARE(requested.count(), 1);
}

void IdleLockTest::lockHidesEveryWindowWithData()
{
    openWindow();
    PersonDialog form(*m_store, m_batchId, m_window.get());
    QVERIFY(form.loadPerson(m_personId).ok());
    form.open();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    typeInto(child<QLineEdit>(&form, "surnameEdit"), QStringLiteral("Ковальчук"));
    QVERIFY(!visibleWidgetsShowing(QStringLiteral("Ковальчук")).isEmpty()); // the check can see the data

    // Idle time runs out.
    QSignalSpy locked(lockScreen(), &LockScreen::locked);
    m_window->idleLock()->setIdleIntervalMs(150);
    QTRY_COMPARE_WITH_TIMEOUT(locked.count(), 1, 3000);
    QVERIFY(lockScreen()->isLocked());
    QVERIFY(lockScreen()->isVisible());
    QVERIFY(m_window->idleLock()->isPaused());
    const QList<QWidget *> shown = visibleWindows();
    QVERIFY2(shown.isEmpty(), qPrintable(shown.isEmpty() ? QString() : shown.first()->objectName()));
    for (const QString &data : {QStringLiteral("Ковальчук"), QStringLiteral("Коваленко"), QStringLiteral("Олександр"),
                                QStringLiteral("1000 на 1000")}) {
        const QStringList showing = visibleWidgetsShowing(data);
        QVERIFY2(showing.isEmpty(), qPrintable(data + QStringLiteral(": ") + showing.join(QLatin1Char(','))));
    }
    // The lock screen says who is signed in, and nothing else of the data.
    QVERIFY(child<QLabel>(lockScreen(), "lockOfficialLabel")->text().contains(m_anna.fullName));
    QVERIFY(!lockScreen()->grab().isNull());
    QCOMPARE(lockScreen()->windowTitle(), QStringLiteral("Homeward — locked"));
    // The main window's actions cannot be reached: the lock screen is modal.
    QCOMPARE(QApplication::activeModalWidget(), lockScreen());
}

void IdleLockTest::refusedPasswordKeepsTheDeskLocked_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("message");
    QTest::newRow("wrong password") << QStringLiteral("not-the-password") << QStringLiteral("password");
    QTest::newRow("empty") << QString() << QStringLiteral("Enter your password.");
    QTest::newRow("right one with a space") << testing::testPassword() + QLatin1Char(' ') << QStringLiteral("password");
}

void IdleLockTest::refusedPasswordKeepsTheDeskLocked()
{
    QFETCH(QString, password);
    QFETCH(QString, message);
    openWindow();
    m_window->idleLock()->lockNowAction()->trigger();
    QVERIFY(lockScreen()->isLocked());
    auto *edit = child<QLineEdit>(lockScreen(), "lockPasswordEdit");
    typeText(edit, password);
    QTest::mouseClick(child<QPushButton>(lockScreen(), "unlockButton"), Qt::LeftButton);
    QVERIFY2(lockScreen()->errorText().contains(message, Qt::CaseInsensitive), qPrintable(lockScreen()->errorText()));
    QVERIFY(child<QLabel>(lockScreen(), "lockErrorLabel")->isVisible());
    QVERIFY(edit->text().isEmpty()); // a refused password is not left in the field
    QVERIFY(lockScreen()->isLocked());
    QVERIFY(!m_window->isVisible());
    QCOMPARE(m_store->actor().officialId, m_anna.id);
    // The right one opens the desk.
    typeText(edit, testing::testPassword());
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(!lockScreen()->isLocked());
    QVERIFY(m_window->isVisible());
    QVERIFY(!lockScreen()->isVisible());
    QVERIFY(!m_window->idleLock()->isPaused());
}

void IdleLockTest::repeatedFailuresLockTheAccount()
{
    openWindow();
    m_window->idleLock()->lockNowAction()->trigger();
    auto *edit = child<QLineEdit>(lockScreen(), "lockPasswordEdit");
    auto *button = child<QPushButton>(lockScreen(), "unlockButton");
    for (int i = 0; i < Accounts::kFailuresBeforeLock; ++i) {
        typeText(edit, QStringLiteral("wrong-%1").arg(i));
        QTest::keyClick(edit, Qt::Key_Return);
    }
    // The same lock-out as at the login: the account is locked for a while.
    QVERIFY(Accounts(m_store->connection()).lockedUntil(m_anna.username).has_value());
    QVERIFY2(lockScreen()->errorText().contains(QStringLiteral("locked")), qPrintable(lockScreen()->errorText()));
    QVERIFY(!button->isEnabled());
    typeText(edit, testing::testPassword());
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(lockScreen()->isLocked());
    QVERIFY(!m_window->isVisible());
}

void IdleLockTest::unlockBringsBackTheOpenForm()
{
    openWindow();
    QPointer<PersonDialog> form;
    QString typedBack;
    bool hiddenWhileLocked = false;
    bool formAliveAfterUnlock = false;
    int result = -1;
    Script script({
        [&] {
            // As the official does it: the form runs its own exec() from the Person menu.
            QTimer::singleShot(0, m_window.get(), [&] {
                child<QAction>(m_window.get(), "newPersonAction")->trigger();
                result = 0;
            });
        },
        [&] {
            form = qobject_cast<PersonDialog *>(QApplication::activeModalWidget());
            QVERIFY(form);
            typeInto(child<QLineEdit>(form.data(), "surnameEdit"), QStringLiteral("Мельник"));
            // Ctrl+L from inside the modal form, where the window's shortcut cannot reach.
            QTest::keyClick(child<QLineEdit>(form.data(), "surnameEdit"), Qt::Key_L, Qt::ControlModifier);
            QVERIFY(lockScreen()->isLocked());
            hiddenWhileLocked = !form->isVisible() && !m_window->isVisible();
            QVERIFY(visibleWidgetsShowing(QStringLiteral("Мельник")).isEmpty());
        },
        [&] {
            auto *edit = child<QLineEdit>(lockScreen(), "lockPasswordEdit");
            typeText(edit, testing::testPassword());
            QTest::keyClick(edit, Qt::Key_Return);
            QVERIFY2(!lockScreen()->isLocked(), qPrintable(lockScreen()->errorText()));
        },
        [&] {
            // A step later: the form's exec() did not end when it was hidden.
            formAliveAfterUnlock = form && form->isVisible() && QApplication::activeModalWidget() == form;
            if (form)
                typedBack = child<QLineEdit>(form.data(), "surnameEdit")->text();
            QCOMPARE(m_window->batchPanel()->currentPersonId(), m_personId); // the selection as it was
            if (form)
                form->done(QDialog::Rejected); // without the question about unsaved changes
        },
    });
    script.start();
    QTRY_VERIFY_WITH_TIMEOUT(script.done() && result == 0, 20000);
    QVERIFY(hiddenWhileLocked);
    QVERIFY(formAliveAfterUnlock);
    QCOMPARE(typedBack, QStringLiteral("Мельник"));
    QVERIFY(m_window->isVisible());
}

void IdleLockTest::anotherOfficialSignsInAndTheFormIsKept()
{
    openWindow();
    QPointer<PersonDialog> form;
    QSignalSpy unlocked(lockScreen(), &LockScreen::unlocked);
    qint64 actorWhileKept = 0;
    qint64 windowOfficialWhileKept = 0;
    QString storedWhileKept;
    bool keptHidden = false;
    bool mainWindowFree = false;
    QString typedBack;
    int result = -1;
    Script script({
        [&] {
            QTimer::singleShot(0, m_window.get(), [&] {
                child<QAction>(m_window.get(), "editPersonAction")->trigger();
                result = 0;
            });
        },
        [&] {
            form = qobject_cast<PersonDialog *>(QApplication::activeModalWidget());
            QVERIFY(form);
            QCOMPARE(form->personId(), m_personId);
            typeInto(child<QLineEdit>(form.data(), "surnameEdit"), QStringLiteral("Коваль"));
            lockScreen()->lock();
            QVERIFY(lockScreen()->isLocked());
        },
        [&] {
            // Borys signs in instead of Anna.
            QTest::mouseClick(child<QPushButton>(lockScreen(), "otherOfficialButton"), Qt::LeftButton);
            typeText(child<QLineEdit>(lockScreen(), "otherUsernameEdit"), QStringLiteral("borys"));
            auto *password = child<QLineEdit>(lockScreen(), "otherPasswordEdit");
            typeText(password, testing::testPassword());
            QTest::keyClick(password, Qt::Key_Return);
            QVERIFY2(!lockScreen()->isLocked(), qPrintable(lockScreen()->otherErrorText()));
        },
        [&] {
            actorWhileKept = m_store->actor().officialId;
            windowOfficialWhileKept = m_window->official().id;
            keptHidden = form && !form->isVisible() && lockScreen()->keptWindows(m_anna.id).contains(form.data());
            mainWindowFree = m_window->isVisible() && QApplication::activeModalWidget() == nullptr;
            storedWhileKept = storedSurname(m_personId);
            QVERIFY(child<QLabel>(m_window.get(), "keptFormsLabel")->isVisible());
            QVERIFY(child<QLabel>(m_window.get(), "keptFormsLabel")->text().contains(m_anna.fullName));
            // Borys locks; Anna signs in again and finds her form as she left it.
            m_window->idleLock()->lockNowAction()->trigger();
            QVERIFY(lockScreen()->isLocked());
            QVERIFY(!form || !form->isVisible());
            QCOMPARE(lockScreen()->lockedOfficial().id, m_borys.id);
        },
        [&] {
            QTest::mouseClick(child<QPushButton>(lockScreen(), "otherOfficialButton"), Qt::LeftButton);
            typeText(child<QLineEdit>(lockScreen(), "otherUsernameEdit"), QStringLiteral("anna"));
            auto *password = child<QLineEdit>(lockScreen(), "otherPasswordEdit");
            typeText(password, testing::testPassword());
            QTest::keyClick(password, Qt::Key_Return);
            QVERIFY2(!lockScreen()->isLocked(), qPrintable(lockScreen()->otherErrorText()));
        },
        [&] {
            QVERIFY(form && form->isVisible());
            QCOMPARE(QApplication::activeModalWidget(), form.data());
            QCOMPARE(m_store->actor().officialId, m_anna.id);
            QCOMPARE(lockScreen()->keptCount(), 0);
            typedBack = child<QLineEdit>(form.data(), "surnameEdit")->text();
            QTest::mouseClick(child<QPushButton>(form.data(), "saveButton"), Qt::LeftButton);
        },
    });
    script.start();
    QTRY_VERIFY_WITH_TIMEOUT(script.done() && result == 0, 20000);
    QCOMPARE(actorWhileKept, m_borys.id);
    QCOMPARE(windowOfficialWhileKept, m_borys.id);
    QVERIFY(keptHidden);
    QVERIFY(mainWindowFree);
    QCOMPARE(storedWhileKept, QStringLiteral("Коваленко")); // kept, not saved
    QCOMPARE(typedBack, QStringLiteral("Коваль"));
    // Saved by Anna, under her name.
    QCOMPARE(storedSurname(m_personId), QStringLiteral("Коваль"));
    QCOMPARE(updatedBy(m_personId), m_anna.id);
    QCOMPARE(unlocked.count(), 2);
}

void IdleLockTest::keptFormWaitsForFormsOpenedAfterIt()
{
    openWindow();
    QPointer<PersonDialog> annasForm;
    QPointer<PersonDialog> borysForm;
    bool annasStayedKept = false;
    QString noteForAnna;
    int annaResult = -1;
    int borysResult = -1;
    const auto signInAs = [this](const QString &username) {
        QTest::mouseClick(child<QPushButton>(lockScreen(), "otherOfficialButton"), Qt::LeftButton);
        typeText(child<QLineEdit>(lockScreen(), "otherUsernameEdit"), username);
        auto *password = child<QLineEdit>(lockScreen(), "otherPasswordEdit");
        typeText(password, testing::testPassword());
        QTest::keyClick(password, Qt::Key_Return);
    };
    Script script({
        [&] {
            QTimer::singleShot(0, m_window.get(), [&] {
                child<QAction>(m_window.get(), "editPersonAction")->trigger();
                annaResult = 0;
            });
        },
        [&] {
            annasForm = qobject_cast<PersonDialog *>(QApplication::activeModalWidget());
            QVERIFY(annasForm);
            typeInto(child<QLineEdit>(annasForm.data(), "surnameEdit"), QStringLiteral("Коваль"));
            lockScreen()->lock();
            signInAs(QStringLiteral("borys"));
            QCOMPARE(m_store->actor().officialId, m_borys.id);
        },
        [&] {
            // Borys opens a form of his own, nested above Anna's.
            QTimer::singleShot(0, m_window.get(), [&] {
                child<QAction>(m_window.get(), "newPersonAction")->trigger();
                borysResult = 0;
            });
        },
        [&] {
            borysForm = qobject_cast<PersonDialog *>(QApplication::activeModalWidget());
            QVERIFY(borysForm && borysForm != annasForm);
            typeInto(child<QLineEdit>(borysForm.data(), "surnameEdit"), QStringLiteral("Бондар"));
            lockScreen()->lock();
            signInAs(QStringLiteral("anna"));
            QCOMPARE(m_store->actor().officialId, m_anna.id);
            annasStayedKept = annasForm && !annasForm->isVisible() && borysForm && !borysForm->isVisible() &&
                              lockScreen()->keptWindows(m_anna.id).contains(annasForm.data());
            noteForAnna = m_window->statusBar()->currentMessage();
        },
        [&] {
            // Borys comes back, finishes his form; then Anna gets hers.
            lockScreen()->lock();
            signInAs(QStringLiteral("borys"));
            QVERIFY(borysForm && borysForm->isVisible());
            QVERIFY(annasForm && !annasForm->isVisible());
            QCOMPARE(child<QLineEdit>(borysForm.data(), "surnameEdit")->text(), QStringLiteral("Бондар"));
            borysForm->done(QDialog::Rejected);
        },
        [&] {
            QCOMPARE(borysResult, 0); // his exec() has returned
            lockScreen()->lock();
            signInAs(QStringLiteral("anna"));
            QVERIFY(annasForm && annasForm->isVisible());
            QCOMPARE(child<QLineEdit>(annasForm.data(), "surnameEdit")->text(), QStringLiteral("Коваль"));
            QCOMPARE(storedSurname(m_personId), QStringLiteral("Коваленко"));
            annasForm->done(QDialog::Rejected);
        },
    });
    script.start();
    QTRY_VERIFY_WITH_TIMEOUT(script.done() && annaResult == 0, 20000);
    QVERIFY(annasStayedKept);
    QVERIFY2(noteForAnna.contains(QStringLiteral("kept")), qPrintable(noteForAnna));
    QCOMPARE(lockScreen()->keptCount(), 0);
}

void IdleLockTest::settingsAreStoredAndUsed_data()
{
    QTest::addColumn<int>("idleMinutes");
    QTest::addColumn<int>("intervalMinutes");
    QTest::addColumn<int>("keep");
    QTest::addColumn<bool>("accept");
    QTest::newRow("five minutes") << 5 << 30 << 20 << true;
    QTest::newRow("never") << 0 << 1 << 1 << true;
    QTest::newRow("largest") << IdleLock::kMaximumIdleMinutes << SettingsDialog::kMaximumBackupIntervalMinutes
                             << SettingsDialog::kMaximumBackupsKept << true;
    QTest::newRow("cancelled") << 3 << 7 << 4 << false;
}

void IdleLockTest::settingsAreStoredAndUsed()
{
    QFETCH(int, idleMinutes);
    QFETCH(int, intervalMinutes);
    QFETCH(int, keep);
    QFETCH(bool, accept);
    openWindow();
    QCOMPARE(IdleLock::idleMinutesSetting(), IdleLock::kDefaultIdleMinutes);
    auto watch = ModalWatch::on<SettingsDialog>([&](SettingsDialog *dialog) {
        QCOMPARE(dialog->idleMinutesBox()->value(), IdleLock::kDefaultIdleMinutes);
        QCOMPARE(dialog->backupKeepBox()->value(), RollingBackups::kDefaultKeep);
        QVERIFY(!dialog->idleMinutesBox()->toolTip().isEmpty());
        // Typed, as the official would.
        const QList<std::pair<QSpinBox *, int>> boxes = {{dialog->idleMinutesBox(), idleMinutes},
                                                         {dialog->backupIntervalBox(), intervalMinutes},
                                                         {dialog->backupKeepBox(), keep}};
        for (const auto &[box, value] : boxes) {
            box->setFocus();
            box->selectAll();
            QTest::keyClicks(box, QString::number(value));
            QCOMPARE(box->value(), value);
        }
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        buttons->button(accept ? QDialogButtonBox::Ok : QDialogButtonBox::Cancel)->click();
    });
    child<QAction>(m_window.get(), "settingsAction")->trigger();
    QVERIFY(watch->seen());
    if (!accept) {
        QCOMPARE(IdleLock::idleMinutesSetting(), IdleLock::kDefaultIdleMinutes);
        QVERIFY(!QSettings().contains(QStringLiteral("backup/keep")));
        QCOMPARE(m_window->idleLock()->idleIntervalMs(), 0); // as the test set it
        return;
    }
    QCOMPARE(QSettings().value(QStringLiteral("lock/idleMinutes")).toInt(), idleMinutes);
    QCOMPARE(RollingBackups::intervalMinutesSetting(), intervalMinutes);
    QCOMPARE(RollingBackups::keepSetting(), keep);
    // The window's idle lock uses the new time at once.
    QCOMPARE(m_window->idleLock()->idleIntervalMs(), idleMinutes * 60 * 1000);
    QCOMPARE(m_window->idleLock()->isCounting(), idleMinutes > 0);
}

QTEST_MAIN(IdleLockTest)
#include "tst_idlelock.moc"
