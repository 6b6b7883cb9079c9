#include "IdleLock.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QSettings>
#include <QTimer>

#include <algorithm>

namespace homeward {
namespace {

const QString kIdleMinutesKey = QStringLiteral("lock/idleMinutes");

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::TabletRelease:
        return true;
    default:
        return false;
    }
}

} // namespace

int IdleLock::idleMinutesSetting()
{
    bool ok = false;
    const int minutes = QSettings().value(kIdleMinutesKey, kDefaultIdleMinutes).toInt(&ok);
    // A damaged value falls back to the default rather than to "never".
    return ok ? std::clamp(minutes, 0, kMaximumIdleMinutes) : kDefaultIdleMinutes;
}

void IdleLock::setIdleMinutesSetting(int minutes)
{
    QSettings().setValue(kIdleMinutesKey, std::clamp(minutes, 0, kMaximumIdleMinutes));
}

IdleLock::IdleLock(QObject *parent) : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::checkIdle);

    m_lockNow = new QAction(QIcon::fromTheme(QStringLiteral("system-lock-screen")), tr("&Lock now"), this);
    m_lockNow->setObjectName(QStringLiteral("lockNowAction"));
    m_lockNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockNow->setStatusTip(tr("Hide the data and ask for the password before anyone works on"));
    connect(m_lockNow, &QAction::triggered, this, &IdleLock::lockRequested);

    qApp->installEventFilter(this);
    reload();
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
}

void IdleLock::reload()
{
    setIdleIntervalMs(idleMinutesSetting() * 60 * 1000);
}

void IdleLock::setIdleIntervalMs(int milliseconds)
{
    m_intervalMs = std::max(0, milliseconds);
    restart();
}

void IdleLock::setPaused(bool paused)
{
    m_paused = paused;
    restart();
}

bool IdleLock::isCounting() const
{
    return m_timer->isActive();
}

void IdleLock::restart()
{
    m_sinceInput.start();
    if (m_paused || m_intervalMs == 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(m_intervalMs);
}

void IdleLock::checkIdle()
{
    if (m_paused || m_intervalMs == 0)
        return;
    // Input only notes the time; the timer looks whether the idle time has passed since.
    const qint64 left = m_intervalMs - m_sinceInput.elapsed();
    if (left > 0) {
        m_timer->start(int(left));
        return;
    }
    Q_EMIT lockRequested();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    if (isInput(event->type())) {
        m_sinceInput.start();
        // A modal form blocks the window's shortcut: Ctrl+L locks from there too.
        if (event->type() == QEvent::KeyPress && !m_paused && QApplication::activeModalWidget()) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (QKeySequence(key->keyCombination()) == m_lockNow->shortcut() && m_lockNow->isEnabled()) {
                Q_EMIT lockRequested();
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace homeward
