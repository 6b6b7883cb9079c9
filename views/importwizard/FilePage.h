#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace homeward {

class ImportWizard;

// The first page: which file, and (for the registry) what to do with
// records already in it. Next reads the file's first rows.
class FilePage final : public QWizardPage {
    Q_OBJECT
public:
    explicit FilePage(ImportWizard *wizard);

    QLineEdit *pathEdit() const { return m_path; }
    QRadioButton *replaceButton() const { return m_replace; }

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void browse();

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_error;
    QRadioButton *m_refuse = nullptr;
    QRadioButton *m_replace = nullptr;
};

} // namespace homeward
