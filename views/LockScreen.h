#pragma once

#include "domain/Official.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace homeward {

class MainWindow;
class Store;

// The locked desk. lock() hides every window of the application (the main
// window, open forms and message boxes, the review window) and shows only
// this one: who is signed in, that the desk is locked, and their password.
// Unlocking (Accounts::authenticate, so failed attempts count towards the
// lock-out) shows every window again as it was, typed values and selection
// included: the windows are only hidden, never closed.
//
// Another official may sign in instead. The first official's open windows
// then stay hidden ("kept") and the new official works on in the main window
// (Store::setActor, MainWindow::setOfficial). Kept windows come back when
// their official signs in again. A kept form cannot be saved under anyone
// else's name: it is hidden, so no input reaches it, while another official
// is signed in.
//
// Forms opened with exec() run nested event loops, and a form's caller may
// store the record after exec() returns. A form's exec() can return only
// after every form opened later has closed, so kept forms come back only when
// no form of another official opened after them is still kept; until then
// the official is told so and works on in the main window.
class LockScreen final : public QWidget {
    Q_OBJECT
public:
    // Deleted together with `window`.
    LockScreen(Store &store, MainWindow *window);

    bool isLocked() const { return m_locked; }
    // Whose password unlocks: the official signed in when the desk was locked.
    const Official &lockedOfficial() const { return m_official; }
    // Windows kept hidden for `officialId` (those still open).
    QList<QWidget *> keptWindows(qint64 officialId) const;
    // How many windows are kept for officials other than the one signed in.
    int keptCount() const;
    // The message under the password field, or under the other official's fields.
    QString errorText() const;
    QString otherErrorText() const;

public Q_SLOTS:
    void lock();

Q_SIGNALS:
    void locked();
    // After a sign-in of the same or another official; the window works again.
    void unlocked();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Kept {
        QPointer<QWidget> window;
        QPointer<QWidget> focus;
    };
    struct Layer {
        Official official;
        QList<Kept> windows;
    };
    struct Attempt {
        QLineEdit *username = nullptr; // null: the locked official's own
        QLineEdit *password = nullptr;
        QLabel *error = nullptr;
        QPushButton *button = nullptr;
        QDateTime lockedUntil;
    };

    void unlockSame();
    void signInOther();
    std::optional<Official> check(Attempt &attempt, const QString &username);
    void showCountdown(Attempt &attempt);
    void resume(const Official &official);
    void showWindows(QList<Kept> windows, QWidget *active);
    bool mayComeBack(int layer) const;
    void updateTexts();
    void updateKeptLabel();

    Store &m_store;
    MainWindow *m_window;
    bool m_locked = false;
    Official m_official;
    QDateTime m_lockedAt;
    QList<Kept> m_hidden; // hidden by lock(), for the official who locked
    QPointer<QWidget> m_activeWindow;
    QList<Layer> m_layers; // kept for other officials, oldest first
    QLabel *m_who = nullptr;
    QLabel *m_when = nullptr;
    QLabel *m_keptNote = nullptr;
    QPushButton *m_otherToggle = nullptr;
    QWidget *m_otherBox = nullptr;
    QLabel *m_statusKept = nullptr; // in the main window's status bar
    Attempt m_own;
    Attempt m_other;
    QTimer *m_countdown = nullptr;
};

} // namespace homeward
