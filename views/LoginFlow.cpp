#include "LoginFlow.h"

#include "FirstSupervisorDialog.h"
#include "LoginDialog.h"
#include "storage/Accounts.h"
#include "storage/Store.h"

#include <QMessageBox>
#include <QSettings>

namespace homeward {
namespace {

const QString kLastUsernameKey = QStringLiteral("login/lastUsername");

} // namespace

std::optional<Official> LoginFlow::run(Store &store, QWidget *parent)
{
    Accounts accounts(store.connection());
    auto any = accounts.hasAnyOfficial();
    if (!any) {
        QMessageBox::critical(parent, tr("Homeward"), any.text());
        return std::nullopt;
    }
    std::optional<Official> official;
    if (!any.value()) {
        FirstSupervisorDialog dialog(store, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        official = dialog.official();
    } else {
        LoginDialog dialog(store, parent);
        dialog.setUsername(QSettings().value(kLastUsernameKey).toString());
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        official = dialog.official();
    }
    if (!official)
        return std::nullopt;
    // Only the user name is remembered, never the password.
    QSettings().setValue(kLastUsernameKey, official->username);
    store.setActor(Accounts::actorFor(*official));
    return official;
}

} // namespace homeward
