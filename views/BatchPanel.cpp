#include "BatchPanel.h"

#include "items/PersonFilterProxy.h"
#include "items/PersonTableModel.h"
#include "storage/Store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace homeward {
namespace {

constexpr auto kOverPlanColour = "#b3261e";
constexpr auto kCompleteColour = "#1b7d32";

QString coloured(const QString &text, const char *colour)
{
    return QStringLiteral("<span style=\"color:%1; font-weight:600\">%2</span>")
        .arg(QLatin1String(colour), text.toHtmlEscaped());
}

} // namespace

BatchPanel::BatchPanel(Store &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    m_model = new PersonTableModel(store, this);
    m_proxy = new PersonFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    auto *placeholder =
        new QLabel(tr("No batch selected.\nChoose a batch on the left, or create an exchange and a batch."));
    placeholder->setObjectName(QStringLiteral("noBatchLabel"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setEnabled(false); // drawn in the quiet, disabled colour

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("batchTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);

    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_readOnly = new QLabel(tr("This batch is confirmed: its list can no longer be changed."));
    m_readOnly->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnly->setVisible(false);
    m_readOnly->setWordWrap(true);
    m_readOnly->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter by name…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows only persons whose surname, given name or patronymic contains the typed words "
                            "(Ctrl+F)"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &PersonFilterProxy::setFilterText);
    auto *filterShortcut = new QShortcut(QKeySequence::Find, this);
    filterShortcut->setContext(Qt::WindowShortcut);
    connect(filterShortcut, &QShortcut::activated, this, &BatchPanel::focusFilter);
    // Down from the filter goes into the list, so the keyboard alone finds and opens a person.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus();
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
    });

    auto *loadError = new QLabel;
    loadError->setObjectName(QStringLiteral("loadErrorLabel"));
    loadError->setWordWrap(true);
    loadError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    loadError->setVisible(false);
    connect(m_model, &PersonTableModel::loadFailed, loadError, [loadError](const QString &message) {
        loadError->setText(tr("The list could not be read and may be incomplete: %1").arg(message));
        loadError->setVisible(true);
    });
    connect(m_model, &QAbstractItemModel::modelReset, loadError, [loadError] { loadError->setVisible(false); });

    m_emptyFilter = new QLabel;
    m_emptyFilter->setObjectName(QStringLiteral("filterResultLabel"));

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("personTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PersonTableModel::PositionColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setAccessibleName(tr("Persons in the batch"));
    setDefaultColumnWidths();
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &) {
        if (const qint64 id = currentPersonId())
            Q_EMIT personActivated(id);
    });
    // Enter on the list opens the person (the view's own Enter handling varies by style).
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *open = new QShortcut(key, m_table);
        open->setContext(Qt::WidgetShortcut);
        connect(open, &QShortcut::activated, this, [this] {
            if (const qint64 id = currentPersonId())
                Q_EMIT personActivated(id);
        });
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BatchPanel::emitCurrentPerson);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BatchPanel::emitCurrentPerson);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BatchPanel::emitCurrentPerson);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &BatchPanel::emitCurrentPerson);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &BatchPanel::emitCurrentPerson);
    const auto updateFilterResult = [this] {
        const bool filtering = !m_filter->text().trimmed().isEmpty();
        m_emptyFilter->setVisible(filtering);
        if (filtering)
            m_emptyFilter->setText(tr("%n person(s) match the filter", "", m_proxy->rowCount()));
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, updateFilterResult);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, updateFilterResult);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, updateFilterResult);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, updateFilterResult);
    connect(m_filter, &QLineEdit::textChanged, this, updateFilterResult);
    m_emptyFilter->setVisible(false);

    auto *batchPage = new QWidget;
    auto *page = new QVBoxLayout(batchPage);
    page->setContentsMargins(0, 0, 0, 0);
    page->addWidget(m_title);
    page->addWidget(m_counts);
    page->addWidget(m_readOnly);
    page->addWidget(loadError);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_emptyFilter);
    page->addLayout(filterRow);
    page->addWidget(m_table, 1);

    m_stack = new QStackedWidget;
    m_stack->addWidget(placeholder);
    m_stack->addWidget(batchPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    ChangeNotifier *notifier = store.notifier();
    connect(notifier, &ChangeNotifier::personsChanged, this, [this](qint64 batchId) {
        if (batchId == m_batch.id || batchId == 0)
            refreshCounts();
    });
    connect(notifier, &ChangeNotifier::batchesChanged, this, [this] { refresh(); });
    connect(notifier, &ChangeNotifier::exchangesChanged, this, [this] { refresh(); });
}

void BatchPanel::setDefaultColumnWidths()
{
    // Wide enough for typical values, so names and ranks are not cut off at first sight;
    // the window restores the official's own widths over these.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 3 * metrics.averageCharWidth();
    const auto width = [&](std::initializer_list<QString> samples, int column) {
        int widest = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + padding;
        for (const QString &sample : samples)
            widest = std::max(widest, metrics.horizontalAdvance(sample) + padding);
        m_table->horizontalHeader()->resizeSection(column, widest);
    };
    const QString name = QStringLiteral("Олександрович");
    width({QStringLiteral("0000")}, PersonTableModel::PositionColumn);
    width({name}, PersonTableModel::SurnameColumn);
    width({QStringLiteral("Олександр")}, PersonTableModel::GivenNameColumn);
    width({name}, PersonTableModel::PatronymicColumn);
    width({QStringLiteral("00.00.0000")}, PersonTableModel::BirthDateColumn);
    width({label(Sex::Male), label(Sex::Female)}, PersonTableModel::SexColumn);
    width({label(Category::Serviceman), label(Category::Civilian)}, PersonTableModel::CategoryColumn);
    width({QStringLiteral("старший лейтенант")}, PersonTableModel::RankColumn);
    width({QStringLiteral("АА 0000000")}, PersonTableModel::ServiceNumberColumn);
    m_table->verticalHeader()->setDefaultSectionSize(metrics.height() + metrics.height() / 2);
}

void BatchPanel::setBatch(qint64 batchId)
{
    if (batchId == m_batch.id && batchId != 0)
        return;
    m_batch = Batch{};
    m_batch.id = batchId;
    m_filter->clear();
    m_model->setBatch(batchId);
    refresh();
}

void BatchPanel::refresh()
{
    if (m_batch.id == 0) {
        m_stack->setCurrentIndex(0);
        m_countsText.clear();
        Q_EMIT countsChanged(m_countsText);
        emitCurrentPerson();
        return;
    }
    auto batch = m_store.batches().get(m_batch.id);
    if (!batch) {
        // Deleted meanwhile: the navigator will move on; show nothing stale.
        m_batch = Batch{};
        m_model->setBatch(0);
        refresh();
        return;
    }
    m_batch = batch.value();
    QString title = tr("Batch %1 · %2").arg(m_batch.sequenceNo).arg(label(m_batch.direction));
    if (m_batch.plannedDate.isValid())
        title += QStringLiteral(" · ") + m_batch.plannedDate.toString(QStringLiteral("dd.MM.yyyy"));
    if (!m_batch.place.isEmpty())
        title += QStringLiteral(" · ") + m_batch.place;
    title += QStringLiteral(" · ") + label(m_batch.status);
    m_title->setText(title);
    if (auto exchange = m_store.exchanges().get(m_batch.exchangeId))
        m_title->setToolTip(tr("Exchange “%1”").arg(exchange.value().title));
    m_readOnly->setVisible(!isListEditable());
    if (!isListEditable())
        describeSeal();
    m_stack->setCurrentIndex(1);
    refreshCounts();
}

// A locked batch says who sealed it and when, and shows its seal, so that a
// printed sheet can be compared with the database at a glance.
void BatchPanel::describeSeal()
{
    QString text = tr("This batch is confirmed: its list can no longer be changed.");
    QString tip;
    auto seal = m_store.workflow().seal(m_batch.id);
    if (seal && seal.value().isSealed()) {
        const BatchSeal &s = seal.value();
        const QString when = QLocale().toString(s.sealedAt.toLocalTime(), QLocale::ShortFormat);
        text = m_batch.status == BatchStatus::Completed
                   ? tr("This batch is completed: its list can no longer be changed. Sealed by %1 on %2; seal %3")
                         .arg(s.sealedByName, when, s.contentHash.left(16))
                   : tr("This batch is confirmed: its list can no longer be changed. Sealed by %1 on %2; seal %3")
                         .arg(s.sealedByName, when, s.contentHash.left(16));
        tip = tr("Content hash: %1\nAudit head at confirmation: %2").arg(s.contentHash, s.headHash);
    }
    m_readOnly->setText(text);
    m_readOnly->setToolTip(tip);
}

bool BatchPanel::isListEditable() const
{
    return m_batch.id != 0 && m_batch.status != BatchStatus::Confirmed && m_batch.status != BatchStatus::Completed;
}

void BatchPanel::refreshCounts()
{
    if (m_batch.id == 0)
        return;
    auto counts = m_store.batches().counts(m_batch.id);
    if (!counts) {
        m_countsText = tr("The counts could not be read: %1").arg(counts.text());
        m_counts->setText(coloured(m_countsText, kOverPlanColour));
        Q_EMIT countsChanged(m_countsText);
        return;
    }
    const BatchCounts &c = counts.value();
    const QString servicemen = tr("Servicemen: %1 of %2").arg(c.enteredServicemen()).arg(c.plannedServicemen);
    const QString civilians = tr("Civilians: %1 of %2").arg(c.enteredCivilians()).arg(c.plannedCivilians);
    const QString total = tr("Total: %1 of %2").arg(c.entered()).arg(c.planned());
    const QString overPlan = tr("(over plan!)");
    const QString separator = QStringLiteral(" · ");

    QStringList plain{servicemen, civilians, total};
    if (c.servicemenOverPlan())
        plain[0] += QLatin1Char(' ') + overPlan;
    if (c.civiliansOverPlan())
        plain[1] += QLatin1Char(' ') + overPlan;
    if (c.complete() && c.planned() > 0)
        plain[2] += QLatin1Char(' ') + tr("(complete)");
    m_countsText = plain.join(separator);

    QStringList rich;
    rich << (c.servicemenOverPlan() ? coloured(plain[0], kOverPlanColour) : plain[0].toHtmlEscaped());
    rich << (c.civiliansOverPlan() ? coloured(plain[1], kOverPlanColour) : plain[1].toHtmlEscaped());
    rich << (c.complete() && c.planned() > 0 ? coloured(plain[2], kCompleteColour) : plain[2].toHtmlEscaped());
    m_counts->setText(rich.join(separator));
    m_counts->setToolTip(tr("Servicemen: %1 men, %2 women\nCivilians: %3 men, %4 women")
                             .arg(c.servicemenMen)
                             .arg(c.servicemenWomen)
                             .arg(c.civiliansMen)
                             .arg(c.civiliansWomen));
    Q_EMIT countsChanged(m_countsText);
}

qint64 BatchPanel::currentPersonId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return 0;
    return m_model->personIdAt(m_proxy->mapToSource(current).row());
}

int BatchPanel::currentPosition() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return 0;
    const QModelIndex source = m_proxy->mapToSource(current);
    return m_model->index(source.row(), PersonTableModel::PositionColumn).data().toInt();
}

bool BatchPanel::selectPerson(qint64 personId)
{
    // A person beyond the loaded pages is fetched first.
    int row = m_model->rowOfPerson(personId);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOfPerson(personId);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false; // hidden by the filter
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void BatchPanel::focusFilter()
{
    if (m_batch.id == 0)
        return;
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void BatchPanel::emitCurrentPerson()
{
    const qint64 id = currentPersonId();
    if (id == m_lastPersonId)
        return;
    m_lastPersonId = id;
    Q_EMIT currentPersonChanged(id);
}

} // namespace homeward
