// Moving servers, load balancers and queues between environments: what moves along, where
// the cards go, and that the patch reverts exactly.
#include "EditTestSupport.h"

#include "core/edit/ElementArrays.h"
#include "core/edit/EnvironmentMove.h"
#include "core/layout/AutoLayout.h"
#include "core/layout/Geometry.h"
#include "core/rules/Validator.h"

#include <algorithm>

namespace topo {
namespace {

using test::has;
using test::loadFixture;
using test::saved;

bool fires(const Topology& topology, const std::string& rule)
{
    const auto findings = validate(topology);
    return std::any_of(findings.begin(), findings.end(),
                       [&](const Finding& f) { return f.rule == rule; });
}

Topology moved(const Topology& topology, const std::vector<std::string>& ids,
               const std::string& environmentId, Placement placement = Placement::Keep)
{
    Topology after = topology;
    moveToEnvironment(topology, ids, environmentId, placement).apply(after);
    return after;
}

// example-4 with a second environment that has a Global zone and one load balancer.
Topology zonesAndQuality()
{
    Topology t = loadFixture("example-4-production-zones");
    Environment quality = t.environments.front();
    quality.id = "qa";
    quality.name = "Quality";
    Zone global;
    global.id = "qa-global";
    global.name = "Global";
    global.isDefault = true;
    quality.zones = {global};
    t.environments.push_back(quality);
    Server qa1 = t.servers.front();
    qa1.id = "qa-1";
    qa1.name = "QA-01";
    qa1.environment = "qa";
    t.servers.push_back(qa1);
    LoadBalancer lb = t.loadBalancers.front();
    lb.id = "lb-qa";
    lb.environment = "qa";
    lb.targets = {"qa-1"};
    t.loadBalancers.push_back(lb);
    return t;
}

TEST(EnvironmentMove, AServerLeavesTheOldPoolsAndJoinsTheNewOnes)
{
    const Topology t = zonesAndQuality();
    const TopologyPatch patch = moveToEnvironment(t, {"pa-1"}, "qa", Placement::Keep);
    Topology after = t;
    patch.apply(after);
    const Server* s = findById(after.servers, "pa-1");
    EXPECT_EQ(s->environment, "qa");
    EXPECT_EQ(s->layout, findById(t.servers, "pa-1")->layout) << "a drag has placed it";
    for (const Zone& zone : after.environments.front().zones)
        EXPECT_FALSE(has(zone.members, "pa-1")) << zone.id;
    for (const LoadBalancer& lb : after.loadBalancers)
        EXPECT_EQ(has(lb.targets, "pa-1"), lb.id == "lb-qa") << lb.id;
    EXPECT_TRUE(has(findById(after.environments, "qa")->zones.front().members, "pa-1"));
    patch.revert(after);
    EXPECT_EQ(saved(after), saved(t));
}

TEST(EnvironmentMove, NothingToDoGivesAnEmptyPatch)
{
    const Topology t = loadFixture("factory-standard");
    EXPECT_TRUE(moveToEnvironment(t, {"prod-fe2"}, "nowhere", Placement::IntoFrame).empty());
    EXPECT_TRUE(moveToEnvironment(t, {"prod-fe2"}, "prod", Placement::IntoFrame).empty());
    EXPECT_TRUE(moveToEnvironment(t, {"db-prod", "dc-a"}, "qa", Placement::IntoFrame).empty())
        << "databases follow their catalogs, sites have no environment";
}

TEST(EnvironmentMove, PRODFE02ToQualityRaisesNoLbScopeAndRevertsExactly)
{
    const Topology t = loadFixture("factory-standard");
    ASSERT_FALSE(fires(t, "LB-SCOPE"));
    for (Placement placement : {Placement::Keep, Placement::IntoFrame}) {
        const TopologyPatch patch = moveToEnvironment(t, {"prod-fe2"}, "qa", placement);
        Topology after = t;
        patch.apply(after);
        EXPECT_EQ(findById(after.servers, "prod-fe2")->environment, "qa");
        EXPECT_FALSE(has(findById(after.loadBalancers, "lb-prod")->targets, "prod-fe2"));
        EXPECT_FALSE(fires(after, "LB-SCOPE"));
        patch.revert(after);
        EXPECT_EQ(saved(after), saved(t));
    }
}

TEST(EnvironmentMove, IntoFramePlacesTheCardBelowTheNewEnvironmentsContent)
{
    Topology t = loadFixture("factory-standard");
    AutoLayout::place(t); // as the designer opens it: every frame placed
    const Topology after = moved(t, {"prod-fe2", "lb-prod"}, "qa", Placement::IntoFrame);
    const auto qaContent =
        layout::united(*layout::elementRect(t, "qa-1"), *layout::elementRect(t, "mq-qa"));
    for (const std::string id : {"prod-fe2", "lb-prod"}) {
        const auto card = layout::elementRect(after, id);
        ASSERT_TRUE(card) << id;
        EXPECT_GE(card->y, qaContent.y + qaContent.height) << id;
        EXPECT_GE(card->x, qaContent.x) << id;
        EXPECT_LT(card->x, qaContent.x + qaContent.width) << id;
    }
    // The Quality frame grew around them; nothing else moved.
    const Rect frame = *findById(after.environments, "qa")->layout;
    EXPECT_TRUE(layout::contains(frame, *layout::elementRect(after, "prod-fe2")));
    for (const Server& s : t.servers) {
        if (s.id != "prod-fe2") {
            EXPECT_EQ(findById(after.servers, s.id)->layout, s.layout) << s.id;
        }
    }
}

TEST(EnvironmentMove, ALoadBalancerBalancesTheNewEnvironmentsFrontEnds)
{
    const Topology t = loadFixture("factory-standard");
    const Topology after = moved(t, {"lb-prod"}, "qa");
    EXPECT_EQ(findById(after.loadBalancers, "lb-prod")->targets, std::vector<std::string>{"qa-1"});
    EXPECT_FALSE(fires(after, "LB-SCOPE"));
    // The second load balancer of an environment finds every front-end served.
    const Topology again = moved(after, {"lb-lt"}, "qa");
    EXPECT_TRUE(findById(again.loadBalancers, "lb-lt")->targets.empty());
}

TEST(EnvironmentMove, ALoadBalancerMovedWithItsServersKeepsThem)
{
    const Topology t = loadFixture("factory-standard");
    const Topology after = moved(t, {"lb-prod", "prod-fe1", "prod-fe2"}, "qa");
    EXPECT_EQ(findById(after.loadBalancers, "lb-prod")->targets,
              (std::vector<std::string>{"prod-fe1", "prod-fe2", "qa-1"}));
    EXPECT_FALSE(fires(after, "LB-SCOPE"));
}

TEST(EnvironmentMove, AQueueLeavesAHostOfAnotherEnvironment)
{
    const Topology t = loadFixture("factory-standard");
    const Topology alone = moved(t, {"mq-dev"}, "qa");
    EXPECT_EQ(findById(alone.messageQueues, "mq-dev")->hostServer, "");
    EXPECT_FALSE(fires(alone, "MQ-HOST-ENV"));
    const Topology together = moved(t, {"mq-dev", "dev-1"}, "qa");
    EXPECT_EQ(findById(together.messageQueues, "mq-dev")->hostServer, "dev-1");
}

TEST(EnvironmentMove, AServerStopsHostingTheQueuesItLeaves)
{
    Topology t = loadFixture("factory-standard");
    findById(t.messageQueues, "mq-qa")->hostServer = "dev-1"; // MQ-HOST-ENV until dev-1 moves
    ASSERT_TRUE(fires(t, "MQ-HOST-ENV"));
    const Topology after = moved(t, {"dev-1"}, "qa");
    EXPECT_EQ(findById(after.messageQueues, "mq-dev")->hostServer, "");
    EXPECT_EQ(findById(after.messageQueues, "mq-qa")->hostServer, "dev-1");
    EXPECT_FALSE(fires(after, "MQ-HOST-ENV"));
}

} // namespace
} // namespace topo
