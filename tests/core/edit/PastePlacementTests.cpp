#include "EditTestSupport.h"

#include "core/edit/Clipboard.h"
#include "core/edit/ElementArrays.h"
#include "core/edit/ElementLookup.h"
#include "core/edit/PastePlacement.h"
#include "core/layout/AutoLayout.h"
#include "core/layout/FreeSpot.h"
#include "core/layout/Geometry.h"

namespace topo {
namespace {

using namespace layout;
using test::loadFixture;

Rect rect(double x, double y, double w, double h)
{
    return Rect{x, y, w, h, {}};
}

TEST(FreeSpot, AGroupWithRoomStaysWhereItIs)
{
    const auto offset =
        nearestFreeOffset({{rect(0, 0, 100, 50), {}}}, {rect(300, 0, 50, 50)}, 10, 500);
    ASSERT_TRUE(offset);
    EXPECT_EQ(offset->x, 0);
    EXPECT_EQ(offset->y, 0);
}

TEST(FreeSpot, ACoveredGroupTakesTheNearestFreeGridSpotKeepingTheGap)
{
    // Down by the obstacle's height and the gap is nearer than right by its width.
    const auto offset =
        nearestFreeOffset({{rect(0, 0, 100, 50), {}}}, {rect(0, 0, 100, 50)}, 10, 500);
    ASSERT_TRUE(offset);
    EXPECT_EQ(offset->x, 0);
    EXPECT_EQ(offset->y, 60);
}

TEST(FreeSpot, AFrameKeepsTheGroupInsideIt)
{
    // Going down would leave the frame: the spot on the right is the nearest inside.
    const Rect frame = rect(0, 0, 300, 60);
    const auto offset =
        nearestFreeOffset({{rect(0, 0, 100, 50), frame}}, {rect(0, 0, 100, 50)}, 10, 500);
    ASSERT_TRUE(offset);
    EXPECT_EQ(offset->x, 110);
    EXPECT_EQ(offset->y, 0);
}

TEST(FreeSpot, NoSpotWithinTheDistanceIsNone)
{
    const Rect frame = rect(0, 0, 100, 50);
    EXPECT_FALSE(nearestFreeOffset({{rect(0, 0, 100, 50), frame}}, {rect(0, 0, 100, 50)}, 10, 500));
}

Topology placedFixture(const std::string& name)
{
    Topology t = loadFixture(name);
    AutoLayout::place(t);
    return t;
}

std::vector<Rect> cardsOf(const Topology& t)
{
    std::vector<Rect> cards;
    for (const Server& s : t.servers)
        cards.push_back(serverCard(*s.layout));
    for (const LoadBalancer& lb : t.loadBalancers)
        cards.push_back(nodeCard(*lb.layout));
    for (const Database& db : t.databases)
        cards.push_back(nodeCard(*db.layout));
    for (const MessageQueue& mq : t.messageQueues)
        cards.push_back(nodeCard(*mq.layout));
    return cards;
}

void expectNoCardsOverlap(const Topology& t)
{
    const std::vector<Rect> cards = cardsOf(t);
    for (std::size_t i = 0; i < cards.size(); ++i)
        for (std::size_t j = i + 1; j < cards.size(); ++j)
            EXPECT_FALSE(overlaps(cards[i], cards[j]))
                << "cards " << i << " and " << j << " overlap";
}

TEST(PastePlacement, RepeatedPastesOfAServerLandFreeInsideItsEnvironment)
{
    Topology t = placedFixture("factory-standard");
    ASSERT_TRUE(cardsOf(t).size() > 0);
    const std::string text = copyFragment(t, {"prod-fe1"});
    const Rect frame = *findById(t.environments, "prod")->layout;
    std::vector<Point> places;
    for (int paste = 1; paste <= 3; ++paste) {
        PasteOptions options;
        options.dx = options.dy = kPasteOffset * paste;
        const auto result = pasteFragment(t, text, options);
        ASSERT_TRUE(result);
        result->patch.apply(t);
        const Server* copy = findById(t.servers, result->ids.front());
        ASSERT_NE(copy, nullptr);
        EXPECT_EQ(copy->environment, "prod");
        EXPECT_TRUE(contains(frame, serverCard(*copy->layout))) << "paste " << paste;
        EXPECT_EQ(int(copy->layout->x) % int(kGrid), 0);
        EXPECT_EQ(int(copy->layout->y) % int(kGrid), 0);
        for (const Point& p : places)
            EXPECT_FALSE(p == *copy->layout) << "paste " << paste << " on an earlier copy";
        places.push_back(*copy->layout);
    }
    expectNoCardsOverlap(t);
}

TEST(PastePlacement, AFullEnvironmentGrowsAroundThePastedServer)
{
    Topology t = placedFixture("factory-standard");
    // Production's frame shrunk around one server: no free spot inside.
    Environment& prod = *findById(t.environments, "prod");
    prod.layout = adjusted(serverCard(*findById(t.servers, "prod-fe1")->layout), 20, 36, 20, 20);
    const double heightBefore = prod.layout->height;

    const auto result = duplicateElements(t, {"prod-fe1"});
    ASSERT_TRUE(result);
    result->patch.apply(t);
    const Server* copy = findById(t.servers, result->ids.front());
    const Rect grown = *findById(t.environments, "prod")->layout;
    EXPECT_GT(grown.height, heightBefore);
    EXPECT_TRUE(contains(grown, serverCard(*copy->layout)));
    for (const Server& s : t.servers)
        if (s.id != copy->id) {
            EXPECT_FALSE(overlaps(serverCard(*s.layout), serverCard(*copy->layout))) << s.id;
        }
}

TEST(PastePlacement, ADuplicatedEnvironmentKeepsClearOfTheOtherFrames)
{
    Topology t = placedFixture("factory-standard");
    std::vector<std::string> ids{"qa"};
    for (const Server& s : t.servers)
        if (s.environment == "qa")
            ids.push_back(s.id);
    const auto result = duplicateElements(t, ids);
    ASSERT_TRUE(result);
    result->patch.apply(t);
    const Rect copy = *findById(t.environments, result->ids.front())->layout;
    for (const Environment& env : t.environments)
        if (env.id != result->ids.front()) {
            EXPECT_FALSE(overlaps(copy, *env.layout)) << env.id;
        }
    expectNoCardsOverlap(t);
}

} // namespace
} // namespace topo
