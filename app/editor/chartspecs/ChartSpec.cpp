#include "editor/chartspecs/ChartSpec.h"

#include "core/analysis/AvailabilityModel.h"
#include "core/analysis/CapacityModel.h"
#include "core/model/DisplayName.h"
#include "core/rules/DesignIndex.h"
#include "editor/chartspecs/ChartAxes.h"
#include "editor/chartspecs/ChartText.h"

#include <algorithm>
#include <cmath>

namespace topo {

namespace {

// Front-end counts shown beyond the current one, so that scaling out has room on the chart.
constexpr int kExtraFrontEnds = 3;
constexpr int kMinFrontEndAxis = 6;
constexpr int kMaxFrontEndAxis = 60;
// Cores per front-end compared on the scale-up chart (the current count is added).
constexpr int kCoreCounts[] = {2, 4, 6, 8, 12, 16};

const Environment* findEnvironment(const Topology& topology, const std::string& id)
{
    for (const Environment& environment : topology.environments)
        if (environment.id == id)
            return &environment;
    return nullptr;
}

bool hasTrafficFrontEnd(const Topology& topology, const Environment& environment)
{
    return !serversOf(topology, environment.id, isTrafficFrontEnd).empty();
}

ChartSeries expectedLine(double expected, double xMax)
{
    return {chartText("Expected: %1", {formatNumber(expected)}),
            SeriesKind::Line,
            SeriesRole::Expected,
            {{0, expected}, {xMax, expected}},
            {},
            chartText("The environment's expected load (requests per second).")};
}

// How many front-ends the capacity and availability charts cover.
int frontEndAxisEnd(const EnvironmentCapacity& capacity)
{
    const int current = static_cast<int>(capacity.trafficFrontEnds.size());
    int end = std::max(kMinFrontEndAxis, current + kExtraFrontEnds);
    const double perServer = capacity.commonSpec.cpuCores * capacity.perCore;
    if (capacity.hasExpectation() && perServer > 0) {
        // Room for the count that carries the expected load with one front-end down.
        const int needed = static_cast<int>(std::ceil(capacity.expected / perServer)) + 1;
        end = std::max(end, needed + 1);
    }
    return std::min(end, kMaxFrontEndAxis);
}

std::string perCoreNote(const Environment& environment, const EnvironmentCapacity& capacity)
{
    return chartText("%1 req/s per core for %2 apps (assumptions.requestsPerSecondPerCore, "
                     "from OutSystems' sizing guidance).",
                     {formatNumber(capacity.perCore), std::string(toString(environment.appKind))});
}

// "4 and 8", "2, 4 and 8": the core counts of front-ends whose specs differ.
std::string coreList(const std::vector<int>& cores)
{
    std::string text;
    for (std::size_t i = 0; i < cores.size(); ++i) {
        if (i > 0)
            text += i + 1 == cores.size() ? chartText(" and ") : std::string(", ");
        text += formatNumber(cores[i]);
    }
    return text;
}

std::string frontEndAxisTitle(const EnvironmentAnalysis& analysis)
{
    const EnvironmentCapacity& capacity = analysis.capacity;
    // The core counts go in the remark: a list of them would not fit under a narrow chart.
    if (analysis.frontEnds.mixedCores())
        return chartText("Traffic front-ends (mixed specs)");
    if (capacity.commonSpec.cpuCores > 0)
        return chartText("Traffic front-ends (%1 cores each)",
                         {formatNumber(capacity.commonSpec.cpuCores)});
    return chartText("Traffic front-ends (cores not stated)");
}

ChartSpec capacityByFrontEnds(const Topology& topology, const Environment& environment,
                              const EnvironmentAnalysis& analysis)
{
    const EnvironmentCapacity& capacity = analysis.capacity;
    const int count = analysis.frontEnds.traffic;
    const int end = frontEndAxisEnd(capacity);
    const std::string common = formatNumber(capacity.commonSpec.cpuCores);
    ChartSpec chart;
    chart.id = "capacity-by-front-ends";
    chart.title = chartText("Capacity by number of front-ends");
    chart.x = countAxis(frontEndAxisTitle(analysis), end);
    const std::vector<SeriesPoint> model =
        CapacityModel(topology).byFrontEndCount(environment, static_cast<int>(chart.x.max));
    // The line goes through the N and N−1 points: from the current front-ends, it takes the
    // largest out first below N and adds nodes of the common spec above N.
    const bool mixed = analysis.frontEnds.mixedCores();
    chart.series.push_back(
        {mixed ? chartText("Capacity (adds %1-core nodes)", {common}) : chartText("Capacity"),
         SeriesKind::Line,
         SeriesRole::Model,
         model,
         {},
         mixed ? chartText("The current front-ends; fewer: the largest out first; more: "
                           "%1-core nodes added.",
                           {common})
               : chartText("n × %1 cores × %2 req/s per core.",
                           {common, formatNumber(capacity.perCore)})});
    if (capacity.hasExpectation())
        chart.series.push_back(expectedLine(capacity.expected, chart.x.max));
    if (count > 0) {
        chart.series.push_back(
            {chartText("N = %1: %2", {formatNumber(count), formatNumber(capacity.total)}),
             SeriesKind::Scatter,
             SeriesRole::Current,
             {{static_cast<double>(count), capacity.total}},
             {},
             analysis.capacityArithmetic.total});
        chart.series.push_back(
            {chartText("N\u22121 = %1: %2",
                       {formatNumber(count - 1), formatNumber(capacity.withoutLargest)}),
             SeriesKind::Scatter,
             SeriesRole::OneDown,
             {{static_cast<double>(count - 1), capacity.withoutLargest}},
             {},
             analysis.capacityArithmetic.nMinus1});
    }
    const double highest =
        std::max({model.empty() ? 0.0 : model.back().y, capacity.expected, capacity.total});
    chart.y = valueAxis(chartText("Requests per second"), highest);
    if (mixed)
        chart.remark =
            chartText("Front-end specs differ (%1 cores): below N = %2 the line takes "
                      "the largest out first, as N\u22121 does; above it, it adds "
                      "%3-core nodes, the most common spec.",
                      {coreList(analysis.frontEnds.distinctCores), formatNumber(count), common});
    chart.footnote = perCoreNote(environment, capacity) + " " +
                     chartText("N\u22121: the largest front-end down.");
    if (count == 0)
        chart.footnote = chartText("The environment has no traffic front-end.") + " " +
                         perCoreNote(environment, capacity);
    else if (capacity.commonSpec.cpuCores == 0)
        chart.footnote = chartText("The front-ends' cores are not stated: capacity shows as 0 "
                                   "until their hardware is filled in.") +
                         " " + perCoreNote(environment, capacity);
    return chart;
}

ChartSpec capacityByCores(const Topology& topology, const Environment& environment,
                          const EnvironmentAnalysis& analysis)
{
    const EnvironmentCapacity& capacity = analysis.capacity;
    const int count = analysis.frontEnds.traffic;
    const int cores = capacity.commonSpec.cpuCores;
    std::vector<int> coreCounts(std::begin(kCoreCounts), std::end(kCoreCounts));
    if (cores > 0 && std::find(coreCounts.begin(), coreCounts.end(), cores) == coreCounts.end())
        coreCounts.insert(std::upper_bound(coreCounts.begin(), coreCounts.end(), cores), cores);

    ChartSpec chart;
    chart.id = "capacity-by-cores";
    chart.title = chartText("Scaling up or out");
    chart.x = countAxis(chartText("Cores per front-end"), coreCounts.back());
    const std::vector<SeriesPoint> up =
        CapacityModel(topology).byCoresPerFrontEnd(environment, coreCounts);
    const int upCount = std::max(1, count);
    std::vector<SeriesPoint> out;
    for (const SeriesPoint& point : up)
        out.push_back({point.x, point.y * (upCount + 1) / upCount});
    const std::string perCore = formatNumber(capacity.perCore);
    chart.series.push_back({chartText("Up: %1 FEs", {formatNumber(upCount)}),
                            SeriesKind::Line,
                            SeriesRole::Model,
                            up,
                            {},
                            chartText("%1 front-ends × x cores × %2 req/s per core.",
                                      {formatNumber(upCount), perCore})});
    chart.series.push_back({chartText("Out: %1 FEs", {formatNumber(upCount + 1)}),
                            SeriesKind::Line,
                            SeriesRole::Alternative,
                            out,
                            {},
                            chartText("%1 front-ends × x cores × %2 req/s per core.",
                                      {formatNumber(upCount + 1), perCore})});
    if (capacity.hasExpectation())
        chart.series.push_back(expectedLine(capacity.expected, chart.x.max));
    const bool mixed = analysis.frontEnds.mixedCores();
    if (count > 0 && cores > 0) {
        // On the "up" line: with specs that differ, at the mean number of cores.
        const double mean = mixed && capacity.perCore > 0
                                ? capacity.total / (count * capacity.perCore)
                                : static_cast<double>(cores);
        chart.series.push_back(
            {mixed ? chartText("Now: %1 FEs, mean %2 cores",
                               {formatNumber(count), formatNumber(mean)})
                   : chartText("Now: %1 \u00d7 %2", {formatNumber(count), formatNumber(cores)}),
             SeriesKind::Scatter,
             SeriesRole::Current,
             {{mean, capacity.total}},
             {},
             analysis.capacityArithmetic.total});
        if (mixed)
            chart.remark =
                chartText("Front-end specs differ (%1 cores): the current point sits "
                          "at the mean, %2 cores per front-end.",
                          {coreList(analysis.frontEnds.distinctCores), formatNumber(mean)});
    }
    chart.y = valueAxis(chartText("Requests per second"),
                        std::max({out.back().y, capacity.expected, capacity.total}));
    chart.footnote = perCoreNote(environment, capacity) + " " +
                     chartText("Up: more cores on the same front-ends; out: one more "
                               "front-end of each size.");
    return chart;
}

ChartSpec resourcesPerRole(const EnvironmentCapacity& capacity)
{
    ChartSpec chart;
    chart.id = "resources-per-role";
    chart.title = chartText("Resources per role");
    const RoleResources* roles[] = {&capacity.frontEnds, &capacity.controllers,
                                    &capacity.schedulers};
    const char* names[] = {"FE (%1)", "DC (%1)", "SCH (%1)"};
    ChartSeries coresSeries{
        chartText("CPU cores"), SeriesKind::StackedBar, SeriesRole::Cores, {}, {}, {}};
    ChartSeries ramSeries{
        chartText("RAM (GB)"), SeriesKind::StackedBar, SeriesRole::Memory, {}, {}, {}};
    double highest = 0;
    for (std::size_t i = 0; i < std::size(roles); ++i) {
        chart.x.categories.push_back(chartText(names[i], {formatNumber(roles[i]->servers)}));
        coresSeries.values.push_back(static_cast<double>(roles[i]->cpuCores));
        ramSeries.values.push_back(roles[i]->ramGb);
        highest = std::max(highest, static_cast<double>(roles[i]->cpuCores) + roles[i]->ramGb);
    }
    chart.x.title = chartText("Role (active servers)");
    chart.series = {coresSeries, ramSeries};
    chart.y = valueAxis(chartText("Cores and GB of RAM"), highest);
    chart.footnote = chartText("Each bar stacks the CPU cores and the GB of RAM of the active "
                               "servers holding the role; a server with several roles counts "
                               "in each of them.");
    return chart;
}

ChartSpec availabilityByFrontEnds(const Topology& topology, const Environment& environment,
                                  const EnvironmentAnalysis& analysis, int end)
{
    const AvailabilityModel model(topology);
    const ServingAvailability& current = analysis.availability;
    const double nodeAvailability = analysis.serverAvailability;
    ChartSpec chart;
    chart.id = "availability-by-front-ends";
    chart.title = chartText("Serving availability (model)");
    chart.x = countAxis(chartText("Traffic front-ends"), end);
    ChartSeries serving{chartText("Serving path"),
                        SeriesKind::Line,
                        SeriesRole::Model,
                        {},
                        {},
                        chartText("Front-end tier × load-balancer tier × database tier.")};
    ChartSeries tier{chartText("FE tier alone"),
                     SeriesKind::Line,
                     SeriesRole::Alternative,
                     {},
                     {},
                     chartText("1 − (1 − %1)^n.", {formatProbability(nodeAvailability)})};
    double lowest = 100;
    for (const SeriesPoint& point :
         model.byFrontEndCount(environment, static_cast<int>(chart.x.max))) {
        serving.points.push_back({point.x, 100 * point.y});
        const double alone = 100 * tierAvailability(nodeAvailability, std::lround(point.x));
        tier.points.push_back({point.x, alone});
        lowest = std::min({lowest, 100 * point.y, alone});
    }
    chart.series = {serving, tier};
    if (current.frontEnds > 0)
        chart.series.push_back({chartText("Now: %1 %", {formatPercent(current.serving)}),
                                SeriesKind::Scatter,
                                SeriesRole::Current,
                                {{static_cast<double>(current.frontEnds), 100 * current.serving}},
                                {},
                                analysis.availabilityArithmetic.servingPath});
    chart.y = availabilityAxis(lowest);
    chart.footnote = AvailabilityModel::modelStatement();
    return chart;
}

} // namespace

const ChartSeries* ChartSpec::findSeries(SeriesRole role) const
{
    for (const ChartSeries& candidate : series)
        if (candidate.role == role)
            return &candidate;
    return nullptr;
}

std::string defaultChartEnvironment(const Topology& topology)
{
    for (const Environment& environment : topology.environments)
        if (environment.purpose == Purpose::Production && hasTrafficFrontEnd(topology, environment))
            return environment.id;
    for (const Environment& environment : topology.environments)
        if (hasTrafficFrontEnd(topology, environment))
            return environment.id;
    return topology.environments.empty() ? std::string() : topology.environments.front().id;
}

const Environment* chartEnvironment(const Topology& topology, const std::string& environment)
{
    const Environment* chosen = findEnvironment(topology, environment);
    return chosen ? chosen : findEnvironment(topology, defaultChartEnvironment(topology));
}

std::string chartsHeading(const Topology& topology, const std::string& environment)
{
    const Environment* chosen = chartEnvironment(topology, environment);
    if (!chosen)
        return {};
    const std::string name = displayName(*chosen);
    const std::string design = topology.name.empty() ? chartText("Topology design") : topology.name;
    return chartText("%1 \u2014 environment %2", {design, name});
}

std::vector<ChartSpec> designCharts(const Topology& topology, const std::string& environment)
{
    const Environment* chosen = chartEnvironment(topology, environment);
    if (!chosen)
        return {};
    return environmentCharts(topology, *chosen, analyzeEnvironment(topology, *chosen));
}

std::vector<ChartSpec> environmentCharts(const Topology& topology, const Environment& environment,
                                         const EnvironmentAnalysis& analysis)
{
    return {capacityByFrontEnds(topology, environment, analysis),
            capacityByCores(topology, environment, analysis), resourcesPerRole(analysis.capacity),
            availabilityByFrontEnds(topology, environment, analysis,
                                    frontEndAxisEnd(analysis.capacity))};
}

} // namespace topo
