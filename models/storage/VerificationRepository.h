#pragma once

#include "Result.h"

#include "domain/BlindReentry.h"
#include "domain/Official.h"
#include "domain/Verification.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace homeward {

class ChangeNotifier;

// Where a batch's verification stands. Counts persons listed (not
// withdrawn); an item counts when it is a standard one or a free item of the
// batch's own exchange.
struct BatchVerificationProgress final {
    int persons = 0;
    int fullyVerified = 0;   // every item confirmed
    int withDiscrepancy = 0; // at least one item marked discrepant
    int notStarted = 0;      // every item still pending
    int itemsPending = 0;
    bool operator==(const BatchVerificationProgress &other) const = default;
};

// The per-detail verification checklist of persons (schema 3).
//
// The checklist rows themselves are made by the database: nine standard
// items when a person is stored, and the free items of an exchange when a
// person is listed in one of its batches (trigger batch_member_custom_checklist,
// so imports get them too). Editing a detail sets its item back to pending
// (trigger person_details_changed); verificationsResetBy() in
// domain/Verification.h tells a form what such an edit resets.
//
// Every verification needs an official who may verify details
// (Action::VerifyDetails: an active verifier), read from the database inside
// the write's own transaction (the actor struct is not trusted; refused
// without one), and not the official who last changed the detail (the
// two-person rule, which triggers enforce again for every other writer).
// Free items need Action::ManageExchanges. Reads are open to anyone. Each write runs in
// one transaction with its audit row: "verify" or "discrepancy" on entity
// "verification_item" (before/after: the stored row), "custom_item_add" on
// entity "exchange_check_item".
class VerificationRepository final {
    Q_DECLARE_TR_FUNCTIONS(homeward::VerificationRepository)

public:
    VerificationRepository(QSqlDatabase db, ChangeNotifier *notifier, const Actor *actor = nullptr);

    // Standard items in checklist order, then free items in the order added.
    Result<QList<VerificationItem>> itemsForPerson(qint64 personId) const;
    Result<VerificationItem> item(qint64 itemId) const;

    // The writes of a form carry the item as the form read it (`read`, its id
    // and rowVersion): when the stored item moved on since (another verifier's
    // verdict, a reset by an edit of the detail) the write is refused as
    // stale (Error::stale, StaleEdit names who changed it and when) and
    // nothing is stored. The overloads by id are for writers that are not
    // forms (demo data): they act on the item as stored now.
    //
    // Confirms an item by `method` (not BlindReentry: that is verifyBlind's;
    // the identity check needs InPerson, Photo or Documents). `note` may say
    // which document or photo. An item already confirmed is not confirmed
    // again (its verifier stays on record).
    Status confirm(const VerificationItem &read, CheckMethod method, const QString &note = {});
    Status confirm(qint64 itemId, CheckMethod method, const QString &note = {});
    // Records a discrepancy; the note saying what differs is required.
    Status markDiscrepancy(const VerificationItem &read, const QString &note);
    Status markDiscrepancy(qint64 itemId, const QString &note);
    // Compares `typed` (entered without seeing the stored value) with the
    // stored detail. Equal: confirms with method BlindReentry. Not equal:
    // changes nothing and returns the comparison to show both values.
    Result<BlindComparison> verifyBlind(const VerificationItem &read, const QString &typed);
    Result<BlindComparison> verifyBlind(qint64 itemId, const QString &typed);

    // A free checklist item for every person of the exchange, now and later
    // listed; a task of whoever may manage exchanges. Returns the new exchange_check_item id.
    Result<qint64> addCustomItem(qint64 exchangeId, const QString &label);

    Result<BatchVerificationProgress> progress(qint64 batchId) const;

private:
    Actor actor() const { return m_actor ? *m_actor : Actor(); }
    Status checkTwoPersonRule(const VerificationItem &item) const;
    // The stored item inside the write's transaction; with `readVersion`, refused
    // as stale when it moved on from that (or the item is gone).
    Result<VerificationItem> storedForWrite(qint64 itemId, std::optional<qint64> readVersion) const;
    Status confirmItem(qint64 itemId, std::optional<qint64> readVersion, CheckMethod method, const QString &note);
    Status markItem(qint64 itemId, std::optional<qint64> readVersion, const QString &note);
    Result<BlindComparison> verifyItem(qint64 itemId, std::optional<qint64> readVersion, const QString &typed);
    // The change (only over the row version `item` was read with) and its
    // audit row; inside an open transaction.
    Status writeLocked(const VerificationItem &item, CheckState state, CheckMethod method, const QString &note);
    void announce(qint64 personId) const;

    QSqlDatabase m_db;
    ChangeNotifier *m_notifier;
    const Actor *m_actor;
};

} // namespace homeward
