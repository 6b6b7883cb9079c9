#pragma once

#include "domain/Person.h"
#include "domain/Verification.h"

#include <QAbstractTableModel>
#include <QList>

namespace homeward {

class Store;

// One person's verification checklist: per item its stored value, state,
// method, who verified it and when, who last changed the detail and when,
// and the note. Reloads when the store announces a change to persons; a
// reload with the same items only announces dataChanged, so a view keeps its
// current row while the official works down the list.
//
// The stored value of a detail verified by blind re-entry (surname, date of
// birth, service number/document) is not shown while the item is pending:
// the official types it from their own record without seeing ours.
//
// Roles: DisplayRole, ToolTipRole, roles::IdRole (verification item id),
// roles::StatusCodeRole (state code: "pending", "confirmed", "discrepancy"),
// roles::CheckItemRole (CheckItem as int), roles::PrefersBlindRole,
// roles::MayVerifyRole (false when the signed-in official last changed the
// detail: the two-person rule lets another official verify it).
class ChecklistModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ItemColumn,
        ValueColumn,
        StateColumn,
        MethodColumn,
        VerifiedColumn,
        ChangedColumn,
        NoteColumn,
        ColumnCount
    };

    explicit ChecklistModel(Store &store, QObject *parent = nullptr);

    void setPerson(qint64 personId); // 0: none, empty model
    qint64 personId() const { return m_personId; }
    // The person's details as last read (id 0 when none).
    const Person &person() const { return m_person; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const VerificationItem *itemAt(int row) const; // nullptr when out of range
    int rowOfItem(qint64 itemId) const;            // -1 when not there
    // Whether the signed-in official may verify the item under the
    // two-person rule (they did not last change it). The repository decides;
    // this only spares the official typing a note that would be refused.
    bool mayVerify(const VerificationItem &item) const;
    // Why not, translated; empty when they may.
    QString whyNotMayVerify(const VerificationItem &item) const;
    QString lastError() const { return m_lastError; }

    // "dd.MM.yyyy HH:mm" style, in the local time zone and the locale's short format.
    static QString localTime(const QDateTime &utc);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loadFailed(const QString &message); // translated; the model keeps its last good rows

private:
    bool load(qint64 personId, Person &person, QList<VerificationItem> &items, QString &error) const;
    void fail(const QString &message);
    QString valueText(const VerificationItem &item) const;

    Store &m_store;
    qint64 m_personId = 0;
    Person m_person;
    QList<VerificationItem> m_items;
    QString m_lastError;
};

} // namespace homeward
