#include "RecordActions.h"

#include "BatchDialog.h"
#include "ExchangeDialog.h"
#include "PersonDialog.h"
#include "PersonNames.h"
#include "storage/Store.h"

#include <QMessageBox>
#include <QPushButton>

namespace homeward {

RecordActions::RecordActions(Store &store, QWidget *window) : QObject(window), m_store(store), m_window(window) {}

qint64 RecordActions::newExchange()
{
    ExchangeDialog dialog(m_store, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    Q_EMIT message(tr("Exchange “%1” created").arg(dialog.exchange().title.simplified()));
    return dialog.exchangeId();
}

bool RecordActions::editExchange(qint64 exchangeId)
{
    ExchangeDialog dialog(m_store, m_window);
    if (const Status loaded = dialog.loadExchange(exchangeId); !loaded) {
        showError(tr("Exchange not opened"), loaded.text());
        return false;
    }
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Q_EMIT message(tr("Exchange “%1” saved").arg(dialog.exchange().title.simplified()));
    return true;
}

bool RecordActions::deleteExchange(qint64 exchangeId)
{
    auto exchange = m_store.exchanges().get(exchangeId);
    if (!exchange) {
        showError(tr("Exchange not deleted"), exchange.text());
        return false;
    }
    auto batches = m_store.batches().listForExchange(exchangeId);
    if (!batches) {
        showError(tr("Exchange not deleted"), batches.text());
        return false;
    }
    int listed = 0;
    for (const Batch &batch : batches.value()) {
        auto counts = m_store.batches().counts(batch.id);
        if (!counts) {
            showError(tr("Exchange not deleted"), counts.text());
            return false;
        }
        listed += counts.value().entered();
    }
    const QString title = exchange.value().title;
    const QString question =
        batches.value().isEmpty()
            ? tr("Delete exchange “%1”? It has no batches.").arg(title)
            : tr("Delete exchange “%1” with its %n batch(es)?", "", int(batches.value().size())).arg(title);
    const QString detail =
        tr("%n person(s) listed in its batches will be taken off the lists; person records entered only for this "
           "exchange will be deleted too. This cannot be undone.",
           "", listed);
    if (!confirm(tr("Delete exchange"), question, detail, tr("Delete exchange")))
        return false;
    if (const Status removed = m_store.exchanges().remove(exchangeId); !removed) {
        showError(tr("Exchange not deleted"), removed.text());
        return false;
    }
    Q_EMIT message(tr("Exchange “%1” deleted").arg(title));
    return true;
}

qint64 RecordActions::newBatch(qint64 exchangeId)
{
    BatchDialog dialog(m_store, exchangeId, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    Q_EMIT message(tr("Batch %1 created").arg(dialog.batch().sequenceNo));
    return dialog.batchId();
}

bool RecordActions::editBatch(qint64 batchId)
{
    BatchDialog dialog(m_store, 0, m_window);
    if (const Status loaded = dialog.loadBatch(batchId); !loaded) {
        showError(tr("Batch not opened"), loaded.text());
        return false;
    }
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Q_EMIT message(tr("Batch %1 saved").arg(dialog.batch().sequenceNo));
    return true;
}

bool RecordActions::deleteBatch(qint64 batchId)
{
    auto batch = m_store.batches().get(batchId);
    if (!batch) {
        showError(tr("Batch not deleted"), batch.text());
        return false;
    }
    auto impact = m_store.batches().removalImpact(batchId);
    if (!impact) {
        showError(tr("Batch not deleted"), impact.text());
        return false;
    }
    const int number = batch.value().sequenceNo;
    const BatchRemovalImpact &what = impact.value();
    const QString question =
        what.listedPersons == 0
            ? tr("Delete batch %1? Its list is empty.").arg(number)
            : tr("Delete batch %1 with its list of %n person(s)?", "", what.listedPersons).arg(number);
    QString detail;
    if (what.personsDeleted > 0)
        detail = tr("%n person record(s) entered only for this batch will be deleted too.", "", what.personsDeleted) +
                 QLatin1Char(' ');
    detail += tr("This cannot be undone.");
    if (!confirm(tr("Delete batch"), question, detail, tr("Delete batch")))
        return false;
    if (const Status removed = m_store.batches().remove(batchId); !removed) {
        showError(tr("Batch not deleted"), removed.text());
        return false;
    }
    Q_EMIT message(tr("Batch %1 deleted").arg(number));
    return true;
}

qint64 RecordActions::newPerson(qint64 batchId)
{
    PersonDialog dialog(m_store, batchId, m_window);
    qint64 lastAdded = 0;
    connect(&dialog, &PersonDialog::personSaved, this, [this, &lastAdded](qint64 personId, const QString &name) {
        lastAdded = personId;
        Q_EMIT message(tr("Saved %1").arg(name));
        Q_EMIT personSaved(personId);
    });
    // With "Save and new" persons are stored even when the form is then cancelled.
    if (dialog.exec() != QDialog::Accepted && lastAdded == 0)
        return 0;
    return lastAdded;
}

bool RecordActions::editPerson(qint64 personId, qint64 batchId)
{
    PersonDialog dialog(m_store, batchId, m_window);
    if (const Status loaded = dialog.loadPerson(personId); !loaded) {
        showError(tr("Person not opened"), loaded.text());
        return false;
    }
    connect(&dialog, &PersonDialog::personSaved, this, [this](qint64 id, const QString &name) {
        Q_EMIT message(tr("Saved %1").arg(name));
        Q_EMIT personSaved(id);
    });
    return dialog.exec() == QDialog::Accepted;
}

bool RecordActions::removePerson(qint64 batchId, qint64 personId, int position)
{
    auto person = m_store.persons().get(personId);
    if (!person) {
        showError(tr("Person not removed"), person.text());
        return false;
    }
    auto batch = m_store.batches().get(batchId);
    if (!batch) {
        showError(tr("Person not removed"), batch.text());
        return false;
    }
    const QString name = fullName(person.value());
    const QString question =
        tr("Remove %1 (No. %2) from batch %3?").arg(name).arg(position).arg(batch.value().sequenceNo);
    if (!confirm(tr("Remove person"), question, tr("This cannot be undone."), tr("Remove")))
        return false;
    if (const Status removed = m_store.persons().removeFromBatch(batchId, personId); !removed) {
        showError(tr("Person not removed"), removed.text());
        return false;
    }
    Q_EMIT message(tr("Removed %1 from batch %2").arg(shortName(person.value())).arg(batch.value().sequenceNo));
    return true;
}

bool RecordActions::confirm(const QString &title, const QString &question, const QString &detail,
                            const QString &actionText)
{
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box.setInformativeText(detail);
    box.button(QMessageBox::Yes)->setText(actionText);
    // A slip of the Enter key must not delete anything.
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

void RecordActions::showError(const QString &title, const QString &text)
{
    QMessageBox::critical(m_window, title, text);
}

} // namespace homeward
