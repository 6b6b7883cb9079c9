#include "LockScreen.h"

#include "MainWindow.h"
#include "storage/Accounts.h"
#include "storage/PasswordHasher.h"
#include "storage/Store.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace homeward {
namespace {

int nestingDepth(const QWidget *widget)
{
    int levels = 0;
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget())
        ++levels;
    return levels;
}

// QDialog::setVisible(false) also ends the dialog's exec(), and its caller
// would then drop the form. Hiding and showing as a plain widget keeps the
// form, its exec() and everything typed in it.
void setShown(QWidget *window, bool shown)
{
    window->QWidget::setVisible(shown);
}

QLabel *errorLabel(const char *name)
{
    auto *label = new QLabel;
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

QLineEdit *passwordEdit(const char *name)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QString::fromLatin1(name));
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(Accounts::kMaximumPasswordLength);
    return edit;
}

} // namespace

LockScreen::LockScreen(Store &store, MainWindow *window)
    : QWidget(nullptr, Qt::Window | Qt::CustomizeWindowHint | Qt::WindowTitleHint), m_store(store), m_window(window)
{
    // Not a child of the window: it stays on screen while the window is hidden.
    connect(window, &QObject::destroyed, this, [this] { delete this; });
    setObjectName(QStringLiteral("lockScreen"));
    setWindowTitle(tr("Homeward — locked"));
    setWindowModality(Qt::ApplicationModal);

    auto *icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/homeward.svg")).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    auto *title = new QLabel(tr("This desk is locked"));
    title->setObjectName(QStringLiteral("lockTitleLabel"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto *hidden = new QLabel(tr("The data is hidden until an official signs in."));
    hidden->setWordWrap(true);
    auto *heading = new QVBoxLayout;
    heading->addWidget(title);
    heading->addWidget(hidden);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(8);
    top->addLayout(heading, 1);

    m_who = new QLabel;
    m_who->setObjectName(QStringLiteral("lockOfficialLabel"));
    m_who->setWordWrap(true);
    m_when = new QLabel;
    m_when->setObjectName(QStringLiteral("lockTimeLabel"));
    m_when->setStyleSheet(QStringLiteral("color: #555;"));

    m_own.password = passwordEdit("lockPasswordEdit");
    m_own.error = errorLabel("lockErrorLabel");
    m_own.button = new QPushButton(tr("&Unlock"));
    m_own.button->setObjectName(QStringLiteral("unlockButton"));
    auto *ownRow = new QHBoxLayout;
    ownRow->addWidget(m_own.password, 1);
    ownRow->addWidget(m_own.button);
    auto *ownLabel = new QLabel(tr("&Password:"));
    ownLabel->setBuddy(m_own.password);
    auto *ownForm = new QFormLayout;
    ownForm->addRow(ownLabel, ownRow);
    ownForm->addRow(QString(), m_own.error);
    connect(m_own.password, &QLineEdit::returnPressed, this, &LockScreen::unlockSame);
    connect(m_own.button, &QPushButton::clicked, this, &LockScreen::unlockSame);

    m_otherToggle = new QPushButton(tr("Sign in as &another official"));
    m_otherToggle->setObjectName(QStringLiteral("otherOfficialButton"));
    m_otherToggle->setCheckable(true);
    m_otherToggle->setCursor(Qt::PointingHandCursor);
    // Looks like a link, pressed or not: it only opens the fields below.
    m_otherToggle->setStyleSheet(QStringLiteral("QPushButton { border: none; padding: 2px 0; text-align: left; "
                                                "text-decoration: underline; color: palette(link); }"
                                                "QPushButton:focus { border: 1px dotted palette(text); }"));
    m_otherToggle->setToolTip(tr("The open forms of the signed-in official are kept for them, hidden"));

    m_other.username = new QLineEdit;
    m_other.username->setObjectName(QStringLiteral("otherUsernameEdit"));
    m_other.username->setMaxLength(Accounts::kMaximumUsernameLength);
    m_other.password = passwordEdit("otherPasswordEdit");
    m_other.error = errorLabel("otherErrorLabel");
    m_other.button = new QPushButton(tr("&Sign in"));
    m_other.button->setObjectName(QStringLiteral("otherSignInButton"));
    m_keptNote = new QLabel;
    m_keptNote->setObjectName(QStringLiteral("lockKeptNote"));
    m_keptNote->setWordWrap(true);
    m_keptNote->setStyleSheet(QStringLiteral("color: #555;"));
    m_otherBox = new QWidget;
    auto *otherForm = new QFormLayout(m_otherBox);
    otherForm->setContentsMargins(0, 0, 0, 0);
    auto *userLabel = new QLabel(tr("User &name:"));
    userLabel->setBuddy(m_other.username);
    otherForm->addRow(userLabel, m_other.username);
    auto *otherRow = new QHBoxLayout;
    otherRow->addWidget(m_other.password, 1);
    otherRow->addWidget(m_other.button);
    auto *otherLabel = new QLabel(tr("Pass&word:"));
    otherLabel->setBuddy(m_other.password);
    otherForm->addRow(otherLabel, otherRow);
    otherForm->addRow(QString(), m_other.error);
    otherForm->addRow(QString(), m_keptNote);
    m_otherBox->hide();
    // One label column and spacing for both forms, so their fields line up
    // (a nested layout would take its spacing from the outer one).
    for (QFormLayout *form : {ownForm, otherForm}) {
        form->setHorizontalSpacing(8);
        form->setVerticalSpacing(6);
    }
    const int labelWidth =
        std::max({ownLabel->sizeHint().width(), userLabel->sizeHint().width(), otherLabel->sizeHint().width()});
    for (QLabel *label : {ownLabel, userLabel, otherLabel})
        label->setMinimumWidth(labelWidth);
    connect(m_otherToggle, &QPushButton::toggled, this, [this](bool open) {
        m_otherBox->setVisible(open);
        (open ? m_other.username : m_own.password)->setFocus();
        adjustSize();
    });
    connect(m_other.username, &QLineEdit::returnPressed, m_other.password, qOverload<>(&QWidget::setFocus));
    connect(m_other.password, &QLineEdit::returnPressed, this, &LockScreen::signInOther);
    connect(m_other.button, &QPushButton::clicked, this, &LockScreen::signInOther);
    connect(m_other.username, &QLineEdit::textEdited, this, [this] {
        // Another account is not locked out just because this one was.
        m_other.lockedUntil = {};
        m_other.button->setEnabled(true);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addWidget(m_who);
    layout->addWidget(m_when);
    layout->addSpacing(4);
    layout->addLayout(ownForm);
    layout->addWidget(m_otherToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_otherBox);
    layout->addStretch();
    setFixedWidth(480);

    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, [this] {
        showCountdown(m_own);
        showCountdown(m_other);
        if (!m_own.lockedUntil.isValid() && !m_other.lockedUntil.isValid())
            m_countdown->stop();
    });

    m_statusKept = new QLabel;
    m_statusKept->setObjectName(QStringLiteral("keptFormsLabel"));
    m_statusKept->hide();
    window->statusBar()->insertPermanentWidget(0, m_statusKept); // not hidden by messages
    window->installEventFilter(this);
}

QList<QWidget *> LockScreen::keptWindows(qint64 officialId) const
{
    QList<QWidget *> windows;
    for (const Layer &layer : m_layers) {
        if (layer.official.id != officialId)
            continue;
        for (const Kept &kept : layer.windows)
            if (kept.window)
                windows.append(kept.window);
    }
    return windows;
}

int LockScreen::keptCount() const
{
    int count = 0;
    for (const Layer &layer : m_layers)
        for (const Kept &kept : layer.windows)
            count += kept.window ? 1 : 0;
    return count;
}

QString LockScreen::errorText() const
{
    return m_own.error->text();
}

QString LockScreen::otherErrorText() const
{
    return m_other.error->text();
}

void LockScreen::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_official = m_window->official();
    m_lockedAt = QDateTime::currentDateTime();

    // Open menus, drop-down lists and tooltips go first: they show data too.
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    QToolTip::hideText();

    m_activeWindow = QApplication::activeWindow();
    m_hidden.clear();
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window == this || !window->isVisible())
            continue;
        m_hidden.append(Kept{window, window->focusWidget()});
        setShown(window, false);
    }

    for (Attempt *attempt : {&m_own, &m_other}) {
        attempt->password->clear();
        attempt->error->clear();
        attempt->error->hide();
    }
    m_other.username->clear();
    m_otherToggle->setChecked(false);
    updateTexts();
    adjustSize();
    const QRect around = m_window->frameGeometry();
    move(around.center() - QPoint(width() / 2, height() / 2));
    show();
    raise();
    activateWindow();
    m_own.password->setFocus();
    Q_EMIT locked();
}

void LockScreen::updateTexts()
{
    const QString roles = Accounts::rolesText(m_official);
    m_who->setText(
        tr("Signed in: <b>%1</b> (%2)<br>Roles: %3")
            .arg(m_official.fullName.toHtmlEscaped(), m_official.username.toHtmlEscaped(), roles.toHtmlEscaped()));
    m_when->setText(tr("Locked at %1. Enter your password to go on where you left off.")
                        .arg(QLocale().toString(m_lockedAt.time(), QLocale::ShortFormat)));
    int formsOfLocked = 0;
    for (const Kept &k : std::as_const(m_hidden))
        formsOfLocked += (k.window && k.window != m_window) ? 1 : 0;
    m_keptNote->setText(formsOfLocked == 0
                            ? tr("%1 has no other window open.").arg(m_official.fullName)
                            : tr("The %n open window(s) of %1 are kept for them, hidden, until they sign in again.",
                                 nullptr, formsOfLocked)
                                  .arg(m_official.fullName));
}

std::optional<Official> LockScreen::check(Attempt &attempt, const QString &username)
{
    if (!attempt.button->isEnabled())
        return std::nullopt;
    if (username.trimmed().isEmpty() || attempt.password->text().isEmpty()) {
        attempt.error->setText(attempt.username ? tr("Enter the user name and password.") : tr("Enter your password."));
        attempt.error->show();
        return std::nullopt;
    }
    QString password = attempt.password->text();
    attempt.password->clear();
    Accounts accounts(m_store.connection());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto login = accounts.authenticate(username, password);
    QApplication::restoreOverrideCursor();
    PasswordHasher::wipe(password);
    if (!login) {
        attempt.error->setText(login.text());
        attempt.error->show();
        attempt.password->setFocus();
        if (auto until = accounts.lockedUntil(username)) {
            attempt.lockedUntil = *until;
            showCountdown(attempt);
            m_countdown->start();
        }
        return std::nullopt;
    }
    attempt.error->clear();
    attempt.error->hide();
    return login.value();
}

void LockScreen::showCountdown(Attempt &attempt)
{
    if (!attempt.lockedUntil.isValid())
        return;
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(attempt.lockedUntil);
    if (seconds <= 0) {
        attempt.lockedUntil = {};
        attempt.button->setEnabled(true);
        attempt.error->setText(tr("You can try again now."));
        return;
    }
    attempt.button->setEnabled(false);
    attempt.error->setText(tr("Too many failed attempts: this account is locked. Try again in %n second(s), or ask a "
                              "supervisor to reset the password.",
                              nullptr, int(seconds)));
    attempt.error->show();
}

void LockScreen::unlockSame()
{
    if (!m_locked)
        return;
    if (const auto official = check(m_own, m_official.username))
        resume(*official);
}

void LockScreen::signInOther()
{
    if (!m_locked)
        return;
    if (const auto official = check(m_other, m_other.username->text()))
        resume(*official);
}

bool LockScreen::mayComeBack(int layer) const
{
    // Kept forms of others opened later still run their exec() above this layer's.
    for (int later = layer + 1; later < m_layers.size(); ++later)
        for (const Kept &kept : m_layers.at(later).windows)
            if (kept.window && kept.window->isModal())
                return false;
    return true;
}

void LockScreen::resume(const Official &official)
{
    // The account as it is now: roles may have changed while the desk was locked.
    m_store.setActor(Accounts::actorFor(official));
    m_window->setOfficial(official);
    QList<Kept> show;
    QPointer<QWidget> active = m_activeWindow;
    QString note;
    if (official.id == m_official.id) {
        show = m_hidden;
    } else {
        // The first official's windows stay hidden for them; the new one starts in the main window.
        Layer layer{m_official, {}};
        for (const Kept &kept : std::as_const(m_hidden)) {
            if (!kept.window)
                continue;
            if (kept.window == m_window)
                show.append(kept);
            else
                layer.windows.append(kept);
        }
        if (!layer.windows.isEmpty())
            m_layers.append(layer);
        active = m_window;
        if (show.isEmpty())
            show.append(Kept{m_window, nullptr});
        int back = 0;
        int waiting = 0;
        for (int i = m_layers.size() - 1; i >= 0; --i) {
            if (m_layers.at(i).official.id != official.id)
                continue;
            if (!mayComeBack(i)) {
                waiting += int(m_layers.at(i).windows.size());
                continue;
            }
            for (const Kept &kept : m_layers.at(i).windows) {
                if (kept.window) {
                    show.append(kept);
                    active = kept.window;
                    ++back;
                }
            }
            m_layers.removeAt(i);
        }
        note = tr("Signed in as %1.").arg(official.fullName);
        if (back > 0)
            note += QLatin1Char(' ') + tr("Your %n open form(s) are back.", nullptr, back);
        if (waiting > 0)
            note += QLatin1Char(' ') + tr("%n of your forms stay kept until the forms another official opened "
                                          "after them are closed.",
                                          nullptr, waiting);
    }
    m_official = official;
    m_hidden.clear();
    m_locked = false;
    hide();
    showWindows(show, active);
    updateKeptLabel();
    if (!note.isEmpty())
        m_window->statusBar()->showMessage(note, 15000);
    Q_EMIT unlocked();
}

void LockScreen::showWindows(QList<Kept> windows, QWidget *active)
{
    // Parents before the forms over them, so each form opens above its parent again.
    std::stable_sort(windows.begin(), windows.end(), [](const Kept &a, const Kept &b) {
        return (a.window ? nestingDepth(a.window.data()) : 0) < (b.window ? nestingDepth(b.window.data()) : 0);
    });
    for (const Kept &kept : std::as_const(windows))
        if (kept.window)
            setShown(kept.window, true);
    if (active && active->isVisible()) {
        active->raise();
        active->activateWindow();
        QApplication::setActiveWindow(active);
    }
    for (const Kept &kept : std::as_const(windows))
        if (kept.window && kept.focus && kept.window == active)
            kept.focus->setFocus();
}

void LockScreen::updateKeptLabel()
{
    QStringList who;
    for (const Layer &layer : std::as_const(m_layers)) {
        int count = 0;
        for (const Kept &kept : layer.windows)
            count += kept.window ? 1 : 0;
        if (count > 0)
            who.append(tr("%n form(s) of %1", nullptr, count).arg(layer.official.fullName));
    }
    m_statusKept->setVisible(!who.isEmpty());
    m_statusKept->setText(tr("Kept: %1").arg(who.join(QStringLiteral("; "))));
    m_statusKept->setToolTip(tr("Open forms of other officials, hidden until they sign in again (lock with Ctrl+L)"));
}

void LockScreen::closeEvent(QCloseEvent *event)
{
    // Only a sign-in opens the desk.
    if (m_locked)
        event->ignore();
    else
        QWidget::closeEvent(event);
}

bool LockScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close && keptCount() > 0) {
        QMessageBox box(QMessageBox::Warning, tr("Quit Homeward"),
                        tr("Forms of other officials are still open, kept until they sign in again."),
                        QMessageBox::Discard | QMessageBox::Cancel, m_window);
        box.setInformativeText(tr("Quitting now loses what they typed and did not save."));
        box.setDefaultButton(QMessageBox::Cancel);
        box.setEscapeButton(QMessageBox::Cancel);
        box.button(QMessageBox::Discard)->setText(tr("Quit and lose them"));
        if (box.exec() != QMessageBox::Discard) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace homeward
