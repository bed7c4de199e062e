#include "core/compare/DesignDiff.h"
#include "Fixtures.h"
#include "core/io/TopologyReader.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace topo {
namespace {

using test::loadFixture;

using Kind = ElementDiff::Kind;

Topology factoryStandard()
{
    return loadFixture("factory-standard");
}

Server& serverById(Topology& topology, const std::string& id)
{
    return *std::find_if(topology.servers.begin(), topology.servers.end(),
                         [&id](const Server& s) { return s.id == id; });
}

TEST(DesignDiff, HardwareChangeListsTheMemberTheFindingsAndTheFigures)
{
    const Topology before = factoryStandard();
    Topology after = before;
    serverById(after, "prod-fe1").hardware.cpuCores = 8;

    const DesignDiff diff = compareDesigns(before, after);

    ASSERT_EQ(diff.elements.size(), 1u);
    const ElementDiff& change = diff.elements.front();
    EXPECT_EQ(change.kind, Kind::Changed);
    EXPECT_EQ(change.id, "prod-fe1");
    EXPECT_EQ(change.elementType, "server");
    EXPECT_EQ(change.name, "PROD-FE-01");
    EXPECT_EQ(change.environment, "prod");
    EXPECT_EQ(change.members, (std::vector<MemberChange>{{"hardware.cpuCores", "4", "8", {}, {}}}));
    EXPECT_EQ(describe(change.members.front()), "hardware.cpuCores: 4 → 8");

    ASSERT_EQ(diff.findings.size(), 2u);
    EXPECT_FALSE(diff.findings[0].appeared);
    EXPECT_EQ(diff.findings[0].finding.rule, "CAPACITY-BALANCED");
    EXPECT_EQ(diff.findings[0].finding.subjects, std::vector<std::string>{"prod"});
    EXPECT_TRUE(diff.findings[1].appeared);
    EXPECT_EQ(diff.findings[1].finding.rule, "FE-HW-UNIFORM");
    EXPECT_EQ(diff.findings[1].finding.subjects, std::vector<std::string>{"prod-fe1"});

    ASSERT_EQ(diff.environments.size(), 1u);
    const EnvironmentChange& prod = diff.environments.front();
    EXPECT_EQ(prod.id, "prod");
    EXPECT_EQ(prod.name, "Production");
    // 3 × 4 cores × 62.5 = 750 → (8 + 4 + 4) × 62.5 = 1000; balanced groups {4, 4} | {4} →
    // {8} | {4, 4}; N−1 stays 1000 − 500 = 750 − 250 = 500.
    EXPECT_EQ(prod.figures,
              (std::vector<FigureChange>{{"capacity", "750 req/s", "1000 req/s"},
                                         {"balanced deployment", "250 req/s", "500 req/s"}}));
    // With 1000 req/s, losing site dc-b no longer drops capacity below the 450 expected.
    EXPECT_EQ(prod.spofsAppeared, std::vector<std::string>{});
    EXPECT_EQ(prod.spofsDisappeared, std::vector<std::string>{"dc-b"});
    EXPECT_FALSE(diff.same());
}

TEST(DesignDiff, RoleChangeListsTheAddedRole)
{
    const Topology before = factoryStandard();
    Topology after = before;
    serverById(after, "prod-fe1").roles.push_back(Role::DeploymentController);

    const DesignDiff diff = compareDesigns(before, after);

    ASSERT_EQ(diff.elements.size(), 1u);
    EXPECT_EQ(diff.elements.front().kind, Kind::Changed);
    const std::vector<MemberChange> expected{{"roles",
                                              "[frontend, scheduler]",
                                              "[deploymentController, frontend, scheduler]",
                                              {"deploymentController"},
                                              {}}};
    EXPECT_EQ(diff.elements.front().members, expected);
    EXPECT_EQ(describe(expected.front()), "roles: +deploymentController");

    ASSERT_EQ(diff.findings.size(), 2u);
    EXPECT_TRUE(diff.findings[0].appeared);
    EXPECT_EQ(diff.findings[0].finding.rule, "DC-MULTIPLE");
    EXPECT_EQ(diff.findings[0].finding.subjects, (std::vector<std::string>{"prod-dc", "prod-fe1"}));
    EXPECT_FALSE(diff.findings[1].appeared);
    EXPECT_EQ(diff.findings[1].finding.rule, "DC-SPOF");

    ASSERT_EQ(diff.environments.size(), 1u);
    EXPECT_TRUE(diff.environments.front().figures.empty());
    EXPECT_EQ(diff.environments.front().spofsDisappeared, std::vector<std::string>{"prod-dc"});
}

TEST(DesignDiff, RemovedRoleIsListedWithAMinus)
{
    const Topology before = factoryStandard();
    Topology after = before;
    serverById(after, "prod-fe1").roles = {Role::Frontend};

    const std::vector<ElementDiff> changes = compareElements(before, after);

    ASSERT_EQ(changes.size(), 1u);
    ASSERT_EQ(changes.front().members.size(), 1u);
    EXPECT_EQ(describe(changes.front().members.front()), "roles: −scheduler");
}

TEST(DesignDiff, AddedLoadBalancerRaisesTheServingAvailability)
{
    const Topology before = factoryStandard();
    Topology after = before;
    LoadBalancer second = after.loadBalancers[1];
    ASSERT_EQ(second.id, "lb-prod");
    second.id = "lb-prod-2";
    second.name = "LB-PROD-2";
    after.loadBalancers.push_back(second);

    const DesignDiff diff = compareDesigns(before, after);

    ASSERT_EQ(diff.elements.size(), 1u);
    EXPECT_EQ(diff.elements.front().kind, Kind::Added);
    EXPECT_EQ(diff.elements.front().id, "lb-prod-2");
    EXPECT_EQ(diff.elements.front().elementType, "loadBalancer");
    EXPECT_EQ(diff.elements.front().name, "LB-PROD-2");
    EXPECT_TRUE(diff.elements.front().members.empty());
    EXPECT_TRUE(diff.findings.empty());
    ASSERT_EQ(diff.environments.size(), 1u);
    // front-ends 1 − 0.005³, load balancers 0.995 → 1 − 0.005², database (2 nodes) 1 − 0.005².
    EXPECT_EQ(diff.environments.front().figures,
              (std::vector<FigureChange>{{"serving availability", "0.994975001", "0.999949876"}}));
    EXPECT_EQ(diff.environments.front().spofsDisappeared, std::vector<std::string>{"lb-prod"});
}

TEST(DesignDiff, RemovedDatabaseStopsServing)
{
    const Topology before = factoryStandard();
    Topology after = before;
    ASSERT_EQ(after.databases[1].id, "db-prod");
    after.databases.erase(after.databases.begin() + 1);

    const DesignDiff diff = compareDesigns(before, after);

    ASSERT_EQ(diff.elements.size(), 1u);
    EXPECT_EQ(diff.elements.front().kind, Kind::Removed);
    EXPECT_EQ(diff.elements.front().id, "db-prod");
    EXPECT_EQ(diff.elements.front().elementType, "database");
    EXPECT_EQ(diff.elements.front().name, "SQL-PROD-AG");
    ASSERT_EQ(diff.findings.size(), 1u);
    EXPECT_TRUE(diff.findings.front().appeared);
    EXPECT_EQ(diff.findings.front().finding.rule, "DB-MISSING");
    EXPECT_EQ(diff.findings.front().finding.subjects, std::vector<std::string>{"prod"});
    ASSERT_EQ(diff.environments.size(), 1u);
    EXPECT_EQ(diff.environments.front().figures,
              (std::vector<FigureChange>{{"serving availability", "0.994975001", "0"}}));
    // Nothing serves any more, so no single failure stops it.
    EXPECT_EQ(diff.environments.front().spofsDisappeared,
              (std::vector<std::string>{"dc-b", "lb-prod"}));
}

TEST(DesignDiff, MovedServerIsReportedApartAndIgnoredWhenAsked)
{
    const Topology before = factoryStandard();
    Topology after = before;
    serverById(after, "prod-fe1").layout->x += 50;

    const DesignDiff diff = compareDesigns(before, after);
    ASSERT_EQ(diff.elements.size(), 1u);
    EXPECT_EQ(diff.elements.front().kind, Kind::Moved);
    EXPECT_EQ(diff.elements.front().members,
              (std::vector<MemberChange>{{"layout.x", "940", "990", {}, {}}}));
    EXPECT_TRUE(diff.findings.empty());
    EXPECT_TRUE(diff.environments.empty());

    EXPECT_TRUE(compareDesigns(before, after, DiffOptions{true}).same());
}

TEST(DesignDiff, ChangedAndMovedElementIsChangedWithItsLayoutMembers)
{
    const Topology before = factoryStandard();
    Topology after = before;
    serverById(after, "qa-1").layout->y = 80;
    serverById(after, "qa-1").os = "windows-2019";

    const std::vector<ElementDiff> all = compareElements(before, after);
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all.front().kind, Kind::Changed);
    EXPECT_EQ(all.front().members,
              (std::vector<MemberChange>{{"layout.y", "60", "80", {}, {}},
                                         {"os", "\"\"", "\"windows-2019\"", {}, {}}}));

    const std::vector<ElementDiff> withoutLayout = compareElements(before, after, {true});
    ASSERT_EQ(withoutLayout.size(), 1u);
    EXPECT_EQ(withoutLayout.front().members,
              (std::vector<MemberChange>{{"os", "\"\"", "\"windows-2019\"", {}, {}}}));
}

TEST(DesignDiff, SameDesignHasNoChange)
{
    const Topology design = factoryStandard();
    EXPECT_TRUE(compareDesigns(design, design).same());
}

TEST(DesignDiff, ReorderedArraysAreTheSameDesign)
{
    const Topology before = factoryStandard();
    Topology after = before;
    std::reverse(after.servers.begin(), after.servers.end());
    std::reverse(after.environments.begin(), after.environments.end());
    std::reverse(after.databases.begin(), after.databases.end());
    std::reverse(after.messageQueues.begin(), after.messageQueues.end());
    std::reverse(after.sites.begin(), after.sites.end());
    for (LoadBalancer& lb : after.loadBalancers)
        std::reverse(lb.targets.begin(), lb.targets.end());
    for (Server& server : after.servers)
        std::reverse(server.roles.begin(), server.roles.end());
    for (Database& db : after.databases)
        std::reverse(db.catalogs.begin(), db.catalogs.end());

    EXPECT_TRUE(compareDesigns(before, after).same());
}

TEST(DesignDiff, ChangedTargetsAreListedAsASet)
{
    const Topology before = factoryStandard();
    Topology after = before;
    after.loadBalancers[1].targets = {"prod-fe3", "prod-fe1", "prod-batch"};

    const std::vector<ElementDiff> changes = compareElements(before, after);

    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes.front().id, "lb-prod");
    EXPECT_EQ(changes.front().members,
              (std::vector<MemberChange>{{"targets",
                                          "[prod-fe1, prod-fe2, prod-fe3]",
                                          "[prod-batch, prod-fe1, prod-fe3]",
                                          {"prod-batch"},
                                          {"prod-fe2"}}}));
}

TEST(DesignDiff, DesignMembersAndZonesAreElementsOfTheirOwn)
{
    const Topology before = factoryStandard();
    Topology after = before;
    after.assumptions.serverAvailability = 0.999;
    after.name = "Factory standard, option B";
    after.generator = "another program";
    Zone zone;
    zone.id = "prod-zone-b";
    zone.name = "Zone B";
    zone.members = {"prod-fe3"};
    after.environments[3].zones.push_back(zone);

    const std::vector<ElementDiff> changes = compareElements(before, after);

    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[0].elementType, "design");
    EXPECT_EQ(changes[0].id, "");
    EXPECT_EQ(changes[0].kind, Kind::Changed);
    EXPECT_EQ(changes[0].members,
              (std::vector<MemberChange>{
                  {"assumptions.serverAvailability", "0.995", "0.999", {}, {}},
                  {"name", "\"" + before.name + "\"", "\"Factory standard, option B\"", {}, {}}}));
    EXPECT_EQ(changes[1].elementType, "zone");
    EXPECT_EQ(changes[1].id, "prod-zone-b");
    EXPECT_EQ(changes[1].kind, Kind::Added);
    EXPECT_EQ(changes[1].environment, after.environments[3].id);
}

} // namespace
} // namespace topo
