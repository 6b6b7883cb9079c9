#pragma once

#include "domain/Official.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace homeward {

class Store;

// The start of a session: on a database without accounts it asks for the
// first supervisor (FirstSupervisorDialog), otherwise for a login
// (LoginDialog, with the last user name filled in). On success the store
// acts for the official from then on (Store::setActor).
class LoginFlow final {
    Q_DECLARE_TR_FUNCTIONS(homeward::LoginFlow)

public:
    // The logged-in official, or nullopt when the official cancelled (or
    // the accounts could not be read; that is shown in a message box first).
    static std::optional<Official> run(Store &store, QWidget *parent = nullptr);
};

} // namespace homeward
