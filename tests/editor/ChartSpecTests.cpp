// The chart descriptions of the charts dock and the charts export: hand-worked figures of the
// capacity and availability models on the fixtures.

#include "EditorTestSupport.h"
#include "editor/chartspecs/ChartSpec.h"
#include "editor/chartspecs/ChartText.h"

#include <gtest/gtest.h>

#include <cmath>

namespace topo::test {
namespace {

const ChartSpec& chartNamed(const std::vector<ChartSpec>& charts, const std::string& id)
{
    for (const ChartSpec& chart : charts)
        if (chart.id == id)
            return chart;
    ADD_FAILURE() << "no chart " << id;
    static const ChartSpec none;
    return none;
}

// The y value of a series at x, NaN when the series has no such point.
double valueAt(const ChartSeries* series, double x)
{
    if (series)
        for (const SeriesPoint& point : series->points)
            if (point.x == x)
                return point.y;
    return std::nan("");
}

TEST(ChartSpec, FourChartsOfTheDefaultEnvironmentInOrder)
{
    const Topology topology = placedFixture("factory-standard");
    EXPECT_EQ(defaultChartEnvironment(topology), "prod");
    const std::vector<ChartSpec> charts = designCharts(topology, "");
    ASSERT_EQ(charts.size(), 4u);
    EXPECT_EQ(charts[0].id, "capacity-by-front-ends");
    EXPECT_EQ(charts[1].id, "capacity-by-cores");
    EXPECT_EQ(charts[2].id, "resources-per-role");
    EXPECT_EQ(charts[3].id, "availability-by-front-ends");
    // An unknown environment falls back to the default one.
    EXPECT_EQ(designCharts(topology, "nope"), charts);
    EXPECT_NE(designCharts(topology, "qa"), charts);
}

TEST(ChartSpec, CapacityByFrontEndsMarksNAndNMinusOneAndTheExpectedLoad)
{
    // Three traffic front-ends of 4 cores at 62.5 req/s per core; 450 req/s expected.
    const Topology topology = placedFixture("factory-standard");
    const ChartSpec chart = chartNamed(designCharts(topology, "prod"), "capacity-by-front-ends");
    const ChartSeries* model = chart.findSeries(SeriesRole::Model);
    EXPECT_DOUBLE_EQ(valueAt(model, 1), 250);
    EXPECT_DOUBLE_EQ(valueAt(model, 3), 750);
    EXPECT_DOUBLE_EQ(valueAt(model, 6), 1500);
    const ChartSeries* current = chart.findSeries(SeriesRole::Current);
    ASSERT_NE(current, nullptr);
    EXPECT_EQ(current->kind, SeriesKind::Scatter);
    EXPECT_EQ(current->points, (std::vector<SeriesPoint>{{3, 750}}));
    EXPECT_EQ(current->name, "N = 3: 750");
    const ChartSeries* oneDown = chart.findSeries(SeriesRole::OneDown);
    ASSERT_NE(oneDown, nullptr);
    EXPECT_EQ(oneDown->points, (std::vector<SeriesPoint>{{2, 500}}));
    const ChartSeries* expected = chart.findSeries(SeriesRole::Expected);
    ASSERT_NE(expected, nullptr);
    EXPECT_EQ(expected->points, (std::vector<SeriesPoint>{{0, 450}, {6, 450}}));
    EXPECT_EQ(chart.x.title, "Traffic front-ends (4 cores each)");
    EXPECT_EQ(chart.x.max, 6);
    EXPECT_EQ(chart.x.ticks, 7);
    // 1500 × 1.1 rounds up to 2000 in four steps of 500.
    EXPECT_EQ(chart.y.max, 2000);
    EXPECT_EQ(chart.y.ticks, 5);
    EXPECT_NE(chart.footnote.find("62.5 req/s per core for reactive apps"), std::string::npos);
}

// Example 2 with P-3 at 8 cores: 4 + 4 + 8 = 16 cores × 62.5 = 1000 req/s, N−1 = 1000 − 500
// = 500. The line goes through both points: below N it takes the largest out first (n = 1:
// 250), above N it adds 4-core nodes (n = 4: 1250). The chart says the specs differ.
TEST(ChartSpec, TheCapacityLineGoesThroughItsPointsWhenSpecsDiffer)
{
    Topology topology = placedFixture("example-2-production-farm");
    topology.servers[2].hardware.cpuCores = 8;
    const ChartSpec chart = chartNamed(designCharts(topology, "prod"), "capacity-by-front-ends");
    const ChartSeries* model = chart.findSeries(SeriesRole::Model);
    const ChartSeries* current = chart.findSeries(SeriesRole::Current);
    const ChartSeries* oneDown = chart.findSeries(SeriesRole::OneDown);
    ASSERT_NE(current, nullptr);
    ASSERT_NE(oneDown, nullptr);
    EXPECT_EQ(current->points, (std::vector<SeriesPoint>{{3, 1000}}));
    EXPECT_EQ(oneDown->points, (std::vector<SeriesPoint>{{2, 500}}));
    EXPECT_DOUBLE_EQ(valueAt(model, 3), 1000);
    EXPECT_DOUBLE_EQ(valueAt(model, 2), 500);
    EXPECT_DOUBLE_EQ(valueAt(model, 1), 250);
    EXPECT_DOUBLE_EQ(valueAt(model, 4), 1250);
    EXPECT_EQ(chart.x.title, "Traffic front-ends (mixed specs)");
    EXPECT_EQ(model->name, "Capacity (adds 4-core nodes)");
    EXPECT_NE(chart.remark.find("specs differ (4 and 8 cores)"), std::string::npos) << chart.remark;
    EXPECT_EQ(current->note, "(2 × 4 cores + 1 × 8 cores) × 62.5 req/s per core = 1000 req/s");

    // Scaling up: the current point sits on the "up" line, at the mean of 16 / 3 cores.
    const ChartSpec cores = chartNamed(designCharts(topology, "prod"), "capacity-by-cores");
    const ChartSeries* now = cores.findSeries(SeriesRole::Current);
    ASSERT_NE(now, nullptr);
    ASSERT_EQ(now->points.size(), 1u);
    EXPECT_NEAR(now->points[0].x, 16.0 / 3, 1e-9);
    EXPECT_DOUBLE_EQ(now->points[0].y, 1000);
    EXPECT_NEAR(3 * now->points[0].x * 62.5, now->points[0].y, 1e-9); // the "up" line there
    EXPECT_FALSE(cores.remark.empty());
}

TEST(ChartSpec, IdenticalFrontEndsNeedNoRemark)
{
    const Topology topology = placedFixture("factory-standard");
    for (const ChartSpec& chart : designCharts(topology, "prod"))
        EXPECT_EQ(chart.remark, "") << chart.id;
}

TEST(ChartSpec, NoExpectedLineWhenTheLoadIsNotStated)
{
    const Topology topology = placedFixture("example-2-production-farm");
    const ChartSpec chart = chartNamed(designCharts(topology, "prod"), "capacity-by-front-ends");
    EXPECT_EQ(chart.findSeries(SeriesRole::Expected), nullptr);
    EXPECT_EQ(chart.findSeries(SeriesRole::Current)->points, (std::vector<SeriesPoint>{{3, 750}}));
}

TEST(ChartSpec, TheFrontEndAxisReachesTheCountThatCarriesTheLoadWithOneDown)
{
    Topology topology = placedFixture("example-2-production-farm");
    topology.environments[0].expectedRequestsPerSecond = 2000;
    const ChartSpec chart = chartNamed(designCharts(topology, "prod"), "capacity-by-front-ends");
    // 2000 / 250 = 8 front-ends, 9 with one down: the axis runs to 10.
    EXPECT_EQ(chart.x.max, 10);
    EXPECT_DOUBLE_EQ(valueAt(chart.findSeries(SeriesRole::Model), 9), 2250);
}

TEST(ChartSpec, TraditionalAppsUseTheirPerCoreFigure)
{
    Topology topology = placedFixture("example-2-production-farm");
    topology.environments[0].appKind = AppKind::Traditional;
    const ChartSpec chart = chartNamed(designCharts(topology, "prod"), "capacity-by-front-ends");
    // 3 × 4 cores × 15 req/s.
    EXPECT_EQ(chart.findSeries(SeriesRole::Current)->points, (std::vector<SeriesPoint>{{3, 180}}));
    EXPECT_EQ(chart.findSeries(SeriesRole::OneDown)->points, (std::vector<SeriesPoint>{{2, 120}}));
}

TEST(ChartSpec, ScalingUpAgainstScalingOut)
{
    const Topology topology = placedFixture("factory-standard");
    const ChartSpec chart = chartNamed(designCharts(topology, "prod"), "capacity-by-cores");
    const ChartSeries* up = chart.findSeries(SeriesRole::Model);
    const ChartSeries* out = chart.findSeries(SeriesRole::Alternative);
    ASSERT_NE(up, nullptr);
    ASSERT_NE(out, nullptr);
    EXPECT_EQ(up->name, "Up: 3 FEs");
    EXPECT_EQ(out->name, "Out: 4 FEs");
    EXPECT_DOUBLE_EQ(valueAt(up, 4), 750);   // 3 × 4 × 62.5
    EXPECT_DOUBLE_EQ(valueAt(up, 8), 1500);  // 3 × 8 × 62.5
    EXPECT_DOUBLE_EQ(valueAt(out, 4), 1000); // 4 × 4 × 62.5
    EXPECT_DOUBLE_EQ(valueAt(out, 16), 4000);
    EXPECT_EQ(chart.findSeries(SeriesRole::Current)->points, (std::vector<SeriesPoint>{{4, 750}}));
    EXPECT_EQ(chart.x.max, 16);
}

TEST(ChartSpec, AnUnusualCoreCountIsAddedToTheScaleUpSeries)
{
    // dev-1: one traffic front-end of 5 cores.
    const Topology topology = placedFixture("factory-standard");
    const ChartSpec chart = chartNamed(designCharts(topology, "dev"), "capacity-by-cores");
    EXPECT_DOUBLE_EQ(valueAt(chart.findSeries(SeriesRole::Model), 5), 312.5);
    EXPECT_EQ(chart.findSeries(SeriesRole::Current)->points,
              (std::vector<SeriesPoint>{{5, 312.5}}));
}

TEST(ChartSpec, ResourcesPerRoleStackCoresAndMemory)
{
    // prod: prod-dc (8 cores, 16 GB) and four 4-core, 8 GB front-ends with schedulers.
    const Topology topology = placedFixture("factory-standard");
    const ChartSpec chart = chartNamed(designCharts(topology, "prod"), "resources-per-role");
    EXPECT_EQ(chart.x.categories, (std::vector<std::string>{"FE (4)", "DC (1)", "SCH (4)"}));
    const ChartSeries* cores = chart.findSeries(SeriesRole::Cores);
    const ChartSeries* memory = chart.findSeries(SeriesRole::Memory);
    ASSERT_NE(cores, nullptr);
    ASSERT_NE(memory, nullptr);
    EXPECT_EQ(cores->kind, SeriesKind::StackedBar);
    EXPECT_EQ(cores->values, (std::vector<double>{16, 8, 16}));
    EXPECT_EQ(memory->values, (std::vector<double>{32, 16, 32}));
    // The highest stack is 48: 48 × 1.1 rounds up to 60 in three steps of 20.
    EXPECT_EQ(chart.y.max, 60);
    EXPECT_EQ(chart.y.ticks, 4);
}

TEST(ChartSpec, AvailabilityOfTheServingPathIsStatedAsAModel)
{
    // example-2: one load balancer, a two-node SQL Server cluster, a = 0.995.
    const Topology topology = placedFixture("example-2-production-farm");
    const ChartSpec chart =
        chartNamed(designCharts(topology, "prod"), "availability-by-front-ends");
    const double balancer = 0.995;
    const double database = 1 - 0.005 * 0.005;
    const ChartSeries* serving = chart.findSeries(SeriesRole::Model);
    EXPECT_NEAR(valueAt(serving, 1), 100 * 0.995 * balancer * database, 1e-9);
    EXPECT_NEAR(valueAt(serving, 3), 100 * (1 - std::pow(0.005, 3)) * balancer * database, 1e-9);
    EXPECT_NEAR(valueAt(chart.findSeries(SeriesRole::Alternative), 1), 99.5, 1e-9);
    // The tooltip's formula names the design's own figure, 0.995, not a rounded 0.99.
    EXPECT_EQ(chart.findSeries(SeriesRole::Alternative)->note, "1 − (1 − 0.995)^n.");
    const ChartSeries* current = chart.findSeries(SeriesRole::Current);
    ASSERT_NE(current, nullptr);
    EXPECT_EQ(current->name, "Now: 99.498 %");
    EXPECT_EQ(chart.y.max, 100);
    // The lowest value, about 99.0 %, sits above the axis start.
    EXPECT_EQ(chart.y.min, 98.5);
    EXPECT_EQ(chart.y.labelFormat, "%.1f");
    EXPECT_NE(chart.title.find("(model)"), std::string::npos);
    EXPECT_NE(chart.footnote.find("A model, not a measurement"), std::string::npos);
}

TEST(ChartSpec, AnEnvironmentWithoutFrontEndsHasNoCurrentPoint)
{
    Topology topology = placedFixture("example-2-production-farm");
    topology.servers.clear();
    const std::vector<ChartSpec> charts = designCharts(topology, "prod");
    ASSERT_EQ(charts.size(), 4u);
    const ChartSpec& capacity = chartNamed(charts, "capacity-by-front-ends");
    EXPECT_EQ(capacity.findSeries(SeriesRole::Current), nullptr);
    EXPECT_DOUBLE_EQ(valueAt(capacity.findSeries(SeriesRole::Model), 3), 0);
    EXPECT_NE(capacity.footnote.find("no traffic front-end"), std::string::npos);
    EXPECT_EQ(chartNamed(charts, "resources-per-role").findSeries(SeriesRole::Cores)->values,
              (std::vector<double>{0, 0, 0}));
}

TEST(ChartSpec, UnstatedCoresAreSaidAndTheAxesStayWhole)
{
    Topology topology = placedFixture("example-2-production-farm");
    for (Server& s : topology.servers)
        s.hardware.cpuCores = 0;
    const ChartSpec chart = chartNamed(designCharts(topology, "prod"), "capacity-by-front-ends");
    EXPECT_EQ(chart.x.title, "Traffic front-ends (cores not stated)");
    EXPECT_NE(chart.footnote.find("cores are not stated"), std::string::npos);
    // 10 × 1.1 rounds up to 15 in three steps of 5.
    EXPECT_EQ(chart.y.max, 15);
    EXPECT_EQ(chart.y.ticks, 4);
}

TEST(ChartSpec, ADesignWithoutEnvironmentsHasNoCharts)
{
    EXPECT_TRUE(designCharts(Topology{}, "").empty());
    EXPECT_EQ(defaultChartEnvironment(Topology{}), "");
    EXPECT_EQ(chartsHeading(Topology{}, ""), "");
}

TEST(ChartSpec, HeadingNamesTheDesignAndTheEnvironment)
{
    const Topology topology = placedFixture("example-2-production-farm");
    EXPECT_EQ(chartsHeading(topology, "prod"), topology.name + " \u2014 environment Production");
}

TEST(ChartText, NumbersAndPercentages)
{
    EXPECT_EQ(formatNumber(750), "750");
    EXPECT_EQ(formatNumber(62.5), "62.5");
    EXPECT_EQ(formatNumber(312.25), "312.25");
    EXPECT_EQ(formatNumber(-0.0), "0");
    EXPECT_EQ(formatPercent(0.99497501), "99.498");
    EXPECT_EQ(formatPercent(0.995), "99.5");
    EXPECT_EQ(formatProbability(0.995), "0.995");
    EXPECT_EQ(formatProbability(0.9999), "0.9999");
    EXPECT_EQ(formatProbability(1), "1");
    EXPECT_EQ(chartText("%1 of %2", {"a", "b"}), "a of b");
}

} // namespace
} // namespace topo::test
