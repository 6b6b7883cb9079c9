#pragma once

#include "domain/Official.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace homeward {

class Accounts;
class NewPasswordFields;
class OfficialTableModel;
class Store;

// The supervisor's list of accounts: add, edit names and roles, disable or
// enable, reset a password. Accounts are never deleted: the audit trail
// keeps their names. Every action is checked again by Accounts (the store's
// actor must be an active supervisor); a refusal is shown and nothing
// changes. exec() returns Accepted when anything was changed.
class AccountsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AccountsDialog(Store &store, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    QTableView *tableView() const { return m_table; }
    OfficialTableModel *model() const { return m_model; }
    bool changedAnything() const { return m_changed; }

    // The actions behind the buttons, for the selected account.
    void addAccount();
    void editAccount();
    void toggleActive();
    void resetPassword();

public Q_SLOTS:
    void reject() override;

private:
    Official selected() const;
    void select(qint64 id);
    void updateButtons();
    void reloadAndSelect(qint64 id);
    void showRefusal(const QString &title, const QString &text);

    Store &m_store;
    std::unique_ptr<Accounts> m_accounts;
    OfficialTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_toggleActive = nullptr;
    QPushButton *m_reset = nullptr;
    bool m_changed = false;
};

// A new account (user name, full name, roles, password) or an existing
// one's full name and roles. Saving goes through Accounts; a refusal keeps
// the dialog open with what was typed.
class AccountEditDialog final : public QDialog {
    Q_OBJECT
public:
    // `existing.id == 0`: a new account.
    AccountEditDialog(Accounts &accounts, const Actor &actor, const Official &existing, QWidget *parent = nullptr);

    Official official() const;
    qint64 savedId() const { return m_saved.id; }
    QString problemText() const;

public Q_SLOTS:
    void accept() override;

private:
    void revalidate();

    Accounts &m_accounts;
    Actor m_actor;
    Official m_saved;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_fullName = nullptr;
    QCheckBox *m_operator = nullptr;
    QCheckBox *m_verifier = nullptr;
    QCheckBox *m_supervisor = nullptr;
    NewPasswordFields *m_password = nullptr; // new accounts only
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// A supervisor sets a new password for an account (which also lifts a lock-out).
class PasswordResetDialog final : public QDialog {
    Q_OBJECT
public:
    PasswordResetDialog(Accounts &accounts, const Actor &actor, const Official &official, QWidget *parent = nullptr);

public Q_SLOTS:
    void accept() override;

private:
    void revalidate();

    Accounts &m_accounts;
    Actor m_actor;
    Official m_official;
    NewPasswordFields *m_password = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace homeward
