#include "ReconciliationReport.h"

#include "Backup.h"

#include "io/CsvWriter.h"
#include "io/FormulaGuard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace homeward {
namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString yesNo(const ResolutionState &state)
{
    return state.resolved ? QStringLiteral("yes") : QStringLiteral("no");
}

QString when(const ResolutionState &state)
{
    return state.resolved ? state.resolvedAt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// The columns in the order of columnNames().
enum Col {
    Section,
    Key,
    Risk,
    OurPosition,
    OurPersonId,
    TheirRecordId,
    TheirLine,
    Surname,
    GivenName,
    Patronymic,
    BirthDate,
    Field,
    Ours,
    Theirs,
    Planned,
    DifferenceKind,
    Reason,
    Resolved,
    ResolutionNote,
    ResolvedBy,
    ResolvedAt,
    kColumns
};

QStringList emptyLine()
{
    QStringList line;
    for (int i = 0; i < kColumns; ++i)
        line << QString();
    return line;
}

void putPerson(QStringList &line, const Person &person)
{
    line[Surname] = person.surname;
    line[GivenName] = person.givenName;
    line[Patronymic] = person.patronymic;
    line[BirthDate] = person.birthDate.toIso();
}

void putResolution(QStringList &line, const ResolutionState &state)
{
    line[Resolved] = yesNo(state);
    line[ResolutionNote] = state.note;
    line[ResolvedBy] = state.resolvedByName;
    line[ResolvedAt] = when(state);
}

QString theirLine(const InterchangeRow &row)
{
    return row.line > 0 ? QString::number(row.line) : QString();
}

} // namespace

const QStringList &ReconciliationReport::columnNames()
{
    static const QStringList names{
        QStringLiteral("section"),
        QStringLiteral("key"),
        QStringLiteral("risk"),
        QStringLiteral("our_position"),
        QStringLiteral("our_person_id"),
        QStringLiteral("their_record_id"),
        QStringLiteral("their_line"),
        QStringLiteral("surname"),
        QStringLiteral("given_name"),
        QStringLiteral("patronymic"),
        QStringLiteral("birth_date"),
        QStringLiteral("field"),
        QStringLiteral("ours"),
        QStringLiteral("theirs"),
        QStringLiteral("planned"),
        QStringLiteral("difference_kind"),
        QStringLiteral("reason"),
        QStringLiteral("resolved"),
        QStringLiteral("resolution_note"),
        QStringLiteral("resolved_by"),
        QStringLiteral("resolved_at"),
    };
    return names;
}

QStringList ReconciliationReport::columnLabels()
{
    return {tr("Section"),
            tr("Key"),
            tr("Risk"),
            tr("Our No."),
            tr("Our person id"),
            tr("Their record"),
            tr("Their line"),
            tr("Surname"),
            tr("Given name"),
            tr("Patronymic"),
            tr("Date of birth"),
            tr("Detail"),
            tr("Ours"),
            tr("Theirs"),
            tr("Planned"),
            tr("Kind of difference"),
            tr("Reason"),
            tr("Resolved"),
            tr("Resolution note"),
            tr("Resolved by"),
            tr("Resolved at")};
}

QList<QStringList> ReconciliationReport::lines(const Reconciliation &reconciliation, qint64 *guardedCells)
{
    QList<QStringList> out;
    for (const ReconciledPair &pair : reconciliation.pairs) {
        QStringList base = emptyLine();
        base[Section] = QStringLiteral("pair");
        base[OurPosition] = QString::number(pair.ours.position);
        base[OurPersonId] = QString::number(pair.ours.personId);
        base[TheirRecordId] = pair.theirs.person.recordId;
        base[TheirLine] = theirLine(pair.theirs);
        putPerson(base, pair.ours.person);
        if (pair.differences.isEmpty()) {
            QStringList line = base;
            line[Risk] = toCode(RiskLevel::None);
            line[DifferenceKind] = QStringLiteral("none");
            line[Reason] = tr("Every compared detail agrees.");
            out << line;
            continue;
        }
        for (const ReconciliationDifference &d : pair.differences) {
            QStringList line = base;
            line[Key] = d.key;
            line[Risk] = toCode(d.risk);
            line[Field] = d.field;
            line[Ours] = d.ours;
            line[Theirs] = d.theirs;
            line[DifferenceKind] = d.kind;
            line[Reason] = d.reason;
            putResolution(line, d.resolution);
            out << line;
        }
    }
    for (const OnlyTheirs &item : reconciliation.onlyTheirs) {
        QStringList line = emptyLine();
        line[Section] = QStringLiteral("only_theirs");
        line[Key] = item.key;
        line[Risk] = toCode(RiskLevel::High);
        line[TheirRecordId] = item.row.person.recordId;
        line[TheirLine] = theirLine(item.row);
        putPerson(line, item.row.person);
        line[Theirs] = item.summary;
        line[Reason] = tr("On their list only: none of our persons matches.");
        putResolution(line, item.resolution);
        out << line;
    }
    for (const OnlyOurs &item : reconciliation.onlyOurs) {
        QStringList line = emptyLine();
        line[Section] = QStringLiteral("only_ours");
        line[Key] = item.key;
        line[Risk] = toCode(RiskLevel::High);
        line[OurPosition] = QString::number(item.person.position);
        line[OurPersonId] = QString::number(item.person.personId);
        putPerson(line, item.person.person);
        line[Ours] = item.summary;
        line[Reason] = tr("On our list only: missing from their list.");
        putResolution(line, item.resolution);
        out << line;
    }
    for (const CountLine &count : reconciliation.counts) {
        QStringList line = emptyLine();
        line[Section] = QStringLiteral("count");
        line[Key] = count.code;
        line[Field] = count.code;
        line[Risk] = toCode(count.agrees() ? RiskLevel::None : RiskLevel::High);
        line[Ours] = QString::number(count.ours);
        line[Theirs] = QString::number(count.theirs);
        line[Planned] = count.planned >= 0 ? QString::number(count.planned) : QString();
        line[DifferenceKind] = count.agrees() ? QStringLiteral("agrees") : QStringLiteral("differs");
        line[Reason] = count.label;
        out << line;
    }
    qint64 guarded = 0;
    for (QStringList &line : out) {
        for (QString &cell : line) {
            if (formula::looksLikeFormula(cell)) {
                cell = formula::guard(cell);
                ++guarded;
            }
        }
    }
    if (guardedCells)
        *guardedCells = guarded;
    return out;
}

Result<ReconciliationReport::Summary> ReconciliationReport::write(QIODevice &device,
                                                                  const Reconciliation &reconciliation)
{
    Summary summary;
    const QList<QStringList> data = lines(reconciliation, &summary.guardedCells);
    CsvWriter writer(&device);
    if (!writer.writeRecord(columnNames()))
        return Error{tr("writing the reconciliation report failed"), writer.errorString()};
    for (const QStringList &line : data) {
        if (!writer.writeRecord(line))
            return Error{tr("writing the reconciliation report failed"), writer.errorString()};
        ++summary.lines;
    }
    return summary;
}

Result<ReconciliationReport::Summary> ReconciliationReport::writeCsv(const Reconciliation &reconciliation,
                                                                     const QString &path)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(target).isDir())
        return Error{tr("%1 is a folder; give the path of the file to write").arg(native(target))};
    if (!QFileInfo(QFileInfo(target).absolutePath()).isDir())
        return Error{tr("the folder %1 does not exist").arg(native(QFileInfo(target).absolutePath()))};
    const QString partial = durable::partialName(target);
    if (Status created = durable::createPrivateFile(partial); !created)
        return Error{tr("cannot write in the folder of %1").arg(native(target)), created.error().message};
    struct Cleanup {
        QString path;
        bool keep = false;
        ~Cleanup()
        {
            if (!keep)
                QFile::remove(path);
        }
    } cleanup{partial};

    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{tr("cannot write %1").arg(native(target)), file.errorString()};
    auto written = write(file, reconciliation);
    if (!written)
        return written.error();
    if (!file.flush())
        return Error{tr("writing %1 failed").arg(native(target)), file.errorString()};
    file.close();
    if (file.error() != QFileDevice::NoError)
        return Error{tr("writing %1 failed").arg(native(target)), file.errorString()};
    if (Status synced = durable::syncFile(partial); !synced)
        return Error{tr("writing %1 failed").arg(native(target)), synced.error().message};
    // rename(2) replaces the target in one step: readers see the old report or the new one.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0)
        return Error{tr("cannot put the report in place at %1").arg(native(target)),
                     QString::fromLocal8Bit(std::strerror(errno))};
    cleanup.keep = true;
    // The report is complete and in place; a failed sync of the folder entry only weakens its survival of a
    // power cut in the next seconds.
    (void)durable::syncFolder(QFileInfo(target).absolutePath());
    return written;
}

} // namespace homeward
