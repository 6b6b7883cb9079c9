#pragma once

#include "storage/Result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace homeward {

// File ▸ Connect to a shared database…: the address of a PostgreSQL database
// that several desks share (server, port, database, the desk's role,
// encryption), shown as the address it makes, tried with "Test connection",
// and remembered for this computer's user account (QSettings) on OK. The
// password is never stored: it is taken from PGPASSWORD or ~/.pgpass, or
// typed here for this run of the program only.
class ConnectDialog final : public QDialog {
    Q_OBJECT
public:
    // Opens the address (a desk's connection, as the window would) and says
    // what went wrong; the default tries Database::open.
    using Tester = std::function<Status(const QString &address)>;

    explicit ConnectDialog(QWidget *parent = nullptr, Tester tester = {});

    // The address the fields make, without a password; empty while incomplete.
    QString address() const;
    void setAddress(const QString &address);

    // The remembered shared database (empty: the database file on this computer).
    static QString rememberedAddress();
    // False when the settings could not be written.
    static bool remember(const QString &address);
    static bool forget();
    // The key in QSettings.
    static const QString kSettingKey;

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *encryptionBox() const { return m_encryption; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *testButton() const { return m_test; }
    QLabel *addressLabel() const { return m_addressLabel; }
    QLabel *resultLabel() const { return m_result; }

public Q_SLOTS:
    void accept() override;

private:
    void updateAddress();
    // Tries the address; true when it opened. Shows the outcome.
    bool test();
    void usePassword() const;

    Tester m_tester;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_encryption = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace homeward
