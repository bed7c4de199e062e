#include "EditTestSupport.h"

#include "core/edit/ElementArrays.h"
#include "core/edit/ElementFactory.h"
#include "core/edit/NameAllocator.h"
#include "core/model/Ids.h"

#include <algorithm>

namespace topo {
namespace {

using test::loadFixture;

Topology farmOf(const std::vector<std::string>& names)
{
    Topology t = loadFixture("example-2-production-farm");
    t.servers.resize(names.size(), t.servers.front());
    for (std::size_t i = 0; i < names.size(); ++i) {
        t.servers[i].id = "s" + std::to_string(i);
        t.servers[i].name = names[i];
    }
    t.loadBalancers.front().targets = {"s0"};
    return t;
}

TEST(Naming, ContinuesTheEnvironmentsNumbering)
{
    EXPECT_EQ(NameAllocator(farmOf({"FE-01", "FE-02", "FE-03"})).nextServerName("prod"), "FE-04");
    EXPECT_EQ(NameAllocator(loadFixture("design-with-problems")).nextServerName("prod"), "PROD-04");
    EXPECT_EQ(NameAllocator(loadFixture("factory-standard")).nextServerName("prod"), "PROD-FE-04");
    EXPECT_EQ(NameAllocator(loadFixture("factory-standard")).nextServerName("lt"), "LT-03");
    EXPECT_EQ(NameAllocator(loadFixture("example-2-production-farm")).nextServerName("prod"),
              "P-4");
    // No numbered names: the environment's tag starts a series of front-ends.
    EXPECT_EQ(NameAllocator(loadFixture("example-1-nonproduction")).nextServerName("dev"),
              "DEV-FE-01");
}

TEST(Naming, SkipsTakenNamesAndReservesWhatItGives)
{
    // The allocator refers to the design: keep the design alive as long as the allocator.
    const Topology farm = farmOf({"FE-01", "FE-03", "fe-04"});
    NameAllocator names(farm);
    EXPECT_EQ(names.nextServerName("prod"), "FE-05") << "fe-04 is taken, case-insensitively";
    EXPECT_EQ(names.nextServerName("prod"), "FE-06");
    EXPECT_EQ(names.nextNameLike("FE-01"), "FE-07");
    EXPECT_EQ(names.nextNameLike("PROD-DC"), "PROD-DC-2");
    EXPECT_EQ(names.uniqueName("NEW-NAME"), "NEW-NAME");
    EXPECT_EQ(names.uniqueName("NEW-NAME"), "NEW-NAME-2");
}

TEST(Naming, FreshIdsAreValidAndUnique)
{
    const Topology t = loadFixture("factory-standard");
    NameAllocator names(t);
    const std::string a = names.freshId("PROD-FE-01");
    const std::string b = names.freshId("PROD-FE-01");
    EXPECT_EQ(a, "prod-fe-01");
    EXPECT_EQ(b, "prod-fe-01-2");
    EXPECT_EQ(names.freshId("lt-1"), "lt-1-2") << "lt-1 is an existing server id";
    const std::string odd = names.freshId("  Spaces & symbols / here  ");
    EXPECT_TRUE(isValidId(odd)) << odd;
    EXPECT_TRUE(isValidId(names.freshId(std::string(200, 'x'))));
    EXPECT_EQ(names.freshId("%%%"), "element");
}

TEST(ElementFactory, NewServerCopiesTheFrontEndSpecAndJoinsThePool)
{
    Topology t = loadFixture("example-2-production-farm");
    t.servers[2].hardware.cpuCores = 16; // the odd one out: the common spec wins
    ElementFactory factory(t);
    const auto created = factory.create(ElementKind::Server, "prod", Point{300, 400, {}});
    ASSERT_TRUE(created);
    EXPECT_EQ(created->text, "Add server P-4");
    Topology after = t;
    created->patch.apply(after);
    const Server* s = findById(after.servers, created->id);
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->name, "P-4");
    EXPECT_EQ(s->environment, "prod");
    EXPECT_EQ(s->roles, (std::vector<Role>{Role::Frontend, Role::Scheduler}));
    EXPECT_EQ(s->hardware.cpuCores, t.servers[0].hardware.cpuCores);
    EXPECT_EQ(s->hardware.ramGb, t.servers[0].hardware.ramGb);
    EXPECT_EQ(s->hardware.diskGb, t.servers[0].hardware.diskGb);
    ASSERT_TRUE(s->layout);
    EXPECT_EQ(s->layout->x, 300);
    const auto& targets = after.loadBalancers.front().targets;
    EXPECT_NE(std::find(targets.begin(), targets.end(), created->id), targets.end());
}

TEST(ElementFactory, DefaultSpecAndDefaultZone)
{
    Topology t = loadFixture("example-4-production-zones");
    for (Server& s : t.servers)
        s.hardware = Hardware{};
    ElementFactory factory(t);
    const auto created = factory.create(ElementKind::Server, "prod", Point{});
    ASSERT_TRUE(created);
    Topology after = t;
    created->patch.apply(after);
    const Server* s = findById(after.servers, created->id);
    EXPECT_EQ(s->hardware.cpuCores, 2);
    EXPECT_EQ(s->hardware.ramGb, 8);
    EXPECT_EQ(s->hardware.diskGb, 100);
    const Zone& global = after.environments.front().zones.front();
    ASSERT_TRUE(global.isDefault);
    EXPECT_EQ(global.members.back(), created->id);
    // Three load balancers with targets: no single pool to join.
    for (const LoadBalancer& lb : after.loadBalancers)
        EXPECT_EQ(std::count(lb.targets.begin(), lb.targets.end(), created->id), 0);
}

TEST(ElementFactory, CreatesEveryKind)
{
    const Topology t = loadFixture("example-1-nonproduction");
    for (const char* kindName :
         {"server", "loadBalancer", "database", "messageQueue", "environment", "zone", "note"}) {
        ElementFactory factory(t);
        const auto kind = parseElementKind(kindName);
        ASSERT_TRUE(kind) << kindName;
        const auto created = factory.create(*kind, "dev", Point{50, 60, {}});
        ASSERT_TRUE(created) << kindName;
        Topology after = t;
        created->patch.apply(after);
        EXPECT_EQ(kindOf(after, created->id), kind) << kindName;
        EXPECT_FALSE(created->text.empty());
        created->patch.revert(after);
        EXPECT_EQ(test::saved(after), test::saved(t)) << kindName;
    }
    ElementFactory factory(t);
    EXPECT_FALSE(factory.create(ElementKind::Server, "no-such-env", Point{}));
}

} // namespace
} // namespace topo
