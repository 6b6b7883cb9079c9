#pragma once

#include <Qt>

namespace homeward::roles {

// Item data roles shared by every model in models/items, declared once.
enum : int {
    IdRole = Qt::UserRole + 1,  // qint64 database id of the row's record
    KindRole,                   // NavigatorModel::Kind as int
    ExchangeIdRole,             // qint64
    BatchIdRole,                // qint64
    SortRole,                   // value to sort by (text for names, ISO text for dates, int for numbers)
    StatusCodeRole,             // stable status code (e.g. "draft"), not translated
    // Verification checklist (ChecklistModel, BatchChecklistModel)
    CheckItemRole,              // CheckItem as int
    PrefersBlindRole,           // bool: blind re-entry is the default way to verify the item
    MayVerifyRole,              // bool: the current official did not last change it (two-person rule)
    ItemsTotalRole,             // int: checklist items of a person
    ItemsConfirmedRole,         // int
    ItemsDiscrepantRole,        // int
    ItemsWaitingForMeRole,      // int: pending items the current official may verify
    // Registry matching (MatchResultsModel)
    RiskRankRole,               // int: 0 ambiguous, 1 probable, 2 none, 3 match (riskiest first)
    MarginRole,                 // double: how far the best candidate leads the next
    DuplicateCountRole,         // int: other listings that look like the same person
    // Reconciliation with the counterpart's list (ReconciliationModel)
    ReconciliationKeyRole,      // QString: the item's stable key ("pair:12:R-7:surname", "only-ours:14"), or a count's code
    ResolvedRole,               // bool: an official marked the item resolved (for its current values)
    RiskLevelRole,              // int: RiskLevel (0 none … 3 high)
    ResolutionNoteRole,         // QString: the resolution's note (empty when open)
    FieldCodeRole,              // QString: interchange column name of the difference ("surname" …)
    TheirRecordIdRole,          // QString: record_id on their list (empty when not on it)
    // Exchange dashboard (DashboardBatchModel)
    ProgressValueRole,          // int: how far a progress cell is (persons entered or verified)
    ProgressMaximumRole,        // int: what it is measured against (persons planned or entered)
};

} // namespace homeward::roles
