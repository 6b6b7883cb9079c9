#include "DashboardCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QValueAxis>

#include <algorithm>

namespace homeward {
namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kDayMs = 24 * 60 * kMinuteMs;

QChartView *makeChartView(const char *objectName)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true); // the whole name when a narrow chart shortens it
    auto *view = new QChartView(chart);
    view->setObjectName(QString::fromLatin1(objectName));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(240, 200);
    return view;
}

QLabel *makePlaceholder(const char *objectName)
{
    auto *label = new QLabel;
    label->setObjectName(QString::fromLatin1(objectName));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false); // greyed: nothing to show yet
    return label;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// A y axis of whole persons from 0 to at least `top`, with round steps.
QValueAxis *personsAxis(int top)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, std::max(top, 1));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->applyNiceNumbers();
    // applyNiceNumbers may choose fractional steps for small counts.
    const int max = int(axis->max());
    if (max <= 5) {
        axis->setRange(0, std::max(max, 1));
        axis->setTickCount(std::max(max, 1) + 1);
    }
    return axis;
}

} // namespace

DashboardCharts::DashboardCharts(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardCharts"));
    m_compositionView = makeChartView("compositionChart");
    m_noComposition = makePlaceholder("noCompositionLabel");
    m_compositionStack = new QStackedWidget;
    m_compositionStack->addWidget(m_noComposition);
    m_compositionStack->addWidget(m_compositionView);

    m_historyView = makeChartView("historyChart");
    m_noHistory = makePlaceholder("noHistoryLabel");
    m_historyStack = new QStackedWidget;
    m_historyStack->addWidget(m_noHistory);
    m_historyStack->addWidget(m_historyView);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Even halves: the category names (long in Ukrainian) need the room as much as the time axis.
    layout->addWidget(m_compositionStack, 1);
    layout->addWidget(m_historyStack, 1);
    retranslate();
}

QChart *DashboardCharts::compositionChart() const
{
    return m_compositionView->chart();
}

QChart *DashboardCharts::historyChart() const
{
    return m_historyView->chart();
}

bool DashboardCharts::showsComposition() const
{
    return m_compositionStack->currentWidget() == m_compositionView;
}

bool DashboardCharts::showsHistory() const
{
    return m_historyStack->currentWidget() == m_historyView;
}

QList<QPointF> DashboardCharts::historyPoints() const
{
    return m_verifiedLine ? m_verifiedLine->points() : QList<QPointF>{};
}

void DashboardCharts::setComposition(const DashboardComposition &composition)
{
    m_composition = composition;
    QChart *chart = compositionChart();
    clearChart(chart);
    chart->setTitle(tr("Persons by category and sex"));
    if (composition.total() == 0) {
        m_compositionStack->setCurrentWidget(m_noComposition);
        return;
    }
    // One bar per sex, stacked by category: the short words go below the
    // bars and the long ones (Військовослужбовці) into the legend, which has
    // the chart's whole width. The counts are on the bars.
    auto *servicemen = new QBarSet(tr("Servicemen"));
    *servicemen << composition.servicemenMen << composition.servicemenWomen;
    auto *civilians = new QBarSet(tr("Civilians"));
    *civilians << composition.civiliansMen << composition.civiliansWomen;
    auto *series = new QStackedBarSeries;
    series->append(servicemen);
    series->append(civilians);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);

    auto *categories = new QBarCategoryAxis;
    categories->append({tr("Men"), tr("Women")});
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    QValueAxis *counts = personsAxis(std::max(composition.servicemenMen + composition.civiliansMen,
                                              composition.servicemenWomen + composition.civiliansWomen));
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    m_compositionStack->setCurrentWidget(m_compositionView);
}

void DashboardCharts::setHistory(const QList<VerifiedInMinute> &history, int entered)
{
    m_history = history;
    m_entered = entered;
    QChart *chart = historyChart();
    clearChart(chart);
    m_verifiedLine = nullptr;
    m_enteredLine = nullptr;
    chart->setTitle(tr("Persons verified over time"));
    if (history.isEmpty()) {
        m_historyStack->setCurrentWidget(m_noHistory);
        return;
    }
    // A step line: flat until a minute in which persons were verified, then up.
    const qint64 first = history.first().minute.toMSecsSinceEpoch();
    const qint64 last = history.last().minute.toMSecsSinceEpoch();
    // Some room either side, at least half an hour, so a single minute is not a vertical line at the edge.
    const qint64 pad = std::max<qint64>((last - first) / 20, 30 * kMinuteMs);
    const qint64 from = first - pad;
    const qint64 to = last + pad;
    m_verifiedLine = new QLineSeries;
    m_verifiedLine->setName(tr("Verified"));
    int total = 0;
    m_verifiedLine->append(double(from), 0);
    for (const VerifiedInMinute &minute : history) {
        const double at = double(minute.minute.toMSecsSinceEpoch());
        m_verifiedLine->append(at, total);
        total += minute.persons;
        m_verifiedLine->append(at, total);
    }
    m_verifiedLine->append(double(to), total);

    m_enteredLine = new QLineSeries;
    m_enteredLine->setName(tr("Entered (%1)").arg(entered));
    m_enteredLine->append(double(from), entered);
    m_enteredLine->append(double(to), entered);
    QPen dashed(Qt::gray);
    dashed.setStyle(Qt::DashLine);
    dashed.setWidth(1);
    m_enteredLine->setPen(dashed);

    chart->addSeries(m_verifiedLine);
    chart->addSeries(m_enteredLine);
    // After addSeries, which gives the series the theme's colour.
    QPen pen = m_verifiedLine->pen();
    pen.setWidth(2);
    m_verifiedLine->setPen(pen);
    auto *time = new QDateTimeAxis;
    // Within one local day: hours and minutes, the day as the axis title;
    // days when the work spans days. Short labels stay whole on a narrow chart.
    const QDate firstDay = QDateTime::fromMSecsSinceEpoch(from).date();
    const QDate lastDay = QDateTime::fromMSecsSinceEpoch(to).date();
    if (firstDay == lastDay) {
        time->setFormat(QStringLiteral("HH:mm"));
        time->setTitleText(QLocale().toString(firstDay, QLocale::ShortFormat));
    } else if (last - first <= 2 * kDayMs) {
        time->setFormat(QStringLiteral("dd.MM HH:mm"));
    } else {
        time->setFormat(QStringLiteral("dd.MM"));
    }
    time->setTickCount(firstDay == lastDay ? 5 : (last - first <= 2 * kDayMs ? 3 : 4));
    time->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    chart->addAxis(time, Qt::AlignBottom);
    // Headroom above the entered line, so it does not sit on the chart's top edge.
    QValueAxis *persons = personsAxis(std::max(total, entered) + std::max(1, std::max(total, entered) / 10));
    chart->addAxis(persons, Qt::AlignLeft);
    for (QLineSeries *series : {m_verifiedLine, m_enteredLine}) {
        series->attachAxis(time);
        series->attachAxis(persons);
    }
    m_historyStack->setCurrentWidget(m_historyView);
}

void DashboardCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DashboardCharts::retranslate()
{
    m_noComposition->setText(tr("No person is entered in this exchange yet."));
    m_noHistory->setText(tr("No person of this exchange is fully verified yet."));
    setComposition(m_composition);
    setHistory(m_history, m_entered);
}

} // namespace homeward
