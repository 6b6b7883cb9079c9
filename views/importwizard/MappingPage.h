#pragma once

#include <QList>
#include <QWizardPage>

class QComboBox;
class QGridLayout;
class QLabel;
class QWidget;

namespace homeward {

class ImportWizard;

// Which field each column of the list holds: per column its header, a few
// of its values and a choice of field or "Leave out", as guessed from the
// header and changed by the official. The mapping's problems (a column not
// decided, a field taken twice, a required field missing) are listed live;
// Next waits until there are none.
class MappingPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit MappingPage(ImportWizard *wizard);

    // The choice for column `column` (0-based).
    QComboBox *fieldCombo(int column) const { return m_combos.value(column); }
    QComboBox *categoryCombo() const { return m_category; }
    QLabel *problemsLabel() const { return m_problems; }

    // Combo data besides a field's number.
    static constexpr int kUndecided = -1;
    static constexpr int kLeaveOut = -2;

    void initializePage() override;
    bool isComplete() const override;

private:
    void build();
    void columnChosen(int column);
    void refreshProblems();

    ImportWizard *m_wizard;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    QList<QComboBox *> m_combos;
    QComboBox *m_category = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QLabel *m_problems;
    QStringList m_builtFor;
};

} // namespace homeward
