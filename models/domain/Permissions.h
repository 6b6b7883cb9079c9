#pragma once

#include "Official.h"

#include <QString>

namespace homeward {

// What an official may do, by role. One table, read by every repository and
// by the views (to grey out what the official may not do), so that the rule
// lives in one place. Holding several roles never lifts the two-person rule
// or the confirmation rule (not the one who entered or verified the batch):
// those are checked where the work is done, against the recorded history.
enum class Action {
    ManageExchanges,        // create, edit, delete exchanges; free checklist items
    ManageBatches,          // create, edit, delete batches (not their status)
    EnterPersons,           // create, edit, list, withdraw, delete persons
    VerifyDetails,          // confirm a detail or record a discrepancy
    SubmitForVerification,  // draft → in verification (and back to draft)
    MarkVerified,           // in verification → verified
    ConfirmBatch,           // verified → confirmed (with password and seal)
    ReopenBatch,            // confirmed → in verification, with a reason
    CompleteBatch,          // confirmed → completed, with the actual handover
    CancelBatch,            // any state before completed → cancelled, with a reason
    ManageAccounts,         // create, disable, reset accounts
    ImportRegistry,         // load or replace records of the registry
};

// Every action, in the order above (for the role × action tests and views).
inline constexpr Action kAllActions[] = {
    Action::ManageExchanges, Action::ManageBatches,  Action::EnterPersons, Action::VerifyDetails,
    Action::SubmitForVerification, Action::MarkVerified, Action::ConfirmBatch, Action::ReopenBatch,
    Action::CompleteBatch, Action::CancelBatch, Action::ManageAccounts, Action::ImportRegistry,
};

// The roles that may take `action` (any one of them is enough).
bool roleMayTake(Role role, Action action);
// Whether this account may take `action`: active and holding a role that may.
bool mayTake(const Official &official, Action action);
// "enter persons", "confirm batches" … (translated), for messages.
QString actionLabel(Action action);

} // namespace homeward
