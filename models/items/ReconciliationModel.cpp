#include "ReconciliationModel.h"

#include "ItemRoles.h"

#include <algorithm>

namespace homeward {
namespace {

QString resolutionText(const ResolutionState &state)
{
    if (!state.resolved)
        return QCoreApplication::translate("homeward::ReconciliationModel", "Open");
    return QCoreApplication::translate("homeward::ReconciliationModel", "Resolved: %1").arg(state.note);
}

QString resolutionToolTip(const ResolutionState &state)
{
    if (!state.resolved)
        return {};
    return QCoreApplication::translate("homeward::ReconciliationModel", "Resolved by %1 on %2: %3")
        .arg(state.resolvedByName, state.resolvedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")),
             state.note);
}

// A value as the official reads it: sex and category by their labels.
QString shownValue(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return QStringLiteral("—");
    if (field == QLatin1String("sex")) {
        if (const auto sex = sexFromCode(value))
            return label(*sex);
    } else if (field == QLatin1String("category")) {
        if (const auto category = categoryFromCode(value))
            return label(*category);
    }
    return value;
}

QString fullName(const Person &person)
{
    QStringList parts{person.surname, person.givenName};
    if (!person.patronymic.isEmpty())
        parts << person.patronymic;
    return parts.join(QLatin1Char(' '));
}

QHash<QString, const ReconciliationResolution *> indexed(const QList<ReconciliationResolution> &resolutions)
{
    QHash<QString, const ReconciliationResolution *> byKey;
    for (const ReconciliationResolution &r : resolutions)
        byKey.insert(r.key, &r);
    return byKey;
}

ResolutionState stateOf(const QHash<QString, const ReconciliationResolution *> &byKey, const QString &key,
                        const QString &ours, const QString &theirs)
{
    ResolutionState state;
    const ReconciliationResolution *r = byKey.value(key, nullptr);
    if (!r)
        return state;
    state.rowId = r->id;
    state.rowVersion = r->rowVersion;
    if (r->oursValue == ours && r->theirsValue == theirs) {
        state.resolved = true;
        state.note = r->note;
        state.resolvedByName = r->resolvedByName;
        state.resolvedAt = r->resolvedAt;
    }
    return state;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

ReconciliationDifferencesModel::ReconciliationDifferencesModel(QObject *parent) : QAbstractTableModel(parent) {}

QString ReconciliationDifferencesModel::fieldLabel(const QString &field)
{
    static const char *const kLabels[][2] = {
        {"surname", QT_TRANSLATE_NOOP("homeward::ReconciliationModel", "Surname")},
        {"given_name", QT_TRANSLATE_NOOP("homeward::ReconciliationModel", "Given name")},
        {"patronymic", QT_TRANSLATE_NOOP("homeward::ReconciliationModel", "Patronymic")},
        {"birth_date", QT_TRANSLATE_NOOP("homeward::ReconciliationModel", "Date of birth")},
        {"sex", QT_TRANSLATE_NOOP("homeward::ReconciliationModel", "Sex")},
        {"category", QT_TRANSLATE_NOOP("homeward::ReconciliationModel", "Category")},
        {"rank", QT_TRANSLATE_NOOP("homeward::ReconciliationModel", "Rank")},
        {"unit", QT_TRANSLATE_NOOP("homeward::ReconciliationModel", "Unit")},
        {"service_number", QT_TRANSLATE_NOOP("homeward::ReconciliationModel", "Service number")},
        {"document_number", QT_TRANSLATE_NOOP("homeward::ReconciliationModel", "Document number")},
        {"birth_place", QT_TRANSLATE_NOOP("homeward::ReconciliationModel", "Place of birth")},
        {"region", QT_TRANSLATE_NOOP("homeward::ReconciliationModel", "Region")},
    };
    for (const auto &entry : kLabels)
        if (field == QLatin1String(entry[0]))
            return QCoreApplication::translate("homeward::ReconciliationModel", entry[1]);
    return field;
}

void ReconciliationDifferencesModel::setPairs(QList<ReconciledPair> pairs)
{
    beginResetModel();
    m_pairs = std::move(pairs);
    m_rows.clear();
    QList<Row> agreeing;
    for (int p = 0; p < m_pairs.size(); ++p) {
        const ReconciledPair &pair = m_pairs.at(p);
        if (pair.differences.isEmpty())
            agreeing.append(Row{p, -1});
        for (int d = 0; d < pair.differences.size(); ++d)
            m_rows.append(Row{p, d});
    }
    // Riskiest first, whether resolved or not, so that resolving does not move rows under the official's hand.
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](const Row &a, const Row &b) {
        const ReconciledPair &pa = m_pairs.at(a.pair);
        const ReconciledPair &pb = m_pairs.at(b.pair);
        const RiskLevel ra = pa.differences.at(a.difference).risk;
        const RiskLevel rb = pb.differences.at(b.difference).risk;
        if (ra != rb)
            return ra > rb;
        if (pa.score != pb.score)
            return pa.score < pb.score;
        if (pa.ours.position != pb.ours.position)
            return pa.ours.position < pb.ours.position;
        return a.difference < b.difference;
    });
    std::stable_sort(agreeing.begin(), agreeing.end(), [this](const Row &a, const Row &b) {
        return m_pairs.at(a.pair).ours.position < m_pairs.at(b.pair).ours.position;
    });
    m_rows += agreeing;
    endResetModel();
}

void ReconciliationDifferencesModel::setResolutions(const QList<ReconciliationResolution> &resolutions)
{
    const auto byKey = indexed(resolutions);
    for (ReconciledPair &pair : m_pairs)
        for (ReconciliationDifference &d : pair.differences)
            d.resolution = stateOf(byKey, d.key, d.ours, d.theirs);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const ReconciliationDifference *ReconciliationDifferencesModel::differenceAt(int row) const
{
    const Row &r = m_rows.at(row);
    return r.difference < 0 ? nullptr : &m_pairs.at(r.pair).differences.at(r.difference);
}

const ReconciledPair &ReconciliationDifferencesModel::pairAt(int row) const
{
    return m_pairs.at(m_rows.at(row).pair);
}

ResolutionTarget ReconciliationDifferencesModel::target(int row) const
{
    ResolutionTarget target;
    if (row < 0 || row >= m_rows.size())
        return target;
    if (const ReconciliationDifference *d = differenceAt(row)) {
        target.resolvable = true;
        target.key = d->key;
        target.oursValue = d->ours;
        target.theirsValue = d->theirs;
        target.state = d->resolution;
    }
    return target;
}

QString ReconciliationDifferencesModel::rowKey(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    if (const ReconciliationDifference *d = differenceAt(row))
        return d->key;
    const ReconciledPair &pair = pairAt(row);
    return Reconciler::pairKey(pair.ours.personId, pair.theirs.person.recordId, QString());
}

int ReconciliationDifferencesModel::rowOfKey(const QString &key) const
{
    if (key.isEmpty())
        return -1;
    for (int row = 0; row < m_rows.size(); ++row)
        if (rowKey(row) == key)
            return row;
    // The field comes last and holds no colon (a record_id may).
    const QString pairPrefix = key.left(key.lastIndexOf(QLatin1Char(':')) + 1);
    if (!pairPrefix.startsWith(QLatin1String("pair:")))
        return -1;
    for (int row = 0; row < m_rows.size(); ++row)
        if (rowKey(row).startsWith(pairPrefix))
            return row;
    return -1;
}

int ReconciliationDifferencesModel::openCount() const
{
    int open = 0;
    for (const ReconciledPair &pair : m_pairs)
        open += pair.openCount();
    return open;
}

int ReconciliationDifferencesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReconciliationDifferencesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReconciliationDifferencesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReconciledPair &pair = pairAt(index.row());
    const ReconciliationDifference *d = differenceAt(index.row());
    const RiskLevel risk = d ? d->risk : RiskLevel::None;
    const ResolutionState state = d ? d->resolution : ResolutionState{};

    switch (role) {
    case roles::IdRole:
        return pair.ours.personId;
    case roles::ReconciliationKeyRole:
        return d ? d->key : QString();
    case roles::ResolvedRole:
        return state.resolved;
    case roles::RiskLevelRole:
        return int(risk);
    case roles::ResolutionNoteRole:
        return state.note;
    case roles::FieldCodeRole:
        return d ? d->field : QString();
    case roles::TheirRecordIdRole:
        return pair.theirs.person.recordId;
    default:
        break;
    }

    const int column = index.column();
    if (role == roles::SortRole) {
        switch (column) {
        case RiskColumn:
            return int(risk);
        case OurPersonColumn:
            return pair.ours.position;
        case TheirPersonColumn:
            return pair.theirs.line;
        case ResolutionColumn:
            return state.resolved;
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole) {
        if (column == ResolutionColumn)
            return resolutionToolTip(state);
        if (column == ReasonColumn || column == FieldColumn)
            return d ? d->reason : QString();
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case RiskColumn:
        return label(risk);
    case OurPersonColumn:
        return tr("No. %1 %2").arg(pair.ours.position).arg(fullName(pair.ours.person));
    case TheirPersonColumn:
        return pair.theirs.line > 0 ? tr("%1 (line %2) %3")
                                          .arg(pair.theirs.person.recordId)
                                          .arg(pair.theirs.line)
                                          .arg(fullName(pair.theirs.person))
                                    : tr("%1 %2").arg(pair.theirs.person.recordId, fullName(pair.theirs.person));
    case FieldColumn:
        return d ? fieldLabel(d->field) : QString();
    case OursColumn:
        return d ? shownValue(d->field, d->ours) : QString();
    case TheirsColumn:
        return d ? shownValue(d->field, d->theirs) : QString();
    case ReasonColumn:
        return d ? d->reason : tr("Every compared detail agrees.");
    case ResolutionColumn:
        return d ? resolutionText(state) : QString();
    default:
        return {};
    }
}

QVariant ReconciliationDifferencesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RiskColumn:
        return tr("Risk");
    case OurPersonColumn:
        return tr("Our list");
    case TheirPersonColumn:
        return tr("Their list");
    case FieldColumn:
        return tr("Detail");
    case OursColumn:
        return tr("Ours");
    case TheirsColumn:
        return tr("Theirs");
    case ReasonColumn:
        return tr("Reason");
    case ResolutionColumn:
        return tr("Resolution");
    default:
        return {};
    }
}

// ---------------------------------------------------------------------------------------------------------------

ReconciliationOnlyModel::ReconciliationOnlyModel(Side side, QObject *parent) : QAbstractTableModel(parent), m_side(side)
{
}

void ReconciliationOnlyModel::setTheirs(QList<OnlyTheirs> rows)
{
    beginResetModel();
    m_theirs = std::move(rows);
    m_ours.clear();
    endResetModel();
}

void ReconciliationOnlyModel::setOurs(QList<OnlyOurs> rows)
{
    beginResetModel();
    m_ours = std::move(rows);
    m_theirs.clear();
    endResetModel();
}

void ReconciliationOnlyModel::setResolutions(const QList<ReconciliationResolution> &resolutions)
{
    const auto byKey = indexed(resolutions);
    for (OnlyTheirs &item : m_theirs)
        item.resolution = stateOf(byKey, item.key, QString(), item.summary);
    for (OnlyOurs &item : m_ours)
        item.resolution = stateOf(byKey, item.key, item.summary, QString());
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Person &ReconciliationOnlyModel::personAt(int row) const
{
    return m_side == Side::Theirs ? m_theirs.at(row).row.person : m_ours.at(row).person.person;
}

const ResolutionState &ReconciliationOnlyModel::stateAt(int row) const
{
    return m_side == Side::Theirs ? m_theirs.at(row).resolution : m_ours.at(row).resolution;
}

ResolutionTarget ReconciliationOnlyModel::target(int row) const
{
    ResolutionTarget target;
    if (row < 0 || row >= rowCount())
        return target;
    target.resolvable = true;
    if (m_side == Side::Theirs) {
        target.key = m_theirs.at(row).key;
        target.theirsValue = m_theirs.at(row).summary;
    } else {
        target.key = m_ours.at(row).key;
        target.oursValue = m_ours.at(row).summary;
    }
    target.state = stateAt(row);
    return target;
}

QString ReconciliationOnlyModel::rowKey(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_side == Side::Theirs ? m_theirs.at(row).key : m_ours.at(row).key;
}

int ReconciliationOnlyModel::rowOfKey(const QString &key) const
{
    if (key.isEmpty())
        return -1;
    for (int row = 0; row < rowCount(); ++row)
        if (rowKey(row) == key)
            return row;
    return -1;
}

int ReconciliationOnlyModel::openCount() const
{
    int open = 0;
    for (int row = 0; row < rowCount(); ++row)
        open += stateAt(row).resolved ? 0 : 1;
    return open;
}

int ReconciliationOnlyModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_side == Side::Theirs ? m_theirs.size() : m_ours.size());
}

int ReconciliationOnlyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReconciliationOnlyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Person &person = personAt(row);
    const ResolutionState &state = stateAt(row);
    const bool theirs = m_side == Side::Theirs;

    switch (role) {
    case roles::IdRole:
        return theirs ? qint64(0) : m_ours.at(row).person.personId;
    case roles::TheirRecordIdRole:
        return theirs ? m_theirs.at(row).row.person.recordId : QString();
    case roles::ReconciliationKeyRole:
        return theirs ? m_theirs.at(row).key : m_ours.at(row).key;
    case roles::ResolvedRole:
        return state.resolved;
    case roles::RiskLevelRole:
        return int(RiskLevel::High);
    case roles::ResolutionNoteRole:
        return state.note;
    default:
        break;
    }
    const int column = index.column();
    if (role == roles::SortRole) {
        switch (column) {
        case WhereColumn:
            return theirs ? m_theirs.at(row).row.line : qint64(m_ours.at(row).person.position);
        case BirthDateColumn:
            return person.birthDate.toIso();
        case ResolutionColumn:
            return state.resolved;
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole)
        return column == ResolutionColumn ? resolutionToolTip(state) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case WhereColumn:
        if (!theirs)
            return tr("No. %1").arg(m_ours.at(row).person.position);
        return m_theirs.at(row).row.line > 0 ? tr("%1 (line %2)").arg(person.recordId).arg(m_theirs.at(row).row.line)
                                             : person.recordId;
    case SurnameColumn:
        return person.surname;
    case GivenNameColumn:
        return person.givenName;
    case PatronymicColumn:
        return person.patronymic;
    case BirthDateColumn:
        return person.birthDate.toDisplay();
    case CategoryColumn:
        return (!theirs || m_theirs.at(row).row.categoryKnown) ? label(person.category) : QStringLiteral("—");
    case SexColumn:
        return (!theirs || m_theirs.at(row).row.sexKnown) ? label(person.sex) : QStringLiteral("—");
    case ResolutionColumn:
        return resolutionText(state);
    default:
        return {};
    }
}

QVariant ReconciliationOnlyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhereColumn:
        return m_side == Side::Theirs ? tr("Their record") : tr("Our No.");
    case SurnameColumn:
        return tr("Surname");
    case GivenNameColumn:
        return tr("Given name");
    case PatronymicColumn:
        return tr("Patronymic");
    case BirthDateColumn:
        return tr("Date of birth");
    case CategoryColumn:
        return tr("Category");
    case SexColumn:
        return tr("Sex");
    case ResolutionColumn:
        return tr("Resolution");
    default:
        return {};
    }
}

// ---------------------------------------------------------------------------------------------------------------

ReconciliationCountsModel::ReconciliationCountsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReconciliationCountsModel::setCounts(QList<CountLine> counts)
{
    beginResetModel();
    m_counts = std::move(counts);
    endResetModel();
}

int ReconciliationCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int ReconciliationCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReconciliationCountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CountLine &count = m_counts.at(index.row());
    if (role == roles::ReconciliationKeyRole)
        return count.code;
    if (role == roles::RiskLevelRole)
        return int(count.agrees() ? RiskLevel::None : RiskLevel::High);
    const int column = index.column();
    if (role == roles::SortRole) {
        switch (column) {
        case LineColumn:
            return index.row();
        case OursColumn:
            return count.ours;
        case TheirsColumn:
            return count.theirs;
        case PlannedColumn:
            return count.planned;
        case AgreesColumn:
            return count.agrees();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && column != LineColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case LineColumn:
        return count.label;
    case OursColumn:
        return count.ours;
    case TheirsColumn:
        return count.theirs;
    case PlannedColumn:
        return count.planned >= 0 ? QVariant(count.planned) : QVariant(QStringLiteral("—"));
    case AgreesColumn:
        return count.agrees() ? tr("agrees") : tr("differs");
    default:
        return {};
    }
}

QVariant ReconciliationCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Persons");
    case OursColumn:
        return tr("Ours");
    case TheirsColumn:
        return tr("Theirs");
    case PlannedColumn:
        return tr("Planned");
    case AgreesColumn:
        return tr("Agreement");
    default:
        return {};
    }
}

// ---------------------------------------------------------------------------------------------------------------

ReconciliationModel::ReconciliationModel(QObject *parent)
    : QObject(parent), m_differences(this), m_onlyTheirs(ReconciliationOnlyModel::Side::Theirs, this),
      m_onlyOurs(ReconciliationOnlyModel::Side::Ours, this), m_counts(this)
{
}

void ReconciliationModel::setReconciliation(const Reconciliation &reconciliation)
{
    m_reconciliation = reconciliation;
    m_differences.setPairs(reconciliation.pairs);
    m_onlyTheirs.setTheirs(reconciliation.onlyTheirs);
    m_onlyOurs.setOurs(reconciliation.onlyOurs);
    m_counts.setCounts(reconciliation.counts);
    Q_EMIT openCountChanged(openCount());
}

void ReconciliationModel::setResolutions(const QList<ReconciliationResolution> &resolutions)
{
    Reconciler::applyResolutions(m_reconciliation, resolutions);
    m_differences.setResolutions(resolutions);
    m_onlyTheirs.setResolutions(resolutions);
    m_onlyOurs.setResolutions(resolutions);
    Q_EMIT openCountChanged(openCount());
}

int ReconciliationModel::openCount() const
{
    return m_differences.openCount() + m_onlyTheirs.openCount() + m_onlyOurs.openCount();
}

} // namespace homeward
