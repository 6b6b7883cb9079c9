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
    const char *context = "homeward::Permissions";
    switch (action) {
    case Action::ManageExchanges: return QCoreApplication::translate(context, "manage exchanges");
    case Action::ManageBatches: return QCoreApplication::translate(context, "manage batches");
    case Action::EnterPersons: return QCoreApplication::translate(context, "enter and edit persons");
    case Action::VerifyDetails: return QCoreApplication::translate(context, "verify details");
    case Action::SubmitForVerification: return QCoreApplication::translate(context, "submit batches for verification");
    case Action::MarkVerified: return QCoreApplication::translate(context, "mark batches verified");
    case Action::ConfirmBatch: return QCoreApplication::translate(context, "confirm batches");
    case Action::ReopenBatch: return QCoreApplication::translate(context, "reopen confirmed batches");
    case Action::CompleteBatch: return QCoreApplication::translate(context, "record completed handovers");
    case Action::CancelBatch: return QCoreApplication::translate(context, "cancel batches");
    case Action::ManageAccounts: return QCoreApplication::translate(context, "manage accounts");
    case Action::ImportRegistry: return QCoreApplication::translate(context, "import the registry");
    }
    return {};
}

} // namespace homeward
