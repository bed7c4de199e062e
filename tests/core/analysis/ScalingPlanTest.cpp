// ScalingPlan: the clusters, controller guidance and timer placement the scaling view draws,
// with answers worked by hand from the fixtures and from small designs.
#include "AnalysisDesigns.h"

#include "core/analysis/ScalingPlan.h"

#include <gtest/gtest.h>

#include <limits>

namespace topo::test {
namespace {

EnvironmentScaling scalingOf(const Topology& design, const std::string& environment)
{
    for (const Environment& env : design.environments)
        if (env.id == environment)
            return environmentScaling(design, env);
    ADD_FAILURE() << "no environment " << environment;
    return {};
}

Hardware spec(int cores, double ram, double disk)
{
    Hardware hw;
    hw.cpuCores = cores;
    hw.ramGb = ram;
    hw.diskGb = disk;
    return hw;
}

std::vector<std::string> nodeIds(const ScalingCluster& cluster)
{
    std::vector<std::string> ids;
    for (const ScalingNode& node : cluster.nodes)
        ids.push_back(node.server);
    return ids;
}

TEST(ScalingPlan, FactoryProductionFarmGrowsByOneIdenticalFrontEnd)
{
    const EnvironmentScaling prod = scalingOf(loadFixture("factory-standard"), "prod");
    ASSERT_EQ(prod.frontEnds.size(), 2u);
    const ScalingCluster& farm = prod.frontEnds[0];
    EXPECT_EQ(farm.balancer, "lb-prod");
    EXPECT_EQ(nodeIds(farm), (std::vector<std::string>{"prod-fe1", "prod-fe2", "prod-fe3"}));
    EXPECT_TRUE(sameSpec(farm.spec, spec(4, 8, 100)));
    EXPECT_TRUE(farm.growable);
    EXPECT_EQ(farm.trafficNodes, 3);
    EXPECT_DOUBLE_EQ(farm.capacity, 750);          // 3 × 4 cores × 62.5
    EXPECT_DOUBLE_EQ(farm.capacityWithNext, 1000); // one more 4-core node
    for (const ScalingNode& node : farm.nodes)
        EXPECT_FALSE(node.differs) << node.server;

    // The batch server is out of the pool: no balancer, and no capacity to add.
    const ScalingCluster& alone = prod.frontEnds[1];
    EXPECT_EQ(alone.balancer, "");
    EXPECT_EQ(nodeIds(alone), (std::vector<std::string>{"prod-batch"}));
    EXPECT_FALSE(alone.growable);
    EXPECT_DOUBLE_EQ(alone.capacity, 0);
    EXPECT_EQ(prod.frontEndCount(), 4);
    EXPECT_DOUBLE_EQ(prod.expected, 450);
}

TEST(ScalingPlan, FactoryControllersAgainstTheirGuidance)
{
    const Topology design = loadFixture("factory-standard");
    const EnvironmentScaling prod = scalingOf(design, "prod");
    ASSERT_TRUE(prod.controller.server.has_value());
    EXPECT_EQ(prod.controller.server->server, "prod-dc");
    EXPECT_EQ(prod.controller.count, 1);
    EXPECT_TRUE(sameSpec(prod.controller.guidance, spec(2, 4, 80)));
    EXPECT_EQ(prod.controller.guidanceSource, "minimum for a platform server");
    EXPECT_TRUE(sameSpec(prod.controller.nextSize, spec(16, 32, 200)));

    // Ten developers: 4 + 0.25 × 2 = 4.5 → 5 cores, 12 + 0.5 × 2 = 13 GB, 200 GB.
    const EnvironmentScaling dev = scalingOf(design, "dev");
    EXPECT_TRUE(sameSpec(dev.controller.guidance, spec(5, 13, 200)));
    EXPECT_EQ(dev.controller.guidanceSource, "SIZE-DEV, 10 developers");
    EXPECT_TRUE(sameSpec(dev.controller.nextSize, spec(8, 16, 200)));
}

TEST(ScalingPlan, FactoryTimersRunOnFrontEndsAndTheDedicatedBatchServer)
{
    const EnvironmentScaling prod = scalingOf(loadFixture("factory-standard"), "prod");
    ASSERT_EQ(prod.timers.size(), 1u);
    const ZoneTimers& global = prod.timers[0];
    EXPECT_EQ(global.zone, "");
    ASSERT_EQ(global.nodes.size(), 4u);
    EXPECT_EQ(global.nodes[0].server, "prod-fe1");
    EXPECT_EQ(global.nodes[0].host, TimerHost::FrontEnd);
    EXPECT_EQ(global.nodes[3].server, "prod-batch");
    EXPECT_EQ(global.nodes[3].host, TimerHost::Dedicated);

    const EnvironmentScaling lifetime = scalingOf(loadFixture("factory-standard"), "lt");
    ASSERT_EQ(lifetime.timers[0].nodes.size(), 2u);
    EXPECT_EQ(lifetime.timers[0].nodes[0].host, TimerHost::Controller);
    EXPECT_EQ(lifetime.timers[0].nodes[1].host, TimerHost::FrontEnd);
}

TEST(ScalingPlan, ZonesHaveTheirOwnClustersAndSchedulers)
{
    const EnvironmentScaling prod = scalingOf(loadFixture("example-4-production-zones"), "prod");
    ASSERT_EQ(prod.frontEnds.size(), 3u);
    EXPECT_EQ(prod.frontEnds[0].balancer, "lb-partner");
    EXPECT_EQ(nodeIds(prod.frontEnds[2]), (std::vector<std::string>{"in-1", "in-2"}));
    EXPECT_EQ(prod.frontEndCount(), 6);
    ASSERT_EQ(prod.timers.size(), 4u);
    EXPECT_EQ(prod.timers[0].nodes.size(), 6u); // the default zone holds every front-end
    EXPECT_EQ(prod.timers[1].zone, "z-partner");
    ASSERT_EQ(prod.timers[1].nodes.size(), 2u);
    EXPECT_EQ(prod.timers[1].nodes[1].server, "pa-2");
    // The controller's hardware is not stated: the next size is the guidance itself.
    ASSERT_TRUE(prod.controller.server.has_value());
    EXPECT_EQ(prod.controller.server->server, "dc-1");
    EXPECT_TRUE(sameSpec(prod.controller.nextSize, spec(2, 4, 80)));
}

TEST(ScalingPlan, ANodeOfAnotherSpecIsMarkedAndTheClusterKeepsTheCommonOne)
{
    Topology design = farm(3, 4);
    design.servers[1].hardware.cpuCores = 8;
    const EnvironmentScaling prod = scalingOf(design, "prod");
    ASSERT_EQ(prod.frontEnds.size(), 1u);
    const ScalingCluster& cluster = prod.frontEnds[0];
    EXPECT_TRUE(sameSpec(cluster.spec, spec(4, 8, 100)));
    EXPECT_FALSE(cluster.nodes[0].differs);
    EXPECT_TRUE(cluster.nodes[1].differs);
    EXPECT_FALSE(cluster.nodes[2].differs);
    EXPECT_DOUBLE_EQ(cluster.capacity, (4 + 8 + 4) * 62.5);
    EXPECT_DOUBLE_EQ(cluster.capacityWithNext, (4 + 8 + 4 + 4) * 62.5);
    // The farm's controller holds no scheduler role: the zone's timers are on the front-ends.
    for (const TimerNode& node : prod.timers[0].nodes)
        EXPECT_EQ(node.host, TimerHost::FrontEnd) << node.server;
}

TEST(ScalingPlan, NextSizeUpReachesTheGuidanceFirstThenTheNextStep)
{
    const Hardware minimum = spec(2, 4, 80);
    EXPECT_TRUE(sameSpec(nextSizeUp(spec(2, 4, 75), minimum), spec(2, 4, 80)));
    EXPECT_TRUE(sameSpec(nextSizeUp(spec(4, 12, 200), minimum), spec(8, 16, 200)));
    EXPECT_TRUE(sameSpec(nextSizeUp(spec(128, 512, 1000), minimum), spec(256, 1024, 1000)));
}

// Doubling the cores of the largest servers would not fit an int.
TEST(ScalingPlan, NextSizeUpOfTheLargestServerStaysAtTheLargest)
{
    const int largest = std::numeric_limits<int>::max();
    EXPECT_EQ(nextSizeUp(spec(largest, 4, 80), spec(2, 4, 80)).cpuCores, largest);
    EXPECT_EQ(nextSizeUp(spec(largest / 2 + 1, 4, 80), spec(2, 4, 80)).cpuCores, largest);
}

TEST(ScalingPlan, NoControllerAndNoSchedulerAreEmpty)
{
    Topology design;
    design.environments.push_back(environment("qa", Purpose::NonProduction));
    design.servers.push_back(server("fe-1", "qa", {Role::Frontend}));
    const EnvironmentScaling qa = scalingOf(design, "qa");
    EXPECT_FALSE(qa.controller.server.has_value());
    EXPECT_EQ(qa.controller.count, 0);
    ASSERT_EQ(qa.timers.size(), 1u);
    EXPECT_TRUE(qa.timers[0].nodes.empty());
    ASSERT_EQ(qa.frontEnds.size(), 1u);
    EXPECT_EQ(qa.frontEnds[0].balancer, "");
    EXPECT_TRUE(qa.frontEnds[0].growable);
}

// Two load balancers over the same servers draw two clusters, but the servers are counted
// once: the environment has three front-ends, not six.
TEST(ScalingPlan, TwoBalancersOverTheSameServersCountEachFrontEndOnce)
{
    Topology design = farm(3, 4);
    LoadBalancer second = design.loadBalancers[0];
    second.id = "lb-2";
    design.loadBalancers.push_back(second);
    const EnvironmentScaling prod = scalingOf(design, "prod");
    ASSERT_EQ(prod.frontEnds.size(), 2u);
    EXPECT_EQ(nodeIds(prod.frontEnds[1]), (std::vector<std::string>{"fe-1", "fe-2", "fe-3"}));
    EXPECT_EQ(prod.frontEndCount(), 3);
}

} // namespace
} // namespace topo::test
