#include "HistoryDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace homeward {

HistoryDialog::HistoryDialog(Store &store, HistoryModel::Subject subject, qint64 id, const QString &title,
                             QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History — %1").arg(title));

    m_model = new HistoryModel(store, this);

    auto *heading = new QLabel(title);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    heading->setTextFormat(Qt::PlainText);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summaryLabel"));

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #8c1d18; background: #fdecea; border: 1px solid #b3261e; "
                                          "padding: 6px;"));
    m_error->setVisible(false);
    connect(m_model, &HistoryModel::loadFailed, m_error, [this](const QString &message) {
        m_error->setText(tr("The history could not be read and may be incomplete: %1").arg(message));
        m_error->setVisible(true);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryDialog::updateSummary);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Changes, newest first"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    if (subject == HistoryModel::Subject::Person)
        m_model->setPerson(id);
    else if (subject == HistoryModel::Subject::Batch)
        m_model->setBatch(id);
    m_table->resizeColumnsToContents();
    const QFontMetrics metrics = m_table->fontMetrics();
    for (int column = 0; column < HistoryModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 40 * metrics.averageCharWidth()));
    resize(1000, 520);
    updateSummary();
}

void HistoryDialog::updateSummary()
{
    if (!m_model->lastError().isEmpty())
        return;
    m_error->setVisible(false);
    m_summary->setText(m_model->entryCount() == 0
                           ? tr("No changes recorded.")
                           : tr("%n recorded change(s), newest first.", "", m_model->entryCount()));
}

} // namespace homeward
