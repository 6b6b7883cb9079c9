#include "Permissions.h"

#include <QCoreApplication>

namespace homeward {

bool roleMayTake(Role role, Action action)
{
    switch (action) {
    case Action::EnterPersons:
        return role == Role::Operator;
    case Action::VerifyDetails:
        return role == Role::Verifier;
    case Action::SubmitForVerification:
        return role == Role::Operator || role == Role::Supervisor;
    case Action::MarkVerified:
        return role == Role::Verifier || role == Role::Supervisor;
    case Action::ImportRegistry:
        return role == Role::Operator || role == Role::Supervisor;
    case Action::ManageExchanges:
    case Action::ManageBatches:
    case Action::ConfirmBatch:
    case Action::ReopenBatch:
    case Action::CompleteBatch:
    case Action::CancelBatch:
    case Action::ManageAccounts:
        return role == Role::Supervisor;
    }
    return false;
}

bool mayTake(const Official &official, Action action)
{
    if (!official.active)
        return false;
    for (Role role : {Role::Operator, Role::Verifier, Role::Supervisor})
        if (official.hasRole(role) && roleMayTake(role, action))
            return true;
    return false;
}

QString actionLabel(Action action)
{
    switch (action) {
    case Action::ManageExchanges: return QCoreApplication::translate("homeward::Permissions", "manage exchanges");
    case Action::ManageBatches: return QCoreApplication::translate("homeward::Permissions", "manage batches");
    case Action::EnterPersons: return QCoreApplication::translate("homeward::Permissions", "enter and edit persons");
    case Action::VerifyDetails: return QCoreApplication::translate("homeward::Permissions", "verify details");
    case Action::SubmitForVerification: return QCoreApplication::translate("homeward::Permissions", "submit batches for verification");
    case Action::MarkVerified: return QCoreApplication::translate("homeward::Permissions", "mark batches verified");
    case Action::ConfirmBatch: return QCoreApplication::translate("homeward::Permissions", "confirm batches");
    case Action::ReopenBatch: return QCoreApplication::translate("homeward::Permissions", "reopen confirmed batches");
    case Action::CompleteBatch: return QCoreApplication::translate("homeward::Permissions", "record completed handovers");
    case Action::CancelBatch: return QCoreApplication::translate("homeward::Permissions", "cancel batches");
    case Action::ManageAccounts: return QCoreApplication::translate("homeward::Permissions", "manage accounts");
    case Action::ImportRegistry: return QCoreApplication::translate("homeward::Permissions", "import the registry");
    }
    return {};
}

} // namespace homeward
