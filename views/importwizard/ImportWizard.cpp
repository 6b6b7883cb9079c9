#include "ImportWizard.h"

#include "FilePage.h"
#include "FormatPage.h"
#include "ImportPage.h"
#include "MappingPage.h"
#include "ProgressStrip.h"
#include "ValidationPage.h"
#include "storage/Store.h"

#include <QAbstractButton>

namespace homeward {

ImportWizard::ImportWizard(Store &store, ListTarget target, qint64 batchId, QWidget *parent)
    : QWizard(parent), m_store(store), m_target(target), m_batchId(target == ListTarget::Batch ? batchId : 0)
{
    setObjectName(QStringLiteral("importWizard"));
    if (m_target == ListTarget::Batch) {
        auto batch = store.batches().get(m_batchId);
        m_targetText = batch ? tr("batch %1 (%2, %3)")
                                   .arg(batch.value().sequenceNo)
                                   .arg(label(batch.value().direction).toLower(),
                                        batch.value().plannedDate.toString(QStringLiteral("dd.MM.yyyy")))
                             : tr("batch %1").arg(m_batchId);
        setWindowTitle(tr("Import a list into %1").arg(m_targetText));
    } else {
        m_targetText = tr("the registry");
        setWindowTitle(tr("Import a list into the registry"));
    }
    // Qt's own button words are not always translated: give them ours.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);

    m_filePage = new FilePage(this);
    m_formatPage = new FormatPage(this);
    m_mappingPage = new MappingPage(this);
    m_validationPage = new ValidationPage(this);
    m_importPage = new ImportPage(this);
    setPage(FilePageId, m_filePage);
    setPage(FormatPageId, m_formatPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(ValidationPageId, m_validationPage);
    setPage(ImportPageId, m_importPage);
    setStartId(FilePageId);
    // Room for the tables and Ukrainian labels; the pages scroll and resize.
    setMinimumSize(640, 480);
    resize(900, 640);
    setSizeGripEnabled(true);
}

ImportWizard::~ImportWizard() = default;

ListOptions ImportWizard::listOptions() const
{
    ListOptions options;
    options.format = m_choices.format;
    options.mapping = m_choices.mapping;
    options.target = m_target;
    options.strictNames = true;
    options.defaultCategory = m_target == ListTarget::Batch ? m_choices.defaultCategory : std::nullopt;
    return options;
}

BatchImportOptions ImportWizard::batchOptions() const
{
    BatchImportOptions options;
    options.list = listOptions();
    for (auto it = m_choices.decisions.cbegin(); it != m_choices.decisions.cend(); ++it)
        if (it.value() != DuplicateDecision::Refuse)
            options.decisions.insert(it.key(), it.value());
    options.otherDuplicates = DuplicateDecision::Refuse; // every duplicate is the official's decision
    return options;
}

RegistryListOptions ImportWizard::registryOptions() const
{
    RegistryListOptions options;
    options.list = listOptions();
    options.replace = m_choices.replace;
    return options;
}

QList<ListField> ImportWizard::requiredFields() const
{
    return HeaderMapping::requiredFields(m_target, m_choices.defaultCategory.has_value());
}

void ImportWizard::readPreview()
{
    const QStringList before = m_choices.preview.headers;
    m_choices.preview = ListReader::preview(m_choices.path, m_choices.format, 50);
    if (m_choices.preview.headers != before || m_choices.mapping.columnCount() != m_choices.preview.headers.size())
        m_choices.mapping = m_choices.preview.guessed;
    // Decisions are by line: another reading of the file may number them otherwise.
    m_choices.decisions.clear();
}

void ImportWizard::setBusy(ProgressStrip *strip)
{
    m_busy = strip;
    const bool busy = strip != nullptr;
    for (const WizardButton which : {BackButton, NextButton, FinishButton, CancelButton})
        if (QAbstractButton *b = button(which))
            b->setEnabled(!busy);
    if (!busy && currentPage())
        Q_EMIT currentPage()->completeChanged(); // QWizard sets its buttons again
}

void ImportWizard::reject()
{
    if (m_busy) {
        m_busy->requestCancel();
        return;
    }
    QWizard::reject();
}

} // namespace homeward
