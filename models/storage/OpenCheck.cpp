#include "OpenCheck.h"

#include "AuditLog.h"
#include "Migrations.h"
#include "SealCheck.h"
#include "Sql.h"

#include <QSqlError>

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

OpenCheckReport OpenCheck::run(const QSqlDatabase &db)
{
    OpenCheckReport report;
    const auto failed = [&report](const QString &what, const Error &error) {
        report.problems.append({OpenProblem::Kind::CheckFailed, tr("%1 could not run: %2").arg(what, error.text())});
    };

    if (auto quick = sql::run(db, QStringLiteral("PRAGMA quick_check")); !quick) {
        failed(tr("The integrity check"), quick.error());
    } else {
        QStringList lines;
        while (quick.value().next())
            lines << quick.value().value(0).toString();
        if (lines != QStringList{QStringLiteral("ok")})
            report.problems.append(
                {OpenProblem::Kind::Integrity,
                 tr("the database file is damaged: %1").arg(lines.mid(0, 3).join(QStringLiteral("; ")))});
    }

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

    auto version = Migrations::currentVersion(db);
    if (!version) {
        failed(tr("The schema check"), version.error());
        return report;
    }
    if (version.value() < kAuditSchema)
        return report;
    auto chain = AuditLog::verify(db);
    if (!chain) {
        failed(tr("The audit trail check"), chain.error());
    } else if (const auto &fault = chain.value()) {
        report.problems.append(
            {OpenProblem::Kind::AuditChain,
             tr("audit trail broken at row %1: %2").arg(QString::number(fault->rowId), fault->reason)});
    } else {
        // The seals hang on the chain just checked; a broken chain says enough.
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
    if (auto done = sql::run(db, QStringLiteral("PRAGMA query_only = ON")); !done)
        return Status::failure(tr("The database could not be switched to read-only"), done.error().detail);
    return {};
}

} // namespace homeward
