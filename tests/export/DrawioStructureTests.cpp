// The draw.io file of every fixture loads (every cell's parent and terminals exist), and its
// edges are the picture's lines: the router's points as waypoints, the painter's pens.

#include "CliRunner.h"
#include "DrawioReader.h"
#include "ExportTestSupport.h"
#include "editor/export/DrawioWriter.h"
#include "editor/paint/ConnectionRouter.h"
#include "editor/paint/LineObstacles.h"
#include "editor/paint/SceneGeometry.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <set>

namespace topo::test {
namespace {

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

// Every file of a design: the whole of it and each environment alone.
std::vector<std::pair<std::string, QByteArray>> filesOf(const Topology& t)
{
    std::vector<std::pair<std::string, QByteArray>> files{{"whole design", drawioBytes(t)}};
    for (const Environment& env : t.environments)
        files.emplace_back("environment " + env.id, drawioBytes(t, env.id));
    return files;
}

class DrawioOfEveryFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(DrawioOfEveryFixture, IsWellFormedAndEveryCellHangsOnAWrittenParent)
{
    const Topology t = loadPlacedFixture(GetParam());
    for (const auto& [scope, bytes] : filesOf(t)) {
        SCOPED_TRACE(scope);
        const DrawioFile file = readDrawio(bytes);
        ASSERT_TRUE(file.error.isEmpty()) << file.error.toStdString();
        EXPECT_TRUE(file.duplicateIds.isEmpty())
            << file.duplicateIds.join(QLatin1Char(' ')).toStdString();
        ASSERT_TRUE(file.cells.contains(QStringLiteral("0")));
        ASSERT_TRUE(file.cells.contains(QStringLiteral("1")));
        int shapes = 0;
        for (const DrawioCell& cell : file.cells) {
            if (cell.id == QStringLiteral("0"))
                continue;
            EXPECT_TRUE(file.cells.contains(cell.parent))
                << cell.id.toStdString() << " has no parent " << cell.parent.toStdString();
            // A parent is the layer or a container written before its children.
            EXPECT_LT(file.order.indexOf(cell.parent), file.order.indexOf(cell.id));
            if (cell.parent != QStringLiteral("0") && cell.parent != QStringLiteral("1")) {
                EXPECT_EQ(file.cells[cell.parent].styleValue(QStringLiteral("container")),
                          QStringLiteral("1"))
                    << cell.parent.toStdString();
            }
            if (cell.edge) {
                EXPECT_TRUE(file.cells.contains(cell.source)) << cell.source.toStdString();
                EXPECT_TRUE(file.cells.contains(cell.target)) << cell.target.toStdString();
            }
            if (cell.vertex) {
                ++shapes;
                EXPECT_GT(cell.geometry.width(), 0) << cell.id.toStdString();
                EXPECT_GT(cell.geometry.height(), 0) << cell.id.toStdString();
            }
        }
        EXPECT_GT(shapes, 0);
    }
}

// Where the style pins an edge's end on its terminal, in scene coordinates.
QPointF pinned(const DrawioFile& file, const DrawioCell& edge, const QString& end,
               const QString& terminal)
{
    const DrawioCell& cell = file.cells[terminal];
    const QRectF rect = cell.geometry.translated(file.absoluteOrigin(cell.parent));
    return {rect.left() + edge.styleValue(end + QStringLiteral("X")).toDouble() * rect.width(),
            rect.top() + edge.styleValue(end + QStringLiteral("Y")).toDouble() * rect.height()};
}

void expectNear(const QPointF& actual, const QPointF& expected, const std::string& what)
{
    EXPECT_NEAR(actual.x(), expected.x(), 1e-6) << what;
    EXPECT_NEAR(actual.y(), expected.y(), 1e-6) << what;
}

TEST_P(DrawioOfEveryFixture, EdgesRunAlongTheRoutesOfThePicture)
{
    const Topology t = loadPlacedFixture(GetParam());
    const DrawioFile file = readDrawio(drawioBytes(t));
    const auto rects = elementRects(t);
    const RectLookup rectOf = [&](const std::string& id) -> std::optional<QRectF> {
        const auto it = rects.find(id);
        return it == rects.end() ? std::nullopt : std::optional<QRectF>(it->second);
    };
    const std::vector<Connection> connections = deriveConnections(t);
    const paint::LineObstacles obstacles(t, rectOf);
    const auto routes = paint::routeConnections(connections, rectOf, &obstacles);
    ASSERT_FALSE(connections.empty());
    for (std::size_t i = 0; i < connections.size(); ++i) {
        const QString id = QStringLiteral("edge:%1").arg(i + 1);
        ASSERT_TRUE(routes[i]);
        ASSERT_TRUE(file.cells.contains(id)) << id.toStdString();
        const DrawioCell& edge = file.cells[id];
        const QPolygonF& route = *routes[i];
        EXPECT_EQ(edge.source, q(connections[i].from));
        EXPECT_EQ(edge.target, q(connections[i].to));
        EXPECT_EQ(edge.styleValue(QStringLiteral("edgeStyle")), QStringLiteral("none"))
            << "draw.io must not re-route the line";
        // The waypoints are the route's bends, relative to the edge's parent.
        const QPointF origin = file.absoluteOrigin(edge.parent);
        ASSERT_EQ(edge.points.size(), std::size_t(route.size() - 2)) << id.toStdString();
        for (std::size_t k = 0; k < edge.points.size(); ++k)
            expectNear(edge.points[k] + origin, route[qsizetype(k + 1)], id.toStdString());
        // Its ends are where the route leaves and enters the shapes, not on a perimeter.
        EXPECT_EQ(edge.styleValue(QStringLiteral("exitPerimeter")), QStringLiteral("0"));
        EXPECT_EQ(edge.styleValue(QStringLiteral("entryPerimeter")), QStringLiteral("0"));
        expectNear(pinned(file, edge, QStringLiteral("exit"), edge.source), route.front(),
                   id.toStdString() + " exit");
        expectNear(pinned(file, edge, QStringLiteral("entry"), edge.target), route.back(),
                   id.toStdString() + " entry");
    }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, DrawioOfEveryFixture, ::testing::ValuesIn(fixtureNames()),
                         [](const auto& info) {
                             std::string name = info.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

// factory-standard: no zones, so every shape inside a frame hangs on its environment; the
// shared database sits over the edge of LifeTime's frame, outside every frame.
TEST(DrawioEdges, AnEdgeBelongsToTheFrameItStaysInElseToTheTopLevel)
{
    const Topology t = loadPlacedFixture("factory-standard");
    const DrawioFile file = readDrawio(drawioBytes(t));
    int inside = 0;
    int withinFrameToShared = 0;
    int acrossFrames = 0;
    for (const DrawioCell& cell : file.cells) {
        if (!cell.edge)
            continue;
        const QString& sourceParent = file.cells[cell.source].parent;
        if (file.cells[cell.target].parent == sourceParent) {
            ++inside;
            EXPECT_EQ(cell.parent, sourceParent) << cell.id.toStdString();
            continue;
        }
        // Between frames, or from a frame to the shared database: in the source's frame when
        // every bend lies inside it, else at the top level.
        const QRectF frame =
            sourceParent == QStringLiteral("1") ? QRectF() : file.cells[sourceParent].geometry;
        const QPointF origin = file.absoluteOrigin(cell.parent);
        const bool within = !frame.isNull() && std::all_of(cell.points.begin(), cell.points.end(),
                                                           [&](const QPointF& p) {
                                                               return frame.contains(p + origin);
                                                           });
        ++(within ? withinFrameToShared : acrossFrames);
        EXPECT_EQ(cell.parent, within ? sourceParent : QStringLiteral("1"))
            << cell.id.toStdString();
    }
    EXPECT_EQ(file.cells[QStringLiteral("db-shared")].parent, QStringLiteral("1"));
    EXPECT_GT(inside, 0);
    EXPECT_GT(withinFrameToShared, 0) << "LifeTime's front-ends to the shared database";
    // dev's and qa's lines to the shared database (LifeTime's management lines join
    // top-level frames: they count as inside the top level).
    EXPECT_EQ(acrossFrames, 2);
}

TEST(DrawioEdges, EachKindIsStrokedWithThePicturesPen)
{
    const Topology t = loadPlacedFixture("factory-standard");
    const DrawioFile file = readDrawio(drawioBytes(t));
    const Theme theme = Theme::light();
    const std::vector<Connection> connections = deriveConnections(t);
    std::set<ConnectionKind> seen;
    for (std::size_t i = 0; i < connections.size(); ++i) {
        const DrawioCell& edge = file.cells[QStringLiteral("edge:%1").arg(i + 1)];
        const QPen pen = paint::connectionPen(connections[i].kind, theme, false);
        seen.insert(connections[i].kind);
        EXPECT_EQ(edge.styleValue(QStringLiteral("strokeColor")), pen.color().name());
        EXPECT_NEAR(edge.styleValue(QStringLiteral("strokeWidth")).toDouble(), pen.widthF(), 1e-9);
        const QString opacity = edge.styleValue(QStringLiteral("strokeOpacity"));
        EXPECT_NEAR(opacity.isEmpty() ? 100 : opacity.toDouble(), pen.color().alphaF() * 100, 0.5);
        const bool dashed = pen.style() != Qt::SolidLine;
        EXPECT_EQ(edge.styleValue(QStringLiteral("dashed")),
                  dashed ? QStringLiteral("1") : QStringLiteral("0"));
        QStringList pattern;
        for (double dash : pen.dashPattern())
            pattern.append(QString::number(dash));
        EXPECT_EQ(edge.styleValue(QStringLiteral("dashPattern")),
                  dashed ? pattern.join(QLatin1Char(' ')) : QString());
    }
    EXPECT_EQ(seen.size(), 4u) << "the fixture has every kind of connection";
}

TEST(DrawioEdges, EachRelationKeepsItsOwnColourAndDashesInDrawio)
{
    // Database lines long blue dashes, queue lines orange dots, load balancing solid: as the
    // picture draws them (connectionPen), in draw.io's own terms.
    const Topology t = loadPlacedFixture("example-2-production-farm");
    const DrawioFile file = readDrawio(drawioBytes(t));
    const std::vector<Connection> connections = deriveConnections(t);
    std::map<ConnectionKind, int> seen;
    for (std::size_t i = 0; i < connections.size(); ++i) {
        const DrawioCell& edge = file.cells[QStringLiteral("edge:%1").arg(i + 1)];
        const QColor colour(edge.styleValue(QStringLiteral("strokeColor")));
        ++seen[connections[i].kind];
        switch (connections[i].kind) {
        case ConnectionKind::Database:
            EXPECT_GT(colour.blue(), 150);
            EXPECT_LT(colour.red(), 100);
            EXPECT_EQ(edge.styleValue(QStringLiteral("dashPattern")), QStringLiteral("7 3"));
            break;
        case ConnectionKind::Queue:
            EXPECT_GT(colour.red(), 200);
            EXPECT_LT(colour.blue(), 60);
            EXPECT_EQ(edge.styleValue(QStringLiteral("dashPattern")), QStringLiteral("1.5 2"));
            break;
        case ConnectionKind::LoadBalancing:
            EXPECT_EQ(edge.styleValue(QStringLiteral("dashed")), QStringLiteral("0"));
            break;
        case ConnectionKind::Management:
            break;
        }
    }
    EXPECT_GT(seen[ConnectionKind::Database], 0);
    EXPECT_GT(seen[ConnectionKind::Queue], 0);
    EXPECT_GT(seen[ConnectionKind::LoadBalancing], 0);
}

} // namespace
} // namespace topo::test
