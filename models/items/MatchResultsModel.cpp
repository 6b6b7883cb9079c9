#include "MatchResultsModel.h"

#include "ItemRoles.h"

#include <QLocale>

#include <algorithm>
#include <tuple>

namespace homeward {
namespace {

QString personText(const names::MatchRecord &r)
{
    QString text = QStringList{r.surname, r.givenName, r.patronymic}.join(QLatin1Char(' ')).simplified();
    if (!r.birthDate.isNull())
        text += QStringLiteral(", ") + r.birthDate.toDisplay();
    return text;
}

QString scoreText(double score)
{
    return QLocale().toString(score, 'f', 2);
}

} // namespace

MatchResultsModel::MatchResultsModel(QObject *parent) : QAbstractTableModel(parent) {}

int MatchResultsModel::riskRank(names::Verdict verdict)
{
    switch (verdict) {
    case names::Verdict::Ambiguous:
        return 0;
    case names::Verdict::Probable:
        return 1;
    case names::Verdict::None:
        return 2;
    case names::Verdict::Match:
        return 3;
    }
    return 2;
}

bool MatchResultsModel::riskBefore(const PersonMatch &a, const PersonMatch &b)
{
    return std::tuple(riskRank(a.result.verdict), a.margin(), a.position) <
           std::tuple(riskRank(b.result.verdict), b.margin(), b.position);
}

void MatchResultsModel::setResults(QList<PersonMatch> results)
{
    std::stable_sort(results.begin(), results.end(), &MatchResultsModel::riskBefore);
    beginResetModel();
    m_rows = std::move(results);
    endResetModel();
}

int MatchResultsModel::rowOf(qint64 personId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).personId == personId)
            return row;
    return -1;
}

int MatchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MatchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MatchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonMatch &m = m_rows.at(index.row());
    const bool hasCandidate = !m.result.candidates.isEmpty();
    const names::MatchRecord best = m.candidateRecords.isEmpty() ? names::MatchRecord() : m.candidateRecords.first();
    QStringList duplicates;
    for (const DuplicateFlag &flag : m.duplicates)
        duplicates << flag.text();

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PositionColumn:
            return m.position;
        case PersonColumn:
            return personText(m.record);
        case VerdictColumn:
            return names::label(m.result.verdict);
        case ScoreColumn:
            return hasCandidate ? scoreText(m.result.score()) : QString();
        case CandidateColumn:
            return hasCandidate ? QStringLiteral("%1 · %2").arg(m.result.candidates.first().recordId, personText(best))
                                : QString();
        case DiscrepanciesColumn:
            return m.result.discrepancies();
        case DuplicatesColumn:
            return duplicates.join(QStringLiteral("; "));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CandidateColumn && m.result.candidates.size() > 1) {
            QStringList lines;
            for (qsizetype i = 0; i < m.result.candidates.size(); ++i)
                lines << tr("%1 · %2 — score %3")
                             .arg(m.result.candidates.at(i).recordId, personText(m.candidateRecords.value(i)),
                                  scoreText(m.result.candidates.at(i).score));
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == DuplicatesColumn && !duplicates.isEmpty())
            return duplicates.join(QLatin1Char('\n'));
        if (index.column() == DiscrepanciesColumn && hasCandidate) {
            QStringList lines;
            for (const names::FieldDifference &d : m.result.candidates.first().differences)
                lines << d.reason;
            return lines.join(QLatin1Char('\n'));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PositionColumn || index.column() == ScoreColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case roles::IdRole:
        return m.personId;
    case roles::StatusCodeRole:
        return names::toCode(m.result.verdict);
    case roles::RiskRankRole:
        return riskRank(m.result.verdict);
    case roles::MarginRole:
        return m.margin();
    case roles::DuplicateCountRole:
        return int(m.duplicates.size());
    case roles::SortRole:
        switch (index.column()) {
        case PositionColumn:
            return m.position;
        case PersonColumn:
            return personText(m.record);
        // Risk first, then the smallest lead: the order of the rows.
        case VerdictColumn:
            return riskRank(m.result.verdict) * 10.0 + m.margin();
        case ScoreColumn:
            return m.result.score();
        case CandidateColumn:
            return hasCandidate ? m.result.candidates.first().recordId : QString();
        case DiscrepanciesColumn:
            return m.result.discrepancies();
        case DuplicatesColumn:
            return int(m.duplicates.size());
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant MatchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PositionColumn:
        return tr("No.");
    case PersonColumn:
        return tr("Person");
    case VerdictColumn:
        return tr("Verdict");
    case ScoreColumn:
        return tr("Score");
    case CandidateColumn:
        return tr("Best registry candidate");
    case DiscrepanciesColumn:
        return tr("Differences");
    case DuplicatesColumn:
        return tr("Listed elsewhere");
    }
    return {};
}

} // namespace homeward
