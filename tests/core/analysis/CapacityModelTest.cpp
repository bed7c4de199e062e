// CapacityModel: capacity, N−1, scale-out and scale-up series, resources per role.
#include "AnalysisDesigns.h"

#include "core/analysis/CapacityModel.h"

#include <gtest/gtest.h>

namespace topo::test {
namespace {

TEST(CapacityModel, ThreeFourCoreFrontEndsCarry750AndLoseOneTo500)
{
    Topology design = farm(3, 4);
    design.environments[0].expectedRequestsPerSecond = 600;
    const EnvironmentCapacity capacity = CapacityModel(design).environment(production(design));
    EXPECT_DOUBLE_EQ(capacity.perCore, 62.5);
    EXPECT_EQ(capacity.trafficFrontEnds, (std::vector<std::string>{"fe-1", "fe-2", "fe-3"}));
    EXPECT_DOUBLE_EQ(capacity.total, 750);
    EXPECT_DOUBLE_EQ(capacity.withoutLargest, 500);
    EXPECT_DOUBLE_EQ(capacity.expected, 600);
    EXPECT_TRUE(capacity.carriesExpected());
    EXPECT_FALSE(capacity.carriesExpectedWithOneDown());
    EXPECT_EQ(capacity.commonSpec.cpuCores, 4);
    EXPECT_DOUBLE_EQ(capacity.commonSpec.ramGb, 8);
}

TEST(CapacityModel, NMinusOneRemovesTheLargestFrontEnd)
{
    Topology design = farm(2, 4);
    design.servers[1].hardware.cpuCores = 8;
    const EnvironmentCapacity capacity = CapacityModel(design).environment(production(design));
    EXPECT_DOUBLE_EQ(capacity.total, 750);
    EXPECT_DOUBLE_EQ(capacity.withoutLargest, 250);
}

TEST(CapacityModel, TraditionalAppsUseTheirPerCoreFigure)
{
    Topology design = farm(3, 4);
    design.environments[0].appKind = AppKind::Traditional;
    EXPECT_DOUBLE_EQ(CapacityModel(design).environment(production(design)).total, 180);
    design.assumptions.requestsPerSecondPerCore.traditional = 20;
    EXPECT_DOUBLE_EQ(CapacityModel(design).environment(production(design)).total, 240);
}

TEST(CapacityModel, StandbyAndNonTrafficFrontEndsAddNoCapacity)
{
    Topology design = farm(3, 4);
    design.servers[1].standby = true;
    design.servers[2].servesTraffic = false;
    const EnvironmentCapacity capacity = CapacityModel(design).environment(production(design));
    EXPECT_EQ(capacity.trafficFrontEnds, (std::vector<std::string>{"fe-1"}));
    EXPECT_DOUBLE_EQ(capacity.total, 250);
    EXPECT_DOUBLE_EQ(capacity.withoutLargest, 0);
}

TEST(CapacityModel, SeriesScaleOutAndUp)
{
    const Topology design = farm(3, 4);
    const CapacityModel model(design);
    EXPECT_EQ(model.byFrontEndCount(production(design), 4),
              (std::vector<SeriesPoint>{{1, 250}, {2, 500}, {3, 750}, {4, 1000}}));
    EXPECT_EQ(model.byCoresPerFrontEnd(production(design), {2, 4, 8}),
              (std::vector<SeriesPoint>{{2, 375}, {4, 750}, {8, 1500}}));
}

TEST(CapacityModel, ResourcesPerRole)
{
    Topology design = farm(3, 4);
    design.servers[0].roles.push_back(Role::DeploymentController);
    const EnvironmentCapacity capacity = CapacityModel(design).environment(production(design));
    EXPECT_EQ(capacity.frontEnds, (RoleResources{3, 12, 24}));
    EXPECT_EQ(capacity.controllers, (RoleResources{2, 12, 24}));
    EXPECT_EQ(capacity.schedulers, (RoleResources{3, 12, 24}));
}

TEST(CapacityModel, ExampleTwoFarm)
{
    const Topology design = loadFixture("example-2-production-farm");
    const std::vector<EnvironmentCapacity> all = CapacityModel(design).environments();
    ASSERT_EQ(all.size(), 1u);
    EXPECT_DOUBLE_EQ(all[0].total, 750);
    EXPECT_DOUBLE_EQ(all[0].withoutLargest, 500);
    EXPECT_FALSE(all[0].hasExpectation());
}

TEST(CapacityModel, BalancedDeploymentSplitsLargestFirstIntoTheSmallerGroup)
{
    // 8, 4, 4, 2 cores: 8 → A; 4 → B; 4 → B (4 < 8); 2 → A (8 ≤ 8, tie to the first group).
    // Groups: A = 10 cores, B = 8 cores; the smaller carries 8 × 62.5 = 500 req/s.
    Topology design = farm(4, 4);
    design.servers[0].hardware.cpuCores = 2;
    design.servers[3].hardware.cpuCores = 8;
    const EnvironmentCapacity capacity = CapacityModel(design).environment(production(design));
    EXPECT_DOUBLE_EQ(capacity.total, 1125);
    EXPECT_DOUBLE_EQ(capacity.balancedDeployment, 500);
}

TEST(CapacityModel, BalancedDeploymentNeedsTwoShares)
{
    EXPECT_DOUBLE_EQ(balancedDeploymentCapacity({}), 0);
    EXPECT_DOUBLE_EQ(balancedDeploymentCapacity({250}), 0);
    EXPECT_DOUBLE_EQ(balancedDeploymentCapacity({250, 250}), 250);
    // Greedy, as the spec defines it: 3→A, 3→B, 2→A, 2→B, 2→A gives 7 and 5.
    EXPECT_DOUBLE_EQ(balancedDeploymentCapacity({2, 3, 2, 3, 2}), 5);
}

// Front-ends of 8, 4 and 4 cores (1000 req/s): the series passes through the current total at
// n = 3 and the N−1 figure at n = 2, takes the next largest out at n = 1 and adds 4-core nodes
// (the most common spec) beyond.
TEST(CapacityModel, TheScaleOutSeriesStartsFromTheCurrentFrontEnds)
{
    Topology design = farm(3, 4);
    design.servers[0].hardware.cpuCores = 8;
    const CapacityModel model(design);
    const EnvironmentCapacity capacity = model.environment(production(design));
    EXPECT_DOUBLE_EQ(capacity.total, 1000);
    EXPECT_DOUBLE_EQ(capacity.withoutLargest, 500);
    EXPECT_EQ(model.byFrontEndCount(production(design), 5),
              (std::vector<SeriesPoint>{{1, 250}, {2, 500}, {3, 1000}, {4, 1250}, {5, 1500}}));
}

} // namespace
} // namespace topo::test
