#include "ConnectDialog.h"

#include "storage/Database.h"
#include "storage/DatabaseUrl.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace homeward {
namespace {

QLineEdit *lineEdit(const char *name, const QString &placeholder, const QString &toolTip)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QString::fromLatin1(name));
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(toolTip);
    edit->setClearButtonEnabled(true);
    return edit;
}

Status openAsDesk(const QString &address)
{
    auto database = Database::open(address);
    return database ? Status() : database.status();
}

} // namespace

const QString ConnectDialog::kSettingKey = QStringLiteral("database/shared");

ConnectDialog::ConnectDialog(QWidget *parent, Tester tester)
    : QDialog(parent), m_tester(tester ? std::move(tester) : Tester(openAsDesk))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a shared database"));

    m_host = lineEdit("hostEdit", tr("e.g. hq-db.example.org"),
                      tr("The name or address of the database server, as your administrator gave it"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(DatabaseUrl::kDefaultPort);
    m_port->setToolTip(tr("The server's port; PostgreSQL's usual one is 5432"));
    m_database = lineEdit("databaseEdit", tr("e.g. homeward"), tr("The name of the shared database on the server"));
    m_user = lineEdit("userEdit", tr("your desk's role"),
                      tr("The database role this desk signs in as (a member of homeward_desk, never the "
                         "database's owner); not your Homeward account"));
    m_encryption = new QComboBox;
    m_encryption->setObjectName(QStringLiteral("encryptionCombo"));
    m_encryption->addItem(tr("Required, server's identity verified"),
                          DatabaseUrl::sslModeName(DatabaseUrl::SslMode::VerifyFull));
    m_encryption->addItem(tr("Required"), DatabaseUrl::sslModeName(DatabaseUrl::SslMode::Require));
    m_encryption->addItem(tr("When the server offers it"), QString());
    m_encryption->addItem(tr("Off (only on a network you trust)"),
                          DatabaseUrl::sslModeName(DatabaseUrl::SslMode::Disable));
    m_encryption->setCurrentIndex(2);
    m_encryption->setToolTip(tr("Whether the connection to the server is encrypted (TLS). Personal data travels "
                                "on it: choose \"Required\" unless the server is on this computer."));
    m_password = lineEdit("passwordEdit", tr("from ~/.pgpass when empty"),
                          tr("The role's password, for this run of Homeward only: it is never stored. Leave it "
                             "empty when it is in ~/.pgpass or PGPASSWORD."));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setClearButtonEnabled(false);

    m_addressLabel = new QLabel;
    m_addressLabel->setObjectName(QStringLiteral("addressLabel"));
    m_addressLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addressLabel->setToolTip(tr("The address to give with --database to the homeward commands"));
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Role:"), m_user);
    form->addRow(tr("&Encryption:"), m_encryption);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("Address:"), m_addressLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Connect"));
    m_test = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setToolTip(tr("Sign in to the server with these settings and check the database, without switching"));
    connect(m_test, &QPushButton::clicked, this, [this] { test(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateAddress);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::updateAddress);
    connect(m_encryption, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateAddress);

    auto *note = new QLabel(tr("The shared database is remembered for this computer's user account and opened at "
                               "every start. Your Homeward account and password are asked after connecting."));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555;"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    setAddress(rememberedAddress());
    updateAddress();
}

QString ConnectDialog::address() const
{
    const QString host = m_host->text().trimmed();
    const QString database = m_database->text().trimmed();
    const QString user = m_user->text().trimmed();
    if (host.isEmpty() || database.isEmpty() || user.isEmpty())
        return {};
    // Percent-encoded where a name holds characters an address cannot; IPv6 in brackets.
    const auto part = [](const QString &text) { return QString::fromUtf8(QUrl::toPercentEncoding(text)); };
    const QString hostPart = host.contains(u':') ? QStringLiteral("[%1]").arg(host) : part(host);
    QString text = QStringLiteral("postgresql://%1@%2:%3/%4").arg(part(user), hostPart).arg(m_port->value()).arg(part(database));
    if (const QString mode = m_encryption->currentData().toString(); !mode.isEmpty())
        text += QStringLiteral("?sslmode=") + mode;
    return text;
}

void ConnectDialog::setAddress(const QString &address)
{
    auto url = DatabaseUrl::parse(address);
    if (address.isEmpty() || !url)
        return;
    m_host->setText(url.value().host());
    m_port->setValue(url.value().port());
    m_database->setText(url.value().database());
    m_user->setText(url.value().user());
    const QString mode = url.value().sslMode() ? DatabaseUrl::sslModeName(*url.value().sslMode()) : QString();
    const int index = m_encryption->findData(mode);
    if (index >= 0)
        m_encryption->setCurrentIndex(index);
}

void ConnectDialog::updateAddress()
{
    const QString text = address();
    m_addressLabel->setText(text.isEmpty() ? tr("(fill in the server, the database and the role)") : text);
    m_ok->setEnabled(!text.isEmpty());
    m_test->setEnabled(!text.isEmpty());
    m_result->clear();
}

void ConnectDialog::usePassword() const
{
    // For this process only (libpq reads PGPASSWORD at each connection); never written anywhere.
    if (!m_password->text().isEmpty())
        qputenv("PGPASSWORD", m_password->text().toUtf8());
}

bool ConnectDialog::test()
{
    const QString text = address();
    if (auto url = DatabaseUrl::parse(text); !url) {
        m_result->setStyleSheet(QStringLiteral("color: #a00;"));
        m_result->setText(url.error().message);
        return false;
    }
    usePassword();
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Connecting to %1…").arg(text));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_result->repaint();
    const Status opened = m_tester(text);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        m_result->setStyleSheet(QStringLiteral("color: #a00;"));
        m_result->setText(opened.error().message);
        m_result->setToolTip(opened.error().detail);
        return false;
    }
    m_result->setStyleSheet(QStringLiteral("color: #070;"));
    m_result->setText(tr("Connected: the shared database is ready for this desk."));
    m_result->setToolTip(QString());
    return true;
}

void ConnectDialog::accept()
{
    // Nothing is remembered that does not open: a wrong address would fail at every start.
    if (!test())
        return;
    if (!remember(address()))
        QMessageBox::warning(this, windowTitle(),
                             tr("The address could not be stored in this computer's settings: Homeward connects to "
                                "it now, but not at the next start."));
    QDialog::accept();
}

QString ConnectDialog::rememberedAddress()
{
    return QSettings().value(kSettingKey).toString().trimmed();
}

bool ConnectDialog::remember(const QString &address)
{
    QSettings settings;
    settings.setValue(kSettingKey, address);
    settings.sync();
    return settings.status() == QSettings::NoError;
}

bool ConnectDialog::forget()
{
    QSettings settings;
    settings.remove(kSettingKey);
    settings.sync();
    return settings.status() == QSettings::NoError;
}

} // namespace homeward
