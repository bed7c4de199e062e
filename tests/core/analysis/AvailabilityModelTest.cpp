// AvailabilityModel: tiers of independent nodes, 1 − (1 − a)^n.
#include "AnalysisDesigns.h"

#include "core/analysis/AvailabilityModel.h"

#include <gtest/gtest.h>

namespace topo::test {
namespace {

constexpr double kA = 0.995;

TEST(AvailabilityModel, TierOfThree)
{
    EXPECT_NEAR(tierAvailability(kA, 3), 1 - 0.005 * 0.005 * 0.005, 1e-15);
    EXPECT_NEAR(tierAvailability(kA, 1), kA, 1e-15);
    EXPECT_DOUBLE_EQ(tierAvailability(kA, 0), 0);
}

TEST(AvailabilityModel, ThreeFrontEndsBehindOneBalancerAndOneDatabase)
{
    const Topology design = farm(3, 4);
    const ServingAvailability a = AvailabilityModel(design).environment(production(design));
    EXPECT_EQ(a.frontEnds, 3);
    EXPECT_EQ(a.loadBalancers, 1);
    EXPECT_EQ(a.databaseNodes, 1);
    EXPECT_NEAR(a.frontEndTier, 1 - 1.25e-7, 1e-15);
    EXPECT_NEAR(a.loadBalancerTier, kA, 1e-15);
    EXPECT_NEAR(a.databaseTier, kA, 1e-15);
    EXPECT_NEAR(a.serving, (1 - 1.25e-7) * kA * kA, 1e-15);
}

TEST(AvailabilityModel, ClusteredDatabaseIsATierAndNoBalancerIsNoFactor)
{
    Topology design = farm(1, 4);
    design.loadBalancers.clear();
    design.databases[0].nodes = 2;
    design.databases[0].haMode = DbHaMode::AlwaysOnAg;
    const ServingAvailability a = AvailabilityModel(design).environment(production(design));
    EXPECT_EQ(a.loadBalancers, 0);
    EXPECT_DOUBLE_EQ(a.loadBalancerTier, 1);
    EXPECT_EQ(a.databaseNodes, 2);
    EXPECT_NEAR(a.serving, kA * (1 - 0.005 * 0.005), 1e-15);

    // Nodes without an HA mode are one database server as far as serving goes.
    design.databases[0].haMode = DbHaMode::None;
    EXPECT_EQ(AvailabilityModel(design).environment(production(design)).databaseNodes, 1);
}

TEST(AvailabilityModel, NoPlatformDatabaseMeansNoServing)
{
    Topology design = farm(2, 4);
    design.databases.clear();
    EXPECT_DOUBLE_EQ(AvailabilityModel(design).environment(production(design)).serving, 0);
}

TEST(AvailabilityModel, SeriesByFrontEndCountUsesTheServerAvailability)
{
    Topology design = farm(2, 4);
    design.assumptions.serverAvailability = 0.9;
    const std::vector<SeriesPoint> series =
        AvailabilityModel(design).byFrontEndCount(production(design), 3);
    ASSERT_EQ(series.size(), 3u);
    EXPECT_NEAR(series[0].y, 0.9 * 0.9 * 0.9, 1e-12);
    EXPECT_NEAR(series[1].y, 0.99 * 0.81, 1e-12);
    EXPECT_NEAR(series[2].y, 0.999 * 0.81, 1e-12);
    EXPECT_DOUBLE_EQ(series[2].x, 3);
}

TEST(AvailabilityModel, StatesItIsAModelOfIndependentFailures)
{
    const std::string statement = AvailabilityModel::modelStatement();
    EXPECT_NE(statement.find("model"), std::string::npos);
    EXPECT_NE(statement.find("independently"), std::string::npos);
}

} // namespace
} // namespace topo::test
