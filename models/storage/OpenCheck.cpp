#include "OpenCheck.h"

#include "AuditLog.h"
#include "Database.h"
#include "Dialect.h"
#include "Migrations.h"
#include "SealCheck.h"
#include "Sql.h"

#include <QSqlError>

#include <algorithm>

namespace homeward {
namespace {

constexpr int kAuditSchema = 2;

} // namespace

QString OpenCheckReport::text() const
{
    QStringList lines;
    for (const OpenProblem &p : problems)
        lines << p.text;
    return lines.join(QLatin1Char('\n'));
}

QString OpenCheckReport::reason() const
{
    return problems.isEmpty() ? QString() : problems.constFirst().text;
}

QString OpenCheck::stepText(Step step)
{
    switch (step) {
    case Step::Integrity:
        return tr("Checking that the database file is whole…");
    case Step::Links:
        return tr("Checking the links between records…");
    case Step::AuditTrail:
        return tr("Checking the audit trail…");
    case Step::Seals:
        return tr("Checking the seals of confirmed batches…");
    }
    return {};
}

OpenCheckReport OpenCheck::runOnFile(const QString &path, const Progress &progress)
{
    auto database = Database::open(path);
    if (!database) {
        OpenCheckReport report;
        report.problems.append({OpenProblem::Kind::CheckFailed,
                                tr("%1 could not run: %2").arg(tr("The integrity check"), database.text())});
        return report;
    }
    return run(database.value()->connection(), progress);
}

void OpenCheck::checkFile(const QSqlDatabase &db, const Progress &progress, OpenCheckReport &report)
{
    const auto failed = [&report](const QString &what, const Error &error) {
        report.problems.append({OpenProblem::Kind::CheckFailed, tr("%1 could not run: %2").arg(what, error.text())});
    };
    const auto begin = [&progress](Step step) {
        if (progress)
            progress(step);
    };

    begin(Step::Integrity);
    if (auto quick = sql::run(db, QStringLiteral("PRAGMA quick_check")); !quick) {
        failed(tr("The integrity check"), quick.error());
    } else {
        QStringList lines;
        while (quick.value().next())
            lines << quick.value().value(0).toString();
        // A read that fails part-way must not pass as "ok".
        // quick_check reports a page it could not read ("… error code=266",
        // an I/O error) among its findings: the file could not be checked,
        // which is not the same as finding it damaged.
        const auto unreadable = std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) {
            return line.contains(QLatin1String("error code="));
        });
        if (quick.value().lastError().isValid())
            failed(tr("The integrity check"), Error{quick.value().lastError().text()});
        else if (unreadable != lines.cend())
            failed(tr("The integrity check"), Error{*unreadable});
        else if (lines != QStringList{QStringLiteral("ok")})
            report.problems.append(
                {OpenProblem::Kind::Integrity,
                 tr("the database file is damaged: %1").arg(lines.mid(0, 3).join(QStringLiteral("; ")))});
    }

    begin(Step::Links);
    if (auto keys = sql::run(db, QStringLiteral("PRAGMA foreign_key_check")); !keys) {
        failed(tr("The check of the links between records"), keys.error());
    } else {
        int listed = 0;
        while (keys.value().next()) {
            if (++listed > kMaxListed)
                continue;
            report.problems.append({OpenProblem::Kind::ForeignKey,
                                    tr("the record %1 in table %2 refers to a missing record in table %3")
                                        .arg(keys.value().value(1).toString(), keys.value().value(0).toString(),
                                             keys.value().value(2).toString())});
        }
        // A read that fails part-way must not pass as "no broken links".
        if (keys.value().lastError().isValid())
            failed(tr("The check of the links between records"), Error{keys.value().lastError().text()});
        if (listed > kMaxListed)
            report.problems.append({OpenProblem::Kind::ForeignKey,
                                    tr("%1 more records refer to missing records").arg(listed - kMaxListed)});
    }
}

OpenCheckReport OpenCheck::run(const QSqlDatabase &db, const Progress &progress)
{
    OpenCheckReport report;
    const auto failed = [&report](const QString &what, const Error &error) {
        report.problems.append({OpenProblem::Kind::CheckFailed, tr("%1 could not run: %2").arg(what, error.text())});
    };
    const auto begin = [&progress](Step step) {
        if (progress)
            progress(step);
    };

    // A server keeps its own files whole and enforces every link as it writes: the file checks
    // are SQLite's alone. The audit trail and the seals are checked on both.
    if (!Dialect::of(db).isPostgres())
        checkFile(db, progress, report);

    auto version = Migrations::currentVersion(db);
    if (!version) {
        failed(tr("The schema check"), version.error());
        return report;
    }
    if (version.value() < kAuditSchema)
        return report;
    begin(Step::AuditTrail);
    auto chain = AuditLog::verify(db);
    if (!chain) {
        failed(tr("The audit trail check"), chain.error());
    } else if (const auto &fault = chain.value()) {
        report.problems.append(
            {OpenProblem::Kind::AuditChain,
             tr("audit trail broken at row %1: %2").arg(QString::number(fault->rowId), fault->reason)});
    } else {
        // The seals hang on the chain just checked; a broken chain says enough.
        begin(Step::Seals);
        auto seals = SealCheck::verify(db);
        if (!seals) {
            failed(tr("The check of the seals"), seals.error());
        } else {
            for (const SealFault &fault : seals.value())
                report.problems.append({OpenProblem::Kind::Seal, fault.text()});
        }
    }
    return report;
}

Status OpenCheck::enterReadOnly(const QSqlDatabase &db)
{
    // On a server, every later transaction of this connection is read-only (SET cannot be
    // prepared; set_config can).
    const QString statement = Dialect::of(db).isPostgres()
                                  ? QStringLiteral("SELECT set_config('default_transaction_read_only', 'on', false)")
                                  : QStringLiteral("PRAGMA query_only = ON");
    if (auto done = sql::run(db, statement); !done)
        return Status::failure(tr("The database could not be switched to read-only"), done.error().detail);
    return {};
}

} // namespace homeward
