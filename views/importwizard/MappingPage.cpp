#include "MappingPage.h"

#include "ImportWizard.h"
#include "items/ListPreviewModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace homeward {
namespace {

constexpr int kSamples = 3;

} // namespace

MappingPage::MappingPage(ImportWizard *wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("mappingPage"));
    setTitle(tr("Columns"));
    setSubTitle(tr("Say which detail each column of the list holds, or leave the column out. The guesses come from "
                   "the column names: check them."));

    m_grid = new QWidget;
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setColumnStretch(1, 1);
    m_gridLayout->setColumnStretch(2, 1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("mappingScroll"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_grid);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);

    if (wizard->target() == ListTarget::Batch) {
        m_category = new QComboBox;
        m_category->setObjectName(QStringLiteral("defaultCategoryCombo"));
        m_category->setToolTip(tr("Every person of a batch needs a category. A list without a category column may "
                                  "give one for all its rows."));
        m_category->addItem(tr("None: the list gives it"), -1);
        for (const Category c : {Category::Serviceman, Category::Civilian})
            m_category->addItem(label(c), int(c));
        connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
            const int chosen = m_category->currentData().toInt();
            m_wizard->choices().defaultCategory = chosen < 0 ? std::nullopt : std::optional<Category>(Category(chosen));
            refreshProblems();
        });
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        m_categoryLabel = new QLabel(tr("Category for &rows without one:"));
        m_categoryLabel->setBuddy(m_category);
        form->addRow(m_categoryLabel, m_category);
        layout->addLayout(form);
    }

    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("mappingProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problems);
}

void MappingPage::initializePage()
{
    if (m_builtFor != m_wizard->choices().preview.headers || m_combos.size() != m_builtFor.size())
        build();
    if (m_category) {
        const QSignalBlocker block(m_category);
        const auto &chosen = m_wizard->choices().defaultCategory;
        m_category->setCurrentIndex(std::max(0, m_category->findData(chosen ? int(*chosen) : -1)));
    }
    refreshProblems();
}

void MappingPage::build()
{
    while (QLayoutItem *item = m_gridLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_combos.clear();
    const ImportChoices &choices = m_wizard->choices();
    m_builtFor = choices.preview.headers;
    ListPreviewModel samples;
    samples.setPreview(choices.preview.headers, choices.preview.rows);

    auto *columnHead = new QLabel(tr("Column of the file"));
    auto *valuesHead = new QLabel(tr("Values in it"));
    auto *fieldHead = new QLabel(tr("Detail"));
    for (QLabel *head : {columnHead, valuesHead, fieldHead}) {
        QFont bold = head->font();
        bold.setBold(true);
        head->setFont(bold);
    }
    m_gridLayout->addWidget(columnHead, 0, 0);
    m_gridLayout->addWidget(valuesHead, 0, 1);
    m_gridLayout->addWidget(fieldHead, 0, 2);

    QWidget *previous = nullptr;
    for (int c = 0; c < m_builtFor.size(); ++c) {
        const QString header = m_builtFor.at(c).trimmed();
        auto *name = new QLabel(tr("%1. %2").arg(c + 1).arg(header.isEmpty() ? tr("(no name)") : header));
        name->setWordWrap(true);
        const QStringList values = samples.samples(c, kSamples);
        auto *sample = new QLabel(values.isEmpty() ? tr("(empty)") : values.join(QStringLiteral(" · ")));
        sample->setObjectName(QStringLiteral("samples%1").arg(c));
        sample->setToolTip(values.join(QLatin1Char('\n')));
        sample->setForegroundRole(QPalette::PlaceholderText);
        sample->setWordWrap(true);
        sample->setMinimumWidth(120);

        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("fieldCombo%1").arg(c));
        combo->setToolTip(tr("The detail column %1 holds, or Leave out to not import it").arg(c + 1));
        combo->addItem(tr("— choose —"), kUndecided);
        for (int f = 0; f < InterchangeCsv::kColumnCount; ++f)
            combo->addItem(HeaderMapping::fieldLabel(ListField(f)), f);
        combo->insertSeparator(combo->count());
        combo->addItem(tr("Leave out"), kLeaveOut);
        const HeaderMapping &mapping = choices.mapping;
        int data = kUndecided;
        if (const auto field = mapping.field(c))
            data = int(*field);
        else if (mapping.isIgnored(c))
            data = kLeaveOut;
        combo->setCurrentIndex(combo->findData(data));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, c] { columnChosen(c); });
        name->setBuddy(combo);

        m_gridLayout->addWidget(name, c + 1, 0);
        m_gridLayout->addWidget(sample, c + 1, 1);
        m_gridLayout->addWidget(combo, c + 1, 2);
        m_combos << combo;
        if (previous)
            setTabOrder(previous, combo);
        previous = combo;
    }
    m_gridLayout->setRowStretch(int(m_builtFor.size()) + 1, 1);
}

void MappingPage::columnChosen(int column)
{
    HeaderMapping &mapping = m_wizard->choices().mapping;
    const int data = m_combos.at(column)->currentData().toInt();
    if (data == kUndecided)
        mapping.unset(column);
    else if (data == kLeaveOut)
        mapping.ignore(column);
    else
        mapping.set(column, ListField(data));
    refreshProblems();
}

void MappingPage::refreshProblems()
{
    const ImportChoices &choices = m_wizard->choices();
    if (m_category) {
        // Only a list without a category column needs one for all its rows.
        const bool needed = choices.mapping.columnOf(ListField::Category) < 0;
        m_category->setVisible(needed);
        m_categoryLabel->setVisible(needed);
    }
    const QList<ListProblem> problems =
        choices.mapping.problems(choices.preview.headerLine, m_wizard->requiredFields());
    QStringList lines;
    for (const ListProblem &p : problems)
        lines << tr("Column %1: %2").arg(p.column).arg(p.reason);
    if (lines.isEmpty()) {
        m_problems->setStyleSheet(QStringLiteral("color: #1b5e20"));
        m_problems->setText(tr("Every column is decided."));
    } else {
        m_problems->setStyleSheet(QStringLiteral("color: #b71c1c"));
        m_problems->setText(lines.join(QLatin1Char('\n')));
    }
    for (int c = 0; c < m_combos.size(); ++c) {
        const auto field = choices.mapping.field(c);
        const bool wrong = field ? choices.mapping.columnOf(*field) != c : !choices.mapping.isIgnored(c);
        m_combos.at(c)->setStyleSheet(wrong ? QStringLiteral("QComboBox { color: #b71c1c; }") : QString());
    }
    Q_EMIT completeChanged();
}

bool MappingPage::isComplete() const
{
    const ImportChoices &choices = m_wizard->choices();
    return choices.mapping.columnCount() > 0 &&
           choices.mapping.problems(choices.preview.headerLine, m_wizard->requiredFields()).isEmpty();
}

} // namespace homeward
