#include "SheetPrinter.h"

#include "PrintDocument.h"

#include "report/QrCode.h"
#include "report/SheetBuilder.h"

#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QSaveFile>

namespace homeward {
namespace {

using report::PersonCheck;
using report::SexCategoryCounts;

const QColor kWarning(0xb7, 0x1c, 0x1c);
constexpr int kPdfResolution = 300;

QString number(int value)
{
    return QLocale().toString(value);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

// Local time with the zone, so that a sheet says unambiguously when.
QString momentText(const QDateTime &moment)
{
    return moment.isValid() ? moment.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm t")) : QString();
}

QString dash()
{
    return QStringLiteral("—");
}

QString fullName(const QString &surname, const QString &given, const QString &patronymic)
{
    QStringList parts{surname, given, patronymic};
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

QString batchLine(const Exchange &exchange, const Batch &batch)
{
    return QCoreApplication::translate("homeward::SheetPrinter", "Batch %1 of \"%2\": %3, %4, %5")
        .arg(batch.sequenceNo)
        .arg(exchange.title, label(batch.direction),
             batch.plannedDate.isValid() ? dateText(batch.plannedDate)
                                         : QCoreApplication::translate("homeward::SheetPrinter", "date not set"),
             batch.place.isEmpty() ? QCoreApplication::translate("homeward::SheetPrinter", "place not set")
                                   : batch.place);
}

QString exchangeLine(const Exchange &exchange)
{
    return exchange.agreementRef.isEmpty()
               ? QCoreApplication::translate("homeward::SheetPrinter", "Exchange \"%1\"").arg(exchange.title)
               : QCoreApplication::translate("homeward::SheetPrinter", "Exchange \"%1\" (%2)")
                     .arg(exchange.title, exchange.agreementRef);
}

QString sealFooter(const BatchSeal &seal, BatchStatus status)
{
    if (seal.isSealed())
        return QCoreApplication::translate("homeward::SheetPrinter", "Sealed %1, content %2")
            .arg(dateText(seal.sealedAt.toLocalTime().date()), seal.contentHash.left(16));
    return QCoreApplication::translate("homeward::SheetPrinter", "NOT SEALED (%1): a working copy").arg(label(status));
}

PrintDocument::Frame frame(const QString &title, const QString &subtitle, const QString &centre,
                           const QDateTime &generatedAt)
{
    PrintDocument::Frame frame;
    frame.headerTitle = title;
    frame.headerSubtitle = subtitle;
    frame.marking = QCoreApplication::translate("homeward::SheetPrinter", "CONTAINS PERSONAL DATA");
    frame.footerLeft = QCoreApplication::translate("homeward::SheetPrinter", "Printed %1").arg(momentText(generatedAt));
    frame.footerCentre = centre;
    frame.pageText = QCoreApplication::translate("homeward::SheetPrinter", "Page %1 of %2");
    return frame;
}

QString checkText(const report::SheetPerson &person)
{
    switch (person.check) {
    case PersonCheck::Verified:
        return QCoreApplication::translate("homeward::SheetPrinter", "verified");
    case PersonCheck::Discrepancy:
        return QCoreApplication::translate("homeward::SheetPrinter", "DISCREPANCY (%1)").arg(person.itemsDiscrepant);
    case PersonCheck::InProgress:
        return QCoreApplication::translate("homeward::SheetPrinter", "%1 of %2 checked")
            .arg(person.itemsConfirmed)
            .arg(person.itemsTotal);
    case PersonCheck::NotStarted:
        return QCoreApplication::translate("homeward::SheetPrinter", "not started");
    }
    return {};
}

QString categoryText(const report::SheetPerson &person)
{
    return label(person.category) + QStringLiteral(", ") + label(person.sex);
}

// The list of persons has a narrow category column (the name column keeps
// its width so that a name stays on one line); "військовослужбовець" does not
// fit whole and broke in the middle of the word, so the list uses a short
// form that fits (the checklist's form keeps the full word).
QString listCategoryText(const report::SheetPerson &person)
{
    const QString category =
        person.category == Category::Serviceman
            ? QCoreApplication::translate("homeward::SheetPrinter", "serviceman",
                                          "short form for the narrow category column of the printed list of persons, "
                                          "at most 13 letters a word, e.g. військовий")
            : label(person.category);
    return category + QStringLiteral(", ") + label(person.sex);
}

// Label/value pairs, two to a line.
PrintDocument::Table form(const QList<QPair<QString, QString>> &pairs)
{
    PrintDocument::Table table;
    table.grid = false;
    table.boldEvenColumns = true;
    table.widths = {0.17, 0.33, 0.17, 0.33};
    for (int i = 0; i < pairs.size(); i += 2) {
        QStringList row{pairs.at(i).first, pairs.at(i).second};
        if (i + 1 < pairs.size())
            row << pairs.at(i + 1).first << pairs.at(i + 1).second;
        table.rows << row;
    }
    return table;
}

QStringList countsRow(const QString &name, const SexCategoryCounts &counts)
{
    return {name,
            number(counts.servicemenMen),
            number(counts.servicemenWomen),
            number(counts.servicemen()),
            number(counts.civiliansMen),
            number(counts.civiliansWomen),
            number(counts.civilians()),
            number(counts.total())};
}

PrintDocument::Table countsTable(const report::BatchSheetCounts &counts)
{
    PrintDocument::Table table;
    table.widths = {0.16, 0.12, 0.12, 0.12, 0.12, 0.12, 0.12, 0.12};
    table.headers = {QString(),
                     QCoreApplication::translate("homeward::SheetPrinter", "Servicemen: men"),
                     QCoreApplication::translate("homeward::SheetPrinter", "Servicemen: women"),
                     QCoreApplication::translate("homeward::SheetPrinter", "Servicemen: total"),
                     QCoreApplication::translate("homeward::SheetPrinter", "Civilians: men"),
                     QCoreApplication::translate("homeward::SheetPrinter", "Civilians: women"),
                     QCoreApplication::translate("homeward::SheetPrinter", "Civilians: total"),
                     QCoreApplication::translate("homeward::SheetPrinter", "Total")};
    table.alignment = {Qt::AlignLeft};
    for (int i = 1; i < 8; ++i)
        table.alignment << Qt::AlignRight;
    table.rows << QStringList{QCoreApplication::translate("homeward::SheetPrinter", "Planned"),
                              dash(),
                              dash(),
                              number(counts.plannedServicemen),
                              dash(),
                              dash(),
                              number(counts.plannedCivilians),
                              number(counts.planned())};
    table.rows << countsRow(QCoreApplication::translate("homeward::SheetPrinter", "Entered"), counts.entered);
    table.rows << countsRow(QCoreApplication::translate("homeward::SheetPrinter", "Verified"), counts.verified);
    if (counts.actual) {
        QStringList actual =
            countsRow(QCoreApplication::translate("homeward::SheetPrinter", "Actual at completion"), *counts.actual);
        // The totals as recorded at the handover, when they were given.
        if (counts.actualServicemen)
            actual[3] = number(*counts.actualServicemen);
        if (counts.actualCivilians)
            actual[6] = number(*counts.actualCivilians);
        if (counts.actualServicemen && counts.actualCivilians)
            actual[7] = number(*counts.actualServicemen + *counts.actualCivilians);
        table.rows << actual;
    } else {
        table.rows << QStringList{QCoreApplication::translate("homeward::SheetPrinter", "Actual at completion"),
                                  dash(),
                                  dash(),
                                  dash(),
                                  dash(),
                                  dash(),
                                  dash(),
                                  dash()};
    }
    return table;
}

PrintDocument::Table signatureTable(const QList<QPair<QString, report::SignatureEntry>> &entries)
{
    PrintDocument::Table table;
    table.widths = {0.2, 0.3, 0.2, 0.3};
    table.keepTogether = true;
    table.headers = {QString(), QCoreApplication::translate("homeward::SheetPrinter", "Name"),
                     QCoreApplication::translate("homeward::SheetPrinter", "Date"),
                     QCoreApplication::translate("homeward::SheetPrinter", "Signature")};
    table.minRowHeightMm = 13;
    table.signatureColumn = 3;
    for (const auto &[role, entry] : entries)
        table.rows << QStringList{role, entry.name, momentText(entry.at), QString()};
    table.boldEvenColumns = false;
    return table;
}

report::QrMatrix sealCode(const Exchange &exchange, const Batch &batch, const BatchSeal &seal, QString *problem)
{
    auto code = report::QrCode::encode(report::sealQrText(exchange, batch, seal).toUtf8());
    if (!code) {
        *problem = code.text();
        return {};
    }
    return code.value();
}

} // namespace

QPageLayout SheetPrinter::defaultPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 12, 12, 12),
                       QPageLayout::Millimeter);
}

QString SheetPrinter::title(const report::BatchSheet &sheet)
{
    return tr("Batch %1 of \"%2\": summary sheet").arg(sheet.batch.sequenceNo).arg(sheet.exchange.title);
}

QString SheetPrinter::title(const report::ChecklistSheet &sheet)
{
    return tr("Batch %1 of \"%2\": verification checklist").arg(sheet.batch.sequenceNo).arg(sheet.exchange.title);
}

QString SheetPrinter::title(const report::ExchangeSheet &sheet)
{
    return tr("Exchange \"%1\": summary").arg(sheet.exchange.title);
}

PrintDocument SheetPrinter::document(const report::BatchSheet &sheet)
{
    PrintDocument doc;
    doc.setFrame(frame(exchangeLine(sheet.exchange), batchLine(sheet.exchange, sheet.batch),
                       sealFooter(sheet.seal, sheet.batch.status), sheet.generatedAt));
    doc.addTitle(tr("Batch summary sheet"));
    doc.addTable(form({
        {tr("Exchange"), sheet.exchange.title},
        {tr("Agreement"), sheet.exchange.agreementRef},
        {tr("Batch number"), QString::number(sheet.batch.sequenceNo)},
        {tr("Direction"), label(sheet.batch.direction)},
        {tr("Place"), sheet.batch.place},
        {tr("Planned date"), dateText(sheet.batch.plannedDate)},
        {tr("Intermediary"), sheet.exchange.intermediary},
        {tr("Status"), label(sheet.batch.status)},
    }));
    if (sheet.completion) {
        doc.addTable(form({{tr("Handed over on"), dateText(sheet.completion->record.date)},
                           {tr("Handover place"), sheet.completion->record.place}}));
    }
    doc.addHeading(tr("Counts"));
    doc.addTable(countsTable(sheet.counts));
    if (sheet.withdrawn > 0)
        doc.addText(
            tr("%n person(s) withdrawn from the list are neither counted nor listed.", nullptr, sheet.withdrawn));

    doc.addHeading(tr("List of persons (%1)").arg(number(int(sheet.persons.size()))));
    PrintDocument::Table list;
    list.widths = {0.05, 0.33, 0.1, 0.13, 0.12, 0.15, 0.12};
    list.headers = {tr("No."),           tr("Surname, given name, patronymic / Latin spelling"),
                    tr("Date of birth"), tr("Category, sex"),
                    tr("Rank"),          tr("Region"),
                    tr("Verification")};
    list.alignment = {Qt::AlignRight};
    for (const report::SheetPerson &person : sheet.persons) {
        const QString latin = fullName(person.latinSurname, person.latinGivenName, person.latinPatronymic);
        QString check = checkText(person);
        if (person.handedOver && !*person.handedOver)
            check += QLatin1Char('\n') + tr("not handed over: %1").arg(person.notHandedOverReason);
        list.rows << QStringList{QString::number(person.number),
                                 fullName(person.surname, person.givenName, person.patronymic) +
                                     (latin.isEmpty() ? QString() : QLatin1Char('\n') + latin),
                                 person.birthDate.toDisplay(),
                                 listCategoryText(person),
                                 person.rank,
                                 person.region,
                                 check};
    }
    doc.addTable(list);
    if (sheet.persons.isEmpty())
        doc.addText(tr("No person is listed in this batch."));

    doc.addHeading(tr("Status and seal"));
    if (sheet.seal.isSealed()) {
        QString problem;
        const report::QrMatrix qr = sealCode(sheet.exchange, sheet.batch, sheet.seal, &problem);
        QStringList lines{tr("Status: %1. Confirmed and sealed by %2 on %3.")
                              .arg(label(sheet.batch.status), sheet.seal.sealedByName, momentText(sheet.seal.sealedAt)),
                          tr("Content hash (SHA-256):"),
                          sheet.seal.contentHash,
                          tr("Audit trail hash at confirmation:"),
                          sheet.seal.headHash,
                          tr("The QR code holds both hashes: compare them with the batch in Homeward.")};
        if (!problem.isEmpty())
            lines << tr("The QR code could not be made: %1").arg(problem);
        doc.addSeal(lines, qr);
    } else {
        doc.addText(tr("Status: %1. NOT CONFIRMED: this sheet is a working copy and not the final list; "
                       "the list may still change.")
                        .arg(label(sheet.batch.status)),
                    true, kWarning);
    }

    doc.addHeading(tr("Signatures"));
    doc.addTable(signatureTable({{tr("Prepared by"), sheet.preparedBy},
                                 {tr("Verified by"), sheet.verifiedBy},
                                 {tr("Confirmed by"), sheet.confirmedBy}}));
    return doc;
}

PrintDocument SheetPrinter::document(const report::ChecklistSheet &sheet)
{
    PrintDocument doc;
    doc.setFrame(frame(exchangeLine(sheet.exchange), batchLine(sheet.exchange, sheet.batch),
                       sealFooter(sheet.seal, sheet.batch.status), sheet.generatedAt));
    bool first = true;
    for (const report::PersonChecklistPage &page : sheet.persons) {
        if (!first)
            doc.addPageBreak();
        first = false;
        const report::SheetPerson &person = page.person;
        doc.addTitle(tr("Verification checklist"));
        doc.addHeading(
            tr("No. %1: %2").arg(person.number).arg(fullName(person.surname, person.givenName, person.patronymic)));
        const Person &p = page.details;
        doc.addTable(form({
            {tr("Latin spelling"), fullName(person.latinSurname, person.latinGivenName, person.latinPatronymic)},
            {tr("Date of birth"), p.birthDate.toDisplay()},
            {tr("Category, sex"), categoryText(person)},
            {tr("Rank"), p.rank},
            {tr("Unit"), p.unit},
            {tr("Service number"), p.serviceNumber},
            {tr("Document"), fullName(p.documentType, p.documentNumber, {})},
            {tr("Region"), p.region},
            {tr("Place of birth"), p.birthPlace},
            {tr("Citizenship"), p.citizenship},
            {tr("Overall"), checkText(person)},
            {tr("List position"), QString::number(person.position)},
        }));
        PrintDocument::Table table;
        table.widths = {0.15, 0.2, 0.13, 0.14, 0.19, 0.19};
        table.headers = {tr("Detail"), tr("Stored value"),      tr("State"),
                         tr("Method"), tr("Verified by, when"), tr("Note")};
        for (const report::ChecklistLine &line : page.lines) {
            const VerificationItem &item = line.item;
            const QString state = label(item.state);
            const QString who = item.state == CheckState::Pending
                                    ? QString()
                                    : item.verifiedByName + QLatin1Char('\n') + momentText(item.verifiedAt);
            table.rows << QStringList{
                item.displayLabel(), line.value, state, item.method ? label(*item.method) : QString(), who, item.note};
            if (item.state == CheckState::Discrepancy)
                table.boldRows.insert(int(table.rows.size()) - 1);
        }
        doc.addTable(table);
        doc.addSpacer(4);
        doc.addTable(signatureTable({{tr("Checked by"), {}}}));
    }
    if (sheet.persons.isEmpty())
        doc.addText(tr("No person is listed in this batch."));
    return doc;
}

PrintDocument SheetPrinter::document(const report::ExchangeSheet &sheet)
{
    PrintDocument doc;
    const Exchange &e = sheet.exchange;
    doc.setFrame(frame(exchangeLine(e), tr("Exchange summary"), QString(), sheet.generatedAt));
    doc.addTitle(tr("Exchange summary"));
    doc.addTable(form({
        {tr("Exchange"), e.title},
        {tr("Agreement"), e.agreementRef},
        {tr("Place"), e.place},
        {tr("Intermediary"), e.intermediary},
        {tr("Agreed on"), dateText(e.agreedOn)},
        {tr("Status"), label(e.status)},
        {tr("Agreed"), tr("%1 servicemen, %2 civilians, %3 in all")
                           .arg(number(e.agreedServicemen), number(e.agreedCivilians), number(e.agreedTotal()))},
    }));

    doc.addHeading(tr("Batches (%1)").arg(sheet.batches.size()));
    PrintDocument::Table table;
    table.widths = {0.04, 0.1, 0.115, 0.19, 0.11, 0.11, 0.08, 0.11, 0.12};
    table.headers = {tr("No."),
                     tr("Direction"),
                     tr("Planned date"),
                     tr("Place"),
                     tr("Planned: servicemen / civilians"),
                     tr("Entered: servicemen / civilians"),
                     tr("Verified"),
                     tr("Actual: servicemen / civilians"),
                     tr("Status")};
    table.alignment = {Qt::AlignRight, Qt::AlignLeft,  Qt::AlignLeft,  Qt::AlignLeft, Qt::AlignRight,
                       Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft};
    const auto pair = [](int a, int b) { return QStringLiteral("%1 / %2").arg(number(a), number(b)); };
    for (const report::ExchangeBatchRow &row : sheet.batches) {
        const Batch &b = row.batch;
        QString actual = dash();
        if (b.status == BatchStatus::Completed)
            actual = QStringLiteral("%1 / %2").arg(row.actualServicemen ? number(*row.actualServicemen) : dash(),
                                                   row.actualCivilians ? number(*row.actualCivilians) : dash());
        QString status = label(b.status);
        if (row.sealed)
            status += QLatin1Char('\n') + tr("sealed");
        table.rows << QStringList{QString::number(b.sequenceNo),
                                  label(b.direction),
                                  dateText(b.plannedDate),
                                  b.place,
                                  pair(b.plannedServicemen, b.plannedCivilians),
                                  pair(row.entered.servicemen(), row.entered.civilians()),
                                  number(row.verified),
                                  actual,
                                  status};
    }
    doc.addTable(table);

    doc.addHeading(tr("Totals against the agreement"));
    PrintDocument::Table totals;
    totals.widths = {0.2, 0.2, 0.2, 0.2, 0.2};
    totals.headers = {QString(), tr("Servicemen"), tr("Civilians"), tr("Total"), tr("Listed in open batches")};
    totals.alignment = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
    const auto ofAgreed = [](int done, int agreed) {
        return QCoreApplication::translate("homeward::SheetPrinter", "%1 of %2").arg(number(done), number(agreed));
    };
    const auto totalsRow = [&](const QString &name, const report::DirectionTotals &t) {
        return QStringList{name, ofAgreed(t.servicemen, e.agreedServicemen), ofAgreed(t.civilians, e.agreedCivilians),
                           ofAgreed(t.total(), e.agreedTotal()), number(t.openTotal())};
    };
    totals.rows << totalsRow(tr("Received"), sheet.received);
    totals.rows << totalsRow(tr("Handed over"), sheet.handedOver);
    doc.addTable(totals);
    doc.addText(tr("Received and handed over count the completed batches (actual counts as recorded at the "
                   "handover); cancelled batches are not counted."));
    return doc;
}

Result<int> SheetPrinter::printDocument(const PrintDocument &document, QPagedPaintDevice &device)
{
    const int pages = document.print(device);
    if (pages <= 0)
        return Error{tr("The document could not be drawn: the printer or file did not accept it")};
    return pages;
}

Result<int> SheetPrinter::print(const report::BatchSheet &sheet, QPagedPaintDevice &device)
{
    return printDocument(document(sheet), device);
}

Result<int> SheetPrinter::print(const report::ChecklistSheet &sheet, QPagedPaintDevice &device)
{
    return printDocument(document(sheet), device);
}

Result<int> SheetPrinter::print(const report::ExchangeSheet &sheet, QPagedPaintDevice &device)
{
    return printDocument(document(sheet), device);
}

Result<int> SheetPrinter::writeDocument(const PrintDocument &document, const QString &title, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("%1 could not be written").arg(path), file.errorString()};
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfResolution);
        writer.setPageLayout(defaultPageLayout());
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Homeward"));
        pages = document.print(writer);
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

Result<int> SheetPrinter::writePdf(const report::BatchSheet &sheet, const QString &path)
{
    return writeDocument(document(sheet), title(sheet), path);
}

Result<int> SheetPrinter::writePdf(const report::ChecklistSheet &sheet, const QString &path)
{
    return writeDocument(document(sheet), title(sheet), path);
}

Result<int> SheetPrinter::writePdf(const report::ExchangeSheet &sheet, const QString &path)
{
    return writeDocument(document(sheet), title(sheet), path);
}

} // namespace homeward
