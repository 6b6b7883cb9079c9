#include "AccountsDialog.h"

#include "NewPasswordFields.h"
#include "items/ItemRoles.h"
#include "items/OfficialTableModel.h"
#include "storage/Accounts.h"
#include "storage/PasswordHasher.h"
#include "storage/Store.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace homeward {
namespace {

QPushButton *acceptButton(QDialogButtonBox *buttons)
{
    for (QAbstractButton *button : buttons->buttons())
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton *>(button);
    return nullptr;
}

QLabel *problemLabel()
{
    auto *label = new QLabel;
    label->setObjectName(QStringLiteral("problemLabel"));
    label->setWordWrap(true);
    return label;
}

} // namespace

// ---- the list -------------------------------------------------------------------

AccountsDialog::AccountsDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_accounts(std::make_unique<Accounts>(store.connection()))
{
    setWindowTitle(tr("Accounts"));
    setObjectName(QStringLiteral("accountsDialog"));

    m_model = new OfficialTableModel(store, this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(OfficialTableModel::FullNameColumn, QHeaderView::Stretch);

    m_add = new QPushButton(tr("&Add…"));
    m_add->setObjectName(QStringLiteral("addAccountButton"));
    m_edit = new QPushButton(tr("&Edit…"));
    m_edit->setObjectName(QStringLiteral("editAccountButton"));
    m_toggleActive = new QPushButton(tr("&Disable"));
    m_toggleActive->setObjectName(QStringLiteral("toggleActiveButton"));
    m_reset = new QPushButton(tr("&Reset password…"));
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &AccountsDialog::reject);

    auto *side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_edit);
    side->addWidget(m_toggleActive);
    side->addWidget(m_reset);
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(side);
    auto *note = new QLabel(tr("Accounts are never deleted: the record of who did what keeps their names. "
                               "Disable an account that is no longer needed."));
    note->setWordWrap(true);
    note->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(note);
    layout->addWidget(close);
    resize(760, 420);

    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsDialog::editAccount);
    connect(m_toggleActive, &QPushButton::clicked, this, &AccountsDialog::toggleActive);
    connect(m_reset, &QPushButton::clicked, this, &AccountsDialog::resetPassword);
    connect(m_table, &QTableView::activated, this, &AccountsDialog::editAccount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountsDialog::updateButtons);
    connect(m_model, &OfficialTableModel::loadFailed, this,
            [this](const QString &message) { showRefusal(tr("Accounts not read"), message); });
    if (!m_model->lastError().isEmpty())
        QMetaObject::invokeMethod(
            this, [this] { showRefusal(tr("Accounts not read"), m_model->lastError()); }, Qt::QueuedConnection);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::reject()
{
    // Close is the only way out; the result says whether anything changed.
    done(m_changed ? QDialog::Accepted : QDialog::Rejected);
}

Official AccountsDialog::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? Official{} : m_model->official(rows.constFirst().row());
}

void AccountsDialog::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
    updateButtons();
}

void AccountsDialog::reloadAndSelect(qint64 id)
{
    m_changed = true;
    if (Status loaded = m_model->reload(); !loaded)
        return; // shown through loadFailed
    select(id);
}

void AccountsDialog::updateButtons()
{
    const Official official = selected();
    const bool any = official.id != 0;
    const bool self = any && official.id == m_store.actor().officialId;
    m_edit->setEnabled(any);
    m_reset->setEnabled(any);
    m_toggleActive->setText(any && !official.active ? tr("E&nable") : tr("&Disable"));
    m_toggleActive->setEnabled(any && !self);
    m_toggleActive->setToolTip(self ? tr("Your own account cannot be disabled by you") : QString());
}

void AccountsDialog::showRefusal(const QString &title, const QString &text)
{
    QMessageBox::warning(this, title, text);
}

void AccountsDialog::addAccount()
{
    Official fresh;
    fresh.isOperator = true;
    AccountEditDialog dialog(*m_accounts, m_store.actor(), fresh, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadAndSelect(dialog.savedId());
}

void AccountsDialog::editAccount()
{
    const Official official = selected();
    if (official.id == 0)
        return;
    AccountEditDialog dialog(*m_accounts, m_store.actor(), official, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadAndSelect(official.id);
}

void AccountsDialog::toggleActive()
{
    const Official official = selected();
    if (official.id == 0)
        return;
    if (official.active) {
        const auto answer = QMessageBox::question(
            this, tr("Disable account"),
            tr("Disable the account “%1” (%2)? They will not be able to log in until a supervisor enables it "
               "again. Their name stays in the records.")
                .arg(official.username, official.fullName),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    const Status done = m_accounts->setActive(m_store.actor(), official.id, !official.active);
    if (!done) {
        showRefusal(official.active ? tr("Account not disabled") : tr("Account not enabled"), done.text());
        return;
    }
    reloadAndSelect(official.id);
}

void AccountsDialog::resetPassword()
{
    const Official official = selected();
    if (official.id == 0)
        return;
    PasswordResetDialog dialog(*m_accounts, m_store.actor(), official, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadAndSelect(official.id);
}

// ---- one account ----------------------------------------------------------------

AccountEditDialog::AccountEditDialog(Accounts &accounts, const Actor &actor, const Official &existing, QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_actor(actor), m_saved(existing)
{
    const bool isNew = existing.id == 0;
    setWindowTitle(isNew ? tr("New account") : tr("Account “%1”").arg(existing.username));
    setObjectName(QStringLiteral("accountEditDialog"));

    m_username = new QLineEdit(existing.username);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setMaxLength(Accounts::kMaximumUsernameLength);
    m_username->setReadOnly(!isNew);
    if (!isNew)
        m_username->setToolTip(tr("A user name cannot be changed"));
    m_fullName = new QLineEdit(existing.fullName);
    m_fullName->setObjectName(QStringLiteral("fullNameEdit"));
    m_fullName->setMaxLength(Accounts::kMaximumFullNameLength);
    m_operator = new QCheckBox(tr("&Operator: enters and edits persons"));
    m_operator->setObjectName(QStringLiteral("operatorCheck"));
    m_operator->setChecked(existing.isOperator);
    m_verifier = new QCheckBox(tr("&Verifier: checks the details entered by others"));
    m_verifier->setObjectName(QStringLiteral("verifierCheck"));
    m_verifier->setChecked(existing.isVerifier);
    m_supervisor = new QCheckBox(tr("&Supervisor: confirms batches and manages accounts"));
    m_supervisor->setObjectName(QStringLiteral("supervisorCheck"));
    m_supervisor->setChecked(existing.isSupervisor);
    auto *roles = new QVBoxLayout;
    roles->addWidget(m_operator);
    roles->addWidget(m_verifier);
    roles->addWidget(m_supervisor);

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("Roles:"), roles);
    if (isNew)
        m_password = new NewPasswordFields(form, this);
    m_problem = problemLabel();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountEditDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
    // Enter saves (once allowed); it never falls through to Cancel.
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);

    connect(m_username, &QLineEdit::textEdited, this, &AccountEditDialog::revalidate);
    connect(m_fullName, &QLineEdit::textEdited, this, &AccountEditDialog::revalidate);
    for (QCheckBox *box : {m_operator, m_verifier, m_supervisor})
        connect(box, &QCheckBox::toggled, this, &AccountEditDialog::revalidate);
    if (m_password)
        connect(m_password, &NewPasswordFields::edited, this, &AccountEditDialog::revalidate);
    revalidate();
}

Official AccountEditDialog::official() const
{
    Official o = m_saved;
    o.username = m_username->text();
    o.fullName = m_fullName->text();
    o.isOperator = m_operator->isChecked();
    o.isVerifier = m_verifier->isChecked();
    o.isSupervisor = m_supervisor->isChecked();
    return o;
}

QString AccountEditDialog::problemText() const
{
    return m_problem->text();
}

void AccountEditDialog::revalidate()
{
    const Official o = official();
    QStringList problems = Accounts::problems(o);
    if (m_password)
        if (const QString password = m_password->problem(o.username); !password.isEmpty())
            problems << password;
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty());
}

void AccountEditDialog::accept()
{
    revalidate();
    if (!m_problem->text().isEmpty())
        return;
    const Official o = official();
    Status saved;
    if (o.id == 0) {
        QString password = m_password->password();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto created = m_accounts.create(m_actor, o, password);
        QApplication::restoreOverrideCursor();
        PasswordHasher::wipe(password);
        if (created) {
            m_password->clear();
            m_saved = created.value();
        }
        saved = created.status();
    } else {
        saved = m_accounts.update(m_actor, o);
    }
    if (!saved) {
        QMessageBox::warning(this, tr("Account not saved"), saved.text());
        return;
    }
    QDialog::accept();
}

// ---- a password reset -------------------------------------------------------------

PasswordResetDialog::PasswordResetDialog(Accounts &accounts, const Actor &actor, const Official &official,
                                         QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_actor(actor), m_official(official)
{
    setWindowTitle(tr("Reset password"));
    setObjectName(QStringLiteral("passwordResetDialog"));
    auto *intro = new QLabel(tr("A new password for “%1” (%2). Tell it to them in person; it also lifts a "
                                "lock-out after failed attempts.")
                                 .arg(official.username, official.fullName));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    m_password = new NewPasswordFields(form, this);
    m_problem = problemLabel();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *reset = m_buttons->addButton(tr("&Reset"), QDialogButtonBox::AcceptRole);
    reset->setObjectName(QStringLiteral("resetButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PasswordResetDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PasswordResetDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
    reset->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(m_password, &NewPasswordFields::edited, this, &PasswordResetDialog::revalidate);
    revalidate();
}

void PasswordResetDialog::revalidate()
{
    const QString problem = m_password->problem(m_official.username);
    m_problem->setText(problem);
    if (QPushButton *reset = acceptButton(m_buttons))
        reset->setEnabled(problem.isEmpty());
}

void PasswordResetDialog::accept()
{
    revalidate();
    if (!m_problem->text().isEmpty())
        return;
    QString password = m_password->password();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status reset = m_accounts.resetPassword(m_actor, m_official.id, password);
    QApplication::restoreOverrideCursor();
    PasswordHasher::wipe(password);
    if (!reset) {
        QMessageBox::warning(this, tr("Password not reset"), reset.text());
        return;
    }
    m_password->clear();
    QDialog::accept();
}

} // namespace homeward
