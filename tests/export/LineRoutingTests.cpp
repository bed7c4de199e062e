// The connection lines: each relation drawn its own way, lines that go round the cards
// between their ends, LifeTime's lines that keep out of the frames.
#include "ExportTestSupport.h"

#include "editor/paint/ConnectionRouter.h"
#include "editor/paint/LineObstacles.h"
#include "editor/paint/SceneGeometry.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>

#include <map>

namespace topo {
namespace {

using paint::LineObstacles;

// A design of named rectangles: servers for cards, environments for frames.
struct Board {
    Topology topology;
    std::map<std::string, QRectF> rects;

    void card(const std::string& id, const QRectF& r)
    {
        Server s;
        s.id = id;
        topology.servers.push_back(s);
        rects[id] = r;
    }
    void frame(const std::string& id, const QRectF& r)
    {
        Environment e;
        e.id = id;
        topology.environments.push_back(e);
        rects[id] = r;
    }
    RectLookup lookup() const
    {
        return [this](const std::string& id) -> std::optional<QRectF> {
            const auto it = rects.find(id);
            return it == rects.end() ? std::nullopt : std::optional<QRectF>(it->second);
        };
    }
};

int cardsOn(const QPolygonF& route, const LineObstacles& obstacles, const QRectF& from,
            const QRectF& to)
{
    int count = 0;
    for (qsizetype i = 1; i < route.size(); ++i)
        count += obstacles.cardsCrossed(route[i - 1], route[i], from, to);
    return count;
}

TEST(LineStyles, EachRelationHasItsOwnColourAndItsOwnStroke)
{
    const ConnectionKind kinds[] = {ConnectionKind::LoadBalancing, ConnectionKind::Database,
                                    ConnectionKind::Queue, ConnectionKind::Management};
    for (const Theme& theme : {Theme::light(), Theme::dark()})
        for (const ConnectionKind a : kinds)
            for (const ConnectionKind b : kinds) {
                if (a == b)
                    continue;
                const QPen pa = paint::connectionPen(a, theme, false);
                const QPen pb = paint::connectionPen(b, theme, false);
                EXPECT_NE(pa.color().rgb(), pb.color().rgb()) << int(a) << " vs " << int(b);
                EXPECT_TRUE(pa.style() != pb.style() || pa.dashPattern() != pb.dashPattern())
                    << int(a) << " vs " << int(b);
            }
}

TEST(LineRouting, ALineGoesRoundACardBetweenItsEnds)
{
    // A load balancer above a server further right; the straight route bends 12 units below
    // the balancer, right through a card standing there.
    Board board;
    board.card("lb", QRectF(0, 0, 140, 84));
    board.card("fe", QRectF(400, 300, 160, 84));
    board.card("in-the-way", QRectF(150, 60, 160, 84));
    const RectLookup rectOf = board.lookup();
    const LineObstacles obstacles(board.topology, rectOf);
    const QRectF from = board.rects["lb"];
    const QRectF to = board.rects["fe"];
    const QPolygonF plain = paint::routeConnection(from, to, ConnectionKind::LoadBalancing, 0);
    ASSERT_EQ(cardsOn(plain, obstacles, from, to), 1) << "the case this test is about";
    const QPolygonF around =
        paint::routeAround(from, to, ConnectionKind::LoadBalancing, 0, obstacles);
    EXPECT_EQ(cardsOn(around, obstacles, from, to), 0);
    EXPECT_EQ(around.front(), plain.front()) << "it leaves the same place";
    EXPECT_EQ(around.back(), plain.back()) << "and arrives at the same place";
}

TEST(LineRouting, NoLineOfAPlacedFixtureRunsThroughACard)
{
    for (const char* name :
         {"factory-standard", "example-2-production-farm", "example-3-lifetime",
          "example-4-production-zones", "software-and-time", "upgrade-readiness"}) {
        const Topology t = test::loadPlacedFixture(name);
        const auto rects = elementRects(t);
        const RectLookup rectOf = [&](const std::string& id) -> std::optional<QRectF> {
            const auto it = rects.find(id);
            return it == rects.end() ? std::nullopt : std::optional<QRectF>(it->second);
        };
        const LineObstacles obstacles(t, rectOf);
        const std::vector<Connection> connections = deriveConnections(t);
        const auto routes = paint::routeConnections(connections, rectOf, &obstacles);
        for (std::size_t i = 0; i < connections.size(); ++i) {
            ASSERT_TRUE(routes[i]);
            const Connection& c = connections[i];
            EXPECT_EQ(cardsOn(*routes[i], obstacles, *rectOf(c.from), *rectOf(c.to)), 0)
                << name << ": " << c.from << " -> " << c.to;
        }
    }
}

TEST(LineRouting, LifeTimesLineToAFrameBelowKeepsOutOfTheLifeTimeFrame)
{
    Board board;
    board.frame("lt", QRectF(0, 0, 400, 300));
    board.card("db-lt", QRectF(20, 200, 140, 84));
    board.card("rmq-lt", QRectF(200, 200, 140, 84));
    board.frame("prod", QRectF(0, 340, 400, 300));
    const RectLookup rectOf = board.lookup();
    const LineObstacles obstacles(board.topology, rectOf);
    const std::vector<Connection> lines = {{"lt", "prod", ConnectionKind::Management}};
    const auto route = paint::routeConnections(lines, rectOf, &obstacles).front();
    ASSERT_TRUE(route);
    for (qsizetype i = 1; i < route->size(); ++i) {
        EXPECT_EQ(obstacles.framesCrossed((*route)[i - 1], (*route)[i]), 0) << i;
        EXPECT_EQ(obstacles.cardsCrossed((*route)[i - 1], (*route)[i], {}, {}), 0) << i;
    }
    EXPECT_EQ(route->back().x(), 0) << "into the managed frame's left side";
}

} // namespace
} // namespace topo

namespace topo {
namespace {

// How many pixels of `image` inside `area` (scene units at `scale`) are near white.
int whitePixels(const QImage& image, const QRectF& area, double scale)
{
    const QRect box = QRectF(area.topLeft() * scale, area.size() * scale).toAlignedRect();
    int count = 0;
    for (int y = std::max(0, box.top()); y <= box.bottom() && y < image.height(); ++y)
        for (int x = std::max(0, box.left()); x <= box.right() && x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 230 && c.green() > 230 && c.blue() > 230)
                ++count;
        }
    return count;
}

TEST(ZoomedOut, FramesAndCardsKeepTheirNamesWhereTextIsSmall)
{
    // At a quarter of the size, below the scale where the painter draws plain shapes, each
    // frame's title band still carries its name (white on the purpose colour).
    const Topology t = test::loadPlacedFixture("factory-standard");
    const double scale = 0.25;
    const auto bounds = designBounds(t);
    QImage image((QSizeF(bounds.right(), bounds.bottom()) * scale).toSize() + QSize(2, 2),
                 QImage::Format_ARGB32);
    image.fill(Qt::black);
    {
        QPainter p(&image);
        p.scale(scale, scale);
        PaintOptions options;
        options.background = false;
        paintDesign(p, t, {}, options);
    }
    for (const Environment& env : t.environments) {
        const QRectF band(env.layout->x, env.layout->y, env.layout->width, 36);
        EXPECT_GT(whitePixels(image, band, scale), 8) << env.name << " has its name";
    }
}

} // namespace
} // namespace topo
