#include "ExchangeDialog.h"

#include "DateLineEdit.h"
#include "FormSupport.h"
#include "domain/Validation.h"
#include "storage/Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace homeward {
namespace {

constexpr int kMaxPersons = 100000;

int key(ExchangeField field)
{
    return static_cast<int>(field);
}

} // namespace

ExchangeDialog::ExchangeDialog(Store &store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("New exchange"));
    setStyleSheet(InlineErrors::styleSheet());

    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setToolTip(tr("A short name everyone recognises, e.g. “1000 for 1000”"));
    m_agreementRef = new QLineEdit;
    m_agreementRef->setObjectName(QStringLiteral("agreementRefEdit"));
    m_agreementRef->setToolTip(tr("Where and when it was agreed, e.g. “agreed in talks on 16 May”"));
    m_place = new QLineEdit;
    m_place->setObjectName(QStringLiteral("placeEdit"));
    m_intermediary = new QLineEdit;
    m_intermediary->setObjectName(QStringLiteral("intermediaryEdit"));
    m_intermediary->setToolTip(tr("The state or organisation mediating the exchange, if any"));
    m_servicemen = new QSpinBox;
    m_servicemen->setObjectName(QStringLiteral("agreedServicemenSpin"));
    m_servicemen->setRange(0, kMaxPersons);
    m_servicemen->setGroupSeparatorShown(true);
    m_civilians = new QSpinBox;
    m_civilians->setObjectName(QStringLiteral("agreedCiviliansSpin"));
    m_civilians->setRange(0, kMaxPersons);
    m_civilians->setGroupSeparatorShown(true);
    m_total = new QLabel;
    m_total->setObjectName(QStringLiteral("agreedTotalLabel"));
    m_agreedOn = new DateLineEdit;
    m_agreedOn->setObjectName(QStringLiteral("agreedOnEdit"));
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusCombo"));
    fillEnumCombo(m_status,
                  {ExchangeStatus::Planned, ExchangeStatus::InProgress, ExchangeStatus::Completed, ExchangeStatus::Cancelled});
    m_notes = newNotesEdit();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_errors.addField(key(ExchangeField::Title), m_title, addFieldRow(form, tr("&Title:"), m_title));
    m_errors.addField(key(ExchangeField::AgreementRef), m_agreementRef,
                      addFieldRow(form, tr("&Agreement:"), m_agreementRef));
    m_errors.addField(key(ExchangeField::AgreedOn), m_agreedOn, addFieldRow(form, tr("Agreed &on:"), m_agreedOn));
    m_errors.addField(key(ExchangeField::Place), m_place, addFieldRow(form, tr("&Place:"), m_place));
    m_errors.addField(key(ExchangeField::Intermediary), m_intermediary,
                      addFieldRow(form, tr("&Intermediary:"), m_intermediary));
    m_errors.addField(key(ExchangeField::AgreedServicemen), m_servicemen,
                      addFieldRow(form, tr("Agreed &servicemen:"), m_servicemen));
    m_errors.addField(key(ExchangeField::AgreedCivilians), m_civilians,
                      addFieldRow(form, tr("Agreed &civilians:"), m_civilians));
    form->addRow(tr("Agreed in total:"), m_total);
    m_errors.addField(key(ExchangeField::Status), m_status, addFieldRow(form, tr("Stat&us:"), m_status));
    m_errors.addField(key(ExchangeField::Notes), m_notes, addFieldRow(form, tr("&Notes:"), m_notes));

    m_buttons = newSaveCancelButtons(this);

    m_staleBar = new StaleEditBar(this);
    m_staleBar->setFields(
        {m_title, m_agreementRef, m_place, m_intermediary, m_servicemen, m_civilians, m_agreedOn, m_status, m_notes});
    connect(m_staleBar, &StaleEditBar::reloadRequested, this, &ExchangeDialog::reloadStored);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_staleBar);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    const auto touch = [this](ExchangeField field) {
        return [this, field] {
            m_errors.markTouched(key(field));
            revalidate();
        };
    };
    connect(m_title, &QLineEdit::textEdited, this, touch(ExchangeField::Title));
    connect(m_agreementRef, &QLineEdit::textEdited, this, touch(ExchangeField::AgreementRef));
    connect(m_place, &QLineEdit::textEdited, this, touch(ExchangeField::Place));
    connect(m_intermediary, &QLineEdit::textEdited, this, touch(ExchangeField::Intermediary));
    connect(m_agreedOn, &QLineEdit::textChanged, this, touch(ExchangeField::AgreedOn));
    connect(m_servicemen, &QSpinBox::valueChanged, this, touch(ExchangeField::AgreedServicemen));
    connect(m_civilians, &QSpinBox::valueChanged, this, touch(ExchangeField::AgreedCivilians));
    connect(m_status, &QComboBox::currentIndexChanged, this, touch(ExchangeField::Status));
    connect(m_notes, &QPlainTextEdit::textChanged, this, touch(ExchangeField::Notes));

    setExchange(Exchange{});
}

bool ExchangeDialog::hasChanges() const
{
    return exchange() != m_baseline || m_agreedOn->text() != m_baselineDateText;
}

void ExchangeDialog::reject()
{
    if (hasChanges() && !confirmDiscardChanges(this))
        return;
    QDialog::reject();
}

Status ExchangeDialog::loadExchange(qint64 exchangeId)
{
    auto loaded = m_store.exchanges().get(exchangeId);
    if (!loaded)
        return loaded.status();
    m_loaded = loaded.value();
    setWindowTitle(tr("Exchange “%1”").arg(m_loaded.title));
    setExchange(m_loaded);
    m_staleBar->takeBase();
    m_errors.touchAll(); // a stored exchange with a problem should show it plainly
    revalidate();
    return {};
}

void ExchangeDialog::reloadStored()
{
    auto stored = m_store.exchanges().get(m_loaded.id);
    if (!stored) {
        m_staleBar->showRefusal(tr("The stored exchange could not be read: %1").arg(stored.text()));
        return;
    }
    const QStringList yours = m_staleBar->currentValues();
    m_loaded = stored.value(); // the next save goes against the new row version
    setWindowTitle(tr("Exchange “%1”").arg(m_loaded.title));
    setExchange(m_loaded);
    m_staleBar->reloaded(yours);
    revalidate();
}

void ExchangeDialog::setExchange(const Exchange &exchange)
{
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_title),        QSignalBlocker(m_agreementRef), QSignalBlocker(m_place),
        QSignalBlocker(m_intermediary), QSignalBlocker(m_servicemen),   QSignalBlocker(m_civilians),
        QSignalBlocker(m_agreedOn),     QSignalBlocker(m_status),       QSignalBlocker(m_notes)};
    m_title->setText(exchange.title);
    m_agreementRef->setText(exchange.agreementRef);
    m_place->setText(exchange.place);
    m_intermediary->setText(exchange.intermediary);
    m_servicemen->setValue(exchange.agreedServicemen);
    m_civilians->setValue(exchange.agreedCivilians);
    m_agreedOn->setDate(exchange.agreedOn);
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(exchange.status)));
    m_notes->setPlainText(exchange.notes);
    m_baseline = this->exchange();
    m_baselineDateText = m_agreedOn->text();
    revalidate();
}

Exchange ExchangeDialog::exchange() const
{
    Exchange exchange = m_loaded;
    exchange.title = m_title->text();
    exchange.agreementRef = m_agreementRef->text();
    exchange.place = m_place->text();
    exchange.intermediary = m_intermediary->text();
    exchange.agreedServicemen = m_servicemen->value();
    exchange.agreedCivilians = m_civilians->value();
    exchange.agreedOn = m_agreedOn->date().value_or(QDate());
    exchange.status = static_cast<ExchangeStatus>(m_status->currentData().toInt());
    exchange.notes = m_notes->toPlainText();
    return exchange;
}

void ExchangeDialog::revalidate()
{
    QHash<int, QStringList> messages;
    for (const ExchangeProblem &problem : ExchangeValidator::validate(exchange()))
        messages[key(problem.field)].append(problem.message);
    if (!m_agreedOn->isAcceptable())
        messages[key(ExchangeField::AgreedOn)].prepend(m_agreedOn->problem());
    m_errors.setMessages(messages);
    m_total->setText(QLocale().toString(m_servicemen->value() + m_civilians->value()));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_errors.problemCount() == 0);
}

void ExchangeDialog::accept()
{
    revalidate();
    if (m_errors.blockOnProblems())
        return;
    const Exchange toSave = ExchangeValidator::normalised(exchange());
    const Status saved = createOrUpdate(m_store.exchanges(), toSave, m_loaded);
    if (!saved) {
        // Someone else changed the exchange: keep what was typed and offer to reload.
        if (saved.error().stale)
            m_staleBar->showRefusal(saved.text());
        else
            QMessageBox::critical(this, tr("Exchange not saved"), saved.text());
        return;
    }
    m_staleBar->dismiss();
    QDialog::accept();
}

} // namespace homeward
