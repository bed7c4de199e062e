#include "charts/ChartSpec.h"

#include "analysis/AvailabilityModel.h"
#include "analysis/CapacityModel.h"
#include "charts/ChartText.h"
#include "rules/DesignIndex.h"

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
// Head room above the highest value of a chart.
constexpr double kHeadRoom = 1.1;
constexpr double kEmptyAxisEnd = 10;

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

// A value axis from 0 to the first round number at least `highest` × kHeadRoom, with ticks
// on round values: 10^k times a mantissa of the table and its number of steps.
ChartAxis valueAxis(std::string title, double highest)
{
    struct Round {
        double mantissa;
        int steps;
    };
    constexpr Round kRounds[] = {{1, 5}, {1.5, 3}, {2, 4}, {2.5, 5}, {3, 3},
                                 {4, 4}, {5, 5},   {6, 3}, {8, 4},   {10, 5}};
    // An empty chart (no cores stated) still gets a few whole ticks.
    const double wanted = std::max(highest, kEmptyAxisEnd) * kHeadRoom;
    const double power = std::pow(10.0, std::floor(std::log10(wanted)));
    ChartAxis axis;
    axis.title = std::move(title);
    for (const Round& round : kRounds) {
        if (round.mantissa * power >= wanted * (1 - 1e-12)) {
            axis.max = round.mantissa * power;
            axis.ticks = round.steps + 1;
            break;
        }
    }
    return axis;
}

// A count axis from 0 to at least `highest`, with at most ten whole steps.
ChartAxis countAxis(std::string title, int highest)
{
    int step = 1;
    for (int candidate : {1, 2, 5, 10, 20, 50}) {
        step = candidate;
        if ((highest + step - 1) / step <= 10)
            break;
    }
    const int steps = std::max(1, (highest + step - 1) / step);
    ChartAxis axis;
    axis.title = std::move(title);
    axis.max = steps * step;
    axis.ticks = steps + 1;
    return axis;
}

ChartSeries expectedLine(double expected, double xMax)
{
    return {chartText("Expected: %1", {formatNumber(expected)}),
            SeriesKind::Line,
            SeriesRole::Expected,
            {{0, expected}, {xMax, expected}},
            {}};
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

ChartSpec capacityByFrontEnds(const Topology& topology, const Environment& environment,
                              const EnvironmentCapacity& capacity)
{
    const int count = static_cast<int>(capacity.trafficFrontEnds.size());
    const int end = frontEndAxisEnd(capacity);
    ChartSpec chart;
    chart.id = "capacity-by-front-ends";
    chart.title = chartText("Capacity by number of front-ends");
    chart.x = countAxis(capacity.commonSpec.cpuCores > 0
                            ? chartText("Traffic front-ends (%1 cores each)",
                                        {formatNumber(capacity.commonSpec.cpuCores)})
                            : chartText("Traffic front-ends (cores not stated)"),
                        end);
    const std::vector<SeriesPoint> model =
        CapacityModel(topology).byFrontEndCount(environment, static_cast<int>(chart.x.max));
    chart.series.push_back({chartText("Capacity"), SeriesKind::Line, SeriesRole::Model, model, {}});
    if (capacity.hasExpectation())
        chart.series.push_back(expectedLine(capacity.expected, chart.x.max));
    if (count > 0) {
        chart.series.push_back(
            {chartText("N = %1: %2", {formatNumber(count), formatNumber(capacity.total)}),
             SeriesKind::Scatter,
             SeriesRole::Current,
             {{static_cast<double>(count), capacity.total}},
             {}});
        chart.series.push_back(
            {chartText("N\u22121 = %1: %2",
                       {formatNumber(count - 1), formatNumber(capacity.withoutLargest)}),
             SeriesKind::Scatter,
             SeriesRole::OneDown,
             {{static_cast<double>(count - 1), capacity.withoutLargest}},
             {}});
    }
    const double highest =
        std::max({model.empty() ? 0.0 : model.back().y, capacity.expected, capacity.total});
    chart.y = valueAxis(chartText("Requests per second"), highest);
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
                          const EnvironmentCapacity& capacity)
{
    const int count = static_cast<int>(capacity.trafficFrontEnds.size());
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
    chart.series.push_back({chartText("Up: %1 FEs", {formatNumber(upCount)}),
                            SeriesKind::Line,
                            SeriesRole::Model,
                            up,
                            {}});
    chart.series.push_back({chartText("Out: %1 FEs", {formatNumber(upCount + 1)}),
                            SeriesKind::Line,
                            SeriesRole::Alternative,
                            out,
                            {}});
    if (capacity.hasExpectation())
        chart.series.push_back(expectedLine(capacity.expected, chart.x.max));
    if (count > 0 && cores > 0)
        chart.series.push_back(
            {chartText("Now: %1 \u00d7 %2", {formatNumber(count), formatNumber(cores)}),
             SeriesKind::Scatter,
             SeriesRole::Current,
             {{static_cast<double>(cores), capacity.total}},
             {}});
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
        chartText("CPU cores"), SeriesKind::StackedBar, SeriesRole::Cores, {}, {}};
    ChartSeries ramSeries{
        chartText("RAM (GB)"), SeriesKind::StackedBar, SeriesRole::Memory, {}, {}};
    double highest = 0;
    for (std::size_t i = 0; i < std::size(roles); ++i) {
        chart.x.categories.push_back(chartText(names[i], {formatNumber(roles[i]->servers)}));
        coresSeries.values.push_back(static_cast<double>(roles[i]->cpuCores));
        ramSeries.values.push_back(roles[i]->ramGb);
        highest = std::max(highest, static_cast<double>(roles[i]->cpuCores) + roles[i]->ramGb);
    }
    chart.x.title = chartText("Role, as on the canvas badges (active servers)");
    chart.series = {coresSeries, ramSeries};
    chart.y = valueAxis(chartText("Cores and GB of RAM"), highest);
    chart.footnote = chartText("Each bar stacks the CPU cores and the GB of RAM of the active "
                               "servers holding the role; a server with several roles counts "
                               "in each of them.");
    return chart;
}

// A percentage axis ending at 100 and starting just under `lowest`, with round steps: the
// interesting part of an availability is close to 100 %.
ChartAxis availabilityAxis(double lowest)
{
    struct Step {
        double span;
        double step;
        const char* format;
    };
    constexpr Step kSteps[] = {{1, 0.2, "%.1f"}, {2, 0.5, "%.1f"}, {5, 1, "%.0f"},
                               {10, 2, "%.0f"},  {50, 10, "%.0f"}, {100, 20, "%.0f"}};
    const double wanted = 100 - std::max(0.0, lowest - 0.05);
    ChartAxis axis;
    axis.title = chartText("Availability (%)");
    axis.max = 100;
    for (const Step& step : kSteps) {
        if (wanted <= step.span || step.span == 100) {
            const double steps = std::ceil(wanted / step.step - 1e-9);
            axis.min = 100 - steps * step.step;
            axis.ticks = static_cast<int>(steps) + 1;
            axis.labelFormat = step.format;
            break;
        }
    }
    return axis;
}

ChartSpec availabilityByFrontEnds(const Topology& topology, const Environment& environment, int end)
{
    const AvailabilityModel model(topology);
    const ServingAvailability current = model.environment(environment);
    const double nodeAvailability = topology.assumptions.serverAvailability;
    ChartSpec chart;
    chart.id = "availability-by-front-ends";
    chart.title = chartText("Serving availability (model)");
    chart.x = countAxis(chartText("Traffic front-ends"), end);
    ChartSeries serving{chartText("Serving path"), SeriesKind::Line, SeriesRole::Model, {}, {}};
    ChartSeries tier{chartText("FE tier alone"), SeriesKind::Line, SeriesRole::Alternative, {}, {}};
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
                                {}});
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

// The environment the charts of `environment` show; nullptr for a design without any.
static const Environment* chartEnvironment(const Topology& topology, const std::string& environment)
{
    const Environment* chosen = findEnvironment(topology, environment);
    return chosen ? chosen : findEnvironment(topology, defaultChartEnvironment(topology));
}

std::string chartsHeading(const Topology& topology, const std::string& environment)
{
    const Environment* chosen = chartEnvironment(topology, environment);
    if (!chosen)
        return {};
    const std::string name = chosen->name.empty() ? chosen->id : chosen->name;
    const std::string design = topology.name.empty() ? chartText("Topology design") : topology.name;
    return chartText("%1 \u2014 environment %2 (%3)", {design, name, chosen->id});
}

std::vector<ChartSpec> designCharts(const Topology& topology, const std::string& environment)
{
    const Environment* chosen = chartEnvironment(topology, environment);
    if (!chosen)
        return {};
    const EnvironmentCapacity capacity = CapacityModel(topology).environment(*chosen);
    return {capacityByFrontEnds(topology, *chosen, capacity),
            capacityByCores(topology, *chosen, capacity), resourcesPerRole(capacity),
            availabilityByFrontEnds(topology, *chosen, frontEndAxisEnd(capacity))};
}

} // namespace topo
