#include "SharedDatabaseActions.h"

#include "ConnectDialog.h"
#include "storage/DatabaseUrl.h"

#include <QAction>
#include <QIcon>
#include <QMessageBox>
#include <QWidget>

namespace homeward {

const QString SharedDatabaseActions::kLocal = QStringLiteral("local");

SharedDatabaseActions::SharedDatabaseActions(QWidget *window) : QObject(window), m_window(window)
{
    m_connect = new QAction(QIcon::fromTheme(QStringLiteral("network-server-database")),
                            tr("Connect to a &shared database…"), this);
    m_connect->setObjectName(QStringLiteral("connectSharedAction"));
    m_connect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_connect->setStatusTip(tr("Work on a database that several desks share, on a PostgreSQL server"));
    connect(m_connect, &QAction::triggered, this, &SharedDatabaseActions::connectToShared);

    m_local = new QAction(QIcon::fromTheme(QStringLiteral("drive-harddisk")),
                          tr("Use the database on this &computer"), this);
    m_local->setObjectName(QStringLiteral("useLocalAction"));
    m_local->setStatusTip(tr("Leave the shared database and work on this computer's own database file"));
    m_local->setEnabled(false);
    connect(m_local, &QAction::triggered, this, &SharedDatabaseActions::useLocal);
}

void SharedDatabaseActions::setCurrent(const QString &pathOrAddress)
{
    m_current = pathOrAddress;
    m_local->setEnabled(DatabaseUrl::isServerAddress(pathOrAddress));
}

void SharedDatabaseActions::connectToShared()
{
    ConnectDialog dialog(m_window);
    if (DatabaseUrl::isServerAddress(m_current))
        dialog.setAddress(m_current);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_chosen = dialog.address();
    Q_EMIT switchRequested();
}

void SharedDatabaseActions::useLocal()
{
    const auto answer = QMessageBox::question(
        m_window, tr("Use the database on this computer"),
        tr("Leave the shared database and open this computer's own database file? Homeward will ask you to sign "
           "in again. The shared database is not changed."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (!ConnectDialog::forget())
        QMessageBox::warning(m_window, tr("Use the database on this computer"),
                             tr("The choice could not be stored in this computer's settings: the shared database "
                                "opens again at the next start."));
    m_chosen = kLocal;
    Q_EMIT switchRequested();
}

} // namespace homeward
