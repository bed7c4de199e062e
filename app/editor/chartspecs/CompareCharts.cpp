#include "editor/chartspecs/CompareCharts.h"

#include "editor/chartspecs/ChartAxes.h"

#include <algorithm>
#include <limits>

namespace topo {

namespace {

const ChartSpec* chartById(const std::vector<ChartSpec>& charts, const std::string& id)
{
    const auto it = std::find_if(charts.begin(), charts.end(),
                                 [&id](const ChartSpec& chart) { return chart.id == id; });
    return it == charts.end() ? nullptr : &*it;
}

} // namespace

void overlayComparedCharts(std::vector<ChartSpec>& charts, const std::vector<ChartSpec>& compared,
                           const std::string& comparedName)
{
    for (ChartSpec& chart : charts) {
        const bool capacity = chart.id == "capacity-by-front-ends";
        if (!capacity && chart.id != "availability-by-front-ends")
            continue;
        const ChartSpec* other = chartById(compared, chart.id);
        const ChartSeries* model = other ? other->findSeries(SeriesRole::Model) : nullptr;
        if (!model)
            continue;
        ChartSeries series{comparedName + ": " + model->name,
                           SeriesKind::Line,
                           SeriesRole::Compared,
                           {},
                           {},
                           model->note};
        double highest = 0;
        double lowest = std::numeric_limits<double>::max();
        for (const SeriesPoint& point : model->points)
            if (point.x <= chart.x.max) {
                series.points.push_back(point);
                highest = std::max(highest, point.y);
                lowest = std::min(lowest, point.y);
            }
        if (series.points.empty())
            continue;
        chart.series.push_back(std::move(series));
        if (capacity && highest > chart.y.max)
            chart.y = valueAxis(chart.y.title, highest);
        else if (!capacity && lowest < chart.y.min)
            chart.y = availabilityAxis(lowest);
    }
}

} // namespace topo
