// applySizing: the patch that makes an environment match its sizing advice, with known answers.
#include "EditTestSupport.h"

#include "core/analysis/SizingAdvisor.h"
#include "core/edit/ElementArrays.h"
#include "core/edit/SizingApply.h"
#include "core/layout/AutoLayout.h"
#include "core/layout/Geometry.h"
#include "core/rules/Validator.h"

#include <algorithm>

namespace topo {
namespace {

using test::loadFixture;

// Applies the environment's advice; the plan the Sizing dock shows (planSizing) must say
// exactly what the change does.
SizingChange sizeEnvironment(const Topology& t, const std::string& envId)
{
    const Environment* env = findById(t.environments, envId);
    EXPECT_NE(env, nullptr);
    const SizingAdvice advice = SizingAdvisor(t).advise(*env);
    SizingChange change = applySizing(t, advice);
    const SizingPlan plan = planSizing(t, advice);
    EXPECT_EQ(plan.resized, change.resized);
    EXPECT_EQ(std::size_t(plan.added), change.added.size());
    EXPECT_EQ(plan.empty(), change.empty());
    return change;
}

Topology applied(const Topology& t, const SizingChange& change)
{
    Topology after = t;
    change.patch.apply(after);
    return after;
}

TEST(SizingApply, FarmAtAThousandRequestsGetsTwoMoreFrontEnds)
{
    // 1000 req/s of reactive apps: 4 cores × 62.5 = 250 req/s per front-end, 4 carry the
    // load, N+1 = 5; the farm has 3 front-ends of 4 cores / 12 GB / 200 GB.
    Topology t = loadFixture("example-2-production-farm");
    t.environments[0].expectedRequestsPerSecond = 1000;
    const SizingChange change = sizeEnvironment(t, "prod");
    EXPECT_EQ(change.added, (std::vector<std::string>{"p-4", "p-5"}));
    EXPECT_TRUE(change.resized.empty()); // 12 GB and 200 GB are more than 8 GB and 80 GB

    const Topology after = applied(t, change);
    ASSERT_EQ(after.servers.size(), 5u);
    for (const std::string id : {"p-4", "p-5"}) {
        const Server* s = findById(after.servers, id);
        ASSERT_NE(s, nullptr);
        EXPECT_EQ(s->environment, "prod");
        EXPECT_EQ(s->roles, (std::vector<Role>{Role::Frontend, Role::Scheduler}));
        // The farm's own spec (4 / 12 / 200), not the advice's smaller 4 / 8 / 80: a uniform
        // farm, as the Scaling view promises ("same spec as the cluster").
        EXPECT_EQ(s->hardware.cpuCores, 4);
        EXPECT_DOUBLE_EQ(s->hardware.ramGb, 12);
        EXPECT_DOUBLE_EQ(s->hardware.diskGb, 200);
        EXPECT_TRUE(s->layout.has_value());
    }
    EXPECT_EQ(findById(after.servers, "p-4")->name, "P-4");
    for (const Finding& f : validate(after))
        EXPECT_NE(f.rule, "FE-HW-UNIFORM") << f.message;
    // The new front-ends join the farm's load balancer.
    EXPECT_EQ(after.loadBalancers[0].targets,
              (std::vector<std::string>{"p-1", "p-2", "p-3", "p-4", "p-5"}));
}

TEST(SizingApply, NewServersOverlapNothing)
{
    // Placed as the designer opens it.
    Topology t = loadFixture("factory-standard");
    AutoLayout::place(t);
    findById(t.environments, "prod")->expectedRequestsPerSecond = 1200; // 5 + 1 front-ends
    const SizingChange change = sizeEnvironment(t, "prod");
    ASSERT_EQ(change.added.size(), 3u); // prod-fe1..3 serve; PROD-BATCH-01 serves no traffic
    const Topology after = applied(t, change);
    for (const std::string& id : change.added) {
        const auto rect = layout::elementRect(after, id);
        ASSERT_TRUE(rect.has_value());
        auto overlapsOther = [&](const auto& items) {
            return std::any_of(items.begin(), items.end(), [&](const auto& other) {
                const auto r = other.id == id ? std::nullopt : layout::elementRect(after, other.id);
                return r && layout::overlaps(*rect, *r);
            });
        };
        EXPECT_FALSE(overlapsOther(after.servers)) << id;
        EXPECT_FALSE(overlapsOther(after.loadBalancers)) << id;
        EXPECT_FALSE(overlapsOther(after.databases)) << id;
        EXPECT_FALSE(overlapsOther(after.messageQueues)) << id;
        // Inside its own environment's frame.
        const auto frame = layout::elementRect(after, "prod");
        ASSERT_TRUE(frame.has_value());
        EXPECT_TRUE(layout::contains(*frame, *rect)) << id;
    }
}

TEST(SizingApply, SmallerFrontEndGrowsToTheRecommendedSpec)
{
    Topology t = loadFixture("example-2-production-farm");
    t.environments[0].expectedRequestsPerSecond = 600; // 600 / 250 → 3, N+1 = 4
    Server& small = *findById(t.servers, "p-2");
    small.hardware.cpuCores = 2;
    small.hardware.ramGb = 4;
    small.hardware.diskGb = 50;
    const SizingChange change = sizeEnvironment(t, "prod");
    EXPECT_EQ(change.resized, (std::vector<std::string>{"p-2"}));
    EXPECT_EQ(change.added, (std::vector<std::string>{"p-4"}));
    const Topology after = applied(t, change);
    const Server& grown = *findById(after.servers, "p-2");
    EXPECT_EQ(grown.hardware.cpuCores, 4);
    EXPECT_DOUBLE_EQ(grown.hardware.ramGb, 8);
    EXPECT_DOUBLE_EQ(grown.hardware.diskGb, 80);
    EXPECT_EQ(grown.roles, findById(t.servers, "p-2")->roles);
    // The bigger ones keep their size.
    EXPECT_DOUBLE_EQ(findById(after.servers, "p-1")->hardware.ramGb, 12);
}

TEST(SizingApply, TwentyDevelopersResizeControllerAndFrontEnd)
{
    // 20 developers, 4 above the 16-developer row: controller 4 + 1 = 5 cores, 16 + 2 = 18 GB,
    // 500 GB; front-end 5 cores, 12 + 2 = 14 GB, 300 GB.
    Topology t = loadFixture("example-1-nonproduction");
    findById(t.environments, "dev")->activeDevelopers = 20;
    const SizingChange change = sizeEnvironment(t, "dev");
    EXPECT_TRUE(change.added.empty());
    EXPECT_EQ(change.resized, (std::vector<std::string>{"dev-dc", "dev-fe"}));
    const Topology after = applied(t, change);
    const Hardware& dc = findById(after.servers, "dev-dc")->hardware;
    EXPECT_EQ(dc.cpuCores, 5);
    EXPECT_DOUBLE_EQ(dc.ramGb, 18);
    EXPECT_DOUBLE_EQ(dc.diskGb, 500);
    const Hardware& fe = findById(after.servers, "dev-fe")->hardware;
    EXPECT_EQ(fe.cpuCores, 5);
    EXPECT_DOUBLE_EQ(fe.ramGb, 14);
    EXPECT_DOUBLE_EQ(fe.diskGb, 300);
    // The other environment is untouched.
    EXPECT_EQ(*findById(after.servers, "qa-1"), *findById(t.servers, "qa-1"));
}

TEST(SizingApply, MissingControllerIsAdded)
{
    Topology t = loadFixture("example-1-nonproduction");
    findById(t.environments, "dev")->activeDevelopers = 16;
    std::erase_if(t.servers, [](const Server& s) { return s.id == "dev-dc"; });
    const SizingChange change = sizeEnvironment(t, "dev");
    ASSERT_EQ(change.added.size(), 1u);
    const Topology after = applied(t, change);
    const Server& dc = *findById(after.servers, change.added[0]);
    EXPECT_EQ(dc.roles, (std::vector<Role>{Role::DeploymentController}));
    EXPECT_EQ(dc.hardware.cpuCores, 4);
    EXPECT_DOUBLE_EQ(dc.hardware.ramGb, 16);
    EXPECT_DOUBLE_EQ(dc.hardware.diskGb, 500);
}

TEST(SizingApply, MatchingDesignNeedsNothingAndNothingIsDeleted)
{
    // 450 req/s: 2 front-ends of 4 cores + 1 = 3; the factory has 3 traffic front-ends of
    // 4 cores / 8 GB / 100 GB.
    const Topology t = loadFixture("factory-standard");
    const SizingChange none = sizeEnvironment(t, "prod");
    EXPECT_TRUE(none.empty()) << none.added.size() << " added, " << none.resized.size();
    // Far fewer needed than present: still nothing removed.
    Topology light = t;
    findById(light.environments, "prod")->expectedRequestsPerSecond = 50;
    const SizingChange change = sizeEnvironment(light, "prod");
    EXPECT_TRUE(change.added.empty());
    EXPECT_EQ(applied(light, change).servers.size(), t.servers.size());
}

TEST(SizingApply, NoFiguresNoChange)
{
    Topology t = loadFixture("example-1-nonproduction");
    findById(t.environments, "dev")->activeDevelopers = 3;
    EXPECT_TRUE(sizeEnvironment(t, "dev").empty());
    EXPECT_TRUE(sizeEnvironment(t, "qa").empty()); // no expected load stated
    EXPECT_TRUE(applySizing(t, SizingAdvice{"nowhere", {}, {}}).empty());
}

TEST(SizingApply, RevertRestoresTheDesign)
{
    Topology t = loadFixture("example-2-production-farm");
    t.environments[0].expectedRequestsPerSecond = 1000;
    t.servers[1].hardware.cpuCores = 2;
    const SizingChange change = sizeEnvironment(t, "prod");
    ASSERT_FALSE(change.empty());
    Topology after = applied(t, change);
    change.patch.revert(after);
    EXPECT_EQ(test::saved(after), test::saved(t));
}

} // namespace
} // namespace topo
