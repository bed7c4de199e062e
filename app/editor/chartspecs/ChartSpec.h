#pragma once

#include "core/analysis/AnalysisSupport.h"
#include "core/analysis/EnvironmentAnalysis.h"
#include "core/model/Topology.h"

#include <string>
#include <vector>

namespace topo {

// How a series is drawn: a line through its points, marked points, or one stacked bar
// segment per category.
enum class SeriesKind { Line, Scatter, StackedBar };

// What a series stands for; the renderer picks its colour and pen from it so the dock and
// the exports use the same look.
// Compared: the same model line of the design the open one is compared with.
enum class SeriesRole { Model, Alternative, Expected, Current, OneDown, Cores, Memory, Compared };

// One series of a chart: points for lines and scatters, one value per category for bars.
struct ChartSeries {
    std::string name;
    SeriesKind kind = SeriesKind::Line;
    SeriesRole role = SeriesRole::Model;
    std::vector<SeriesPoint> points;
    std::vector<double> values;
    std::string note; // how its figure is worked out, for its tooltip ("" = nothing to add)
    bool operator==(const ChartSeries&) const = default;
};

// An axis: a value range, or the category names of a bar chart.
struct ChartAxis {
    std::string title;
    double min = 0;
    double max = 1;
    int ticks = 5;                       // tick marks of a value axis, ends included
    std::string labelFormat = "%.0f";    // printf format of a value axis label
    std::vector<std::string> categories; // set for the x axis of a bar chart
    bool operator==(const ChartAxis&) const = default;
};

// A chart described without any chart library: what to draw, not how. designCharts() builds
// them from the analysis models; the renderer of the designer turns each into a chart.
struct ChartSpec {
    std::string id; // stable name for tests and exports: "capacity-by-front-ends", ...
    std::string title;
    ChartAxis x;
    ChartAxis y;
    std::vector<ChartSeries> series;
    std::string footnote; // the model behind the figures, shown under the chart
    // What a series assumes that a reader would not guess, e.g. that the front-ends' specs
    // differ: shown with the legend, and before the footnote in exports ("" = nothing).
    std::string remark;
    bool operator==(const ChartSpec&) const = default;

    const ChartSeries* findSeries(SeriesRole role) const;
};

// The environment the charts show when none is chosen: the first production environment
// with a traffic front-end, else the first environment with one, else the first. "" when
// the design has no environment.
std::string defaultChartEnvironment(const Topology& topology);

// The line above the charts of a picture: the design's and the environment's names.
std::string chartsHeading(const Topology& topology, const std::string& environment);

// The four charts of one environment ("" or an unknown id: defaultChartEnvironment()):
// capacity by number of front-ends, capacity by cores per front-end, resources per role and
// serving availability by number of front-ends. Empty when the design has no environment.
std::vector<ChartSpec> designCharts(const Topology& topology, const std::string& environment);
// The environment the charts of `environment` show (as designCharts() chooses it); nullptr
// for a design without any.
const Environment* chartEnvironment(const Topology& topology, const std::string& environment);
// The same four charts from an environment's analysis (the figures every dock shows).
std::vector<ChartSpec> environmentCharts(const Topology& topology, const Environment& environment,
                                         const EnvironmentAnalysis& analysis);

} // namespace topo
