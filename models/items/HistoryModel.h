#pragma once

#include "storage/AuditLog.h"

#include <QAbstractTableModel>
#include <QList>

namespace homeward {

class Store;

// The changes to one person or one batch from the audit trail, newest first,
// one row per changed field: time (local), official, action, field, the
// value before and the value after. A person's history includes the
// verifications of their checklist items. Read-only; reloads when the store
// announces a change. Roles: DisplayRole, ToolTipRole, roles::IdRole (audit
// row id), roles::StatusCodeRole (the action's stable code, e.g. "update"),
// roles::SortRole.
class HistoryModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, OfficialColumn, ActionColumn, FieldColumn, BeforeColumn, AfterColumn, ColumnCount };
    enum class Subject { None, Person, Batch };

    explicit HistoryModel(Store &store, QObject *parent = nullptr);

    void setPerson(qint64 personId);
    void setBatch(qint64 batchId);
    void clear();
    Subject subject() const { return m_subject; }
    qint64 subjectId() const { return m_subjectId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Audit rows read (a row may give several field rows).
    int entryCount() const { return m_entryCount; }
    QString lastError() const { return m_lastError; }

    // Translated words for the audit trail's action codes ("update" → "Changed").
    static QString actionLabel(const QString &action);

    // One shown change, as derived from an audit row.
    struct Change {
        qint64 entryId = 0;
        QDateTime at; // UTC
        QString official;
        QString action; // code
        QString field;  // translated; empty when the row changes no field
        QString before;
        QString after;
    };
    // The field changes of one audit row, in a stable field order.
    static QList<Change> changesOf(const AuditEntry &entry);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loadFailed(const QString &message); // translated

private:
    void set(Subject subject, qint64 id);
    bool load(QList<Change> &rows, int &entries, QString &error) const;

    Store &m_store;
    Subject m_subject = Subject::None;
    qint64 m_subjectId = 0;
    QList<Change> m_rows;
    int m_entryCount = 0;
    QString m_lastError;
};

} // namespace homeward
