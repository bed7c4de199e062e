#include "EditTestSupport.h"
#include "Tidiness.h"

#include "core/edit/Arrange.h"
#include "core/edit/EditOperations.h"
#include "core/edit/ElementArrays.h"
#include "core/edit/FrameKeeping.h"
#include "core/edit/RenameElement.h"
#include "core/edit/TidyUp.h"
#include "core/layout/FrameGeometry.h"
#include "core/layout/Geometry.h"
#include "core/layout/LayoutConstants.h"

namespace topo {
namespace {

using namespace layout;
using test::placedFixture;
using test::saved;
using test::untidiness;

Environment environment(const std::string& id, const Rect& frame)
{
    Environment env;
    env.id = id;
    env.name = id;
    env.layout = frame;
    return env;
}

Server server(const std::string& id, const std::string& env, double x, double y)
{
    Server s;
    s.id = id;
    s.name = id;
    s.environment = env;
    s.roles = {Role::Frontend};
    s.layout = Point{x, y};
    return s;
}

// Two environments side by side, each with one server inside: A at (0, 0), B at (500, 0).
Topology twoFrames()
{
    Topology t;
    t.environments.push_back(environment("a", Rect{0, 0, 400, 300}));
    t.environments.push_back(environment("b", Rect{500, 0, 400, 300}));
    t.servers.push_back(server("a-1", "a", 20, 60));
    t.servers.push_back(server("b-1", "b", 520, 60));
    return t;
}

Topology applied(const Topology& t, const TopologyPatch& patch)
{
    Topology after = t;
    patch.apply(after);
    return after;
}

const Rect& frameOf(const Topology& t, const std::string& id)
{
    return *findById(t.environments, id)->layout;
}

TEST(FrameKeeping, ANewFrameOnFreeGroundStaysWhereItWasDropped)
{
    const Topology t = twoFrames();
    TopologyPatch add;
    add.add(environment("c", Rect{0, 400, 420, 280}), 2);
    const Topology after = applied(t, keepFramesApart(t, add));
    EXPECT_EQ(frameOf(after, "c"), (Rect{0, 400, 420, 280}));
}

TEST(FrameKeeping, ANewFrameDroppedOnAnotherGoesToTheNearestFreePlace)
{
    const Topology t = twoFrames();
    TopologyPatch add;
    add.add(environment("c", Rect{100, 100, 420, 280}), 2);
    const Topology after = applied(t, keepFramesApart(t, add));
    // Down below A and B (their bottom 300 plus the gap of 20) is nearer than any way
    // sideways.
    EXPECT_EQ(frameOf(after, "c"), (Rect{100, 320, 420, 280}));
    EXPECT_TRUE(untidiness(after).empty());
}

TEST(FrameKeeping, AFrameMovedOntoAnotherGoesToTheNearestFreePlaceWithItsContent)
{
    const Topology t = twoFrames();
    const Topology after = applied(t, keepFramesApart(t, moveElements(t, {"a"}, 300, 0)));
    // Dropped at x 300, over B (500..900): back left to 80 (B's left edge minus the gap and
    // A's width) is the nearest free place.
    EXPECT_EQ(frameOf(after, "a").x, 80);
    EXPECT_EQ(frameOf(after, "a").y, 0);
    EXPECT_EQ(findById(after.servers, "a-1")->layout->x, 100) << "the server moves along";
    EXPECT_EQ(frameOf(after, "b"), frameOf(t, "b")) << "the frame in place keeps its place";
}

TEST(FrameKeeping, ACardMovedToTheEdgeGrowsItsFrameAndTheFramePushesItsNeighbour)
{
    const Topology t = twoFrames();
    // A-1 dragged to x 300 hangs out of A (right edge 400): A grows to 480, still clear of
    // B at 500.
    const Topology grown = applied(t, keepFramesApart(t, moveElements(t, {"a-1"}, 280, 0)));
    EXPECT_TRUE(contains(contentArea(frameOf(grown, "a")), *elementRect(grown, "a-1")));
    EXPECT_EQ(frameOf(grown, "a").width, 480);
    EXPECT_EQ(frameOf(grown, "b"), frameOf(t, "b"));

    // Dragged to x 400, A grows to 580, over B: B goes right, the environment gap of 40
    // away, with its server.
    const Topology pushed = applied(t, keepFramesApart(t, moveElements(t, {"a-1"}, 380, 0)));
    EXPECT_EQ(frameOf(pushed, "a").width, 580);
    EXPECT_EQ(frameOf(pushed, "b").x, 620);
    EXPECT_EQ(findById(pushed.servers, "b-1")->layout->x, 640) << "B's server moves along";
    EXPECT_TRUE(untidiness(pushed).empty());
}

TEST(FrameKeeping, APushedFramePushesTheNextOneAndTheShorterWayOutIsTaken)
{
    Topology t = twoFrames();
    t.environments.push_back(environment("c", Rect{940, 0, 400, 300}));
    // A grows 300 to the right: B goes right past it, and C past B.
    TopologyPatch resize =
        editElements<Environment>(t, {"a"}, [](Environment& e) { e.layout->width = 700; });
    const Topology after = applied(t, keepFramesApart(t, resize));
    EXPECT_EQ(frameOf(after, "a").width, 700) << "the resized frame keeps its new size";
    EXPECT_EQ(frameOf(after, "b").x, 740);
    EXPECT_EQ(frameOf(after, "c").x, 1180);
    EXPECT_TRUE(untidiness(after).empty());

    // Grown downwards instead, onto a frame below: that one goes down, not right.
    Topology below = twoFrames();
    below.environments.push_back(environment("d", Rect{0, 340, 400, 300}));
    TopologyPatch taller =
        editElements<Environment>(below, {"a"}, [](Environment& e) { e.layout->height = 400; });
    const Topology pushed = applied(below, keepFramesApart(below, taller));
    EXPECT_EQ(frameOf(pushed, "d"), (Rect{0, 440, 400, 300}));
}

TEST(FrameKeeping, AnEditThatPlacesNothingIsLeftAsItIs)
{
    Topology t = twoFrames();
    t.environments.push_back(environment("over", Rect{100, 100, 400, 300})); // the file's own
    const TopologyPatch rename = renameElement(t, "b-1", "B-01");
    const TopologyPatch kept = keepFramesApart(t, rename);
    EXPECT_EQ(saved(applied(t, kept)), saved(applied(t, rename)));
    EXPECT_EQ(frameOf(applied(t, kept), "over"), (Rect{100, 100, 400, 300}))
        << "an overlap the design had is not the edit's to resolve";
}

TEST(FrameKeeping, UndoingTheKeptEditRestoresTheDesign)
{
    const Topology t = twoFrames();
    const TopologyPatch kept = keepFramesApart(t, moveElements(t, {"a-1"}, 280, 0));
    Topology undone = applied(t, kept);
    kept.revert(undone);
    EXPECT_EQ(saved(undone), saved(t));
}

TEST(FrameKeeping, EveryEnvironmentOfEveryFixtureDroppedOnAnotherEndsClear)
{
    for (const char* name :
         {"factory-standard", "example-1-nonproduction", "example-4-production-zones",
          "software-and-time", "upgrade-readiness"}) {
        const Topology t = placedFixture(name);
        ASSERT_TRUE(untidiness(t).empty()) << name << " opens tidy";
        for (const Environment& moved : t.environments)
            for (const Environment& target : t.environments) {
                if (moved.id == target.id)
                    continue;
                const double dx = target.layout->x + 20 - moved.layout->x;
                const double dy = target.layout->y + 20 - moved.layout->y;
                const Topology after =
                    applied(t, keepFramesApart(t, moveElements(t, {moved.id}, dx, dy)));
                EXPECT_EQ(untidiness(after), std::vector<std::string>{})
                    << name << ": " << moved.id << " dropped on " << target.id;
            }
    }
}

// A wide frame A holding a row of three servers (A-1 at x 20, A-2 and A-3 at the given x) and
// frame B below it.
Topology rowOfThree(double secondX, double thirdX)
{
    Topology t = twoFrames();
    t.environments[0].layout = Rect{0, 0, 800, 300};
    t.environments[1].layout = Rect{0, 400, 400, 300};
    t.servers[1] = server("b-1", "b", 20, 460);
    t.servers.push_back(server("a-2", "a", secondX, 60));
    t.servers.push_back(server("a-3", "a", thirdX, 60));
    return t;
}

TEST(Arrange, AligningARowOnOneEdgeStacksTheCardsWithoutOverlap)
{
    const Topology t = rowOfThree(200, 380);
    const Topology after =
        applied(t, keepFramesApart(t, alignElements(t, {"a-1", "a-2", "a-3"}, Alignment::Left)));
    for (const char* id : {"a-1", "a-2", "a-3"})
        EXPECT_EQ(findById(after.servers, id)->layout->x, 20) << id;
    // One column, in their order from left to right, the card gap apart.
    EXPECT_EQ(findById(after.servers, "a-1")->layout->y, 60);
    EXPECT_EQ(findById(after.servers, "a-2")->layout->y, 60 + kServerCardHeight + kCardGapY);
    EXPECT_EQ(findById(after.servers, "a-3")->layout->y, 60 + 2 * (kServerCardHeight + kCardGapY));
    EXPECT_EQ(untidiness(after), std::vector<std::string>{}) << "A grows around the column";
}

TEST(Arrange, DistributingInTooShortASpanKeepsTheCardGap)
{
    const Topology t = rowOfThree(40, 60);
    const Topology after =
        applied(t, distributeElements(t, {"a-1", "a-2", "a-3"}, Axis::Horizontal));
    EXPECT_EQ(findById(after.servers, "a-1")->layout->x, 20);
    EXPECT_EQ(findById(after.servers, "a-2")->layout->x, 20 + kServerCardWidth + kCardGapX);
    EXPECT_EQ(findById(after.servers, "a-3")->layout->x, 20 + 2 * (kServerCardWidth + kCardGapX));
}

TEST(TidyUp, CardsHeapedOnOnePointEndInAGridInsideAFittedFrame)
{
    Topology t = placedFixture("example-4-production-zones");
    const std::string env = t.environments.front().id;
    const Rect before = frameOf(t, env);
    for (Server& s : t.servers)
        if (s.environment == env)
            s.layout = Point{before.x + 30, before.y + 60};
    const Topology after = applied(t, keepFramesApart(t, tidyUp(t, {env})));
    EXPECT_EQ(untidiness(after), std::vector<std::string>{});
    EXPECT_EQ(frameOf(after, env).x, before.x);
    EXPECT_EQ(frameOf(after, env).y, before.y);
}

TEST(TidyUp, FittingAFrameShrinksItToItsContent)
{
    Topology t = twoFrames();
    const Topology after = applied(t, fitFramesToContent(t, {"a"}));
    // A-1 spans 20..180 and 60..144: padding 20 and the title band 36 around it, on the
    // grid (0..200, 0..170), at least the smallest frame's width (240).
    EXPECT_EQ(frameOf(after, "a"), (Rect{0, 0, 240, 170}));
}

} // namespace
} // namespace topo
