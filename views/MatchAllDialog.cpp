#include "MatchAllDialog.h"

#include "items/ItemRoles.h"
#include "items/MatchResultsModel.h"
#include "items/MatchResultsProxy.h"
#include "storage/RegistryMatcher.h"
#include "storage/Store.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace homeward {
namespace {

// The verdict cell coloured by risk (models/ has no colours: it does not link Qt GUI).
class VerdictDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString code = index.column() == MatchResultsModel::VerdictColumn
                                 ? index.data(roles::StatusCodeRole).toString()
                                 : QString();
        if (code == names::toCode(names::Verdict::Ambiguous))
            option->backgroundBrush = QColor(0xf9, 0xd6, 0xd3);
        else if (code == names::toCode(names::Verdict::Probable))
            option->backgroundBrush = QColor(0xfd, 0xeb, 0xc8);
        else if (code == names::toCode(names::Verdict::Match))
            option->backgroundBrush = QColor(0xd7, 0xf0, 0xd8);
        if (index.data(roles::DuplicateCountRole).toInt() > 0)
            option->palette.setColor(QPalette::Text, QColor(0xb3, 0x26, 0x1e));
    }
};

} // namespace

MatchAllDialog::MatchAllDialog(Store &store, qint64 batchId, QWidget *parent)
    : QDialog(parent), m_store(store), m_batchId(batchId)
{
    setObjectName(QStringLiteral("matchAllDialog"));
    setWindowTitle(tr("Match all with the registry"));
    resize(1180, 640);

    m_model = new MatchResultsModel(this);
    m_proxy = new MatchResultsProxy(this);
    m_proxy->setSourceModel(m_model);

    m_summary = new QLabel(tr("Not matched yet."));
    m_summary->setObjectName(QStringLiteral("matchSummaryLabel"));
    m_summary->setWordWrap(true);
    m_attentionOnly = new QCheckBox(tr("Only persons that need a look (not a clear match, or listed elsewhere)"));
    m_attentionOnly->setObjectName(QStringLiteral("attentionOnlyCheck"));
    connect(m_attentionOnly, &QCheckBox::toggled, m_proxy, &MatchResultsProxy::setAttentionOnly);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("matchResultsView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicatorShown(false); // unsorted: the risk order
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setColumnWidth(MatchResultsModel::PositionColumn, 50);
    m_view->setColumnWidth(MatchResultsModel::PersonColumn, 260);
    m_view->setColumnWidth(MatchResultsModel::VerdictColumn, 110);
    m_view->setColumnWidth(MatchResultsModel::ScoreColumn, 60);
    m_view->setColumnWidth(MatchResultsModel::CandidateColumn, 300);
    m_view->setColumnWidth(MatchResultsModel::DiscrepanciesColumn, 260);
    m_proxy->sort(-1);
    m_view->setItemDelegateForColumn(MatchResultsModel::VerdictColumn, new VerdictDelegate(m_view));
    m_view->setItemDelegateForColumn(MatchResultsModel::DuplicatesColumn, new VerdictDelegate(m_view));
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 personId = index.data(roles::IdRole).toLongLong())
            Q_EMIT personActivated(personId);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *again = buttons->addButton(tr("Match again"), QDialogButtonBox::ActionRole);
    again->setObjectName(QStringLiteral("matchAgainButton"));
    connect(again, &QPushButton::clicked, this, [this] { (void)run(); }); // run() shows its own errors

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_attentionOnly);
    layout->addWidget(m_view, 1);
    layout->addWidget(new QLabel(tr("The riskiest first: ambiguous, probable, no candidate, then matches; within "
                                    "each, the closest call first. Double-click a person to open them.")));
    layout->addWidget(buttons);
}

QString MatchAllDialog::summaryText() const
{
    return m_summary->text();
}

Status MatchAllDialog::run()
{
    RegistryMatcher &matcher = RegistryMatcher::of(m_store);
    auto needs = matcher.needsLoading();
    if (!needs) {
        m_summary->setText(tr("The registry could not be read: %1").arg(needs.text()));
        return needs.status();
    }
    if (needs.value()) {
        QProgressDialog loading(tr("Loading the registry…"), tr("Cancel"), 0, 0, this);
        loading.setWindowTitle(tr("Match all with the registry"));
        loading.setWindowModality(Qt::WindowModal);
        loading.setMinimumDuration(500);
        const Status loaded = matcher.ensureLoaded([&loading](qint64 done, qint64 total) {
            loading.setMaximum(int(std::min<qint64>(total, INT_MAX)));
            loading.setValue(int(std::min<qint64>(done, INT_MAX)));
            QCoreApplication::processEvents();
            return !loading.wasCanceled();
        });
        loading.reset();
        if (!loaded) {
            m_summary->setText(tr("The registry could not be loaded: %1").arg(loaded.text()));
            return loaded;
        }
    }

    QProgressDialog progress(tr("Matching the batch with the registry…"), tr("Cancel"), 0, 0, this);
    progress.setWindowTitle(tr("Match all with the registry"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto matched = matcher.matchBatch(m_batchId, [&progress](qsizetype done, qsizetype total) {
        progress.setMaximum(int(total));
        progress.setValue(int(done));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!matched) {
        m_summary->setText(tr("The batch could not be matched: %1").arg(matched.text()));
        return matched.status();
    }
    m_model->setResults(matched.value().persons);
    if (matcher.loadedSize() == 0)
        m_summary->setText(tr("The registry is empty: import it first (Registry → Import registry from a list…). "
                              "Only other listings of the same persons are shown."));
    else
        showSummary(matched.value().cancelled);
    m_view->resizeRowsToContents();
    return {};
}

void MatchAllDialog::showSummary(bool cancelled)
{
    int counts[4] = {0, 0, 0, 0};
    int flagged = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const PersonMatch &m = m_model->result(row);
        ++counts[MatchResultsModel::riskRank(m.result.verdict)];
        flagged += m.duplicates.isEmpty() ? 0 : 1;
    }
    QString text = tr("%n person(s) matched against %L1 registry records: ", "", m_model->rowCount())
                       .arg(RegistryMatcher::of(m_store).loadedSize());
    text += tr("%1 ambiguous, %2 probable, %3 without a candidate, %4 matched; %5 listed elsewhere too.")
                .arg(counts[0])
                .arg(counts[1])
                .arg(counts[2])
                .arg(counts[3])
                .arg(flagged);
    if (cancelled)
        text += QLatin1Char(' ') + tr("Cancelled: the rest of the batch was not matched.");
    m_summary->setText(text);
}

} // namespace homeward
