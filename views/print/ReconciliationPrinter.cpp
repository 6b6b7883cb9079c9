#include "ReconciliationPrinter.h"

#include "PrintDocument.h"

#include "io/FormulaGuard.h"
#include "items/ReconciliationModel.h"
#include "storage/ReconciliationReport.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QSaveFile>

namespace homeward {
namespace {

constexpr int kPdfResolution = 300;

QString momentText(const QDateTime &moment)
{
    return moment.isValid() ? moment.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm t")) : QString();
}

// A report line's cells by column name, the formula guard taken off: paper runs no formulas.
class LineReader final {
public:
    LineReader()
    {
        const QStringList &names = ReconciliationReport::columnNames();
        for (int i = 0; i < names.size(); ++i)
            m_index.insert(names.at(i), i);
    }
    QString cell(const QStringList &line, const char *column) const
    {
        return formula::unguard(line.value(m_index.value(QLatin1String(column), -1)));
    }

private:
    QHash<QString, int> m_index;
};

RiskLevel riskFromCode(const QString &code)
{
    for (RiskLevel risk : {RiskLevel::None, RiskLevel::Low, RiskLevel::Medium, RiskLevel::High})
        if (toCode(risk) == code)
            return risk;
    return RiskLevel::None;
}

QString dateText(const QString &iso)
{
    // Full dates as the officials write them; partial ones (YYYY, YYYY-MM) as they are.
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : iso;
}

QString personText(const LineReader &r, const QStringList &line)
{
    QStringList parts{r.cell(line, "surname"), r.cell(line, "given_name"), r.cell(line, "patronymic")};
    parts.removeAll(QString());
    QString text = parts.join(QLatin1Char(' '));
    const QString birth = r.cell(line, "birth_date");
    if (!birth.isEmpty())
        text += QStringLiteral(", ") + dateText(birth);
    return text;
}

QString theirText(const LineReader &r, const QStringList &line)
{
    const QString record = r.cell(line, "their_record_id");
    if (record.isEmpty())
        return {};
    return QCoreApplication::translate("homeward::ReconciliationPrinter", "%1 (line %2)")
        .arg(record, r.cell(line, "their_line"));
}

QString resolutionText(const LineReader &r, const QStringList &line)
{
    if (r.cell(line, "resolved") != QLatin1String("yes"))
        return QCoreApplication::translate("homeward::ReconciliationPrinter", "Open");
    const QDateTime at = QDateTime::fromString(r.cell(line, "resolved_at"), Qt::ISODate);
    return QCoreApplication::translate("homeward::ReconciliationPrinter", "Resolved: %1 (%2, %3)")
        .arg(r.cell(line, "resolution_note"), r.cell(line, "resolved_by"), momentText(at));
}

PrintDocument::Table pairsTable()
{
    PrintDocument::Table table;
    table.widths = {0.06, 0.05, 0.09, 0.16, 0.08, 0.11, 0.11, 0.18, 0.16};
    table.headers = {QCoreApplication::translate("homeward::ReconciliationPrinter", "Risk"),
                     QCoreApplication::translate("homeward::ReconciliationPrinter", "Our No."),
                     QCoreApplication::translate("homeward::ReconciliationPrinter", "Their record"),
                     QCoreApplication::translate("homeward::ReconciliationPrinter", "Person (our list)"),
                     QCoreApplication::translate("homeward::ReconciliationPrinter", "Field"),
                     QCoreApplication::translate("homeward::ReconciliationPrinter", "Ours"),
                     QCoreApplication::translate("homeward::ReconciliationPrinter", "Theirs"),
                     QCoreApplication::translate("homeward::ReconciliationPrinter", "What differs"),
                     QCoreApplication::translate("homeward::ReconciliationPrinter", "Resolution")};
    return table;
}

PrintDocument::Table onlyTable(bool theirs)
{
    PrintDocument::Table table;
    table.widths = {0.12, 0.30, 0.28, 0.30};
    table.headers = {theirs ? QCoreApplication::translate("homeward::ReconciliationPrinter", "Their record")
                            : QCoreApplication::translate("homeward::ReconciliationPrinter", "Our No."),
                     QCoreApplication::translate("homeward::ReconciliationPrinter", "Person"),
                     QCoreApplication::translate("homeward::ReconciliationPrinter", "Why"),
                     QCoreApplication::translate("homeward::ReconciliationPrinter", "Resolution")};
    return table;
}

} // namespace

QPageLayout ReconciliationPrinter::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                       QPageLayout::Millimeter);
}

QString ReconciliationPrinter::title(const Context &context)
{
    return tr("Batch %1 of \"%2\": reconciliation with the other side's list")
        .arg(context.batch.sequenceNo)
        .arg(context.exchange.title);
}

PrintDocument ReconciliationPrinter::document(const Reconciliation &reconciliation, const Context &context)
{
    PrintDocument doc;
    PrintDocument::Frame frame;
    frame.headerTitle = context.exchange.agreementRef.isEmpty()
                            ? tr("Exchange \"%1\"").arg(context.exchange.title)
                            : tr("Exchange \"%1\" (%2)").arg(context.exchange.title, context.exchange.agreementRef);
    frame.headerSubtitle = tr("Batch %1, %2, %3: reconciliation with the other side's list")
                               .arg(context.batch.sequenceNo)
                               .arg(label(context.batch.direction), label(context.batch.status));
    frame.marking = tr("CONTAINS PERSONAL DATA");
    frame.footerLeft = tr("Printed %1").arg(momentText(context.generatedAt));
    frame.footerCentre =
        context.list ? tr("Their list: %1, SHA-256 %2").arg(context.list->fileName, context.list->sha256.left(16))
                     : tr("No list of the other side");
    frame.pageText = tr("Page %1 of %2");
    doc.setFrame(frame);

    doc.addTitle(tr("Reconciliation with the other side's list"));
    PrintDocument::Table about;
    about.grid = false;
    about.boldEvenColumns = true;
    about.widths = {0.14, 0.36, 0.14, 0.36};
    if (context.list) {
        about.rows << QStringList{tr("Their list"), context.list->fileName, tr("Rows"),
                                  QLocale().toString(context.list->rowCount)};
        about.rows << QStringList{tr("Imported by"), context.list->importedByName, tr("Imported at"),
                                  momentText(context.list->importedAt)};
        about.rows << QStringList{tr("SHA-256"), context.list->sha256, QString(), QString()};
    }
    int highOpen = 0;
    for (const ReconciledPair &pair : reconciliation.pairs)
        for (const ReconciliationDifference &difference : pair.differences)
            highOpen += difference.risk == RiskLevel::High && !difference.resolution.resolved ? 1 : 0;
    about.rows << QStringList{tr("Pairs"), QLocale().toString(reconciliation.pairs.size()), tr("Differences"),
                              tr("%1 (high risk, open: %2)")
                                  .arg(QLocale().toString(reconciliation.differenceCount()))
                                  .arg(QLocale().toString(highOpen))};
    about.rows << QStringList{tr("Only on their list"), QLocale().toString(reconciliation.onlyTheirs.size()),
                              tr("Only on our list"), QLocale().toString(reconciliation.onlyOurs.size())};
    about.rows << QStringList{tr("Open items"), QLocale().toString(reconciliation.openCount()), tr("Counts"),
                              reconciliation.countsAgree() ? tr("agree") : tr("DO NOT AGREE")};
    doc.addTable(about);
    if (reconciliation.leftoverPassSkipped)
        doc.addText(tr("The lists hardly agree: the second pairing pass was left out, so a person shown on one list "
                       "only may be on the other with typos."),
                    true, QColor(0xb7, 0x1c, 0x1c));

    const LineReader r;
    PrintDocument::Table pairs = pairsTable();
    PrintDocument::Table theirs = onlyTable(true);
    PrintDocument::Table ours = onlyTable(false);
    for (const QStringList &line : ReconciliationReport::lines(reconciliation)) {
        const QString section = r.cell(line, "section");
        const RiskLevel risk = riskFromCode(r.cell(line, "risk"));
        const bool open = r.cell(line, "resolved") != QLatin1String("yes");
        if (section == QLatin1String("pair")) {
            const bool agrees = r.cell(line, "difference_kind") == QLatin1String("none");
            const QString field = r.cell(line, "field");
            if (risk == RiskLevel::High && open && !agrees)
                pairs.boldRows.insert(int(pairs.rows.size()));
            pairs.rows << QStringList{agrees ? QStringLiteral("—") : label(risk),
                                      r.cell(line, "our_position"),
                                      theirText(r, line),
                                      personText(r, line),
                                      agrees ? QString() : ReconciliationDifferencesModel::fieldLabel(field),
                                      r.cell(line, "ours"),
                                      r.cell(line, "theirs"),
                                      agrees ? tr("All details agree") : r.cell(line, "reason"),
                                      agrees ? QStringLiteral("—") : resolutionText(r, line)};
        } else if (section == QLatin1String("only_theirs") || section == QLatin1String("only_ours")) {
            const bool theirSide = section == QLatin1String("only_theirs");
            PrintDocument::Table &table = theirSide ? theirs : ours;
            if (open)
                table.boldRows.insert(int(table.rows.size()));
            table.rows << QStringList{theirSide ? theirText(r, line) : r.cell(line, "our_position"),
                                      personText(r, line), r.cell(line, "reason"), resolutionText(r, line)};
        }
    }
    doc.addHeading(
        tr("Differences in the matched pairs (%1)").arg(QLocale().toString(reconciliation.differenceCount())));
    if (pairs.rows.isEmpty())
        doc.addText(tr("No person of their list was paired with ours."));
    else
        doc.addTable(pairs);
    doc.addHeading(tr("Only on their list (%1)").arg(QLocale().toString(theirs.rows.size())));
    if (theirs.rows.isEmpty())
        doc.addText(tr("Every person of their list is on ours."));
    else
        doc.addTable(theirs);
    doc.addHeading(tr("Only on our list (%1)").arg(QLocale().toString(ours.rows.size())));
    if (ours.rows.isEmpty())
        doc.addText(tr("Every person of our list is on theirs."));
    else
        doc.addTable(ours);

    doc.addHeading(tr("Counts: ours, theirs and planned"));
    PrintDocument::Table counts;
    counts.widths = {0.40, 0.15, 0.15, 0.15, 0.15};
    counts.headers = {QString(), tr("Ours"), tr("Theirs"), tr("Planned"), tr("Agrees")};
    counts.alignment = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft};
    counts.keepTogether = true;
    for (const CountLine &line : reconciliation.counts) {
        if (!line.agrees() || line.isTotal)
            counts.boldRows.insert(int(counts.rows.size()));
        counts.rows << QStringList{line.label, QLocale().toString(line.ours), QLocale().toString(line.theirs),
                                   line.planned < 0 ? QStringLiteral("—") : QLocale().toString(line.planned),
                                   line.agrees() ? tr("yes") : tr("NO")};
    }
    doc.addTable(counts);
    return doc;
}

Result<int> ReconciliationPrinter::print(const Reconciliation &reconciliation, const Context &context,
                                         QPagedPaintDevice &device)
{
    const int pages = document(reconciliation, context).print(device);
    if (pages <= 0)
        return Error{tr("The report could not be drawn: the printer or file did not accept it")};
    return pages;
}

Result<int> ReconciliationPrinter::writePdf(const Reconciliation &reconciliation, const Context &context,
                                            const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("%1 could not be written").arg(path), file.errorString()};
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfResolution);
        writer.setPageLayout(pageLayout());
        writer.setTitle(title(context));
        writer.setCreator(QStringLiteral("Homeward"));
        pages = document(reconciliation, context).print(writer);
    }
    if (pages <= 0 || file.error() != QFileDevice::NoError) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error{tr("%1 could not be written").arg(path), why};
    }
    if (!file.commit())
        return Error{tr("%1 could not be written").arg(path), file.errorString()};
    return pages;
}

} // namespace homeward
