#include "BatchChecklistModel.h"

#include "ItemRoles.h"
#include "storage/Store.h"

#include <QScopedValueRollback>

#include <algorithm>

namespace homeward {
namespace {

QString fullName(const PersonChecklistSummary &s)
{
    QStringList parts{s.surname, s.givenName};
    if (!s.patronymic.isEmpty())
        parts << s.patronymic;
    return parts.join(QLatin1Char(' '));
}

bool samePersons(const QList<PersonChecklistSummary> &a, const QList<PersonChecklistSummary> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const PersonChecklistSummary &x, const PersonChecklistSummary &y) {
                          return x.personId == y.personId && x.position == y.position;
                      });
}

} // namespace

BatchChecklistModel::BatchChecklistModel(Store &store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    ChangeNotifier *notifier = m_store.notifier();
    connect(notifier, &ChangeNotifier::personsChanged, this, [this](qint64 batchId) {
        if (m_batchId != 0 && (batchId == m_batchId || batchId == 0))
            reload();
    });
    connect(notifier, &ChangeNotifier::batchesChanged, this, [this](qint64 exchangeId) {
        if (m_batchId != 0 && exchangeId == m_exchangeId)
            checkBatchStillThere();
    });
    connect(notifier, &ChangeNotifier::exchangesChanged, this, [this] {
        if (m_batchId != 0)
            checkBatchStillThere();
    });
}

qint64 BatchChecklistModel::officialId() const
{
    return m_store.actor().officialId;
}

void BatchChecklistModel::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT loadFailed(message);
}

bool BatchChecklistModel::load(int rows, int &total, QList<PersonChecklistSummary> &loaded, QString &error) const
{
    ChecklistQueries queries(m_store.connection());
    auto count = queries.listedCount(m_batchId);
    if (!count) {
        error = count.text();
        return false;
    }
    auto page = queries.summaries(m_batchId, officialId(), 0, rows);
    if (!page) {
        error = page.text();
        return false;
    }
    loaded = std::move(page.value());
    total = std::max(count.value(), int(loaded.size())); // never claim fewer than we hold
    return true;
}

void BatchChecklistModel::setBatch(qint64 batchId)
{
    QString error;
    qint64 exchangeId = 0;
    int total = 0;
    QList<PersonChecklistSummary> loaded;
    m_batchId = batchId;
    if (batchId != 0) {
        if (auto batch = m_store.batches().get(batchId); !batch)
            error = tr("The batch could not be opened: %1").arg(batch.text());
        else {
            exchangeId = batch.value().exchangeId;
            load(kPageSize, total, loaded, error);
        }
    }
    const QScopedValueRollback announcing(m_announcing, true);
    beginResetModel();
    m_exchangeId = exchangeId;
    m_rows.clear();
    m_total = 0;
    m_fetchFailed = false;
    if (error.isEmpty()) {
        m_rows = std::move(loaded);
        m_total = total;
        m_lastError.clear();
    }
    endResetModel();
    if (!error.isEmpty())
        fail(error);
}

void BatchChecklistModel::reload()
{
    if (m_batchId == 0)
        return;
    int total = 0;
    QList<PersonChecklistSummary> loaded;
    QString error;
    if (!load(std::max(int(m_rows.size()), kPageSize), total, loaded, error)) {
        fail(error);
        return;
    }
    m_lastError.clear();
    m_fetchFailed = false;
    if (samePersons(m_rows, loaded)) {
        // Only counts changed (the usual case after a verification): keep rows and selection.
        m_total = total;
        if (loaded == m_rows)
            return;
        m_rows = std::move(loaded);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    const QScopedValueRollback announcing(m_announcing, true);
    beginResetModel();
    m_rows = std::move(loaded);
    m_total = total;
    endResetModel();
}

void BatchChecklistModel::checkBatchStillThere()
{
    if (auto batch = m_store.batches().get(m_batchId); !batch)
        setBatch(0);
}

int BatchChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const PersonChecklistSummary *BatchChecklistModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

qint64 BatchChecklistModel::personIdAt(int row) const
{
    const PersonChecklistSummary *s = summaryAt(row);
    return s ? s->personId : 0;
}

int BatchChecklistModel::rowOfPerson(qint64 personId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).personId == personId)
            return row;
    return -1;
}

int BatchChecklistModel::fetchUntilPerson(qint64 personId)
{
    int row = rowOfPerson(personId);
    while (row < 0 && canFetchMore({})) {
        fetchMore({});
        row = rowOfPerson(personId);
    }
    return row;
}

QString BatchChecklistModel::stateCode(const PersonChecklistSummary &s)
{
    if (s.hasDiscrepancy())
        return QStringLiteral("discrepancy");
    if (s.fullyVerified())
        return QStringLiteral("verified");
    if (s.notStarted())
        return QStringLiteral("not_started");
    return QStringLiteral("in_progress");
}

QVariant BatchChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonChecklistSummary &s = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case PositionColumn: return s.position;
        case NameColumn: return fullName(s);
        case ProgressColumn: return tr("%1 of %2").arg(s.confirmed).arg(s.total);
        case DiscrepancyColumn: return s.discrepancies > 0 ? QVariant(s.discrepancies) : QVariant(QString());
        case StateColumn: {
            const QString code = stateCode(s);
            QString text = code == QLatin1String("discrepancy") ? tr("Discrepancy")
                           : code == QLatin1String("verified")  ? tr("Verified")
                           : code == QLatin1String("not_started") ? tr("Not started")
                                                                    : tr("In progress");
            if (s.isWaitingForMe())
                text += QStringLiteral(" · ") + tr("%n for you", "", s.waitingForMe);
            return text;
        }
        default: return {};
        }
    case roles::SortRole:
        switch (column) {
        case PositionColumn: return s.position;
        case NameColumn: return fullName(s);
        case ProgressColumn: return s.total > 0 ? double(s.confirmed) / s.total : 0.0;
        case DiscrepancyColumn: return s.discrepancies;
        case StateColumn: return stateCode(s);
        default: return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << tr("%1 of %2 details confirmed").arg(s.confirmed).arg(s.total);
        if (s.discrepancies > 0)
            lines << tr("%n open discrepancy(ies)", "", s.discrepancies);
        if (s.waitingForMe > 0)
            lines << tr("%n detail(s) wait for your verification", "", s.waitingForMe);
        if (const int mine = s.pending - s.waitingForMe; mine > 0)
            lines << tr("%n detail(s) you last changed yourself: another official must verify them", "", mine);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        if (column == PositionColumn || column == DiscrepancyColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case roles::IdRole: return s.personId;
    case roles::StatusCodeRole: return stateCode(s);
    case roles::ItemsTotalRole: return s.total;
    case roles::ItemsConfirmedRole: return s.confirmed;
    case roles::ItemsDiscrepantRole: return s.discrepancies;
    case roles::ItemsWaitingForMeRole: return s.waitingForMe;
    default: return {};
    }
}

QVariant BatchChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PositionColumn: return tr("No.");
    case NameColumn: return tr("Person");
    case ProgressColumn: return tr("Confirmed");
    case DiscrepancyColumn: return tr("Discrepancies");
    case StateColumn: return tr("State");
    default: return {};
    }
}

bool BatchChecklistModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_batchId != 0 && !m_fetchFailed && !m_announcing && m_rows.size() < m_total;
}

void BatchChecklistModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int lastPosition = m_rows.isEmpty() ? 0 : m_rows.constLast().position;
    auto page = ChecklistQueries(m_store.connection()).summaries(m_batchId, officialId(), lastPosition, kPageSize);
    if (!page) {
        m_fetchFailed = true;
        fail(page.text());
        return;
    }
    if (page.value().isEmpty()) {
        m_total = int(m_rows.size()); // the list shrank meanwhile; its notification reloads us
        return;
    }
    const int first = int(m_rows.size());
    const QScopedValueRollback announcing(m_announcing, true);
    beginInsertRows({}, first, first + int(page.value().size()) - 1);
    m_rows.append(page.value());
    m_total = std::max(m_total, int(m_rows.size()));
    endInsertRows();
}

} // namespace homeward
