#include "EditTestSupport.h"

#include "core/edit/ElementArrays.h"
#include "core/edit/ElementLookup.h"
#include "core/layout/AutoLayout.h"
#include "core/layout/Geometry.h"
#include "core/layout/ReadingOrder.h"

#include <algorithm>

namespace topo {
namespace {

using namespace layout;
using test::loadFixture;

std::size_t indexOf(const std::vector<std::string>& order, const std::string& id)
{
    return std::size_t(std::find(order.begin(), order.end(), id) - order.begin());
}

TEST(ReadingOrder, EachEnvironmentComesWithItsContentTopToBottomLeftToRight)
{
    Topology t = loadFixture("factory-standard");
    AutoLayout::place(t);
    const std::vector<std::string> order = readingOrder(t);
    ASSERT_FALSE(order.empty());
    // Every element with a place is there once.
    std::size_t placed = 0;
    forEachArray(t, [&](const auto& items) {
        for (const auto& item : items)
            if (elementRect(t, item.id))
                ++placed;
    });
    EXPECT_EQ(order.size(), placed);
    // An environment's content follows its frame, before the next environment.
    std::vector<std::size_t> frames;
    for (const Environment& env : t.environments)
        frames.push_back(indexOf(order, env.id));
    std::sort(frames.begin(), frames.end());
    for (const Server& s : t.servers) {
        const std::size_t own = indexOf(order, s.environment);
        const std::size_t at = indexOf(order, s.id);
        EXPECT_GT(at, own) << s.id;
        const auto next = std::upper_bound(frames.begin(), frames.end(), own);
        if (next != frames.end()) {
            EXPECT_LT(at, *next) << s.id << " read after the next environment";
        }
    }
    // Within an environment: a card above comes first; side by side, the left one.
    for (const Server& a : t.servers)
        for (const Server& b : t.servers) {
            if (a.environment != b.environment || a.id == b.id)
                continue;
            const bool sameLine = std::abs(a.layout->y - b.layout->y) < 1;
            if ((sameLine && a.layout->x < b.layout->x) || a.layout->y + 84 <= b.layout->y) {
                EXPECT_LT(indexOf(order, a.id), indexOf(order, b.id)) << a.id << " " << b.id;
            }
        }
}

TEST(ReadingOrder, EnvironmentsSideBySideReadLeftToRightEvenWhenTheirTopsDiffer)
{
    Topology t;
    Environment left;
    left.id = "left";
    left.layout = Rect{0, 30, 200, 200, {}};
    Environment right;
    right.id = "right";
    right.layout = Rect{300, 0, 200, 200, {}};
    Environment below;
    below.id = "below";
    below.layout = Rect{0, 400, 200, 200, {}};
    t.environments = {below, right, left};
    EXPECT_EQ(readingOrder(t), (std::vector<std::string>{"left", "right", "below"}))
        << "tops within half a frame make one line, read left to right";
}

} // namespace
} // namespace topo
