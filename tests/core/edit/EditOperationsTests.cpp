#include "EditTestSupport.h"

#include "core/edit/EditOperations.h"
#include "core/edit/ElementArrays.h"

#include <algorithm>

namespace topo {
namespace {

using test::has;
using test::loadFixture;
using test::saved;

TEST(EditOperations, MovingAnEnvironmentCarriesItsContent)
{
    const Topology t = loadFixture("factory-standard");
    const TopologyPatch patch = moveElements(t, {"prod", "lt-1"}, 10, 20);
    Topology after = t;
    patch.apply(after);
    EXPECT_EQ(findById(after.servers, "lt-1")->layout->x, 50);
    EXPECT_EQ(findById(after.servers, "prod-fe1")->layout->y, 220);
    EXPECT_EQ(findById(after.loadBalancers, "lb-prod")->layout->x, 1130);
    EXPECT_EQ(findById(after.databases, "db-prod")->layout->x, 950);
    EXPECT_EQ(findById(after.servers, "dev-1")->layout->x, 340) << "not moved";
    EXPECT_FALSE(patch.structural());
    patch.revert(after);
    EXPECT_EQ(saved(after), saved(t));
}

TEST(EditOperations, RemovingTakesTheReferencesAlong)
{
    const Topology t = loadFixture("factory-standard");
    const TopologyPatch patch = removeElements(t, {"prod-fe1", "dc-b", "dev"});
    Topology after = t;
    patch.apply(after);
    EXPECT_EQ(findById(after.servers, "prod-fe1"), nullptr);
    EXPECT_EQ(findById(after.servers, "dev-1"), nullptr) << "servers of a removed environment";
    EXPECT_EQ(findById(after.messageQueues, "mq-dev"), nullptr);
    EXPECT_FALSE(has(findById(after.loadBalancers, "lb-prod")->targets, "prod-fe1"));
    for (const Server& s : after.servers)
        EXPECT_NE(s.site, "dc-b") << s.id;
    for (const Database& db : after.databases)
        for (const Catalog& c : db.catalogs)
            EXPECT_NE(c.environment, "dev");
    patch.revert(after);
    EXPECT_EQ(saved(after), saved(t));
}

TEST(EditOperations, RemovingAZoneAndQueueHost)
{
    Topology t = loadFixture("example-4-production-zones");
    t.messageQueues.front().hostServer = "dc-1";
    const TopologyPatch patch = removeElements(t, {"z-partner", "dc-1"});
    Topology after = t;
    patch.apply(after);
    EXPECT_EQ(after.environments.front().zones.size(), t.environments.front().zones.size() - 1);
    EXPECT_EQ(after.messageQueues.front().hostServer, "");
}

TEST(EditOperations, EditElementsChangesOnlyWhatDiffers)
{
    const Topology t = loadFixture("example-2-production-farm");
    const TopologyPatch patch =
        editElements<Server>(t, {"p-1", "p-2", "lb-prod"}, [](Server& s) { s.standby = true; });
    EXPECT_EQ(patch.changes().size(), 2u);
    Topology after = t;
    patch.apply(after);
    EXPECT_TRUE(after.servers[0].standby);
    EXPECT_TRUE(after.servers[1].standby);
    EXPECT_FALSE(after.servers[2].standby);
    EXPECT_TRUE(editElements<Server>(t, {"p-1"}, [](Server&) {}).empty());
}

} // namespace
} // namespace topo
