#include "EditTestSupport.h"

#include "core/edit/ElementArrays.h"
#include "core/edit/TopologyPatch.h"

namespace topo {
namespace {

using test::loadFixture;
using test::saved;

std::vector<std::string> serverIds(const Topology& t)
{
    std::vector<std::string> ids;
    for (const Server& s : t.servers)
        ids.push_back(s.id);
    return ids;
}

TEST(TopologyPatch, RemovingNeighboursAndRevertingRestoresTheOrder)
{
    const Topology start = loadFixture("factory-standard");
    Topology t = start;
    TopologyPatch patch;
    // Removing an element then its neighbour: the second index is taken after the first.
    patch.remove(t, "prod-fe1");
    patch.remove(t, "prod-fe2");
    patch.remove(t, "lt-1");
    patch.apply(t);
    EXPECT_EQ(serverIds(t), (std::vector<std::string>{"lt-2", "dev-1", "qa-1", "prod-dc",
                                                      "prod-fe3", "prod-batch"}));
    patch.revert(t);
    EXPECT_EQ(saved(t), saved(start));
    EXPECT_TRUE(patch.structural());
    EXPECT_EQ(patch.touchedIds(), (std::vector<std::string>{"prod-fe1", "prod-fe2", "lt-1"}));
}

TEST(TopologyPatch, AddReplaceAndHeaderAreExactInverses)
{
    const Topology start = loadFixture("example-2-production-farm");
    Topology t = start;
    Server extra = start.servers.front();
    extra.id = "p-9";
    extra.name = "P-9";
    Server renamed = start.servers.back();
    renamed.name = "P-3-RENAMED";
    DesignHeader header = headerOf(start);
    header.name = "Another name";

    TopologyPatch patch;
    patch.add(extra, 1);
    patch.replace(start.servers.back(), renamed);
    patch.setHeader(headerOf(start), header);
    patch.apply(t);
    ASSERT_EQ(t.servers.size(), start.servers.size() + 1);
    EXPECT_EQ(t.servers[1].id, "p-9");
    EXPECT_EQ(t.servers.back().name, "P-3-RENAMED");
    EXPECT_EQ(t.name, "Another name");
    const std::string applied = saved(t);
    patch.revert(t);
    EXPECT_EQ(saved(t), saved(start));
    patch.apply(t);
    EXPECT_EQ(saved(t), applied);
}

TEST(TopologyPatch, BetweenTurnsOneStateIntoTheOther)
{
    for (const std::string& name : test::fixtureNames()) {
        const Topology before = loadFixture(name);
        Topology after = before;
        // Remove every other server, rename the rest, add one note.
        for (std::size_t i = after.servers.size(); i-- > 0;)
            if (i % 2 == 0)
                after.servers.erase(after.servers.begin() + static_cast<std::ptrdiff_t>(i));
        for (Server& s : after.servers)
            s.name += "-X";
        after.notes.insert(after.notes.begin(), Note{"n-1", "hello", Rect{1, 2, 3, 4, {}}, {}});
        after.description = "changed";
        const TopologyPatch patch = TopologyPatch::between(before, after);
        Topology t = before;
        patch.apply(t);
        EXPECT_EQ(saved(t), saved(after)) << name;
        patch.revert(t);
        EXPECT_EQ(saved(t), saved(before)) << name;
        EXPECT_TRUE(TopologyPatch::between(before, before).empty());
    }
}

TEST(TopologyPatch, MergesLaterEditsOfTheSameElements)
{
    const Topology start = loadFixture("example-2-production-farm");
    Server a = start.servers[0];
    Server b = a;
    b.layout = Point{100, 100, {}};
    Server c = a;
    c.layout = Point{200, 150, {}};
    TopologyPatch first;
    first.replace(a, b);
    TopologyPatch second;
    second.replace(b, c);
    ASSERT_TRUE(first.mergeWith(second));
    Topology t = start;
    first.apply(t);
    EXPECT_EQ(t.servers[0].layout->x, 200);
    first.revert(t);
    EXPECT_EQ(saved(t), saved(start));

    TopologyPatch other;
    other.replace(start.servers[1], start.servers[1]);
    EXPECT_FALSE(first.mergeWith(other)) << "different elements";
    TopologyPatch adding;
    adding.add(start.servers[0], 0);
    EXPECT_FALSE(first.mergeWith(adding)) << "structural";

    TopologyPatch back;
    back.replace(c, a);
    ASSERT_TRUE(first.mergeWith(back));
    EXPECT_TRUE(first.isIdentity());

    // A later step that also moves another element (a nudge that pushes a frame) folds in.
    TopologyPatch again;
    again.replace(a, b);
    Server moved = start.servers[1];
    moved.layout = Point{500, 500, {}};
    again.replace(start.servers[1], moved);
    ASSERT_TRUE(first.mergeWith(again));
    Topology both = start;
    first.apply(both);
    EXPECT_EQ(both.servers[0].layout->x, 100);
    EXPECT_EQ(both.servers[1].layout->x, 500);
    first.revert(both);
    EXPECT_EQ(saved(both), saved(start));
}

TEST(TopologyPatch, ElementIdAndHeaderOf)
{
    const Topology t = loadFixture("example-3-lifetime");
    EXPECT_EQ(elementId(ElementValue(t.servers.front())), "lt-1");
    EXPECT_EQ(headerOf(t).name, t.name);
}

} // namespace
} // namespace topo
