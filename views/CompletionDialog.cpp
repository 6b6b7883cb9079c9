#include "CompletionDialog.h"

#include "DateLineEdit.h"
#include "storage/Store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace homeward {
namespace {

enum Column { NumberColumn, NameColumn, CategoryColumn, HandedOverColumn, ReasonColumn, ColumnCount };

// -1 shows as "—": not counted yet.
QSpinBox *newCountSpin(const QString &objectName)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(objectName);
    spin->setRange(-1, 100000);
    spin->setValue(-1);
    spin->setSpecialValueText(QStringLiteral("—"));
    return spin;
}

std::optional<int> countOf(const QSpinBox *spin)
{
    return spin->value() < 0 ? std::nullopt : std::optional<int>(spin->value());
}

} // namespace

CompletionDialog::CompletionDialog(Store &store, qint64 batchId, QWidget *parent)
    : QDialog(parent), m_store(store), m_batchId(batchId)
{
    setWindowTitle(tr("Record the handover"));
    m_date = new DateLineEdit;
    m_date->setObjectName(QStringLiteral("actualDateEdit"));
    m_date->setDate(QDate::currentDate());
    m_place = new QLineEdit;
    m_place->setObjectName(QStringLiteral("actualPlaceEdit"));
    m_servicemen = newCountSpin(QStringLiteral("actualServicemenSpin"));
    m_servicemen->setToolTip(tr("Servicemen counted at the handover"));
    m_civilians = newCountSpin(QStringLiteral("actualCiviliansSpin"));
    m_civilians->setToolTip(tr("Civilians counted at the handover"));

    auto *form = new QFormLayout;
    form->addRow(tr("Actual &date:"), m_date);
    form->addRow(tr("Actual &place:"), m_place);
    form->addRow(tr("&Servicemen handed over:"), m_servicemen);
    form->addRow(tr("&Civilians handed over:"), m_civilians);

    m_persons = new QTableWidget(0, ColumnCount);
    m_persons->setObjectName(QStringLiteral("outcomeTable"));
    m_persons->setHorizontalHeaderLabels(
        {tr("No."), tr("Person"), tr("Category"), tr("Handed over"), tr("Reason if not handed over")});
    m_persons->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_persons->horizontalHeader()->setStretchLastSection(true);
    m_persons->verticalHeader()->hide();
    m_persons->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_persons->setToolTip(tr("Space ticks or clears “Handed over”; type the reason for anyone not handed over"));

    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record the handover"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("recordButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CompletionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_persons, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    resize(720, 560);

    if (auto batch = m_store.batches().get(batchId))
        m_place->setText(batch.value().place);
    loadPersons();

    connect(m_date, &QLineEdit::textChanged, this, &CompletionDialog::revalidate);
    connect(m_place, &QLineEdit::textChanged, this, &CompletionDialog::revalidate);
    connect(m_servicemen, &QSpinBox::valueChanged, this, &CompletionDialog::revalidate);
    connect(m_civilians, &QSpinBox::valueChanged, this, &CompletionDialog::revalidate);
    connect(m_persons, &QTableWidget::itemChanged, this, &CompletionDialog::revalidate);
    revalidate();
}

void CompletionDialog::loadPersons()
{
    auto snapshot = m_store.workflow().snapshot(m_batchId);
    if (snapshot)
        m_snapshot = snapshot.value();
    auto listed = m_store.persons().pageInBatch(m_batchId, 0, 1000000);
    if (!listed) {
        m_problems->setText(listed.text().toHtmlEscaped());
        return;
    }
    const QSignalBlocker blocker(m_persons);
    for (const ListedPerson &entry : listed.value()) {
        if (entry.status != MemberStatus::Listed)
            continue;
        const Person &p = entry.person;
        const int row = m_persons->rowCount();
        m_persons->insertRow(row);
        m_personIds << p.id;
        auto readOnly = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            return item;
        };
        m_persons->setItem(row, NumberColumn, readOnly(QString::number(entry.position)));
        m_persons->setItem(row, NameColumn,
                           readOnly(QStringList{p.surname, p.givenName, p.patronymic}.join(QLatin1Char(' ')).trimmed()));
        m_persons->setItem(row, CategoryColumn, readOnly(label(p.category)));
        auto *handed = new QTableWidgetItem;
        handed->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        handed->setCheckState(Qt::Checked);
        m_persons->setItem(row, HandedOverColumn, handed);
        m_persons->setItem(row, ReasonColumn, new QTableWidgetItem);
    }
}

CompletionRecord CompletionDialog::record() const
{
    CompletionRecord record;
    record.date = m_date->date().value_or(QDate());
    record.place = m_place->text().trimmed();
    record.actualServicemen = countOf(m_servicemen);
    record.actualCivilians = countOf(m_civilians);
    for (int row = 0; row < m_persons->rowCount(); ++row) {
        HandoverOutcome outcome;
        outcome.personId = m_personIds.value(row);
        outcome.handedOver = m_persons->item(row, HandedOverColumn)->checkState() == Qt::Checked;
        outcome.reason = outcome.handedOver ? QString() : m_persons->item(row, ReasonColumn)->text().trimmed();
        record.outcomes << outcome;
    }
    return record;
}

void CompletionDialog::revalidate()
{
    TransitionInput input;
    input.completion = record();
    QStringList problems = BatchTransitions::unmet(m_snapshot, BatchStatus::Completed, input);
    if (!m_date->isAcceptable())
        problems.prepend(m_date->problem());
    // Reasons only make sense for persons not handed over.
    for (int row = 0; row < m_persons->rowCount(); ++row) {
        const bool handed = m_persons->item(row, HandedOverColumn)->checkState() == Qt::Checked;
        QTableWidgetItem *reason = m_persons->item(row, ReasonColumn);
        const QSignalBlocker blocker(m_persons);
        reason->setFlags(handed ? Qt::ItemIsSelectable : (Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable));
    }
    if (problems.isEmpty()) {
        m_problems->setText(QStringLiteral("<span style='color:#1b5e20'>✔ %1</span>")
                                .arg(tr("Everything needed is recorded.").toHtmlEscaped()));
    } else {
        QString items;
        for (const QString &problem : problems)
            items += QStringLiteral("<li>%1</li>").arg(problem.toHtmlEscaped());
        m_problems->setText(QStringLiteral("<b>%1</b><ul>%2</ul>").arg(tr("Still missing:").toHtmlEscaped(), items));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void CompletionDialog::accept()
{
    const Status done = m_store.workflow().complete(m_batchId, record());
    if (!done) {
        QMessageBox::critical(this, tr("Handover not recorded"), done.text());
        return;
    }
    QDialog::accept();
}

} // namespace homeward
