#pragma once

#include <QDateTime>
#include <QString>

namespace homeward {

// Roles an official may hold; one person may hold several, and the
// two-person rule still holds between their own entries and verifications.
enum class Role { Operator = 1, Verifier = 2, Supervisor = 4 };

// An account. The password hash never leaves models/storage.
struct Official final {
    qint64 id = 0;
    qint64 rowVersion = 0;
    QString username;
    QString fullName;
    bool isOperator = false;
    bool isVerifier = false;
    bool isSupervisor = false;
    bool active = true;
    int failedAttempts = 0;
    QDateTime lockedUntil;  // UTC; invalid when not locked

    bool hasRole(Role role) const
    {
        switch (role) {
        case Role::Operator: return isOperator;
        case Role::Verifier: return isVerifier;
        case Role::Supervisor: return isSupervisor;
        }
        return false;
    }
    bool operator==(const Official &other) const = default;
};

// Who is doing the work now: the logged-in official, recorded with every
// change in the audit trail. id 0 means no one is logged in (only the
// creation of the first supervisor and the migrations run so).
struct Actor final {
    qint64 officialId = 0;
    QString username;
    QString fullName;
    bool isValid() const { return officialId != 0; }
};

} // namespace homeward
