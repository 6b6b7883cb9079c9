#include "BatchDialog.h"

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

int key(BatchField field)
{
    return static_cast<int>(field);
}

} // namespace

BatchDialog::BatchDialog(Store &store, qint64 exchangeId, QWidget *parent) : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("New batch"));
    setStyleSheet(InlineErrors::styleSheet());

    m_context = new QLabel;
    m_context->setObjectName(QStringLiteral("contextLabel"));
    m_context->setWordWrap(true);
    m_sequence = new QSpinBox;
    m_sequence->setObjectName(QStringLiteral("sequenceNoSpin"));
    m_sequence->setRange(1, 9999);
    m_sequence->setToolTip(tr("The batch's number within the exchange: 1, 2, 3 …"));
    m_direction = new QComboBox;
    m_direction->setObjectName(QStringLiteral("directionCombo"));
    fillEnumCombo(m_direction, {Direction::Receive, Direction::HandOver});
    m_date = new DateLineEdit;
    m_date->setObjectName(QStringLiteral("plannedDateEdit"));
    m_place = new QLineEdit;
    m_place->setObjectName(QStringLiteral("placeEdit"));
    m_place->setToolTip(tr("The border point or place of the handover"));
    m_servicemen = new QSpinBox;
    m_servicemen->setObjectName(QStringLiteral("plannedServicemenSpin"));
    m_servicemen->setRange(0, kMaxPersons);
    m_civilians = new QSpinBox;
    m_civilians->setObjectName(QStringLiteral("plannedCiviliansSpin"));
    m_civilians->setRange(0, kMaxPersons);
    m_total = new QLabel;
    m_total->setObjectName(QStringLiteral("plannedTotalLabel"));
    // The status moves only through the batch's workflow actions, which check
    // their preconditions; here it is shown, not chosen.
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setToolTip(tr("The status changes through the Batch menu: submit for verification, confirm, complete …"));
    m_notes = newNotesEdit();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_errors.addField(key(BatchField::SequenceNo), m_sequence, addFieldRow(form, tr("Batch &number:"), m_sequence));
    m_errors.addField(key(BatchField::Direction), m_direction, addFieldRow(form, tr("&Direction:"), m_direction));
    m_errors.addField(key(BatchField::PlannedDate), m_date, addFieldRow(form, tr("Planned &date:"), m_date));
    m_errors.addField(key(BatchField::Place), m_place, addFieldRow(form, tr("&Place:"), m_place));
    m_errors.addField(key(BatchField::PlannedServicemen), m_servicemen,
                      addFieldRow(form, tr("Planned &servicemen:"), m_servicemen));
    m_errors.addField(key(BatchField::PlannedCivilians), m_civilians,
                      addFieldRow(form, tr("Planned &civilians:"), m_civilians));
    form->addRow(tr("Planned in total:"), m_total);
    form->addRow(tr("Status:"), m_status);
    m_errors.addField(key(BatchField::Notes), m_notes, addFieldRow(form, tr("&Notes:"), m_notes));

    m_buttons = newSaveCancelButtons(this);

    m_staleBar = new StaleEditBar(this);
    m_staleBar->setFields({m_sequence, m_direction, m_date, m_place, m_servicemen, m_civilians, m_notes});
    connect(m_staleBar, &StaleEditBar::reloadRequested, this, &BatchDialog::reloadStored);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_staleBar);
    layout->addWidget(m_context);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    const auto touch = [this](BatchField field) {
        return [this, field] {
            m_errors.markTouched(key(field));
            revalidate();
        };
    };
    connect(m_sequence, &QSpinBox::valueChanged, this, touch(BatchField::SequenceNo));
    connect(m_direction, &QComboBox::currentIndexChanged, this, touch(BatchField::Direction));
    connect(m_date, &QLineEdit::textChanged, this, touch(BatchField::PlannedDate));
    connect(m_place, &QLineEdit::textEdited, this, touch(BatchField::Place));
    connect(m_servicemen, &QSpinBox::valueChanged, this, touch(BatchField::PlannedServicemen));
    connect(m_civilians, &QSpinBox::valueChanged, this, touch(BatchField::PlannedCivilians));
    connect(m_notes, &QPlainTextEdit::textChanged, this, touch(BatchField::Notes));

    Batch fresh;
    fresh.exchangeId = exchangeId;
    auto next = m_store.batches().nextSequenceNo(exchangeId);
    fresh.sequenceNo = next ? next.value() : 1;
    if (!next)
        m_context->setText(tr("The next batch number could not be read: %1").arg(next.text()));
    if (auto exchange = m_store.exchanges().get(exchangeId); exchange && next)
        m_context->setText(tr("Exchange “%1”").arg(exchange.value().title));
    m_loaded = fresh;
    setBatch(fresh);
}

bool BatchDialog::hasChanges() const
{
    return batch() != m_baseline || m_date->text() != m_baselineDateText;
}

void BatchDialog::reject()
{
    if (hasChanges() && !confirmDiscardChanges(this))
        return;
    QDialog::reject();
}

Status BatchDialog::loadBatch(qint64 batchId)
{
    auto loaded = m_store.batches().get(batchId);
    if (!loaded)
        return loaded.status();
    m_loaded = loaded.value();
    setWindowTitle(tr("Batch %1").arg(m_loaded.sequenceNo));
    if (auto exchange = m_store.exchanges().get(m_loaded.exchangeId))
        m_context->setText(tr("Exchange “%1”").arg(exchange.value().title));
    setBatch(m_loaded);
    m_staleBar->takeBase();
    m_errors.touchAll();
    revalidate();
    return {};
}

void BatchDialog::reloadStored()
{
    auto stored = m_store.batches().get(m_loaded.id);
    if (!stored) {
        m_staleBar->showRefusal(tr("The stored batch could not be read: %1").arg(stored.text()));
        return;
    }
    const QStringList yours = m_staleBar->currentValues();
    m_loaded = stored.value(); // the next save goes against the new row version
    setWindowTitle(tr("Batch %1").arg(m_loaded.sequenceNo));
    setBatch(m_loaded);
    m_staleBar->reloaded(yours);
    revalidate();
}

void BatchDialog::setBatch(const Batch &batch)
{
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_sequence),   QSignalBlocker(m_direction), QSignalBlocker(m_date),   QSignalBlocker(m_place),
        QSignalBlocker(m_servicemen), QSignalBlocker(m_civilians), QSignalBlocker(m_notes)};
    m_sequence->setValue(batch.sequenceNo);
    m_direction->setCurrentIndex(m_direction->findData(static_cast<int>(batch.direction)));
    m_date->setDate(batch.plannedDate);
    m_place->setText(batch.place);
    m_servicemen->setValue(batch.plannedServicemen);
    m_civilians->setValue(batch.plannedCivilians);
    m_status->setText(label(batch.status));
    m_notes->setPlainText(batch.notes);
    m_baseline = this->batch();
    m_baselineDateText = m_date->text();
    revalidate();
}

Batch BatchDialog::batch() const
{
    Batch batch = m_loaded;
    batch.sequenceNo = m_sequence->value();
    batch.direction = static_cast<Direction>(m_direction->currentData().toInt());
    batch.plannedDate = m_date->date().value_or(QDate());
    batch.place = m_place->text();
    batch.plannedServicemen = m_servicemen->value();
    batch.plannedCivilians = m_civilians->value();
    batch.notes = m_notes->toPlainText();
    return batch;
}

void BatchDialog::revalidate()
{
    QHash<int, QStringList> messages;
    for (const BatchProblem &problem : BatchValidator::validate(batch()))
        messages[key(problem.field)].append(problem.message);
    if (!m_date->isAcceptable())
        messages[key(BatchField::PlannedDate)].prepend(m_date->problem());
    m_errors.setMessages(messages);
    m_total->setText(QLocale().toString(m_servicemen->value() + m_civilians->value()));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_errors.problemCount() == 0);
}

void BatchDialog::accept()
{
    revalidate();
    if (m_errors.blockOnProblems())
        return;
    const Batch toSave = BatchValidator::normalised(batch());
    const Status saved = createOrUpdate(m_store.batches(), toSave, m_loaded);
    if (!saved) {
        // Someone else changed the batch: keep what was typed and offer to reload.
        if (saved.error().stale)
            m_staleBar->showRefusal(saved.text());
        else
            QMessageBox::critical(this, tr("Batch not saved"), saved.text());
        return;
    }
    m_staleBar->dismiss();
    QDialog::accept();
}

} // namespace homeward
