#pragma once

#include "domain/Enums.h"
#include "io/ListReader.h"
#include "storage/BatchImport.h"
#include "storage/RegistryListImport.h"

#include <QHash>
#include <QPointer>
#include <QWizard>

#include <optional>

namespace homeward {

class FilePage;
class FormatPage;
class ImportPage;
class MappingPage;
class ProgressStrip;
class Store;
class ValidationPage;

// What the official chose so far, shared by the wizard's pages.
struct ImportChoices final {
    QString path;
    ListFormat format;                          // Auto / null delimiter: detected
    ListPreview preview;                        // of `path` read with `format`
    HeaderMapping mapping;                      // starts as preview.guessed
    std::optional<Category> defaultCategory;    // batch: for rows without a category
    bool replace = false;                       // registry: replace records with the same record_id
    QHash<qint64, DuplicateDecision> decisions; // batch: per duplicate row (by line)
};

// The import wizard: choose a file → encoding and delimiter with a live
// preview (CSV only) → which column holds which field → the whole file
// checked (every problem with line, column, value and reason; duplicates of
// persons already in the batch decided one by one) → import. Nothing is
// written before the last page; there the rows go in in one transaction
// (BatchImport / RegistryListImport), or none of them: a cancel or a failure
// leaves the database as it was. Work on a large file shows a progress bar
// with Cancel; Esc or closing the window while it runs cancels it.
class ImportWizard final : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePageId, FormatPageId, MappingPageId, ValidationPageId, ImportPageId };

    // Into batch `batchId` (ListTarget::Batch; the batch must be a draft)
    // or into the registry (ListTarget::Registry, batchId 0).
    ImportWizard(Store &store, ListTarget target, qint64 batchId, QWidget *parent = nullptr);
    ~ImportWizard() override;

    Store &store() const { return m_store; }
    ListTarget target() const { return m_target; }
    qint64 batchId() const { return m_batchId; }
    // "batch 2 (hand over, 12.12.2026)" or "the registry", for sentences.
    QString targetText() const { return m_targetText; }
    ImportChoices &choices() { return m_choices; }
    const ImportChoices &choices() const { return m_choices; }

    // The options the checks and the import are given.
    ListOptions listOptions() const;
    BatchImportOptions batchOptions() const;
    RegistryListOptions registryOptions() const;
    QList<ListField> requiredFields() const;

    // Reads the preview again with choices().format; keeps the mapping when
    // the header is the same, else guesses it anew.
    void readPreview();

    FilePage *filePage() const { return m_filePage; }
    FormatPage *formatPage() const { return m_formatPage; }
    MappingPage *mappingPage() const { return m_mappingPage; }
    ValidationPage *validationPage() const { return m_validationPage; }
    ImportPage *importPage() const { return m_importPage; }

    // While `strip` runs, the wizard's buttons are off and a close or Esc
    // cancels the work instead of the wizard (nullptr: done).
    void setBusy(ProgressStrip *strip);
    bool isBusy() const { return !m_busy.isNull(); }

Q_SIGNALS:
    // After a successful import: persons added to the batch, or records to the registry.
    void imported(qint64 count);

public Q_SLOTS:
    void reject() override;

private:
    Store &m_store;
    ListTarget m_target;
    qint64 m_batchId;
    QString m_targetText;
    ImportChoices m_choices;
    FilePage *m_filePage = nullptr;
    FormatPage *m_formatPage = nullptr;
    MappingPage *m_mappingPage = nullptr;
    ValidationPage *m_validationPage = nullptr;
    ImportPage *m_importPage = nullptr;
    QPointer<ProgressStrip> m_busy;
};

} // namespace homeward
