#include "PresenceModel.h"

#include "ItemRoles.h"
#include "storage/Store.h"

#include <QLocale>

#include <algorithm>

namespace homeward {

PresenceModel::PresenceModel(Store &store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(0); // the announcements of one burst share a reload
    connect(&m_reloadSoon, &QTimer::timeout, this, &PresenceModel::reload);
    m_expiry.setInterval(PresenceRepository::kHeartbeatSeconds * 1000);
    connect(&m_expiry, &QTimer::timeout, this, &PresenceModel::reload);
    ChangeNotifier *notifier = m_store.notifier();
    const auto soon = [this] {
        if (m_exchangeId != 0)
            m_reloadSoon.start();
    };
    connect(notifier, &ChangeNotifier::presenceChanged, this, soon);
    connect(notifier, &ChangeNotifier::exchangesChanged, this, soon);
    connect(notifier, &ChangeNotifier::batchesChanged, this, [this](qint64 exchangeId) {
        if (m_exchangeId != 0 && (exchangeId == 0 || exchangeId == m_exchangeId))
            m_reloadSoon.start();
    });
}

bool PresenceModel::load(qint64 exchangeId, QList<Row> &rows, QString &error) const
{
    if (exchangeId == 0)
        return true;
    auto people = m_store.presence().onExchange(exchangeId);
    if (!people) {
        error = people.text();
        return false;
    }
    for (const BatchPresence &p : people.value()) {
        if (rows.isEmpty() || rows.constLast().batchId != p.batchId)
            rows.append(Row{p.batchId, p.batchSequenceNo, {}});
        rows.last().people.append(p);
    }
    return true;
}

void PresenceModel::apply(QList<Row> rows)
{
    const bool sameBatches = std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), m_rows.cend(),
                                        [](const Row &a, const Row &b) { return a.batchId == b.batchId; });
    if (!sameBatches) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!(m_rows.at(row) == rows.at(row))) {
            if (first < 0)
                first = row;
            last = row;
        }
    }
    m_rows = std::move(rows);
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void PresenceModel::setExchange(qint64 exchangeId)
{
    m_reloadSoon.stop();
    QList<Row> rows;
    QString error;
    const bool loaded = load(exchangeId, rows, error);
    beginResetModel();
    m_exchangeId = exchangeId;
    m_rows = loaded ? std::move(rows) : QList<Row>{};
    m_lastError = error;
    endResetModel();
    if (exchangeId != 0)
        m_expiry.start();
    else
        m_expiry.stop();
    if (!loaded)
        Q_EMIT loadFailed(error);
    Q_EMIT refreshed();
}

void PresenceModel::reload()
{
    m_reloadSoon.stop();
    if (m_exchangeId == 0)
        return;
    QList<Row> rows;
    QString error;
    if (!load(m_exchangeId, rows, error)) {
        m_lastError = error; // the last good list stays
        Q_EMIT loadFailed(error);
        Q_EMIT refreshed();
        return;
    }
    m_lastError.clear();
    apply(std::move(rows));
    Q_EMIT refreshed();
}

int PresenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PresenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PresenceModel::rowOfBatch(qint64 batchId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).batchId == batchId)
            return row;
    return -1;
}

QString PresenceModel::namesOn(qint64 batchId) const
{
    const int row = rowOfBatch(batchId);
    return row < 0 ? QString() : names(m_rows.at(row));
}

QString PresenceModel::names(const Row &row) const
{
    QStringList parts;
    for (const BatchPresence &p : row.people) {
        const QString part =
            p.ownDesk ? tr("%1 (this desk)").arg(p.officialName) : tr("%1 (%2)").arg(p.officialName, p.desk);
        // One official at one desk in several windows (or one just closed) is named once.
        if (!parts.contains(part))
            parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

QVariant PresenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    QDateTime since;
    for (const BatchPresence &p : row.people)
        if (!since.isValid() || p.since < since)
            since = p.since;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case BatchColumn:
            return tr("Batch %1").arg(row.sequenceNo);
        case OfficialsColumn:
            return names(row);
        case SinceColumn:
            return QLocale().toString(since.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const BatchPresence &p : row.people)
            lines << tr("%1 at %2, since %3")
                         .arg(p.officialName, p.desk, QLocale().toString(p.since.toLocalTime(), QLocale::ShortFormat));
        return lines.join(QLatin1Char('\n'));
    }
    case roles::IdRole:
    case roles::BatchIdRole:
        return row.batchId;
    case roles::SortRole:
        switch (index.column()) {
        case BatchColumn:
            return row.sequenceNo;
        case OfficialsColumn:
            return names(row);
        case SinceColumn:
            return since.toString(Qt::ISODateWithMs);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant PresenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BatchColumn:
        return tr("Batch");
    case OfficialsColumn:
        return tr("Working on it now");
    case SinceColumn:
        return tr("Since");
    default:
        return {};
    }
}

} // namespace homeward
