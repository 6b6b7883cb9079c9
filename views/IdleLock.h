#pragma once

#include <QElapsedTimer>
#include <QObject>

class QAction;
class QTimer;

namespace homeward {

// Watches for the official's input anywhere in the application (keys,
// mouse, wheel, touch, tablet) and asks for the desk to be locked after the
// idle time without any: QSettings "lock/idleMinutes", default 10, 0 = never.
// Also offers "Lock now" (Ctrl+L), which works while a modal form is open too.
class IdleLock final : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultIdleMinutes = 10;
    static constexpr int kMaximumIdleMinutes = 24 * 60;
    // QSettings "lock/idleMinutes" within 0 .. kMaximumIdleMinutes; 0 = never.
    static int idleMinutesSetting();
    static void setIdleMinutesSetting(int minutes);

    explicit IdleLock(QObject *parent = nullptr);
    ~IdleLock() override;

    // Reads the idle time from the settings again and starts counting anew.
    void reload();
    // The idle time in milliseconds (tests use short ones); 0 = never lock.
    void setIdleIntervalMs(int milliseconds);
    int idleIntervalMs() const { return m_intervalMs; }
    // While paused (the desk is locked) no lock is requested; resuming counts anew.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Whether the idle time is being counted now.
    bool isCounting() const;

    QAction *lockNowAction() const { return m_lockNow; }

Q_SIGNALS:
    void lockRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();
    void checkIdle();

    QTimer *m_timer = nullptr;
    QAction *m_lockNow = nullptr;
    QElapsedTimer m_sinceInput;
    int m_intervalMs = 0;
    bool m_paused = false;
};

} // namespace homeward
