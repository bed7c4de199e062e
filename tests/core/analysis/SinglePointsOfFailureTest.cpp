// simulateEach: the single points of failure, worst first, with what each one breaks.
#include "AnalysisDesigns.h"

#include "core/analysis/SinglePointsOfFailure.h"

#include <gtest/gtest.h>

namespace topo::test {
namespace {

using Caps = std::vector<Capability>;

TEST(SinglePointsOfFailure, FarmWithOneControllerOneBalancerOneDatabase)
{
    const std::vector<SinglePointOfFailure> points = simulateEach(farm(3, 4));
    ASSERT_EQ(points.size(), 4u);
    EXPECT_EQ(points[0].element, "lb-1");
    EXPECT_EQ(points[0].breaks[0].what, (Caps{Capability::Serving}));
    EXPECT_EQ(points[1].element, "db-1");
    EXPECT_EQ(points[1].breaks[0].what,
              (Caps{Capability::Serving, Capability::Publishing, Capability::Timers}));
    // A single controller stops publishing and cache invalidation, never serving.
    EXPECT_EQ(points[2].element, "dc-1");
    EXPECT_EQ(points[2].kind, FailableKind::Server);
    EXPECT_EQ(points[2].name, "dc-1-name");
    ASSERT_EQ(points[2].breaks.size(), 1u);
    EXPECT_EQ(points[2].breaks[0].environment, "prod");
    EXPECT_EQ(points[2].breaks[0].what,
              (Caps{Capability::Publishing, Capability::CacheInvalidation}));
    EXPECT_EQ(points[3].element, "mq-1");
    EXPECT_EQ(points[3].breaks[0].what, (Caps{Capability::CacheInvalidation}));
}

TEST(SinglePointsOfFailure, CapacityBelowExpectedRanksAfterPublishing)
{
    Topology design = farm(3, 4);
    design.environments[0].expectedRequestsPerSecond = 600;
    const std::vector<SinglePointOfFailure> points = simulateEach(design);
    ASSERT_EQ(points.size(), 7u);
    EXPECT_EQ(points[0].element, "lb-1");
    EXPECT_EQ(points[1].element, "db-1");
    EXPECT_EQ(points[2].element, "dc-1");
    for (std::size_t i = 3; i < 6; ++i) {
        EXPECT_EQ(points[i].element, "fe-" + std::to_string(i - 2));
        EXPECT_EQ(points[i].breaks[0].what, (Caps{Capability::Capacity}));
    }
    EXPECT_EQ(points[6].element, "mq-1");
}

TEST(SinglePointsOfFailure, SitesComeFirstInFileOrder)
{
    Topology design = farm(2, 4);
    design.sites = {Site{"site-a", "Site A", std::nullopt}, Site{"site-b", "Site B", std::nullopt}};
    design.servers[0].site = "site-a";
    design.servers[1].site = "site-b";
    design.databases[0].site = "site-a";
    const std::vector<SinglePointOfFailure> points = simulateEach(design);
    std::vector<std::string> ids;
    for (const SinglePointOfFailure& point : points)
        ids.push_back(point.element);
    // Site B holds one of two front-ends only: not a single point of failure.
    EXPECT_EQ(ids, (std::vector<std::string>{"site-a", "lb-1", "db-1", "dc-1", "mq-1"}));
    EXPECT_EQ(points[0].kind, FailableKind::Site);
    EXPECT_EQ(points[0].name, "Site A");
    EXPECT_EQ(points[0].breaks[0].what,
              (Caps{Capability::Serving, Capability::Publishing, Capability::Timers}));
}

TEST(SinglePointsOfFailure, ClustersAreNotTriedAlone)
{
    Topology design = farm(2, 4);
    design.databases[0].nodes = 2;
    design.databases[0].haMode = DbHaMode::AlwaysOnAg;
    design.messageQueues[0].nodes = 3;
    EXPECT_EQ(singleFailureCandidates(design),
              (std::vector<std::string>{"fe-1", "fe-2", "dc-1", "lb-1"}));
    const std::vector<SinglePointOfFailure> points = simulateEach(design);
    ASSERT_EQ(points.size(), 2u);
    EXPECT_EQ(points[0].element, "lb-1");
    EXPECT_EQ(points[1].element, "dc-1");
}

TEST(SinglePointsOfFailure, ZonesThatStopAreNamed)
{
    const std::vector<SinglePointOfFailure> points =
        simulateEach(loadFixture("example-4-production-zones"));
    ASSERT_EQ(points.size(), 6u);
    EXPECT_EQ(points[0].element, "lb-partner");
    EXPECT_EQ(points[0].breaks[0].zones, (std::vector<std::string>{"z-partner"}));
    EXPECT_EQ(points[3].element, "db-1");
    EXPECT_EQ(points[3].breaks[0].zones,
              (std::vector<std::string>{"z-partner", "z-public", "z-internal"}));
    EXPECT_EQ(points[4].element, "dc-1");
    EXPECT_EQ(points[4].breaks[0].what,
              (Caps{Capability::Publishing, Capability::CacheInvalidation}));
    EXPECT_TRUE(points[4].breaks[0].zones.empty());
}

TEST(SinglePointsOfFailure, NoPointsInARedundantDesign)
{
    Topology design = farm(2, 4);
    design.servers[0].roles.push_back(Role::DeploymentController);
    design.servers.erase(design.servers.begin() + 2); // dc-1: fe-1 is the controller now
    design.databases[0].nodes = 2;
    design.databases[0].haMode = DbHaMode::AlwaysOnAg;
    design.messageQueues[0].nodes = 3;
    LoadBalancer second = design.loadBalancers[0];
    second.id = "lb-2";
    design.loadBalancers.push_back(second);
    const std::vector<SinglePointOfFailure> points = simulateEach(design);
    ASSERT_EQ(points.size(), 1u);
    // Only the one controller is left, and with it go publishing and cache invalidation.
    EXPECT_EQ(points[0].element, "fe-1");
    EXPECT_EQ(points[0].breaks[0].what,
              (Caps{Capability::Publishing, Capability::CacheInvalidation}));
}

} // namespace
} // namespace topo::test
