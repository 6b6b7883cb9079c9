#pragma once

#include "domain/Official.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace homeward {

class NewPasswordFields;
class Store;

// The first start of a new database: creates the first account, a
// supervisor, and logs them in. The Create button waits until the fields
// meet the rules; what is still missing is shown under them.
class FirstSupervisorDialog final : public QDialog {
    Q_OBJECT
public:
    explicit FirstSupervisorDialog(Store &store, QWidget *parent = nullptr);

    // The new supervisor, logged in (after Accepted).
    std::optional<Official> official() const { return m_official; }
    QString problemText() const;

public Q_SLOTS:
    void accept() override;

private:
    void revalidate();

    Store &m_store;
    std::optional<Official> m_official;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_fullName = nullptr;
    NewPasswordFields *m_password = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace homeward
