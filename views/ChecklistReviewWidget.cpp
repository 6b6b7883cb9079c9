#include "ChecklistReviewWidget.h"

#include "BlindReentryDialog.h"
#include "DiscrepancyDialog.h"
#include "HistoryDialog.h"
#include "IdentityCheckDialog.h"
#include "items/BatchChecklistModel.h"
#include "items/ChecklistModel.h"
#include "items/ItemRoles.h"
#include "storage/Accounts.h"
#include "storage/Store.h"
#include "domain/BlindReentry.h"
#include "domain/Permissions.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace homeward {
namespace {

constexpr auto kErrorBar = "QFrame#messageBar { background: #fdecea; border: 1px solid #b3261e; border-radius: 3px; }"
                           "QFrame#messageBar QLabel { color: #5f2120; }";
constexpr auto kDoneBar = "QFrame#messageBar { background: #e6f4ea; border: 1px solid #1b7d32; border-radius: 3px; }"
                          "QFrame#messageBar QLabel { color: #0d3b17; }";
constexpr auto kStaleBar = "QFrame#staleBar { background: #fff4e5; border: 1px solid #b26a00; border-radius: 3px; }"
                           "QFrame#staleBar QLabel { color: #4a2c00; }";
constexpr auto kInfoBar = "QFrame#messageBar { background: #e8f0fe; border: 1px solid #1a56b0; border-radius: 3px; }"
                          "QFrame#messageBar QLabel { color: #0b2a5b; }";

// Colours rows by their state code, and greys out what the official may not
// verify themselves. The state is also written in its own column, so nothing
// depends on colour alone.
class StateDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString code = index.data(roles::StatusCodeRole).toString();
        if (code == QLatin1String("confirmed") || code == QLatin1String("verified"))
            option->backgroundBrush = QColor(0xe6, 0xf4, 0xea);
        else if (code == QLatin1String("discrepancy"))
            option->backgroundBrush = QColor(0xfd, 0xe2, 0xdf);
        const QVariant mayVerify = index.data(roles::MayVerifyRole);
        if (mayVerify.isValid() && !mayVerify.toBool() && code == QLatin1String("pending")) {
            option->font.setItalic(true);
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        }
        if (index.data(roles::ItemsWaitingForMeRole).toInt() > 0)
            option->font.setBold(true);
        if (option->backgroundBrush.style() != Qt::NoBrush && !(option->state & QStyle::State_Selected))
            option->palette.setColor(QPalette::Text, QColor(0x1f, 0x1f, 0x1f));
    }
};

QLabel *boldLabel(const QString &text = {})
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QTableView *newTable(const char *objectName)
{
    auto *table = new QTableView;
    table->setObjectName(QString::fromLatin1(objectName));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setItemDelegate(new StateDelegate(table));
    return table;
}

} // namespace

ChecklistReviewWidget::ChecklistReviewWidget(Store &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("checklistReview"));
    m_personModel = new BatchChecklistModel(store, this);
    m_personProxy = new BatchChecklistProxy(this);
    m_personProxy->setSourceModel(m_personModel);
    m_checklist = new ChecklistModel(store, this);

    m_title = boldLabel();
    m_title->setObjectName(QStringLiteral("reviewTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->setTextVisible(true);
    m_progress->setMinimumWidth(fontMetrics().horizontalAdvance(tr("%1 of %2 persons verified").arg(10000).arg(10000)) +
                                4 * fontMetrics().averageCharWidth());
    m_progressLabel = new QLabel;
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_roleNotice = new QLabel;
    m_roleNotice->setObjectName(QStringLiteral("roleNoticeLabel"));
    m_roleNotice->setWordWrap(true);
    m_roleNotice->setVisible(false);

    // Message bar: every outcome and every refusal, until the next action or closed.
    m_messageBar = new QFrame;
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_messageLabel = new QLabel;
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::RichText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *closeMessage = new QToolButton;
    closeMessage->setText(QStringLiteral("×"));
    closeMessage->setAutoRaise(true);
    closeMessage->setToolTip(tr("Hide this message"));
    closeMessage->setFocusPolicy(Qt::NoFocus);
    connect(closeMessage, &QToolButton::clicked, this, &ChecklistReviewWidget::hideMessage);
    auto *bar = new QHBoxLayout(m_messageBar);
    bar->setContentsMargins(8, 4, 4, 4);
    bar->addWidget(m_messageLabel, 1);
    bar->addWidget(closeMessage, 0, Qt::AlignTop);
    m_messageBar->setVisible(false);

    // Stale bar: a verdict another desk overtook, with the official's own values kept.
    m_staleBar = new QFrame;
    m_staleBar->setObjectName(QStringLiteral("staleBar"));
    m_staleBar->setStyleSheet(QString::fromLatin1(kStaleBar));
    m_staleMessage = new QLabel;
    m_staleMessage->setObjectName(QStringLiteral("staleMessageLabel"));
    m_staleMessage->setWordWrap(true);
    m_staleMessage->setTextFormat(Qt::PlainText);
    m_staleMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unsavedLabel = new QLabel;
    m_unsavedLabel->setObjectName(QStringLiteral("unsavedValuesLabel"));
    m_unsavedLabel->setWordWrap(true);
    m_unsavedLabel->setTextFormat(Qt::PlainText);
    m_unsavedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reloadButton = new QPushButton(tr("&Reload"));
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_reloadButton->setToolTip(tr("Show the checklist as stored now; your values stay here"));
    m_reapplyButton = new QPushButton(tr("&Apply mine again…"));
    m_reapplyButton->setObjectName(QStringLiteral("reapplyButton"));
    m_reapplyButton->setToolTip(tr("Make your verdict again over the reloaded checklist, with your values filled in"));
    auto *discard = new QPushButton(tr("Discard mine"));
    discard->setObjectName(QStringLiteral("discardUnsavedButton"));
    connect(m_reloadButton, &QPushButton::clicked, this, &ChecklistReviewWidget::reloadAfterStale);
    connect(m_reapplyButton, &QPushButton::clicked, this, &ChecklistReviewWidget::reapplyUnsaved);
    connect(discard, &QPushButton::clicked, this, &ChecklistReviewWidget::discardUnsaved);
    auto *staleButtons = new QHBoxLayout;
    staleButtons->addWidget(m_reloadButton);
    staleButtons->addWidget(m_reapplyButton);
    staleButtons->addWidget(discard);
    staleButtons->addStretch(1);
    auto *staleLayout = new QVBoxLayout(m_staleBar);
    staleLayout->setContentsMargins(8, 4, 8, 4);
    staleLayout->addWidget(m_staleMessage);
    staleLayout->addWidget(m_unsavedLabel);
    staleLayout->addLayout(staleButtons);
    m_staleBar->setVisible(false);

    // Left: persons.
    m_filterCombo = new QComboBox;
    m_filterCombo->setObjectName(QStringLiteral("filterCombo"));
    for (BatchChecklistProxy::Filter filter : BatchChecklistProxy::filters())
        m_filterCombo->addItem(BatchChecklistProxy::label(filter), int(filter));
    m_filterCombo->setToolTip(tr("Which persons to list (Ctrl+L)"));
    connect(m_filterCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_personProxy->setFilter(static_cast<BatchChecklistProxy::Filter>(m_filterCombo->itemData(index).toInt()));
        if (!m_personTable->currentIndex().isValid() && m_personProxy->rowCount() > 0)
            m_personTable->setCurrentIndex(m_personProxy->index(0, BatchChecklistModel::NameColumn));
    });
    auto *filterLabel = new QLabel(tr("&Show:"));
    filterLabel->setBuddy(m_filterCombo);
    auto *filterShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    filterShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(filterShortcut, &QShortcut::activated, m_filterCombo, [this] { m_filterCombo->setFocus(); });

    m_personTable = newTable("reviewPersonTable");
    m_personTable->setModel(m_personProxy);
    m_personTable->setSortingEnabled(true);
    m_personTable->sortByColumn(BatchChecklistModel::PositionColumn, Qt::AscendingOrder);
    m_personTable->setAccessibleName(tr("Persons of the batch"));
    m_personTable->setToolTip(tr("Up/Down: persons · Enter or Right: their checklist"));
    const QFontMetrics metrics = fontMetrics();
    const auto fitHeader = [this, &metrics](int column, const QString &sample) {
        const QString header = m_personModel->headerData(column, Qt::Horizontal).toString();
        const int width = std::max(metrics.horizontalAdvance(header), metrics.horizontalAdvance(sample));
        m_personTable->setColumnWidth(column, width + 3 * metrics.averageCharWidth());
    };
    fitHeader(BatchChecklistModel::PositionColumn, QStringLiteral("00000"));
    fitHeader(BatchChecklistModel::NameColumn, QStringLiteral("Олександрович Олександр О."));
    fitHeader(BatchChecklistModel::ProgressColumn, tr("%1 of %2").arg(10).arg(10));
    fitHeader(BatchChecklistModel::DiscrepancyColumn, QStringLiteral("00"));
    connect(m_personTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentPersonChanged(current); });
    connect(m_personProxy, &QAbstractItemModel::modelReset, this, [this] {
        if (m_personProxy->rowCount() > 0)
            m_personTable->setCurrentIndex(m_personProxy->index(0, BatchChecklistModel::NameColumn));
        else
            onCurrentPersonChanged({});
    });
    // The current person left the filter (fully verified, say): the selection model
    // moved to a neighbour; an empty list leaves no one.
    connect(m_personProxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_personTable->currentIndex().isValid())
            onCurrentPersonChanged({});
    });
    connect(m_personModel, &BatchChecklistModel::loadFailed, this, &ChecklistReviewWidget::showError);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filterCombo, 1);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_personTable, 1);

    // Right: the person and their checklist.
    m_personHeading = boldLabel();
    m_personHeading->setObjectName(QStringLiteral("personHeadingLabel"));
    m_personHeading->setTextFormat(Qt::PlainText);
    m_personHeading->setWordWrap(true);
    m_personDetails = new QLabel;
    m_personDetails->setObjectName(QStringLiteral("personDetailsLabel"));
    m_personDetails->setTextFormat(Qt::PlainText);
    m_personDetails->setWordWrap(true);
    m_personDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_checklistTable = newTable("checklistTable");
    m_checklistTable->setModel(m_checklist);
    m_checklistTable->setAccessibleName(tr("Checklist of the person"));
    m_checklistTable->setToolTip(tr("Up/Down: details · Ctrl+Up/Down or PageUp/PageDown: persons\n"
                                    "Space or Enter: verify · D: discrepancy · B: blind re-entry · Ctrl+H: history"));
    m_checklistTable->verticalHeader()->setDefaultSectionSize(metrics.height() + metrics.height() / 2);
    m_personTable->verticalHeader()->setDefaultSectionSize(metrics.height() + metrics.height() / 2);
    connect(m_checklist, &ChecklistModel::loadFailed, this, &ChecklistReviewWidget::showError);
    connect(m_checklist, &QAbstractItemModel::modelReset, this, [this] {
        updateDetails();
        fitChecklistColumns();
        selectFirstOpenItem();
    });
    connect(m_checklist, &QAbstractItemModel::dataChanged, this, [this] {
        updateDetails();
        fitChecklistColumns();
        updateButtons();
    });
    connect(m_checklistTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChecklistReviewWidget::updateButtons);

    m_verifyButton = new QPushButton(tr("&Verify (Space)"));
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_discrepancyButton = new QPushButton(tr("Discrepancy… (D)"));
    m_discrepancyButton->setObjectName(QStringLiteral("discrepancyButton"));
    m_blindButton = new QPushButton(tr("Blind re-entry… (B)"));
    m_blindButton->setObjectName(QStringLiteral("blindButton"));
    m_historyButton = new QPushButton(tr("History… (Ctrl+H)"));
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    connect(m_verifyButton, &QPushButton::clicked, this, &ChecklistReviewWidget::verifyCurrent);
    connect(m_discrepancyButton, &QPushButton::clicked, this, &ChecklistReviewWidget::discrepancyForCurrent);
    connect(m_blindButton, &QPushButton::clicked, this, &ChecklistReviewWidget::blindForCurrent);
    connect(m_historyButton, &QPushButton::clicked, this, &ChecklistReviewWidget::showPersonHistory);
    auto *historyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_H), this);
    historyShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(historyShortcut, &QShortcut::activated, this, &ChecklistReviewWidget::showPersonHistory);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_verifyButton);
    buttonRow->addWidget(m_discrepancyButton);
    buttonRow->addWidget(m_blindButton);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_historyButton);

    auto *keys = new QLabel(tr("Keys: ↑/↓ details · Ctrl+↑/↓ or PgUp/PgDn persons · Space or Enter verify · "
                               "D discrepancy · B blind re-entry · Ctrl+H history · Ctrl+L filter"));
    keys->setObjectName(QStringLiteral("keysLabel"));
    keys->setWordWrap(true);
    keys->setEnabled(false); // the quiet colour

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_personHeading);
    rightLayout->addWidget(m_personDetails);
    rightLayout->addWidget(m_checklistTable, 1);
    rightLayout->addLayout(buttonRow);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({560, 1000});

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_progressLabel, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(progressRow);
    layout->addWidget(m_roleNotice);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_staleBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(keys);

    m_personTable->installEventFilter(this);
    m_checklistTable->installEventFilter(this);

    connect(store.notifier(), &ChangeNotifier::personsChanged, this, [this](qint64 batchId) {
        if (m_batchId != 0 && (batchId == m_batchId || batchId == 0))
            refreshProgress();
    });
    connect(store.notifier(), &ChangeNotifier::batchesChanged, this, &ChecklistReviewWidget::refreshProgress);

    setFocusProxy(m_checklistTable);
    updateButtons();
}

void ChecklistReviewWidget::setBatch(qint64 batchId)
{
    m_batchId = batchId;
    hideMessage();
    checkRole();
    m_personModel->setBatch(batchId);
    refreshProgress();
    m_checklistTable->setFocus();
}

void ChecklistReviewWidget::checkRole()
{
    const Actor &actor = m_store.actor();
    QString notice;
    if (!actor.isValid()) {
        notice = tr("You are not logged in: you can see the progress but not verify.");
    } else if (auto official = Accounts(m_store.connection()).get(actor.officialId); !official) {
        notice = tr("Your account could not be read: %1").arg(official.text());
    } else if (!mayTake(official.value(), Action::VerifyDetails)) {
        notice = tr("You can see the progress; only an official with the verifier role can verify details.");
    }
    m_roleNotice->setText(notice);
    m_roleNotice->setVisible(!notice.isEmpty());
}

void ChecklistReviewWidget::refreshProgress()
{
    if (m_batchId == 0) {
        m_title->clear();
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_progressLabel->clear();
        return;
    }
    if (auto batch = m_store.batches().get(m_batchId); batch) {
        const Batch &b = batch.value();
        QString title = tr("Verification · Batch %1 · %2").arg(b.sequenceNo).arg(label(b.direction));
        if (b.plannedDate.isValid())
            title += QStringLiteral(" · ") + b.plannedDate.toString(QStringLiteral("dd.MM.yyyy"));
        title += QStringLiteral(" · ") + label(b.status);
        m_title->setText(title);
    } else {
        m_title->setText(tr("The batch could not be read: %1").arg(batch.text()));
    }
    auto progress = m_store.verification().progress(m_batchId);
    if (!progress) {
        m_progressLabel->setText(progress.text());
        return;
    }
    const BatchVerificationProgress &p = progress.value();
    m_progress->setRange(0, std::max(p.persons, 1));
    m_progress->setValue(p.fullyVerified);
    m_progress->setFormat(tr("%1 of %2 persons verified").arg(p.fullyVerified).arg(p.persons));
    QStringList parts;
    parts << tr("%n person(s) with open discrepancies", "", p.withDiscrepancy);
    parts << tr("%n not started", "", p.notStarted);
    parts << tr("%n detail(s) pending", "", p.itemsPending);
    m_progressLabel->setText(parts.join(QStringLiteral(" · ")));
}

bool ChecklistReviewWidget::selectPerson(qint64 personId)
{
    const int row = m_personModel->fetchUntilPerson(personId);
    if (row < 0)
        return false;
    QModelIndex index = m_personProxy->mapFromSource(m_personModel->index(row, BatchChecklistModel::NameColumn));
    if (!index.isValid()) {
        // Hidden by the filter: show everyone rather than fail.
        m_filterCombo->setCurrentIndex(m_filterCombo->findData(int(BatchChecklistProxy::Filter::All)));
        index = m_personProxy->mapFromSource(m_personModel->index(row, BatchChecklistModel::NameColumn));
    }
    if (!index.isValid())
        return false;
    m_personTable->setCurrentIndex(index);
    m_personTable->scrollTo(index);
    return true;
}

qint64 ChecklistReviewWidget::currentPersonId() const
{
    return m_checklist->personId();
}

qint64 ChecklistReviewWidget::currentItemId() const
{
    const VerificationItem *item = currentItem();
    return item ? item->id : 0;
}

const VerificationItem *ChecklistReviewWidget::currentItem() const
{
    const QModelIndex current = m_checklistTable->currentIndex();
    return current.isValid() ? m_checklist->itemAt(current.row()) : nullptr;
}

void ChecklistReviewWidget::setFilter(BatchChecklistProxy::Filter filter)
{
    m_filterCombo->setCurrentIndex(m_filterCombo->findData(int(filter)));
}

void ChecklistReviewWidget::onCurrentPersonChanged(const QModelIndex &current)
{
    const qint64 personId = current.isValid() ? current.data(roles::IdRole).toLongLong() : 0;
    if (current.isValid())
        m_personTable->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    if (personId == m_checklist->personId())
        return;
    m_checklist->setPerson(personId);
}

QString ChecklistReviewWidget::personName() const
{
    const Person &p = m_checklist->person();
    return QStringList{p.surname, p.givenName, p.patronymic}.join(QLatin1Char(' ')).simplified();
}

void ChecklistReviewWidget::updateDetails()
{
    const Person &p = m_checklist->person();
    if (m_checklist->personId() == 0 || p.id == 0) {
        m_personHeading->setText(m_batchId == 0 ? QString() : tr("No person selected"));
        m_personDetails->clear();
        return;
    }
    QString heading = personName();
    const int row = m_personModel->rowOfPerson(p.id);
    if (const PersonChecklistSummary *summary = m_personModel->summaryAt(row))
        heading = tr("No. %1 · %2").arg(summary->position).arg(heading);
    m_personHeading->setText(heading);
    // What the verifier compares at a glance; the details typed blind are left out.
    QStringList details;
    details << label(p.category);
    if (!p.rank.isEmpty())
        details << p.rank;
    if (!p.unit.isEmpty())
        details << p.unit;
    details << label(p.sex);
    if (!p.birthPlace.isEmpty())
        details << tr("born in %1").arg(p.birthPlace);
    if (!p.region.isEmpty())
        details << p.region;
    m_personDetails->setText(details.join(QStringLiteral(" · ")));
}

void ChecklistReviewWidget::fitChecklistColumns()
{
    // A checklist is a dozen rows: measuring them is cheap. Long notes and
    // values stop at a readable width; their tooltips and the note column
    // (last, stretched) show the rest.
    m_checklistTable->resizeColumnsToContents();
    const int widest = 36 * m_checklistTable->fontMetrics().averageCharWidth();
    for (int column = 0; column < ChecklistModel::NoteColumn; ++column)
        m_checklistTable->setColumnWidth(column, std::min(m_checklistTable->columnWidth(column), widest));
}

void ChecklistReviewWidget::selectFirstOpenItem()
{
    int target = -1;
    for (int row = 0; row < m_checklist->rowCount(); ++row) {
        const VerificationItem *item = m_checklist->itemAt(row);
        if (item->state == CheckState::Pending && m_checklist->mayVerify(*item)) {
            target = row;
            break;
        }
    }
    if (target < 0 && m_checklist->rowCount() > 0)
        target = 0;
    moveToItemRow(target);
    updateButtons();
}

void ChecklistReviewWidget::moveToItemRow(int row)
{
    if (row < 0 || row >= m_checklist->rowCount())
        return;
    const QModelIndex index = m_checklist->index(row, ChecklistModel::ItemColumn);
    m_checklistTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                   QItemSelectionModel::Rows);
    m_checklistTable->scrollTo(index);
}

void ChecklistReviewWidget::updateButtons()
{
    const VerificationItem *item = currentItem();
    m_verifyButton->setEnabled(item != nullptr);
    m_discrepancyButton->setEnabled(item != nullptr);
    m_blindButton->setEnabled(item != nullptr && prefersBlindReentry(item->item));
    m_historyButton->setEnabled(m_checklist->personId() != 0);
}

void ChecklistReviewWidget::movePerson(int step)
{
    const int rows = m_personProxy->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_personTable->currentIndex();
    int row = current.isValid() ? current.row() + step : 0;
    if (row >= rows && m_personProxy->canFetchMore({})) {
        m_personProxy->fetchMore({});
    }
    row = std::clamp(row, 0, m_personProxy->rowCount() - 1);
    const QModelIndex index = m_personProxy->index(row, BatchChecklistModel::NameColumn);
    m_personTable->setCurrentIndex(index);
    m_personTable->scrollTo(index);
}

void ChecklistReviewWidget::nextPerson()
{
    movePerson(1);
}

void ChecklistReviewWidget::previousPerson()
{
    movePerson(-1);
}

bool ChecklistReviewWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || (watched != m_checklistTable && watched != m_personTable))
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    const bool plain = modifiers == Qt::NoModifier;
    const bool inChecklist = watched == m_checklistTable;
    switch (key->key()) {
    case Qt::Key_PageDown:
        if (plain) {
            nextPerson();
            return true;
        }
        break;
    case Qt::Key_PageUp:
        if (plain) {
            previousPerson();
            return true;
        }
        break;
    case Qt::Key_Down:
        if (modifiers == Qt::ControlModifier) {
            nextPerson();
            return true;
        }
        break;
    case Qt::Key_Up:
        if (modifiers == Qt::ControlModifier) {
            previousPerson();
            return true;
        }
        break;
    case Qt::Key_Right:
        if (plain && !inChecklist) {
            m_checklistTable->setFocus();
            return true;
        }
        break;
    case Qt::Key_Left:
        if (plain && inChecklist) {
            m_personTable->setFocus();
            return true;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (plain) {
            if (inChecklist)
                verifyCurrent();
            else
                m_checklistTable->setFocus();
            return true;
        }
        break;
    case Qt::Key_Space:
        if (plain) {
            verifyCurrent();
            return true;
        }
        break;
    case Qt::Key_D:
        if (plain) {
            discrepancyForCurrent();
            return true;
        }
        break;
    case Qt::Key_B:
        if (plain) {
            blindForCurrent();
            return true;
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void ChecklistReviewWidget::verifyCurrent()
{
    const VerificationItem *current = currentItem();
    if (!current) {
        showInfo(tr("Choose a detail to verify."));
        return;
    }
    const VerificationItem item = *current; // the model may reload under us
    if (item.item == CheckItem::Identity)
        confirmIdentity(item);
    else if (prefersBlindReentry(item.item))
        blindForCurrent();
    else
        confirmPlain(item);
}

bool ChecklistReviewWidget::refuseIfNotMine(const VerificationItem &item)
{
    // Spares typing a note or a value the repository would refuse; the
    // repository still decides for every write.
    if (const QString why = m_checklist->whyNotMayVerify(item); !why.isEmpty()) {
        showError(why);
        return true;
    }
    return false;
}

void ChecklistReviewWidget::confirmPlain(const VerificationItem &item)
{
    const Status done = m_store.verification().confirm(item, CheckMethod::Compared);
    finishWrite(done,
                {UnsavedKind::Compare, item.id, item.personId, detailInSentence(item.item), CheckMethod::Compared, {}},
                tr("Confirmed %1 of %2.").arg(detailInSentence(item.item), personName()));
}

void ChecklistReviewWidget::confirmIdentity(const VerificationItem &item)
{
    if (refuseIfNotMine(item))
        return;
    IdentityCheckDialog dialog(personName(), this);
    if (m_unsaved && m_unsaved->itemId == item.id && m_unsaved->kind == UnsavedKind::Identity) {
        if (m_unsaved->method)
            dialog.setMethod(*m_unsaved->method);
        dialog.noteEdit()->setText(m_unsaved->text);
    }
    if (dialog.exec() != QDialog::Accepted || !dialog.method())
        return;
    const Status done = m_store.verification().confirm(item, *dialog.method(), dialog.note());
    finishWrite(
        done,
        {UnsavedKind::Identity, item.id, item.personId, detailInSentence(item.item), dialog.method(), dialog.note()},
        tr("Confirmed the identity of %1 (%2).").arg(personName(), label(*dialog.method()).toLower()));
}

void ChecklistReviewWidget::blindForCurrent()
{
    const VerificationItem *current = currentItem();
    if (!current)
        return;
    const VerificationItem item = *current;
    if (!prefersBlindReentry(item.item)) {
        showInfo(tr("Blind re-entry is for the surname, the date of birth and the service number or document. "
                    "Press Space to verify %1.")
                     .arg(detailInSentence(item.item)));
        return;
    }
    if (refuseIfNotMine(item))
        return;
    if (item.state == CheckState::Confirmed) {
        showInfo(tr("%1 is already confirmed (by %2).").arg(item.displayLabel(), item.verifiedByName));
        return;
    }
    if (blindStoredValue(m_checklist->person(), item.item).isEmpty()) {
        // Nothing to type against: the verifier checks that their record has none either.
        compareInstead(item);
        return;
    }
    BlindReentryDialog dialog(m_store, item, this);
    if (!dialog.isUsable()) {
        showError(dialog.loadError());
        return;
    }
    if (m_unsaved && m_unsaved->itemId == item.id && m_unsaved->kind == UnsavedKind::Blind)
        dialog.typedEdit()->setText(m_unsaved->text);
    const int outcome = dialog.exec();
    if (outcome == BlindReentryDialog::Stale) {
        showStale(dialog.staleError(), {UnsavedKind::Blind, item.id, item.personId, detailInSentence(item.item),
                                        CheckMethod::BlindReentry, dialog.typedEdit()->text().trimmed()});
    } else if (outcome == QDialog::Accepted) {
        if (m_unsaved && m_unsaved->itemId == item.id)
            hideStale();
        const QString how = dialog.lastComparison().caseOnly
                                ? tr("Confirmed %1 of %2 by blind re-entry (only capital letters differ).")
                                : tr("Confirmed %1 of %2 by blind re-entry.");
        finish(Status(), item.personId, how.arg(detailInSentence(item.item), personName()));
    } else if (outcome == BlindReentryDialog::CompareInstead) {
        compareInstead(item);
    } else if (outcome == BlindReentryDialog::RecordDiscrepancy) {
        recordDiscrepancy(item, dialog.discrepancyNote());
    }
}

void ChecklistReviewWidget::compareInstead(const VerificationItem &item)
{
    const QString stored = detailText(m_checklist->person(), item.item);
    QMessageBox box(QMessageBox::Question, tr("Confirm by comparing"),
                    tr("Confirm %1 of %2 by comparing it with your record?")
                        .arg(detailInSentence(item.item), personName()),
                    QMessageBox::NoButton, this);
    box.setInformativeText(stored.isEmpty()
                               ? tr("Nothing is stored for it. Confirm only if your record has nothing either.")
                               : tr("Stored: %1\n\nTyping it blind catches typos that a glance misses; compare "
                                    "only when your record cannot be typed from.")
                                     .arg(stored));
    QPushButton *confirm = box.addButton(tr("Confirm by comparing"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec(); // the clicked button says what was chosen
    if (box.clickedButton() != confirm)
        return;
    const Status done = m_store.verification().confirm(item, CheckMethod::Compared);
    finishWrite(done,
                {UnsavedKind::Compare, item.id, item.personId, detailInSentence(item.item), CheckMethod::Compared, {}},
                tr("Confirmed %1 of %2 by comparing.").arg(detailInSentence(item.item), personName()));
}

void ChecklistReviewWidget::discrepancyForCurrent()
{
    const VerificationItem *current = currentItem();
    if (!current)
        return;
    recordDiscrepancy(*current, {});
}

void ChecklistReviewWidget::recordDiscrepancy(const VerificationItem &original, const QString &prefilledNote)
{
    const VerificationItem item = original;
    if (refuseIfNotMine(item))
        return;
    const QString what = item.item == CheckItem::Custom ? QStringLiteral("“%1”").arg(item.label)
                                                         : detailInSentence(item.item);
    DiscrepancyDialog dialog(what, detailText(m_checklist->person(), item.item), this);
    if (!prefilledNote.isEmpty())
        dialog.setNote(prefilledNote);
    else if (!item.note.isEmpty() && item.state == CheckState::Discrepancy)
        dialog.setNote(item.note);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status done = m_store.verification().markDiscrepancy(item, dialog.note());
    finishWrite(done, {UnsavedKind::Discrepancy, item.id, item.personId, what, CheckMethod::Compared, dialog.note()},
                tr("Recorded a discrepancy in %1 of %2.").arg(what, personName()));
}

void ChecklistReviewWidget::finishWrite(const Status &status, const UnsavedVerdict &unsaved, const QString &doneText)
{
    if (!status && status.error().stale) {
        m_checklistTable->setFocus();
        showStale(status.error(), unsaved);
        return;
    }
    // Made again and stored (or refused for another reason, which the message bar says):
    // the kept values have served.
    if (status && m_unsaved && m_unsaved->itemId == unsaved.itemId)
        hideStale();
    finish(status, unsaved.personId, doneText);
}

QString ChecklistReviewWidget::describe(const UnsavedVerdict &unsaved) const
{
    switch (unsaved.kind) {
    case UnsavedKind::Discrepancy:
        return tr("a discrepancy in %1, note “%2”").arg(unsaved.what, unsaved.text);
    case UnsavedKind::Identity:
        return unsaved.text.isEmpty()
                   ? tr("the identity confirmed (%1)")
                         .arg(unsaved.method ? label(*unsaved.method).toLower() : QString())
                   : tr("the identity confirmed (%1), note “%2”")
                         .arg(unsaved.method ? label(*unsaved.method).toLower() : QString(), unsaved.text);
    case UnsavedKind::Blind:
        return tr("%1 confirmed by blind re-entry, typed “%2”").arg(unsaved.what, unsaved.text);
    case UnsavedKind::Compare:
        break;
    }
    return tr("%1 confirmed by comparing").arg(unsaved.what);
}

QString ChecklistReviewWidget::describeStored(const VerificationItem &item) const
{
    QString stored;
    switch (item.state) {
    case CheckState::Pending:
        stored = tr("waiting for verification");
        break;
    case CheckState::Confirmed:
        stored = tr("confirmed by %1").arg(item.verifiedByName);
        break;
    case CheckState::Discrepancy:
        stored = tr("a discrepancy recorded by %1").arg(item.verifiedByName);
        break;
    }
    if (!item.note.isEmpty())
        stored = tr("%1, note “%2”").arg(stored, item.note);
    return stored;
}

void ChecklistReviewWidget::showStale(const Error &refusal, const UnsavedVerdict &unsaved)
{
    m_unsaved = unsaved;
    hideMessage();
    m_staleMessage->setText(refusal.message);
    m_unsavedLabel->setText(tr("Your unsaved values: %1.").arg(describe(unsaved)));
    m_reloadButton->setVisible(true);
    m_reapplyButton->setVisible(false);
    m_staleBar->setVisible(true);
    m_reloadButton->setFocus();
}

void ChecklistReviewWidget::hideStale()
{
    m_unsaved.reset();
    m_staleBar->setVisible(false);
}

void ChecklistReviewWidget::reloadAfterStale()
{
    if (!m_unsaved)
        return;
    const UnsavedVerdict unsaved = *m_unsaved;
    if (currentPersonId() == unsaved.personId)
        m_checklist->reload();
    else
        selectPerson(unsaved.personId);
    m_personModel->reload();
    refreshProgress();
    const int row = m_checklist->rowOfItem(unsaved.itemId);
    if (row < 0) {
        m_staleMessage->setText(tr("Reloaded: this checklist item no longer exists, so your values cannot be applied "
                                   "to it."));
        m_reapplyButton->setVisible(false);
        return;
    }
    moveToItemRow(row);
    m_staleMessage->setText(tr("Reloaded. Stored now for %1: %2. Your values were not saved; apply them again if "
                               "they still hold.")
                                .arg(unsaved.what, describeStored(*m_checklist->itemAt(row))));
    m_reapplyButton->setVisible(true);
    m_reapplyButton->setFocus();
}

void ChecklistReviewWidget::reapplyUnsaved()
{
    if (!m_unsaved)
        return;
    const UnsavedVerdict unsaved = *m_unsaved;
    if (currentPersonId() != unsaved.personId && !selectPerson(unsaved.personId)) {
        showError(tr("The person of your unsaved values is not in this list any more."));
        return;
    }
    const int row = m_checklist->rowOfItem(unsaved.itemId);
    if (row < 0) {
        showError(tr("This checklist item no longer exists; the person may have been removed"));
        return;
    }
    moveToItemRow(row);
    const VerificationItem item = *m_checklist->itemAt(row); // the reloaded copy
    switch (unsaved.kind) {
    case UnsavedKind::Discrepancy:
        recordDiscrepancy(item, unsaved.text);
        break;
    case UnsavedKind::Identity:
        confirmIdentity(item);
        break;
    case UnsavedKind::Blind:
        blindForCurrent();
        break;
    case UnsavedKind::Compare:
        if (!refuseIfNotMine(item))
            confirmPlain(item);
        break;
    }
}

void ChecklistReviewWidget::discardUnsaved()
{
    hideStale();
    m_checklistTable->setFocus();
}

void ChecklistReviewWidget::finish(const Status &status, qint64 personId, const QString &doneText)
{
    m_checklistTable->setFocus();
    if (!status) {
        showError(status.text());
        return;
    }
    showDone(doneText);
    // Still on the same person: on to the next detail. Otherwise the person
    // left the filter and the list moved on by itself.
    if (currentPersonId() == personId) {
        const QModelIndex current = m_checklistTable->currentIndex();
        if (current.isValid() && current.row() + 1 < m_checklist->rowCount())
            moveToItemRow(current.row() + 1);
    }
}

void ChecklistReviewWidget::showPersonHistory()
{
    if (m_checklist->personId() == 0)
        return;
    HistoryDialog dialog(m_store, HistoryModel::Subject::Person, m_checklist->personId(), personName(), this);
    dialog.exec(); // read-only: nothing to act on afterwards
    m_checklistTable->setFocus();
}

QString ChecklistReviewWidget::messageText() const
{
    return m_messagePlain;
}

void ChecklistReviewWidget::showError(const QString &text)
{
    m_messagePlain = text;
    m_messageIsError = true;
    m_messageBar->setStyleSheet(QString::fromLatin1(kErrorBar));
    m_messageLabel->setText(QStringLiteral("<b>%1</b> %2").arg(tr("Not done.").toHtmlEscaped(), text.toHtmlEscaped()));
    m_messageBar->setVisible(true);
}

void ChecklistReviewWidget::showDone(const QString &text)
{
    m_messagePlain = text;
    m_messageIsError = false;
    m_messageBar->setStyleSheet(QString::fromLatin1(kDoneBar));
    m_messageLabel->setText(QStringLiteral("<b>%1</b> %2").arg(tr("Done.").toHtmlEscaped(), text.toHtmlEscaped()));
    m_messageBar->setVisible(true);
}

void ChecklistReviewWidget::showInfo(const QString &text)
{
    m_messagePlain = text;
    m_messageIsError = false;
    m_messageBar->setStyleSheet(QString::fromLatin1(kInfoBar));
    m_messageLabel->setText(text.toHtmlEscaped());
    m_messageBar->setVisible(true);
}

void ChecklistReviewWidget::hideMessage()
{
    m_messagePlain.clear();
    m_messageIsError = false;
    m_messageBar->setVisible(false);
}

} // namespace homeward
