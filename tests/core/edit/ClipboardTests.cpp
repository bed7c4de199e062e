#include "EditTestSupport.h"

#include "core/edit/Clipboard.h"
#include "core/edit/ElementArrays.h"
#include "core/edit/ElementLookup.h"
#include "core/layout/AutoLayout.h"

namespace topo {
namespace {

using test::loadFixture;
using test::saved;

// Designs as the designer holds them: placed on opening.
Topology placedFixture(const std::string& name)
{
    Topology t = loadFixture(name);
    AutoLayout::place(t);
    return t;
}

Topology pasted(const Topology& t, const PasteResult& result)
{
    Topology after = t;
    result.patch.apply(after);
    return after;
}

TEST(Clipboard, PastedServersGetTheNextNamesAndFreshIds)
{
    const Topology t = placedFixture("factory-standard");
    const std::string text = copyFragment(t, {"prod-fe3"});
    PasteOptions exact; // where it was copied from, plus the offset, overlapping or not
    exact.clearOfOthers = false;
    const auto result = pasteFragment(t, text, exact);
    ASSERT_TRUE(result);
    ASSERT_EQ(result->ids.size(), 1u);
    const Topology after = pasted(t, *result);
    const Server* copy = findById(after.servers, result->ids.front());
    ASSERT_NE(copy, nullptr);
    EXPECT_EQ(copy->name, "PROD-FE-04");
    EXPECT_NE(copy->id, "prod-fe3");
    EXPECT_EQ(copy->environment, "prod");
    const Server* original = findById(t.servers, "prod-fe3");
    EXPECT_EQ(copy->hardware, original->hardware);
    EXPECT_EQ(copy->layout->x, original->layout->x + 20);
    EXPECT_EQ(copy->layout->y, original->layout->y + 20);
    // Joined the farm's load balancer.
    const auto& targets = findById(after.loadBalancers, "lb-prod")->targets;
    EXPECT_EQ(targets.back(), copy->id);
    Topology back = after;
    result->patch.revert(back);
    EXPECT_EQ(saved(back), saved(t));
}

TEST(Clipboard, ReferencesInsideAreRemappedOutsideKept)
{
    const Topology t = loadFixture("factory-standard");
    // The balancer with two of its three targets.
    const auto result = duplicateElements(t, {"lb-prod", "prod-fe1", "prod-fe2"});
    ASSERT_TRUE(result);
    ASSERT_EQ(result->ids.size(), 3u);
    const Topology after = pasted(t, *result);
    const LoadBalancer* lb = findById(after.loadBalancers, result->ids[2]);
    ASSERT_NE(lb, nullptr);
    EXPECT_EQ(lb->name, "LB-PROD-2");
    EXPECT_EQ(lb->targets, (std::vector<std::string>{result->ids[0], result->ids[1], "prod-fe3"}));
}

TEST(Clipboard, ReferencesToVanishedElementsAreDropped)
{
    const Topology t = loadFixture("factory-standard");
    const std::string text = copyFragment(t, {"lb-prod", "mq-prod"});
    Topology other = loadFixture("example-2-production-farm");
    const auto result = pasteFragment(other, text, PasteOptions{0, 0, std::nullopt, ""});
    ASSERT_TRUE(result);
    const Topology after = pasted(other, *result);
    const LoadBalancer* lb = findById(after.loadBalancers, result->ids[0]);
    ASSERT_NE(lb, nullptr);
    EXPECT_TRUE(lb->targets.empty()) << "prod-fe1..3 do not exist here";
    EXPECT_EQ(lb->environment, "prod") << "an environment of that id exists";
    EXPECT_EQ(lb->name, "LB-PROD-2") << "LB-PROD is taken here";
}

TEST(Clipboard, CopiedEnvironmentBringsZonesWithRemappedMembers)
{
    const Topology t = placedFixture("example-4-production-zones");
    // The environment brings its content, whether selected with it or not.
    std::vector<std::string> ids{"prod", "pa-1", "pa-2"};
    const auto result = duplicateElements(t, ids, PasteOptions{0, 0, Point{3000, 0, {}}, ""});
    ASSERT_TRUE(result);
    const Topology after = pasted(t, *result);
    const Environment* env = findById(after.environments, result->ids[0]);
    ASSERT_NE(env, nullptr);
    ASSERT_TRUE(env->layout.has_value());
    EXPECT_EQ(env->layout->x, 3000) << "the group's top-left lands where asked";
    ASSERT_EQ(env->zones.size(), t.environments[0].zones.size());
    EXPECT_EQ(env->zones[1].members, (std::vector<std::string>{result->ids[1], result->ids[2]}));
    EXPECT_EQ(env->zones[2].members.size(), 2u);
    for (const Zone& z : env->zones)
        EXPECT_EQ(kindOf(after, z.id), ElementKind::Zone);
    EXPECT_EQ(findById(after.servers, result->ids[1])->environment, env->id);
}

TEST(Clipboard, TargetEnvironmentAndNotes)
{
    Topology t = loadFixture("factory-standard");
    t.notes.push_back(Note{"n1", "hello", Rect{10, 10, 100, 50, {}}, {}});
    const std::string text = copyFragment(t, {"prod-fe1", "n1"});
    PasteOptions options;
    options.targetEnvironment = "qa";
    const auto result = pasteFragment(t, text, options);
    ASSERT_TRUE(result);
    const Topology after = pasted(t, *result);
    EXPECT_EQ(findById(after.servers, result->ids[0])->environment, "qa");
    EXPECT_EQ(findById(after.notes, result->ids[1])->text, "hello");
    EXPECT_FALSE(pasteFragment(t, "not json"));
    EXPECT_FALSE(pasteFragment(t, copyFragment(t, {})));
}

} // namespace
} // namespace topo
