#include "EditTestSupport.h"

#include "core/edit/Arrange.h"
#include "core/edit/EditOperations.h"
#include "core/edit/EditSequence.h"
#include "core/edit/ElementArrays.h"
#include "core/layout/Geometry.h"

namespace topo {
namespace {

using test::loadFixture;
using test::saved;

Topology applied(const Topology& topology, const TopologyPatch& patch)
{
    Topology after = topology;
    patch.apply(after);
    return after;
}

Point at(const Topology& topology, const std::string& id)
{
    if (const Server* s = findById(topology.servers, id))
        return *s->layout;
    return *findById(topology.loadBalancers, id)->layout;
}

TEST(Arrange, AligningLeftPutsEveryCardOnTheLeftmostEdgeInAColumnWithoutOverlaps)
{
    const Topology t = loadFixture("factory-standard");
    const Topology after =
        applied(t, alignElements(t, {"prod-fe2", "prod-fe1", "lb-prod"}, Alignment::Left));
    EXPECT_EQ(at(after, "prod-fe1").x, 940);
    EXPECT_EQ(at(after, "prod-fe2").x, 940);
    EXPECT_EQ(at(after, "lb-prod").x, 940);
    // PROD-FE-01 keeps its row (200); PROD-FE-02, in the same row, goes below it (card 84
    // high, gap 20); LB-PROD would then land on PROD-FE-02 and DB-PROD (480..564): it goes
    // past both.
    EXPECT_EQ(at(after, "prod-fe1").y, 200);
    EXPECT_EQ(at(after, "prod-fe2").y, 304);
    EXPECT_EQ(at(after, "lb-prod").y, 584);
}

TEST(Arrange, AligningRightLinesUpRightEdgesOfCardsOfDifferentWidths)
{
    const Topology t = loadFixture("factory-standard");
    // A server card is 160 wide, a load balancer's 140: the rightmost edge is LB-PROD's, 1260.
    const Topology after = applied(t, alignElements(t, {"prod-fe1", "lb-prod"}, Alignment::Right));
    EXPECT_EQ(at(after, "prod-fe1").x, 1100);
    EXPECT_EQ(at(after, "lb-prod").x, 1120);
}

TEST(Arrange, AligningMiddlesCentresEveryCardOnTheSelectionsMiddleLine)
{
    const Topology t = loadFixture("factory-standard");
    // PROD-DC spans 60 to 144 and PROD-FE-01 200 to 284: the middle line is at 172.
    const Topology after =
        applied(t, alignElements(t, {"prod-dc", "prod-fe1"}, Alignment::VerticalCenter));
    EXPECT_EQ(at(after, "prod-dc").y, 130);
    EXPECT_EQ(at(after, "prod-fe1").y, 130);
}

TEST(Arrange, AligningOneElementIsNoEdit)
{
    const Topology t = loadFixture("factory-standard");
    EXPECT_TRUE(alignElements(t, {"prod-fe1"}, Alignment::Top).empty());
    EXPECT_TRUE(alignElements(t, {"prod-fe1", "no-such-id"}, Alignment::Top).empty());
}

TEST(Arrange, DistributingSpacesTheMiddleCardsEvenlyBetweenTheOutermostTwo)
{
    const Topology t = loadFixture("factory-standard");
    // LT-01 spans 40 to 200 and PROD-FE-03 1300 to 1460: three cards of 160 leave two gaps
    // of 470, so QA-01 starts at 670.
    const TopologyPatch patch =
        distributeElements(t, {"prod-fe3", "qa-1", "lt-1"}, Axis::Horizontal);
    const Topology after = applied(t, patch);
    EXPECT_EQ(at(after, "lt-1").x, 40);
    EXPECT_EQ(at(after, "qa-1").x, 670);
    EXPECT_EQ(at(after, "prod-fe3").x, 1300);
    EXPECT_EQ(at(after, "qa-1").y, 60);
    Topology undone = after;
    patch.revert(undone);
    EXPECT_EQ(saved(undone), saved(t));
}

TEST(Arrange, DistributingTwoElementsIsNoEdit)
{
    const Topology t = loadFixture("factory-standard");
    EXPECT_TRUE(distributeElements(t, {"lt-1", "qa-1"}, Axis::Vertical).empty());
}

TEST(EditSequence, SeveralMovesFoldIntoOnePatchThatUndoesAtOnce)
{
    const Topology t = loadFixture("factory-standard");
    EditSequence edits(t);
    edits.add(moveElements(edits.current(), {"lt-1"}, 10, 0));
    edits.add(moveElements(edits.current(), {"lt-1", "dev-1"}, 0, 20));
    const TopologyPatch patch = edits.patch();
    Topology after = applied(t, patch);
    EXPECT_EQ(at(after, "lt-1").x, 50);
    EXPECT_EQ(at(after, "lt-1").y, 80);
    EXPECT_EQ(at(after, "dev-1").y, 80);
    EXPECT_EQ(saved(after), saved(edits.current()));
    patch.revert(after);
    EXPECT_EQ(saved(after), saved(t));
}

TEST(EditSequence, NoEditsGiveAnEmptyPatch)
{
    const Topology t = loadFixture("factory-standard");
    EditSequence edits(t);
    edits.add(TopologyPatch{});
    EXPECT_TRUE(edits.patch().empty());
}

TEST(Geometry, ThePointFindsTheSmallestEnvironmentFrameHoldingIt)
{
    Topology t;
    t.environments.push_back(Environment{});
    t.environments.back().id = "outer";
    t.environments.back().layout = Rect{0, 0, 1000, 800};
    t.environments.push_back(Environment{});
    t.environments.back().id = "inner";
    t.environments.back().layout = Rect{100, 100, 200, 200};
    EXPECT_EQ(layout::environmentAt(t, Point{150, 150})->id, "inner");
    EXPECT_EQ(layout::environmentAt(t, Point{300, 300})->id, "inner") << "edges belong";
    EXPECT_EQ(layout::environmentAt(t, Point{500, 500})->id, "outer");
    EXPECT_EQ(layout::environmentAt(t, Point{1200, 10}), nullptr);
}

} // namespace
} // namespace topo
