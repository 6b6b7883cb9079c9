#include "FilePage.h"

#include "ImportWizard.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace homeward {

FilePage::FilePage(ImportWizard *wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("filePage"));
    setTitle(tr("Choose the list"));
    setSubTitle(
        wizard->target() == ListTarget::Batch
            ? tr("Its persons will be added to %1. Nothing is written before the last page.").arg(wizard->targetText())
            : tr("Its records will be imported into the registry. Nothing is written before the last page."));

    auto *label = new QLabel(tr("&File:"));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setPlaceholderText(tr("A CSV file (any encoding, comma, semicolon or tab) or an Excel workbook"));
    m_path->setToolTip(tr("The list to import: CSV in UTF-8, UTF-16 or Windows-1251, or an .xlsx workbook (its "
                          "first sheet). The first row names the columns."));
    m_path->setClearButtonEnabled(true);
    label->setBuddy(m_path);
    m_browse = new QPushButton(tr("&Browse…"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setToolTip(tr("Choose the file in a dialog"));
    connect(m_browse, &QPushButton::clicked, this, &FilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->clear();
        Q_EMIT completeChanged();
    });

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("fileError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_error);

    if (wizard->target() == ListTarget::Registry) {
        auto *box = new QGroupBox(tr("Records of the file already in the registry (same record number)"));
        m_refuse = new QRadioButton(tr("Re&fuse the file: import nothing when any record is already there"));
        m_refuse->setObjectName(QStringLiteral("refuseRadio"));
        m_replace = new QRadioButton(tr("&Replace them with the file's records"));
        m_replace->setObjectName(QStringLiteral("replaceRadio"));
        m_replace->setToolTip(tr("Records not in the file always stay"));
        m_refuse->setChecked(true);
        auto *group = new QButtonGroup(this);
        group->addButton(m_refuse);
        group->addButton(m_replace);
        connect(m_replace, &QRadioButton::toggled, this, [this](bool on) { m_wizard->choices().replace = on; });
        auto *inner = new QVBoxLayout(box);
        inner->addWidget(m_refuse);
        inner->addWidget(m_replace);
        layout->addWidget(box);
    }
    layout->addStretch(1);
    setTabOrder(m_path, m_browse);
}

void FilePage::browse()
{
    const QString start = m_path->text().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                   : QFileInfo(m_path->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the list"), start,
                                                      tr("Lists (*.csv *.txt *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

bool FilePage::isComplete() const
{
    const QFileInfo file(QDir::fromNativeSeparators(m_path->text().trimmed()));
    return file.isFile() && file.isReadable();
}

bool FilePage::validatePage()
{
    ImportChoices &choices = m_wizard->choices();
    const QString path = QFileInfo(QDir::fromNativeSeparators(m_path->text().trimmed())).absoluteFilePath();
    if (path != choices.path) {
        choices = ImportChoices{};
        choices.path = path;
        choices.replace = m_replace && m_replace->isChecked();
    }
    m_wizard->readPreview();
    const ListPreview &preview = choices.preview;
    // A CSV file read wrongly may still be read right with another encoding
    // or delimiter (the next page); a file that cannot be opened cannot.
    const bool workbook = preview.format.kind == ListFileKind::Xlsx;
    if (preview.problem &&
        (preview.problem->kind == ListProblemKind::File || (workbook && preview.headers.isEmpty()))) {
        m_error->setText(tr("This file cannot be imported: %1").arg(preview.problem->reason));
        return false;
    }
    if (preview.headers.isEmpty() && !preview.problem) {
        m_error->setText(tr("This file holds no rows."));
        return false;
    }
    return true;
}

int FilePage::nextId() const
{
    // Encoding and delimiter mean nothing to a workbook.
    return m_wizard->choices().preview.format.kind == ListFileKind::Xlsx ? ImportWizard::MappingPageId
                                                                         : ImportWizard::FormatPageId;
}

} // namespace homeward
