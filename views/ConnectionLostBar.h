#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace homeward {

class ServerConnection;
class Store;

// The bar a desk on a shared database shows while its connection to the
// server is lost (ServerConnection): when it was lost, that what was saved
// before is kept on the server and a change that failed then was not saved,
// that the program tries again by itself, and a Reconnect now button. Hidden
// again once the connection is back, with a line for the status bar. On
// SQLite it is never shown. Object names: "connectionLostBar",
// "connectionLostLabel", "reconnectButton".
class ConnectionLostBar final : public QFrame {
    Q_OBJECT

public:
    explicit ConnectionLostBar(Store &store, QWidget *parent = nullptr);

    ServerConnection *connection() const { return m_connection; }
    QLabel *messageLabel() const { return m_label; }
    QPushButton *reconnectButton() const { return m_reconnect; }

    // One attempt now (the button).
    void reconnectNow();

Q_SIGNALS:
    // For the status bar.
    void message(const QString &text);

private:
    void showLost();
    void showFailedAttempt(const QString &text);
    void showRestored();

    ServerConnection *m_connection = nullptr;
    QLabel *m_label = nullptr;
    QPushButton *m_reconnect = nullptr;
    QString m_lostText; // the bar's text since the loss, without the last attempt
};

} // namespace homeward
