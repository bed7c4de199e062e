// The single-point-of-failure search against a straightforward computation: one full
// simulate({id}) per candidate, every environment compared, names found by a scan.
#include "AnalysisDesigns.h"

#include "../../bench/DesignGenerator.h"
#include "core/analysis/SingleFailureSearch.h"
#include "core/analysis/SinglePointsOfFailure.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace topo::test {
namespace {

std::string scanForName(const Topology& topology, const std::string& id)
{
    std::string name;
    const auto scan = [&](const auto& list) {
        for (const auto& element : list)
            if (name.empty() && element.id == id)
                name = element.name;
    };
    scan(topology.sites);
    scan(topology.servers);
    scan(topology.loadBalancers);
    scan(topology.databases);
    scan(topology.messageQueues);
    return name;
}

std::vector<SinglePointOfFailure> straightforwardSearch(const Topology& topology)
{
    const FailoverSimulation simulation(topology);
    const FailoverResult before = simulation.simulate({});
    std::vector<SinglePointOfFailure> found;
    for (const std::string& id : singleFailureCandidates(topology)) {
        const FailoverResult after = simulation.simulate({id});
        SinglePointOfFailure point{id, *simulation.kindOf(id), scanForName(topology, id), {}};
        for (std::size_t i = 0; i < before.environments.size(); ++i) {
            const EnvironmentStatus& was = before.environments[i];
            const EnvironmentStatus& is = after.environments[i];
            Breakage breakage{was.environment, lostCapabilities(was, is), {}};
            for (std::size_t z = 0; z < was.zones.size(); ++z)
                if ((was.zones[z].serving && !is.zones[z].serving) ||
                    (was.zones[z].timers && !is.zones[z].timers))
                    breakage.zones.push_back(was.zones[z].zone);
            if (!breakage.what.empty())
                point.breaks.push_back(std::move(breakage));
        }
        if (!point.breaks.empty())
            found.push_back(std::move(point));
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& b) { return a.worst() < b.worst(); });
    return found;
}

void expectSameSearch(const Topology& design)
{
    const std::vector<SinglePointOfFailure> fast = simulateEach(design);
    const std::vector<SinglePointOfFailure> slow = straightforwardSearch(design);
    ASSERT_EQ(fast.size(), slow.size());
    for (std::size_t i = 0; i < fast.size(); ++i) {
        SCOPED_TRACE(slow[i].element);
        EXPECT_EQ(fast[i].element, slow[i].element);
        EXPECT_EQ(fast[i].kind, slow[i].kind);
        EXPECT_EQ(fast[i].name, slow[i].name);
        ASSERT_EQ(fast[i].breaks.size(), slow[i].breaks.size());
        for (std::size_t b = 0; b < fast[i].breaks.size(); ++b) {
            EXPECT_EQ(fast[i].breaks[b].environment, slow[i].breaks[b].environment);
            EXPECT_EQ(fast[i].breaks[b].what, slow[i].breaks[b].what);
            EXPECT_EQ(fast[i].breaks[b].zones, slow[i].breaks[b].zones);
        }
    }
}

// A factory whose LifeTime, production queue and second site make failures cross
// environments: the queue of prod runs on a LifeTime server, and site-a holds the database.
Topology crossingDesign()
{
    Topology design = farm(3, 4);
    design.environments[0].expectedRequestsPerSecond = 500;
    design.environments.push_back(environment("lt", Purpose::Lifetime));
    design.servers.push_back(server("lt-1", "lt", {Role::Frontend, Role::DeploymentController}));
    design.databases.push_back(database("db-lt", {"lt"}, "site-a"));
    design.sites = {Site{"site-a", "Site A", std::nullopt}, Site{"site-b", "Site B", std::nullopt}};
    design.servers[0].site = "site-b";
    design.messageQueues[0].hostServer = "lt-1";
    return design;
}

TEST(SingleFailureSearch, FindsWhatOneFullSimulationPerCandidateFinds)
{
    for (const char* name :
         {"design-with-problems", "example-1-nonproduction", "example-2-production-farm",
          "example-3-lifetime", "example-4-production-zones", "factory-standard",
          "software-and-time"}) {
        SCOPED_TRACE(name);
        expectSameSearch(loadFixture(name));
    }
    expectSameSearch(farm(3, 4));
    expectSameSearch(crossingDesign());
    expectSameSearch(bench::generateDesign(300));
}

TEST(SingleFailureSearch, EachScenarioMatchesTheFullSimulationOfThatElement)
{
    const Topology design = crossingDesign();
    const FailoverSimulation simulation(design);
    SingleFailureSearch search(simulation);
    for (const std::string& id : singleFailureCandidates(design)) {
        SCOPED_TRACE(id);
        search.fail(id);
        const FailoverResult full = simulation.simulate({id});
        ASSERT_EQ(search.statuses().size(), full.environments.size());
        for (std::size_t i = 0; i < full.environments.size(); ++i) {
            const EnvironmentStatus& fast = search.statuses()[i];
            const EnvironmentStatus& slow = full.environments[i];
            EXPECT_EQ(fast.serving, slow.serving);
            EXPECT_EQ(fast.publishing, slow.publishing);
            EXPECT_EQ(fast.timers, slow.timers);
            EXPECT_EQ(fast.cacheInvalidation, slow.cacheInvalidation);
            EXPECT_EQ(fast.lifetimeManagement, slow.lifetimeManagement);
            EXPECT_EQ(fast.capacityLeft, slow.capacityLeft);
        }
    }
}

TEST(SingleFailureSearch, LosingLifetimeChangesEveryEnvironment)
{
    const Topology design = crossingDesign();
    const FailoverSimulation simulation(design);
    SingleFailureSearch search(simulation);
    search.fail("fe-1");
    EXPECT_EQ(search.changed(), (std::vector<std::size_t>{0}));
    search.fail("lt-1"); // LifeTime stops serving, and prod loses its queue with it
    EXPECT_EQ(search.changed(), (std::vector<std::size_t>{0, 1}));
    EXPECT_FALSE(search.statuses()[0].lifetimeManagement);
    EXPECT_FALSE(search.statuses()[0].cacheInvalidation);
    search.fail("dc-1");
    EXPECT_TRUE(search.statuses()[0].lifetimeManagement);
    EXPECT_EQ(search.nameOf("dc-1"), "dc-1-name");
}

} // namespace
} // namespace topo::test
