#include "ImportPage.h"

#include "ImportWizard.h"
#include "ProgressStrip.h"
#include "ValidationPage.h"
#include "storage/BatchImport.h"
#include "storage/RegistryListImport.h"
#include "storage/Store.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <optional>

namespace homeward {

ImportPage::ImportPage(ImportWizard *wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importPage"));
    setTitle(tr("Import"));
    setSubTitle(tr("All rows are written together, or none: a cancel or a failure leaves everything as it was."));
    m_plan = new QLabel;
    m_plan->setObjectName(QStringLiteral("importPlan"));
    m_plan->setWordWrap(true);
    m_import = new QPushButton(tr("&Import"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setToolTip(tr("Write the rows now"));
    m_import->setDefault(true);
    connect(m_import, &QPushButton::clicked, this, &ImportPage::runImport);
    m_strip = new ProgressStrip;
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont larger = m_result->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    m_result->setFont(larger);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_import);
    buttonRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_plan);
    layout->addLayout(buttonRow);
    layout->addWidget(m_strip);
    layout->addWidget(m_result);
    layout->addStretch(1);
}

void ImportPage::initializePage()
{
    m_done = false;
    m_result->clear();
    m_import->setEnabled(true);
    m_import->show();
    m_plan->show();
    const QString fileName = QFileInfo(m_wizard->choices().path).fileName();
    const ValidationPage *checked = m_wizard->validationPage();
    if (m_wizard->target() == ListTarget::Batch) {
        m_plan->setText(tr("%n person(s) from %1 will be added to %2.", "", int(checked->rowsToImport()))
                            .arg(fileName, m_wizard->targetText()) +
                        (checked->rowsSkipped() > 0
                             ? QLatin1Char(' ') + tr("%n repeated row(s) skipped.", "", int(checked->rowsSkipped()))
                             : QString()));
    } else {
        m_plan->setText(
            (m_wizard->choices().replace
                 ? tr("%n record(s) from %1 will be imported into the registry; records with the same number are "
                      "replaced.",
                      "", int(checked->rowsToImport()))
                 : tr("%n record(s) from %1 will be imported into the registry; if any is already there, nothing is "
                      "imported.",
                      "", int(checked->rowsToImport())))
                .arg(fileName));
    }
    m_import->setFocus();
}

bool ImportPage::isComplete() const
{
    return m_done;
}

bool ImportPage::runImport()
{
    if (m_done || m_strip->isRunning())
        return false;
    const ImportChoices &choices = m_wizard->choices();
    const QString fileName = QFileInfo(choices.path).fileName();
    m_result->clear();
    m_import->setEnabled(false);
    m_wizard->setBusy(m_strip);
    m_strip->start(tr("Checking %1 once more…").arg(fileName));
    // A batch import reads the file twice (check, then write): each pass is half the bar. The registry's
    // reports tell no pass: the bar follows each one.
    const bool twoPasses = m_wizard->target() == ListTarget::Batch;
    const auto tick = [this, &fileName, twoPasses](bool writing, const ListProgress &p) {
        Q_EMIT progressed(writing, p.rowsDone);
        const QString text = writing ? tr("Writing %1: %L2 rows…").arg(fileName).arg(p.rowsDone)
                                     : tr("Checking %1 once more: %L2 rows…").arg(fileName).arg(p.rowsDone);
        if (!twoPasses || p.bytesTotal <= 0)
            return m_strip->update(text, p.bytesDone, p.bytesTotal);
        return m_strip->update(text, p.bytesDone + (writing ? p.bytesTotal : 0), p.bytesTotal * 2);
    };
    Store &store = m_wizard->store();
    std::optional<Error> error;
    bool cancelled = false;
    qint64 problems = 0;
    QString firstProblem;
    QString success;
    qint64 count = 0;
    if (m_wizard->target() == ListTarget::Batch) {
        BatchImport importer(store.connection(), store.notifier());
        const BatchImportOutcome outcome =
            importer.importList(choices.path, m_wizard->batchId(), store.actor(), m_wizard->batchOptions(),
                                [&tick](const BatchImportProgress &p) {
                                    return tick(p.phase == BatchImportProgress::Phase::Writing, p.list);
                                });
        error = outcome.error;
        cancelled = outcome.cancelled;
        problems = outcome.problemCount;
        if (!outcome.problems.isEmpty())
            firstProblem = outcome.problems.constFirst().text(fileName);
        count = outcome.added;
        success = tr("%n person(s) added to %1.", "", int(outcome.added)).arg(m_wizard->targetText());
        if (outcome.skipped > 0)
            success += QLatin1Char(' ') + tr("%n repeated row(s) skipped.", "", int(outcome.skipped));
    } else {
        RegistryListImport importer(store.connection());
        // The registry import reads the list, then writes: no phase is told, only rows.
        const RegistryListOutcome outcome =
            importer.importList(choices.path, store.actor(), m_wizard->registryOptions(),
                                [&tick](const ListProgress &p) { return tick(false, p); });
        error = outcome.error;
        cancelled = outcome.cancelled;
        problems = outcome.problemCount;
        if (!outcome.problems.isEmpty())
            firstProblem = outcome.problems.constFirst().text(fileName);
        count = outcome.inserted + outcome.replaced;
        success = tr("%L1 records imported into the registry (%L2 new, %L3 replaced).")
                      .arg(outcome.rows)
                      .arg(outcome.inserted)
                      .arg(outcome.replaced);
    }
    m_strip->finish();

    bool good = false;
    if (error) {
        showResult(tr("Nothing was imported: %1").arg(error->text()), false);
    } else if (cancelled) {
        showResult(tr("Import cancelled. Nothing was written."), false);
    } else if (problems > 0) {
        // The file changed since the check, or the registry did.
        showResult(tr("Nothing was imported: %n problem(s) found. %1", "", int(std::min<qint64>(problems, INT_MAX)))
                       .arg(firstProblem),
                   false);
    } else {
        good = true;
        m_done = true;
        m_import->hide();
        m_plan->hide(); // "will be added" is over: the result says what was
        showResult(success, true);
        // Done: no way back to pages that describe what is now written.
        m_wizard->setOption(QWizard::DisabledBackButtonOnLastPage);
        m_wizard->setOption(QWizard::NoCancelButtonOnLastPage);
    }
    m_import->setEnabled(!m_done);
    m_wizard->setBusy(nullptr);
    Q_EMIT completeChanged();
    if (good) {
        if (QAbstractButton *finish = m_wizard->button(QWizard::FinishButton))
            finish->setFocus();
        Q_EMIT m_wizard->imported(count);
    }
    return good;
}

void ImportPage::showResult(const QString &text, bool good)
{
    m_result->setText(text);
    m_result->setStyleSheet(good ? QStringLiteral("color: #1b5e20") : QStringLiteral("color: #b71c1c"));
}

} // namespace homeward
