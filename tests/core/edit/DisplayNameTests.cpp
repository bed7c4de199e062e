#include "EditTestSupport.h"

#include "core/edit/ElementArrays.h"
#include "core/model/DisplayName.h"

namespace topo {
namespace {

using test::loadFixture;

TEST(DisplayName, AnElementIsNamedByItsNameOrItsIdWhenItHasNone)
{
    Topology t = loadFixture("factory-standard");
    EXPECT_EQ(displayName(t, "prod-fe1"), "PROD-FE-01");
    EXPECT_EQ(displayName(*findById(t.loadBalancers, "lb-prod")), "LB-PROD");
    findById(t.servers, "prod-fe1")->name.clear();
    EXPECT_EQ(displayName(t, "prod-fe1"), "prod-fe1");
    EXPECT_EQ(displayName(*findById(t.servers, "prod-fe1")), "prod-fe1");
}

TEST(DisplayName, ZonesNotesAndUnknownIdsHaveADisplayNameToo)
{
    Topology t = loadFixture("example-4-production-zones");
    EXPECT_EQ(displayName(t, "z-partner"), "Partner");
    for (Environment& env : t.environments)
        for (Zone& zone : env.zones)
            zone.name.clear();
    EXPECT_EQ(displayName(t, "z-partner"), "z-partner");
    t.notes.push_back(Note{"note-1", "Remember the firewall", Rect{0, 0, 100, 50}});
    EXPECT_EQ(displayName(t, "note-1"), "note-1") << "a note has no name";
    EXPECT_EQ(displayName(t, "nothing-here"), "nothing-here");
}

} // namespace
} // namespace topo
