#include "EditTestSupport.h"

#include "edit/ElementArrays.h"
#include "edit/ElementLookup.h"
#include "layout/AutoLayout.h"
#include "layout/Geometry.h"
#include "layout/LayoutConstants.h"

#include <cmath>

namespace topo {
namespace {

using namespace layout;
using test::loadFixture;

void stripLayouts(Topology& t)
{
    forEachArray(t, [](auto& items) {
        for (auto& item : items) {
            if constexpr (requires { item.layout.reset(); })
                item.layout.reset();
        }
    });
}

// Every card has a place inside its environment's frame, no two cards overlap and no two
// environment frames overlap.
void expectReadable(const Topology& t, const std::string& label)
{
    struct Placed {
        std::string id;
        Rect rect;
    };
    std::vector<Placed> cards;
    for (const auto& id : [&] {
             std::vector<std::string> ids;
             for (const Server& s : t.servers)
                 ids.push_back(s.id);
             for (const LoadBalancer& x : t.loadBalancers)
                 ids.push_back(x.id);
             for (const Database& x : t.databases)
                 ids.push_back(x.id);
             for (const MessageQueue& x : t.messageQueues)
                 ids.push_back(x.id);
             return ids;
         }()) {
        const auto rect = elementRect(t, id);
        ASSERT_TRUE(rect) << label << ": " << id << " has no place";
        cards.push_back({id, *rect});
        const std::string envId = environmentOf(t, id);
        if (envId.empty())
            continue;
        const auto frame = findById(t.environments, envId)->layout;
        ASSERT_TRUE(frame) << label << ": " << envId;
        EXPECT_TRUE(contains(*frame, *rect)) << label << ": " << id << " outside " << envId;
    }
    for (std::size_t i = 0; i < cards.size(); ++i)
        for (std::size_t j = i + 1; j < cards.size(); ++j)
            EXPECT_FALSE(overlaps(cards[i].rect, cards[j].rect))
                << label << ": " << cards[i].id << " overlaps " << cards[j].id;
    for (std::size_t i = 0; i < t.environments.size(); ++i)
        for (std::size_t j = i + 1; j < t.environments.size(); ++j)
            EXPECT_FALSE(overlaps(*t.environments[i].layout, *t.environments[j].layout))
                << label << ": " << t.environments[i].id << " overlaps " << t.environments[j].id;
}

TEST(AutoLayout, PlacesDesignsWithoutAnyLayoutReadably)
{
    for (const std::string& name : test::fixtureNames()) {
        Topology t = loadFixture(name);
        stripLayouts(t);
        ASSERT_TRUE(AutoLayout::needsPlacement(t));
        EXPECT_TRUE(AutoLayout::place(t));
        EXPECT_FALSE(AutoLayout::needsPlacement(t));
        expectReadable(t, name);
        EXPECT_FALSE(AutoLayout::place(t)) << "nothing left to place";
    }
}

TEST(AutoLayout, KeepsGivenPositionsAndFramesThem)
{
    for (const std::string& name : test::fixtureNames()) {
        Topology t = loadFixture(name);
        AutoLayout::place(t);
        expectReadable(t, name + " (given positions)");
    }
    Topology t = loadFixture("factory-standard");
    AutoLayout::place(t);
    // The LifeTime frame is the first; its servers keep their positions.
    EXPECT_EQ(findById(t.servers, "lt-1")->layout->x, 40);
    EXPECT_EQ(findById(t.servers, "lt-2")->layout->y, 200);
}

TEST(AutoLayout, LifetimeFirstAndSideBySide)
{
    Topology t = loadFixture("factory-standard");
    stripLayouts(t);
    std::swap(t.environments[0], t.environments[3]); // LifeTime last in the file
    AutoLayout::place(t);
    const Environment* lt = findById(t.environments, "lt");
    for (const Environment& env : t.environments) {
        EXPECT_DOUBLE_EQ(env.layout->y, lt->layout->y);
        if (env.id != "lt") {
            EXPECT_GT(env.layout->x, lt->layout->x);
        }
    }
    // Load balancers above the servers, databases and queues below them.
    const double lbY = findById(t.loadBalancers, "lb-prod")->layout->y;
    const double feY = findById(t.servers, "prod-fe1")->layout->y;
    const double dbY = findById(t.databases, "db-prod")->layout->y;
    EXPECT_LT(lbY, feY);
    EXPECT_LT(feY, dbY);
}

TEST(AutoLayout, ZoneRegionsDoNotCrossOtherZonesMembers)
{
    Topology t = loadFixture("example-4-production-zones");
    stripLayouts(t);
    AutoLayout::place(t);
    const Environment& env = t.environments.front();
    for (const Zone& zone : env.zones) {
        if (zone.isDefault)
            continue;
        const auto region = zoneRect(t, env, zone);
        ASSERT_TRUE(region);
        EXPECT_TRUE(contains(*env.layout, *region)) << zone.id;
        for (const Server& s : t.servers) {
            const bool member =
                std::find(zone.members.begin(), zone.members.end(), s.id) != zone.members.end();
            EXPECT_EQ(overlaps(*region, serverCard(*s.layout)), member) << zone.id << " / " << s.id;
        }
    }
    const Zone& global = env.zones.front();
    EXPECT_EQ(zoneDepth(env, global), 1);
    EXPECT_TRUE(contains(*env.layout, *zoneRect(t, env, global)));
}

TEST(Geometry, SnapAndBounds)
{
    EXPECT_EQ(snapToGrid(14.9), 10);
    EXPECT_EQ(snapToGrid(15.1), 20);
    EXPECT_EQ(snapToGrid(-4.0), 0);
    const Point p = snapToGrid(Point{23, 37, {}});
    EXPECT_EQ(p.x, 20);
    EXPECT_EQ(p.y, 40);
    Topology t = loadFixture("factory-standard");
    AutoLayout::place(t);
    const auto bounds = designBounds(t);
    ASSERT_TRUE(bounds);
    for (const Environment& env : t.environments)
        EXPECT_TRUE(contains(*bounds, *env.layout));
    EXPECT_FALSE(designBounds(Topology{}));
}

} // namespace
} // namespace topo
