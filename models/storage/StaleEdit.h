#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

namespace homeward {

// What a form read of a row it is about to change: the row's id and its
// row_version, both 0 when there was no row then (a difference not resolved
// yet, a person not linked yet). A write compares it with the row it finds.
struct SeenRow final {
    qint64 id = 0;
    qint64 rowVersion = 0;
    bool none() const { return id == 0; }
};

// The one refusal of a save based on a stale copy: the record's row_version
// moved on (or the row is gone) since the official read it. The message
// names who changed the record and when, so the official knows whom to ask,
// and says that nothing was saved. The Error's `stale` flag lets a form keep
// the official's values and offer to reload.
class StaleEdit final {
    Q_DECLARE_TR_FUNCTIONS(homeward::StaleEdit)

public:
    // VerificationItem: one row of a person's checklist (a verdict and its note).
    // Resolution: an official's note resolving a difference of a reconciliation
    // (reconciliation_resolution); RegistryLink: a person's link to a registry
    // record (person_registry_link). Their id is the row's own id.
    enum class Record { Person, Batch, Exchange, Account, VerificationItem, Resolution, RegistryLink };

    // Who last changed the record and when, read through `db` (call it inside
    // the refused write's transaction, which sees the newest row). `exists`
    // false: the row is gone, `by`/`at` say who deleted it when the audit
    // trail knows.
    struct LastChange final {
        bool exists = true;
        QString by;   // full name; empty when unknown
        QDateTime at; // UTC; invalid when unknown
    };
    static Result<LastChange> lastChange(const QSqlDatabase &db, Record record, qint64 id);

    // The refusal for `record` number `id`, stale set. When the last change
    // cannot be read, the message still refuses, without name and time.
    static Error refusal(const QSqlDatabase &db, Record record, qint64 id);
    // The refusal when the caller found the last change itself.
    static Error refusal(Record record, const LastChange &change);
    static QString message(Record record, const LastChange &change);
    // `at` (UTC) in local time, in the locale's short date and time.
    static QString formatTime(const QDateTime &at);
};

} // namespace homeward
