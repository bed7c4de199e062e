#include "EditTestSupport.h"

#include "core/edit/ElementArrays.h"
#include "core/edit/ElementLookup.h"
#include "core/layout/AutoLayout.h"
#include "core/layout/Geometry.h"
#include "core/layout/LayoutConstants.h"
#include "core/layout/RowPacking.h"

#include <cmath>
#include <set>

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

TEST(AutoLayout, LifetimeFirstAndTheOthersInReadingOrder)
{
    Topology t = loadFixture("factory-standard");
    stripLayouts(t);
    std::swap(t.environments[0], t.environments[3]); // LifeTime last in the file
    AutoLayout::place(t);
    const Environment* lt = findById(t.environments, "lt");
    for (const Environment& env : t.environments) {
        if (env.id == "lt")
            continue;
        // Right of LifeTime in its row, or in a row below.
        const bool sameRow = env.layout->y == lt->layout->y;
        EXPECT_TRUE(sameRow ? env.layout->x > lt->layout->x : env.layout->y > lt->layout->y)
            << env.id;
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

// A design of environments with these server counts and nothing placed: servers with the
// front-end role, a load balancer per environment.
Topology designOfEnvironments(const std::vector<int>& serverCounts)
{
    Topology t;
    t.name = "Generated";
    for (std::size_t e = 0; e < serverCounts.size(); ++e) {
        Environment env;
        env.id = "env-" + std::to_string(e);
        env.name = "Environment " + std::to_string(e);
        env.purpose = e == 0 ? Purpose::Lifetime : Purpose::Production;
        LoadBalancer lb;
        lb.id = "lb-" + env.id;
        lb.name = lb.id;
        lb.environment = env.id;
        for (int i = 0; i < serverCounts[e]; ++i) {
            Server s;
            s.id = env.id + "-s" + std::to_string(i);
            s.name = s.id;
            s.environment = env.id;
            s.roles = {Role::Frontend};
            s.hardware = Hardware{4, 16, 200};
            lb.targets.push_back(s.id);
            t.servers.push_back(std::move(s));
        }
        t.loadBalancers.push_back(std::move(lb));
        t.environments.push_back(std::move(env));
    }
    return t;
}

double aspectOf(const Rect& r)
{
    return r.width / r.height;
}

TEST(AutoLayout, LargeEnvironmentGetsANearSquareFrame)
{
    Topology t = designOfEnvironments({2000});
    AutoLayout::place(t);
    const Rect frame = *t.environments.front().layout;
    EXPECT_GE(aspectOf(frame), 0.5) << frame.width << " x " << frame.height;
    EXPECT_LE(aspectOf(frame), 2.0) << frame.width << " x " << frame.height;
    expectReadable(t, "2,000 servers");
}

TEST(AutoLayout, SmallEnvironmentsKeepTheirWideRows)
{
    // Up to four servers in one row; ten servers in two rows of five.
    Topology t = designOfEnvironments({4, 10});
    AutoLayout::place(t);
    const Server& first = t.servers.front();
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(t.servers[std::size_t(i)].layout->y, first.layout->y);
    std::set<double> rows;
    for (std::size_t i = 4; i < t.servers.size(); ++i)
        rows.insert(t.servers[i].layout->y);
    EXPECT_EQ(rows.size(), 2u);
}

TEST(AutoLayout, ManyEnvironmentsTogetherComeNearTheTargetAspect)
{
    for (const double target : {kDesignAspect, 1.0, 2.5}) {
        Topology t = designOfEnvironments({4, 12, 25, 25, 25, 25, 8, 8, 30, 30, 30, 30, 16});
        AutoLayout::place(t, target);
        const auto bounds = designBounds(t);
        ASSERT_TRUE(bounds);
        EXPECT_NEAR(std::log(aspectOf(*bounds) / target), 0.0, std::log(1.35))
            << "target " << target << ": " << bounds->width << " x " << bounds->height;
        expectReadable(t, "13 environments");
    }
}

TEST(AutoLayout, LargeDesignIsNeitherAStripNorATower)
{
    Topology t = designOfEnvironments({4, 20, 30, 1946});
    AutoLayout::place(t);
    const auto bounds = designBounds(t);
    ASSERT_TRUE(bounds);
    EXPECT_GE(aspectOf(*bounds), 0.5);
    EXPECT_LE(aspectOf(*bounds), 2.5);
    expectReadable(t, "2,000 servers in four environments");
}

TEST(RowPacking, BreaksRowsToComeNearTheAspect)
{
    // Four 100 x 100 boxes, gap 0: one row is 4:1, two rows 1:1, four rows 1:4.
    const std::vector<BoxSize> boxes(4, BoxSize{100, 100});
    const auto square = packInRows(boxes, 0, 1.0);
    ASSERT_EQ(square.size(), 4u);
    EXPECT_EQ(square[1].x, 100);
    EXPECT_EQ(square[2].x, 0);
    EXPECT_EQ(square[2].y, 100);
    const auto wide = packInRows(boxes, 0, 4.0);
    EXPECT_EQ(wide[3].x, 300);
    EXPECT_EQ(wide[3].y, 0);
    const auto tall = packInRows(boxes, 0, 0.25);
    EXPECT_EQ(tall[3].x, 0);
    EXPECT_EQ(tall[3].y, 300);
    EXPECT_TRUE(packInRows({}, 40, 1.6).empty());
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
