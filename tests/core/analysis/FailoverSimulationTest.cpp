// FailoverSimulation: what still works per environment when named elements fail.
#include "AnalysisDesigns.h"

#include "core/analysis/FailoverSimulation.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace topo::test {
namespace {

bool mentions(const EnvironmentStatus& status, const std::string& text)
{
    return std::any_of(status.notes.begin(), status.notes.end(), [&](const std::string& note) {
        return note.find(text) != std::string::npos;
    });
}

TEST(FailoverSimulation, NothingFailedEverythingWorks)
{
    const Topology design = farm(3, 4);
    const FailoverResult result = FailoverSimulation(design).simulate({});
    ASSERT_EQ(result.environments.size(), 1u);
    const EnvironmentStatus& prod = result.environments[0];
    EXPECT_TRUE(prod.serving);
    EXPECT_TRUE(prod.publishing);
    EXPECT_TRUE(prod.timers);
    EXPECT_TRUE(prod.cacheInvalidation);
    EXPECT_FALSE(prod.lifetimeManagement); // the design has no LifeTime environment
    EXPECT_DOUBLE_EQ(prod.capacityLeft, 750);
}

TEST(FailoverSimulation, SingleControllerStopsPublishingNotServing)
{
    const Topology design = farm(3, 4);
    const EnvironmentStatus prod = FailoverSimulation(design).simulate({"dc-1"}).environments[0];
    EXPECT_TRUE(prod.serving);
    EXPECT_FALSE(prod.publishing);
    EXPECT_TRUE(prod.timers);
    EXPECT_DOUBLE_EQ(prod.capacityLeft, 750);
    EXPECT_TRUE(mentions(prod, "manual failover"));
}

TEST(FailoverSimulation, OneFrontEndDownLeavesTwoThirdsOfTheCapacity)
{
    Topology design = farm(3, 4);
    design.environments[0].expectedRequestsPerSecond = 600;
    const FailoverResult result = FailoverSimulation(design).simulate({"fe-2", "fe-2"});
    EXPECT_EQ(result.failed, (std::vector<std::string>{"fe-2"}));
    const EnvironmentStatus& prod = result.environments[0];
    EXPECT_TRUE(prod.serving);
    EXPECT_DOUBLE_EQ(prod.capacityLeft, 500);
    EXPECT_DOUBLE_EQ(prod.capacityTotal, 750);
    EXPECT_DOUBLE_EQ(prod.expected, 600);
    EXPECT_TRUE(mentions(prod, "below the expected 600 req/s"));
}

TEST(FailoverSimulation, BalancerDownStopsServing)
{
    const Topology design = farm(3, 4);
    const EnvironmentStatus prod = FailoverSimulation(design).simulate({"lb-1"}).environments[0];
    EXPECT_FALSE(prod.serving);
    EXPECT_TRUE(prod.publishing);
}

TEST(FailoverSimulation, QueueOnAFailedServerIsDown)
{
    Topology design = farm(2, 4);
    design.messageQueues[0].hostServer = "dc-1";
    const FailoverSimulation simulation(design);
    EXPECT_FALSE(simulation.simulate({"dc-1"}).environments[0].cacheInvalidation);
    EXPECT_TRUE(simulation.simulate({"fe-1"}).environments[0].cacheInvalidation);
    EXPECT_FALSE(simulation.simulate({"mq-1"}).environments[0].cacheInvalidation);
}

TEST(FailoverSimulation, LosingTheSiteOfTheOnlyDatabaseStopsServingEverywhere)
{
    Topology design;
    design.sites = {Site{"site-a", "Site A", std::nullopt}, Site{"site-b", "Site B", std::nullopt}};
    design.environments = {environment("prod", Purpose::Production),
                           environment("dev", Purpose::Development)};
    for (const std::string env : {"prod", "dev"}) {
        design.servers.push_back(
            server(env + "-a", env, {Role::Frontend, Role::Scheduler}, 4, "site-a"));
        design.servers.push_back(
            server(env + "-b", env, {Role::Frontend, Role::DeploymentController, Role::Scheduler},
                   4, "site-b"));
    }
    design.databases.push_back(database("db", {"prod", "dev"}, "site-a"));
    const FailoverSimulation simulation(design);

    const FailoverResult siteA = simulation.simulate({"site-a"});
    for (const EnvironmentStatus& status : siteA.environments) {
        EXPECT_FALSE(status.serving) << status.environment;
        EXPECT_FALSE(status.publishing) << status.environment;
        EXPECT_FALSE(status.timers) << status.environment;
        // The live front-end reaches no user without the database.
        EXPECT_DOUBLE_EQ(status.capacityLeft, 0) << status.environment;
        EXPECT_DOUBLE_EQ(status.capacityTotal, 500) << status.environment;
    }
    const FailoverResult siteB = simulation.simulate({"site-b"});
    for (const EnvironmentStatus& status : siteB.environments) {
        EXPECT_TRUE(status.serving) << status.environment;
        EXPECT_FALSE(status.publishing) << status.environment; // the controllers were in B
    }
}

Topology zonedDesign()
{
    Topology design;
    Environment prod = environment("prod", Purpose::Production);
    prod.zones = {Zone{"z-global", "Global", true, "", {"a-1", "a-2", "b-1", "b-2"}, false},
                  Zone{"z-a", "A", false, "a.example", {"a-1", "a-2"}},
                  Zone{"z-b", "B", false, "b.example", {"b-1", "b-2"}}};
    design.environments.push_back(prod);
    for (const std::string id : {"a-1", "a-2", "b-1", "b-2"})
        design.servers.push_back(server(id, "prod", {Role::Frontend, Role::Scheduler}));
    design.servers.push_back(server("dc", "prod", {Role::DeploymentController}));
    design.databases.push_back(database("db", {"prod"}));
    return design;
}

TEST(FailoverSimulation, BothMembersOfAZoneDownStopThatZoneOnly)
{
    const Topology design = zonedDesign();
    const EnvironmentStatus prod =
        FailoverSimulation(design).simulate({"a-1", "a-2"}).environments[0];
    ASSERT_EQ(prod.zones.size(), 2u); // Global hosts no apps
    EXPECT_EQ(prod.zones[0].zone, "z-a");
    EXPECT_FALSE(prod.zones[0].serving);
    EXPECT_FALSE(prod.zones[0].timers);
    EXPECT_EQ(prod.zones[1].zone, "z-b");
    EXPECT_TRUE(prod.zones[1].serving);
    EXPECT_TRUE(prod.zones[1].timers);
    EXPECT_FALSE(prod.serving);
    EXPECT_FALSE(prod.timers);
    EXPECT_TRUE(prod.publishing);
    EXPECT_TRUE(mentions(prod, "Zone A stops serving"));

    const EnvironmentStatus oneDown = FailoverSimulation(design).simulate({"a-1"}).environments[0];
    EXPECT_TRUE(oneDown.zones[0].serving);
    EXPECT_TRUE(oneDown.serving);
}

TEST(FailoverSimulation, ZoneNeedsABalancerThatTargetsItsMembers)
{
    Topology design = zonedDesign();
    LoadBalancer lb;
    lb.id = "lb-b";
    lb.environment = "prod";
    lb.targets = {"b-1", "b-2"};
    design.loadBalancers.push_back(lb);
    // The environment has a balancer with targets, and none targets zone A's members.
    const EnvironmentStatus prod = FailoverSimulation(design).simulate({}).environments[0];
    EXPECT_FALSE(prod.zones[0].serving);
    EXPECT_TRUE(prod.zones[1].serving);
}

TEST(FailoverSimulation, StandbyServersDoNotServe)
{
    Topology design = farm(1, 4);
    design.servers.push_back(server("fe-spare", "prod", {Role::Frontend}));
    design.servers.back().standby = true;
    design.loadBalancers[0].targets.push_back("fe-spare");
    const EnvironmentStatus prod = FailoverSimulation(design).simulate({"fe-1"}).environments[0];
    EXPECT_FALSE(prod.serving);
    EXPECT_DOUBLE_EQ(prod.capacityLeft, 0);
    EXPECT_TRUE(mentions(prod, "fe-spare-name is a standby server"));
}

TEST(FailoverSimulation, LifetimeDownLosesManagementOfTheOthers)
{
    Topology design = farm(2, 4);
    design.environments.push_back(environment("lt", Purpose::Lifetime));
    design.servers.push_back(
        server("lt-1", "lt", {Role::Frontend, Role::DeploymentController, Role::Scheduler}, 2));
    design.databases.push_back(database("db-lt", {"lt"}));
    const FailoverSimulation simulation(design);
    const FailoverResult before = simulation.simulate({});
    EXPECT_TRUE(before.environments[0].lifetimeManagement);
    EXPECT_TRUE(before.environments[1].lifetimeManagement);
    const FailoverResult after = simulation.simulate({"lt-1"});
    EXPECT_FALSE(after.environments[0].lifetimeManagement);
    EXPECT_TRUE(after.environments[0].serving);
    EXPECT_FALSE(after.environments[1].serving);
    EXPECT_TRUE(mentions(after.environments[0], "LifeTime is down"));
}

TEST(FailoverSimulation, OnlyFailableElementsHaveAKind)
{
    const Topology design = farm(1, 4);
    const FailoverSimulation simulation(design);
    EXPECT_EQ(simulation.kindOf("fe-1"), FailableKind::Server);
    EXPECT_EQ(simulation.kindOf("lb-1"), FailableKind::LoadBalancer);
    EXPECT_EQ(simulation.kindOf("db-1"), FailableKind::Database);
    EXPECT_EQ(simulation.kindOf("mq-1"), FailableKind::Queue);
    EXPECT_FALSE(simulation.kindOf("prod").has_value());
    EXPECT_FALSE(simulation.kindOf("nope").has_value());
}

// domain-background.md, quoting OutSystems' failover procedures: without the deployment
// controller, publishing and cache invalidation stop, whatever machine runs RabbitMQ.
TEST(FailoverSimulation, LosingTheOnlyControllerStopsPublishingAndCacheInvalidation)
{
    Topology design = farm(3, 4); // mq-1 runs on a machine of its own
    const FailoverSimulation simulation(design);
    const EnvironmentStatus prod = simulation.simulate({"dc-1"}).environments[0];
    EXPECT_FALSE(prod.publishing);
    EXPECT_FALSE(prod.cacheInvalidation);
    EXPECT_TRUE(prod.serving);
    // The failover page's statement about the controller, not a queue that is down: mq-1
    // runs on machines of its own and is up.
    EXPECT_TRUE(mentions(prod, "as \"OutSystems Platform Server failover procedures\" says of "
                               "a failed controller, cache invalidation is not operational"));
    EXPECT_FALSE(mentions(prod, "queue is down"));
    // A second, live controller keeps both going.
    design.servers.push_back(server("dc-2", "prod", {Role::DeploymentController}, 8));
    const EnvironmentStatus twoControllers =
        FailoverSimulation(design).simulate({"dc-1"}).environments[0];
    EXPECT_TRUE(twoControllers.publishing);
    EXPECT_TRUE(twoControllers.cacheInvalidation);
}

// Capacity that cannot reach users is no capacity: 0 where serving stopped.
TEST(FailoverSimulation, CapacityLeftIsZeroWhereServingStopped)
{
    Topology design = farm(3, 4);
    design.environments[0].expectedRequestsPerSecond = 600;
    const FailoverSimulation simulation(design);
    const EnvironmentStatus balancerDown = simulation.simulate({"lb-1"}).environments[0];
    EXPECT_FALSE(balancerDown.serving);
    EXPECT_DOUBLE_EQ(balancerDown.capacityLeft, 0);
    EXPECT_DOUBLE_EQ(balancerDown.capacityTotal, 750);
    const EnvironmentStatus databaseDown = simulation.simulate({"db-1"}).environments[0];
    EXPECT_DOUBLE_EQ(databaseDown.capacityLeft, 0);
    EXPECT_EQ(lostCapabilities(simulation.simulate({}).environments[0], balancerDown),
              (std::vector<Capability>{Capability::Serving, Capability::Capacity}));
}

TEST(FailoverSimulation, AZoneThatStopsServingHasNoCapacityLeft)
{
    Topology design = zonedDesign();
    design.environments[0].expectedRequestsPerSecond = 400;
    const EnvironmentStatus prod =
        FailoverSimulation(design).simulate({"a-1", "a-2"}).environments[0];
    ASSERT_EQ(prod.zones.size(), 2u);
    EXPECT_DOUBLE_EQ(prod.zones[0].capacityLeft, 0);    // zone A stopped
    EXPECT_DOUBLE_EQ(prod.zones[0].capacityTotal, 500); // 2 × 4 cores × 62.5
    EXPECT_DOUBLE_EQ(prod.zones[1].capacityLeft, 500);  // zone B serves
    // The environment does not serve every app: none of its capacity counts as serving.
    EXPECT_FALSE(prod.serving);
    EXPECT_DOUBLE_EQ(prod.capacityLeft, 0);

    const EnvironmentStatus oneDown = FailoverSimulation(design).simulate({"a-1"}).environments[0];
    EXPECT_DOUBLE_EQ(oneDown.zones[0].capacityLeft, 250);
    EXPECT_DOUBLE_EQ(oneDown.capacityLeft, 750);
}

// Front-ends behind a failed load balancer reach no user, though other front-ends still do.
TEST(FailoverSimulation, FrontEndsOnlyBehindAFailedBalancerAddNoCapacity)
{
    Topology design = farm(4, 4);
    design.loadBalancers[0].targets = {"fe-1", "fe-2"};
    LoadBalancer second = design.loadBalancers[0];
    second.id = "lb-2";
    second.targets = {"fe-3", "fe-4"};
    design.loadBalancers.push_back(second);
    const EnvironmentStatus prod = FailoverSimulation(design).simulate({"lb-2"}).environments[0];
    EXPECT_TRUE(prod.serving);
    EXPECT_DOUBLE_EQ(prod.capacityLeft, 500);
    EXPECT_DOUBLE_EQ(prod.capacityTotal, 1000);
}

} // namespace
} // namespace topo::test
