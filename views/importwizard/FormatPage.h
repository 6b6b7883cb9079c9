#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableView;

namespace homeward {

class ImportWizard;
class ListPreviewModel;

// Encoding and delimiter of a CSV list, as detected or chosen, with the
// first 50 rows read so shown live.
class FormatPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit FormatPage(ImportWizard *wizard);

    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QTableView *previewView() const { return m_view; }
    ListPreviewModel *previewModel() const { return m_model; }

    void initializePage() override;
    bool isComplete() const override;

private:
    void chosen();
    void showPreview();

    ImportWizard *m_wizard;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QLabel *m_detected;
    QLabel *m_problem;
    QTableView *m_view;
    ListPreviewModel *m_model;
    bool m_filling = false;
};

} // namespace homeward
