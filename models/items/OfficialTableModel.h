#pragma once

#include "domain/Official.h"
#include "storage/Accounts.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <functional>

namespace homeward {

class Store;

// The officials' accounts, read-only, one row per account by user name:
// user name, full name, roles, state (active, disabled or locked until when).
// Roles: DisplayRole text, roles::IdRole (official id), roles::SortRole,
// roles::StatusCodeRole ("active", "disabled", "locked"). Accounts change
// only through the accounts dialog, which calls reload() after each change.
class OfficialTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { UsernameColumn, FullNameColumn, RolesColumn, StateColumn, ColumnCount };

    explicit OfficialTableModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The account in `row` (a default Official when out of range).
    Official official(int row) const;
    // The row of the account `id`, -1 when not listed.
    int rowOf(qint64 id) const;

    // The last error met while loading, empty when none.
    QString lastError() const { return m_lastError; }

    // The moment "locked" is judged against (tests set it; default: now).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

public Q_SLOTS:
    // Reads the accounts again (model reset). On failure the model keeps
    // its rows and emits loadFailed.
    Status reload();

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    QString stateText(const Official &official) const;
    QString stateCode(const Official &official) const;

    Accounts m_accounts;
    QList<Official> m_officials;
    std::function<QDateTime()> m_clock;
    QString m_lastError;
};

} // namespace homeward
