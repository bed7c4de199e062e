// affectedEnvironments: which environments' analyses a patch can change.
#include "EditTestSupport.h"

#include "core/edit/AffectedEnvironments.h"
#include "core/edit/ElementArrays.h"

namespace topo {
namespace {

using test::loadFixture;
using Ids = std::set<std::string>;

TopologyPatch replacing(const Server& before, const Server& after)
{
    TopologyPatch patch;
    patch.replace(before, after);
    return patch;
}

TEST(AffectedEnvironments, AMoveAloneAffectsNone)
{
    const Topology t = loadFixture("factory-standard");
    Server moved = t.servers.front();
    moved.layout = Point{moved.layout ? moved.layout->x + 40 : 40, 0};
    EXPECT_EQ(affectedEnvironments(replacing(t.servers.front(), moved)), Ids{});
}

TEST(AffectedEnvironments, ARenameAffectsItsEnvironment)
{
    const Topology t = loadFixture("factory-standard");
    const Server& server = t.servers.front();
    Server renamed = server;
    renamed.name += "-x";
    EXPECT_EQ(affectedEnvironments(replacing(server, renamed)), Ids{server.environment});
}

TEST(AffectedEnvironments, AServerMovedToAnotherEnvironmentAffectsBoth)
{
    const Topology t = loadFixture("factory-standard");
    const Server& server = t.servers.front();
    const Environment* other = nullptr;
    for (const Environment& e : t.environments)
        if (e.id != server.environment)
            other = &e;
    ASSERT_NE(other, nullptr);
    Server moved = server;
    moved.environment = other->id;
    EXPECT_EQ(affectedEnvironments(replacing(server, moved)), (Ids{server.environment, other->id}));
}

TEST(AffectedEnvironments, ADatabaseAffectsTheEnvironmentsOfItsCatalogs)
{
    const Topology t = loadFixture("factory-standard");
    ASSERT_FALSE(t.databases.empty());
    const Database& database = t.databases.front();
    Ids expected;
    for (const Catalog& catalog : database.catalogs)
        expected.insert(catalog.environment);
    ASSERT_FALSE(expected.empty());
    TopologyPatch patch;
    patch.remove(t, database.id);
    EXPECT_EQ(affectedEnvironments(patch), expected);
}

TEST(AffectedEnvironments, DesignWideFieldsSitesAndQueuesAffectEvery)
{
    const Topology t = loadFixture("factory-standard");
    TopologyPatch header;
    DesignHeader after = headerOf(t);
    after.assumptions.serverAvailability = 0.95;
    header.setHeader(headerOf(t), after);
    EXPECT_EQ(affectedEnvironments(header), std::nullopt);

    TopologyPatch site;
    Site added;
    added.id = "s9";
    site.add(added, t.sites.size());
    EXPECT_EQ(affectedEnvironments(site), std::nullopt);
}

TEST(AffectedEnvironments, NotesAffectNone)
{
    const Topology t = loadFixture("factory-standard");
    TopologyPatch patch;
    Note note;
    note.id = "n9";
    note.text = "hello";
    patch.add(note, t.notes.size());
    EXPECT_EQ(affectedEnvironments(patch), Ids{});
}

} // namespace
} // namespace topo
