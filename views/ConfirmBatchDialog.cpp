#include "ConfirmBatchDialog.h"

#include "storage/Store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace homeward {

ConfirmBatchDialog::ConfirmBatchDialog(Store &store, qint64 batchId, QWidget *parent)
    : QDialog(parent), m_store(store), m_batchId(batchId)
{
    setWindowTitle(tr("Confirm batch"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_preconditions = new QLabel;
    m_preconditions->setObjectName(QStringLiteral("preconditionsLabel"));
    m_preconditions->setWordWrap(true);
    m_preconditions->setTextFormat(Qt::RichText);

    auto *explanation = new QLabel(
        tr("Confirming locks the batch: its list, the persons' details and their checklists can no longer change, "
           "and the batch is sealed (a hash of its content and of the history at this moment), so that a printed "
           "sheet can be checked against the database. Only a supervisor who did not enter or verify any detail "
           "of this batch may confirm it."));
    explanation->setWordWrap(true);

    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Your own password, entered again to confirm that it is you"));
    auto *form = new QFormLayout;
    form->addRow(tr("Your &password:"), m_password);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Confirm and &seal"));
    ok->setObjectName(QStringLiteral("confirmButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConfirmBatchDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this, &ConfirmBatchDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_preconditions);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    refresh();
}

void ConfirmBatchDialog::refresh()
{
    const QLocale locale;
    auto batch = m_store.batches().get(m_batchId);
    auto snapshot = m_store.workflow().snapshot(m_batchId);
    if (!batch || !snapshot) {
        m_summary->setText((batch ? snapshot.text() : batch.text()).toHtmlEscaped());
        m_preconditionsMet = false;
        updateButton();
        return;
    }
    QString title = tr("Batch %1").arg(batch.value().sequenceNo);
    if (auto exchange = m_store.exchanges().get(batch.value().exchangeId))
        title = tr("Batch %1 of “%2”").arg(batch.value().sequenceNo).arg(exchange.value().title);
    const BatchSnapshot &s = snapshot.value();
    m_summary->setText(
        QStringLiteral("<b>%1</b><br>%2<br>%3")
            .arg(title.toHtmlEscaped(), label(batch.value().direction).toHtmlEscaped(),
                 tr("Listed: %1 servicemen of %2 planned, %3 civilians of %4 planned")
                     .arg(locale.toString(s.listedServicemen), locale.toString(s.plannedServicemen),
                          locale.toString(s.listedCivilians), locale.toString(s.plannedCivilians))
                     .toHtmlEscaped()));

    auto unmet = m_store.workflow().preconditions(m_batchId, BatchStatus::Confirmed);
    QStringList problems = unmet ? unmet.value() : QStringList{unmet.text()};
    m_preconditionsMet = problems.isEmpty();
    if (m_preconditionsMet) {
        m_preconditions->setText(QStringLiteral("<span style='color:#1b5e20'>✔ %1</span>")
                                     .arg(tr("Every person is verified and the counts equal the plan.")));
    } else {
        QString items;
        for (const QString &problem : problems)
            items += QStringLiteral("<li>%1</li>").arg(problem.toHtmlEscaped());
        m_preconditions->setText(QStringLiteral("<span style='color:#b00020'><b>%1</b></span><ul>%2</ul>")
                                     .arg(tr("The batch cannot be confirmed yet:"), items));
    }
    m_password->setEnabled(m_preconditionsMet);
    updateButton();
}

void ConfirmBatchDialog::updateButton()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_preconditionsMet && !m_password->text().isEmpty());
}

void ConfirmBatchDialog::accept()
{
    if (!m_preconditionsMet || m_password->text().isEmpty())
        return;
    const Status confirmed = m_store.workflow().confirm(m_batchId, m_password->text());
    m_password->clear();
    if (!confirmed) {
        m_error->setText(confirmed.text());
        m_error->show();
        refresh();
        m_password->setFocus();
        return;
    }
    if (auto seal = m_store.workflow().seal(m_batchId); seal && seal.value().isSealed())
        m_sealHash = seal.value().contentHash;
    QDialog::accept();
}

} // namespace homeward
