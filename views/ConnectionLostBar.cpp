#include "ConnectionLostBar.h"

#include "storage/ServerConnection.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace homeward {
namespace {

constexpr auto kStyle = "QFrame#connectionLostBar { background: #fdecea; border: 1px solid #b71c1c; "
                        "border-radius: 3px; } QFrame#connectionLostBar QLabel { color: #5f0d0d; }";

QString timeNow()
{
    return QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
}

} // namespace

ConnectionLostBar::ConnectionLostBar(Store &store, QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("connectionLostBar"));
    setStyleSheet(QString::fromLatin1(kStyle));
    m_connection = new ServerConnection(store, this);
    m_label = new QLabel;
    m_label->setObjectName(QStringLiteral("connectionLostLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reconnect = new QPushButton(tr("&Reconnect now"));
    m_reconnect->setObjectName(QStringLiteral("reconnectButton"));
    m_reconnect->setToolTip(tr("Try to connect to the shared database again now, without waiting for the next "
                               "attempt"));
    connect(m_reconnect, &QPushButton::clicked, this, &ConnectionLostBar::reconnectNow);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_reconnect, 0, Qt::AlignTop);
    setVisible(false);

    connect(m_connection, &ServerConnection::lost, this, &ConnectionLostBar::showLost);
    connect(m_connection, &ServerConnection::reconnectFailed, this, &ConnectionLostBar::showFailedAttempt);
    connect(m_connection, &ServerConnection::restored, this, &ConnectionLostBar::showRestored);
}

void ConnectionLostBar::reconnectNow()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // A failure is shown through reconnectFailed, a success through restored.
    static_cast<void>(m_connection->reconnect());
    QApplication::restoreOverrideCursor();
}

void ConnectionLostBar::showLost()
{
    m_lostText = tr("The connection to the shared database was lost at %1: the server may have restarted, or the "
                    "network failed. Everything saved before then is kept on the server; a change that failed then "
                    "was not saved, so make it again once connected. Homeward tries to connect again every %2 "
                    "seconds.")
                     .arg(timeNow())
                     .arg(ServerConnection::kRetryMs / 1000);
    m_label->setText(m_lostText);
    setVisible(true);
    Q_EMIT message(tr("The connection to the shared database was lost"));
}

void ConnectionLostBar::showFailedAttempt(const QString &text)
{
    m_label->setText(m_lostText + QLatin1Char('\n') + tr("Last attempt at %1: %2").arg(timeNow(), text));
}

void ConnectionLostBar::showRestored()
{
    setVisible(false);
    Q_EMIT message(
        tr("Connected to the shared database again at %1; the lists show what was saved meanwhile").arg(timeNow()));
}

} // namespace homeward
