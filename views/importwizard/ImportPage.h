#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace homeward {

class ImportWizard;
class ProgressStrip;

// The last page: what will be written, the Import button, progress with
// Cancel, and the outcome. The rows go in in one transaction or not at all;
// a cancel or a failure leaves the database unchanged and the official may
// try again. Close is offered once the import is done.
class ImportPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportPage(ImportWizard *wizard);

    QPushButton *importButton() const { return m_import; }
    QLabel *resultLabel() const { return m_result; }
    ProgressStrip *progressStrip() const { return m_strip; }
    bool isDone() const { return m_done; }

    void initializePage() override;
    bool isComplete() const override;

public Q_SLOTS:
    // Imports; true when everything was written.
    bool runImport();

Q_SIGNALS:
    // From inside the import, each time it reports (writing: the second pass).
    void progressed(bool writing, qint64 rows);

private:
    void showResult(const QString &text, bool good);

    ImportWizard *m_wizard;
    QLabel *m_plan;
    QPushButton *m_import;
    ProgressStrip *m_strip;
    QLabel *m_result;
    bool m_done = false;
};

} // namespace homeward
