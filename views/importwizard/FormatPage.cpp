#include "FormatPage.h"

#include "ImportWizard.h"
#include "items/ListPreviewModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace homeward {

FormatPage::FormatPage(ImportWizard *wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("formatPage"));
    setTitle(tr("Encoding and delimiter"));
    setSubTitle(tr("Check that the letters and the columns below look right; if not, choose the encoding or the "
                   "delimiter yourself."));

    m_encoding = new QComboBox;
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->setToolTip(tr("How the file's letters are stored. Lists from older programs are often in "
                              "Windows-1251."));
    m_encoding->addItem(tr("Detect automatically"), int(TextEncoding::Auto));
    for (const TextEncoding e :
         {TextEncoding::Utf8, TextEncoding::Windows1251, TextEncoding::Utf16LE, TextEncoding::Utf16BE})
        m_encoding->addItem(ListFormats::encodingName(e), int(e));

    m_delimiter = new QComboBox;
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->setToolTip(tr("The character between the values of a row"));
    m_delimiter->addItem(tr("Detect automatically"), QString());
    for (const QChar c : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')})
        m_delimiter->addItem(ListFormats::delimiterName(c), QString(c));

    m_detected = new QLabel;
    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_detected->setWordWrap(true);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("formatProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new ListPreviewModel(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("previewView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setDefaultSectionSize(130);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setToolTip(tr("The first rows of the file, read with the encoding and delimiter above"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_detected);
    layout->addWidget(m_problem);
    layout->addWidget(m_view, 1);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &FormatPage::chosen);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &FormatPage::chosen);
}

void FormatPage::initializePage()
{
    const ListFormat &format = m_wizard->choices().format;
    {
        const QSignalBlocker a(m_encoding);
        const QSignalBlocker b(m_delimiter);
        m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(int(format.encoding))));
        m_delimiter->setCurrentIndex(
            std::max(0, m_delimiter->findData(format.delimiter.isNull() ? QString() : QString(format.delimiter))));
    }
    showPreview();
}

void FormatPage::chosen()
{
    ListFormat format;
    format.encoding = TextEncoding(m_encoding->currentData().toInt());
    const QString delimiter = m_delimiter->currentData().toString();
    format.delimiter = delimiter.isEmpty() ? QChar() : delimiter.front();
    m_wizard->choices().format = format;
    m_wizard->readPreview();
    showPreview();
    Q_EMIT completeChanged();
}

void FormatPage::showPreview()
{
    const ListPreview &preview = m_wizard->choices().preview;
    m_model->setPreview(preview.headers, preview.rows);
    const DetectedFormat &f = preview.format;
    const QString encoding = f.encodingDetected ? tr("%1 (detected)").arg(ListFormats::encodingName(f.encoding))
                                                : ListFormats::encodingName(f.encoding);
    const QString delimiter = f.delimiterDetected ? tr("%1 (detected)").arg(ListFormats::delimiterName(f.delimiter))
                                                  : ListFormats::delimiterName(f.delimiter);
    m_detected->setText(
        tr("Read as %1, values separated by %2; the header is line %3; %n row(s) shown.", "", int(preview.rows.size()))
            .arg(encoding, delimiter)
            .arg(preview.headerLine));
    if (preview.problem)
        m_problem->setText(tr("Line %1: %2").arg(preview.problem->line).arg(preview.problem->reason));
    else
        m_problem->clear();
    m_problem->setVisible(preview.problem.has_value());
}

bool FormatPage::isComplete() const
{
    return !m_wizard->choices().preview.headers.isEmpty();
}

} // namespace homeward
