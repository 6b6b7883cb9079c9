#pragma once

#include "storage/DashboardQueries.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QStackedBarSeries;
class QStackedWidget;

namespace homeward {

// The two charts of an exchange's dashboard: persons listed by category and
// sex (a bar per sex, stacked by category), and the cumulative count of fully verified persons
// over time (a step line, with the number entered as the line to reach).
// A chart with nothing to show gives way to a sentence saying so.
class DashboardCharts final : public QWidget {
    Q_OBJECT
public:
    explicit DashboardCharts(QWidget *parent = nullptr);

    void setComposition(const DashboardComposition &composition);
    // `history` as DashboardQueries::verifiedOverTime() gives it; `entered`
    // is the number of persons listed, the height the line is heading for.
    void setHistory(const QList<VerifiedInMinute> &history, int entered);

    QChart *compositionChart() const;
    QChart *historyChart() const;
    // The step line's points: (ms since the epoch, persons verified by then).
    QList<QPointF> historyPoints() const;
    bool showsComposition() const;
    bool showsHistory() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QStackedWidget *m_compositionStack = nullptr;
    QChartView *m_compositionView = nullptr;
    QLabel *m_noComposition = nullptr;
    QStackedWidget *m_historyStack = nullptr;
    QChartView *m_historyView = nullptr;
    QLabel *m_noHistory = nullptr;
    QLineSeries *m_verifiedLine = nullptr;
    QLineSeries *m_enteredLine = nullptr;
    DashboardComposition m_composition;
    QList<VerifiedInMinute> m_history;
    int m_entered = 0;
};

} // namespace homeward
