#pragma once

#include "editor/chartspecs/ChartSpec.h"
#include "editor/paint/Theme.h"

#include <QString>
#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QLabel;

namespace topo {

// Shows one chart description on screen through Qt Charts; showing a new description
// replaces the chart at once (no animation, no deferred update). Its legend is a wrapping
// line of text under the chart, so that no entry is cut however narrow the dock, followed by
// the chart's remark; hovering a point shows how its figure is worked out.
class ChartWidget : public QWidget {
    Q_OBJECT
public:
    explicit ChartWidget(QWidget* parent = nullptr);
    ~ChartWidget() override;

    void showChart(const ChartSpec& spec, const Theme& theme);
    const ChartSpec& spec() const { return m_spec; }
    QChart* chart() const;
    QLabel* legend() const { return m_legend; }

    // The tooltip of the chart: its footnote, then the arithmetic of each series with one.
    static QString toolTipText(const ChartSpec& spec);
    // The legend as rich text: a marker in each series' colour and its whole name, entries
    // breaking only between each other; the remark under them.
    static QString legendHtml(const ChartSpec& spec, const Theme& theme);

private:
    void showPointNotes(QChart* chart);

    QChartView* m_view;
    QLabel* m_legend;
    ChartSpec m_spec;
    std::optional<Theme> m_chartTheme; // the look of the chart shown, none before the first
};

} // namespace topo
