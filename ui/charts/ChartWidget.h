#pragma once

#include "charts/ChartSpec.h"
#include "paint/Theme.h"

#include <QWidget>

class QChart;
class QChartView;

namespace topo {

// Shows one chart description on screen through Qt Charts; showing a new description
// replaces the chart at once (no animation, no deferred update).
class ChartWidget : public QWidget {
    Q_OBJECT
public:
    explicit ChartWidget(QWidget* parent = nullptr);
    ~ChartWidget() override;

    void showChart(const ChartSpec& spec, const Theme& theme);
    const ChartSpec& spec() const { return m_spec; }
    QChart* chart() const;

private:
    QChartView* m_view;
    ChartSpec m_spec;
};

} // namespace topo
