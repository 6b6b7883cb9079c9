#pragma once

#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace homeward {

// File ▸ Connect to a shared database… and File ▸ Use the database on this
// computer: each asks to close the window and open the chosen database
// (main opens it, signs the official in again and shows a new window).
class SharedDatabaseActions final : public QObject {
    Q_OBJECT
public:
    explicit SharedDatabaseActions(QWidget *window);

    QList<QAction *> actions() const { return {m_connect, m_local}; }
    QAction *connectAction() const { return m_connect; }
    QAction *localAction() const { return m_local; }

    // The database the window shows: the local action is offered only on a shared one.
    void setCurrent(const QString &pathOrAddress);

    // What the official chose: an address, kLocal for the file on this computer, or
    // empty when nothing was chosen.
    const QString &chosen() const { return m_chosen; }
    static const QString kLocal;

Q_SIGNALS:
    // The window should close so that `chosen()` opens.
    void switchRequested();

private:
    void connectToShared();
    void useLocal();

    QWidget *m_window;
    QAction *m_connect = nullptr;
    QAction *m_local = nullptr;
    QString m_current;
    QString m_chosen;
};

} // namespace homeward
