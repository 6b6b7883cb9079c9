#include "OfficialTableModel.h"

#include "ItemRoles.h"
#include "storage/Store.h"

#include <QLocale>

namespace homeward {

OfficialTableModel::OfficialTableModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent), m_accounts(store.connection()),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    // Nothing is connected to loadFailed yet: a failure is kept in lastError().
    if (auto officials = m_accounts.list())
        m_officials = officials.value();
    else
        m_lastError = officials.text();
}

Status OfficialTableModel::reload()
{
    auto officials = m_accounts.list();
    if (!officials) {
        m_lastError = officials.text();
        Q_EMIT loadFailed(officials.text());
        return officials.status();
    }
    m_lastError.clear();
    beginResetModel();
    m_officials = officials.value();
    endResetModel();
    return {};
}

int OfficialTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_officials.size());
}

int OfficialTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Official OfficialTableModel::official(int row) const
{
    return row >= 0 && row < m_officials.size() ? m_officials.at(row) : Official{};
}

int OfficialTableModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_officials.size(); ++row)
        if (m_officials.at(row).id == id)
            return int(row);
    return -1;
}

QString OfficialTableModel::stateCode(const Official &official) const
{
    if (!official.active)
        return QStringLiteral("disabled");
    if (official.lockedUntil.isValid() && official.lockedUntil > m_clock())
        return QStringLiteral("locked");
    return QStringLiteral("active");
}

QString OfficialTableModel::stateText(const Official &official) const
{
    const QString code = stateCode(official);
    if (code == QLatin1String("disabled"))
        return tr("disabled");
    if (code == QLatin1String("locked"))
        return tr("locked until %1").arg(QLocale().toString(official.lockedUntil.toLocalTime(), QLocale::ShortFormat));
    return tr("active");
}

QVariant OfficialTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Official &o = m_officials.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case roles::SortRole:
        switch (index.column()) {
        case UsernameColumn:
            return o.username;
        case FullNameColumn:
            return o.fullName;
        case RolesColumn:
            return Accounts::rolesText(o);
        case StateColumn:
            return stateText(o);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && o.failedAttempts > 0)
            return tr("%n failed login attempt(s) in a row", nullptr, o.failedAttempts);
        return {};
    case roles::IdRole:
        return o.id;
    case roles::StatusCodeRole:
        return stateCode(o);
    default:
        return {};
    }
}

QVariant OfficialTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UsernameColumn:
        return tr("User name");
    case FullNameColumn:
        return tr("Full name");
    case RolesColumn:
        return tr("Roles");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace homeward
