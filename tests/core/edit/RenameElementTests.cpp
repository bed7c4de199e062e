#include "EditTestSupport.h"

#include "core/edit/ElementArrays.h"
#include "core/edit/ElementLookup.h"
#include "core/edit/RenameElement.h"

namespace topo {
namespace {

using test::loadFixture;
using test::saved;

TEST(RenameElement, RenamesAServerAndUndoesExactly)
{
    const Topology t = loadFixture("factory-standard");
    ASSERT_EQ(storedName(t, "prod-fe1"), std::optional<std::string>("PROD-FE-01"));
    const TopologyPatch patch = renameElement(t, "prod-fe1", "PROD-WEB-01");
    Topology after = t;
    patch.apply(after);
    EXPECT_EQ(findById(after.servers, "prod-fe1")->name, "PROD-WEB-01");
    EXPECT_EQ(findById(after.servers, "prod-fe2")->name, "PROD-FE-02") << "only the one";
    patch.revert(after);
    EXPECT_EQ(saved(after), saved(t));
}

TEST(RenameElement, RenamesEveryKindThatHasAName)
{
    const Topology t = loadFixture("factory-standard");
    for (const char* id : {"dc-a", "prod", "lb-prod", "db-prod", "mq-prod"}) {
        Topology after = t;
        renameElement(t, id, "Renamed").apply(after);
        EXPECT_EQ(storedName(after, id), std::optional<std::string>("Renamed")) << id;
    }
}

TEST(RenameElement, RenamesAZoneInsideItsEnvironment)
{
    const Topology t = loadFixture("example-4-production-zones");
    ASSERT_TRUE(findZone(t, "z-global"));
    Topology after = t;
    renameElement(t, "z-global", "Everything").apply(after);
    EXPECT_EQ(findZone(after, "z-global")->zone->name, "Everything");
}

TEST(RenameElement, NothingToDoGivesAnEmptyPatch)
{
    const Topology t = loadFixture("factory-standard");
    EXPECT_TRUE(renameElement(t, "prod-fe1", "PROD-FE-01").empty()) << "the same name";
    EXPECT_TRUE(renameElement(t, "no-such-id", "X").empty());
    EXPECT_EQ(storedName(t, "no-such-id"), std::nullopt);
}

} // namespace
} // namespace topo
