// failureMarks: what a failover scenario greys out and what it marks as lost on the canvas.
#include "AnalysisDesigns.h"

#include "core/analysis/FailureMarks.h"

#include <gtest/gtest.h>

namespace topo::test {
namespace {

using Caps = std::vector<Capability>;
using Ids = std::unordered_set<std::string>;

TEST(FailureMarks, NothingFailedNothingMarked)
{
    const FailureMarks marks = failureMarks(farm(3, 4), {});
    EXPECT_TRUE(marks.down.empty());
    EXPECT_TRUE(marks.lost.empty());
    EXPECT_TRUE(marks.result.environments[0].serving);
}

TEST(FailureMarks, OnlyDatabaseDownStopsServingPublishingAndTimers)
{
    const FailureMarks marks = failureMarks(farm(3, 4), {"db-1"});
    EXPECT_EQ(marks.down, (Ids{"db-1"}));
    ASSERT_EQ(marks.lost.count("prod"), 1u);
    EXPECT_EQ(marks.lost.at("prod"),
              (Caps{Capability::Serving, Capability::Publishing, Capability::Timers}));
    EXPECT_EQ(capabilityList(marks.lost.at("prod")), "serving, publishing, timers");
}

TEST(FailureMarks, ControllerDownLosesPublishingAndCacheInvalidation)
{
    const FailureMarks marks = failureMarks(farm(3, 4), {"dc-1"});
    EXPECT_EQ(marks.lost.at("prod"), (Caps{Capability::Publishing, Capability::CacheInvalidation}));
}

TEST(FailureMarks, CapacityBelowTheExpectedLoadIsLost)
{
    Topology design = farm(3, 4);
    design.environments[0].expectedRequestsPerSecond = 600; // 750 carries it, 500 does not
    const FailureMarks marks = failureMarks(design, {"fe-2"});
    EXPECT_EQ(marks.lost.at("prod"), (Caps{Capability::Capacity}));
    EXPECT_DOUBLE_EQ(marks.result.environments[0].capacityLeft, 500);
}

TEST(FailureMarks, SiteTakesDownWhatItHoldsAndTheQueueOnItsServer)
{
    Topology design = farm(2, 4);
    design.sites = {Site{"site-a", "Site A", std::nullopt}};
    design.servers[0].site = "site-a"; // fe-1
    design.databases[0].site = "site-a";
    design.messageQueues[0].hostServer = "fe-1";
    const FailureMarks marks = failureMarks(design, {"site-a", "unknown-id"});
    EXPECT_EQ(marks.down, (Ids{"site-a", "fe-1", "db-1", "mq-1"}));
    EXPECT_EQ(marks.lost.at("prod"), (Caps{Capability::Serving, Capability::Publishing,
                                           Capability::Timers, Capability::CacheInvalidation}));
}

TEST(FailureMarks, ZoneThatStopsIsMarkedWithItsEnvironment)
{
    Topology design;
    Environment prod = environment("prod", Purpose::Production);
    prod.zones = {Zone{"z-all", "All", true, "", {"a-1", "b-1"}, false},
                  Zone{"z-a", "A", false, "a.example", {"a-1"}},
                  Zone{"z-b", "B", false, "b.example", {"b-1"}}};
    design.environments.push_back(prod);
    for (const std::string id : {"a-1", "b-1"})
        design.servers.push_back(server(id, "prod", {Role::Frontend, Role::Scheduler}));
    design.servers.push_back(server("dc", "prod", {Role::DeploymentController}));
    design.databases.push_back(database("db", {"prod"}));

    const FailureMarks marks = failureMarks(design, {"a-1"});
    EXPECT_EQ(marks.lost.at("z-a"), (Caps{Capability::Serving, Capability::Timers}));
    EXPECT_EQ(marks.lost.count("z-b"), 0u);
    EXPECT_EQ(marks.lost.count("z-all"), 0u); // hosts no apps
    // The environment serves and runs timers only when each app-hosting zone does.
    EXPECT_EQ(marks.lost.at("prod"), (Caps{Capability::Serving, Capability::Timers}));
}

} // namespace
} // namespace topo::test
