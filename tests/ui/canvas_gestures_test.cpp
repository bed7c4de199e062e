// Mouse gestures on the canvas: moves, drops into environments, rubber band, clicks, palette.
#include "RandomEditor.h"
#include "canvas_TestCanvas.h"

#include "core/edit/ElementLookup.h"
#include "editor/paint/ConnectionRouter.h"
#include "editor/paint/LineObstacles.h"
#include "ui/canvas/ConnectionsItem.h"

#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace topo::test {
namespace {

const Server& serverById(const Document& document, const std::string& id)
{
    for (const Server& s : document.topology().servers)
        if (s.id == id)
            return s;
    throw std::runtime_error("no server " + id);
}

// An empty spot inside an environment's frame body: below its lowest content.
QPointF emptySpotIn(const CanvasFixture& canvas, const std::string& envId)
{
    const QRectF frame = canvas.sceneRectOf(envId);
    return {frame.left() + 100, frame.bottom() - 10};
}

TEST(CanvasGestures, DragServerIntoAnotherEnvironmentMovesItThereInOneStep)
{
    auto canvas = openCanvas();
    QWidget* viewport = canvas->view->viewport();
    const int steps = canvas->document->undoStack()->count();
    ASSERT_EQ(serverById(*canvas->document, "dev-1").environment, "dev");

    const QRectF qaFrame = canvas->sceneRectOf("qa");
    const QPointF target(qaFrame.center().x(), qaFrame.bottom() - 60);
    pressMoveRelease(viewport, canvas->centreOf("dev-1"), canvas->toViewport(target));

    const Server& moved = serverById(*canvas->document, "dev-1");
    EXPECT_EQ(moved.environment, "qa");
    ASSERT_TRUE(moved.layout);
    EXPECT_TRUE(qaFrame.contains(QRectF(moved.layout->x, moved.layout->y, 1, 1).center()));
    // Snapped to the grid.
    EXPECT_EQ(int(moved.layout->x) % 10, 0);
    EXPECT_EQ(int(moved.layout->y) % 10, 0);
    EXPECT_EQ(canvas->document->undoStack()->count(), steps + 1);

    canvas->document->undoStack()->undo();
    EXPECT_EQ(serverById(*canvas->document, "dev-1").environment, "dev");
    EXPECT_EQ(canvas->sceneRectOf("dev-1").topLeft(),
              QPointF(serverById(*canvas->document, "dev-1").layout->x,
                      serverById(*canvas->document, "dev-1").layout->y));
}

TEST(CanvasGestures, DragWithinEnvironmentOnlyMovesAndSnaps)
{
    auto canvas = openCanvas();
    const Server before = serverById(*canvas->document, "prod-fe3");
    const QPoint from = canvas->centreOf("prod-fe3");
    pressMoveRelease(canvas->view->viewport(), from, from + QPoint(23, 47));
    const Server& after = serverById(*canvas->document, "prod-fe3");
    EXPECT_EQ(after.environment, "prod");
    EXPECT_DOUBLE_EQ(after.layout->x, before.layout->x + 20);
    EXPECT_DOUBLE_EQ(after.layout->y, before.layout->y + 50);
    EXPECT_EQ(canvas->document->undoStack()->text(canvas->document->undoStack()->count() - 1),
              QStringLiteral("Move PROD-FE-03"));
}

TEST(CanvasGestures, DraggingAnEnvironmentCarriesItsServers)
{
    auto canvas = openCanvas();
    const Server before = serverById(*canvas->document, "qa-1");
    const QRectF frame = canvas->sceneRectOf("qa");
    const QPoint title = canvas->toViewport({frame.left() + 60, frame.top() + 12});
    pressMoveRelease(canvas->view->viewport(), title, title + QPoint(0, 100));
    // The frame's corner snaps to the grid; its server moves by the same offset.
    const QRectF moved = canvas->sceneRectOf("qa");
    EXPECT_EQ(int(moved.top()) % 10, 0);
    EXPECT_NEAR(moved.top() - frame.top(), 100, 5);
    const Server& after = serverById(*canvas->document, "qa-1");
    EXPECT_DOUBLE_EQ(after.layout->y - before.layout->y, moved.top() - frame.top());
    EXPECT_EQ(canvas->document->undoStack()->count(), 1);
}

// The lines on the canvas are what routing every connection afresh gives, whatever moved:
// the canvas reroutes only the lines of what moved.
void expectFreshRoutes(const CanvasFixture& canvas, const char* after)
{
    const CanvasScene* scene = canvas.view->canvasScene();
    const ConnectionsItem* lines = scene->connectionsItem();
    const RectLookup rectOf = [scene](const std::string& id) { return scene->itemRect(id); };
    const paint::LineObstacles obstacles(canvas.document->topology(), rectOf);
    const auto fresh = paint::routeConnections(lines->connections(), rectOf, &obstacles);
    EXPECT_EQ(lines->connections(), deriveConnections(canvas.document->topology())) << after;
    ASSERT_EQ(lines->routes().size(), fresh.size()) << after;
    for (std::size_t i = 0; i < fresh.size(); ++i)
        EXPECT_EQ(lines->routes()[i], fresh[i]) << after << ": " << lines->connections()[i].from
                                                << " -> " << lines->connections()[i].to;
}

TEST(CanvasGestures, LinesAfterEveryGestureAreTheFreshRoutes)
{
    auto canvas = openCanvas();
    QWidget* viewport = canvas->view->viewport();
    const QPoint fe = canvas->centreOf("prod-fe3");
    pressMoveRelease(viewport, fe, fe + QPoint(60, 90));
    expectFreshRoutes(*canvas, "a front-end moved");
    const QRectF qaFrame = canvas->sceneRectOf("qa");
    pressMoveRelease(viewport, canvas->centreOf("dev-1"),
                     canvas->toViewport({qaFrame.center().x(), qaFrame.bottom() - 60}));
    expectFreshRoutes(*canvas, "a server joined another environment");
    const QRectF frame = canvas->sceneRectOf("qa");
    const QPoint title = canvas->toViewport({frame.left() + 60, frame.top() + 12});
    pressMoveRelease(viewport, title, title + QPoint(0, -80));
    expectFreshRoutes(*canvas, "an environment moved");
    canvas->document->undoStack()->undo();
    expectFreshRoutes(*canvas, "undone");
    canvas->document->undoStack()->redo();
    expectFreshRoutes(*canvas, "redone");
}

// The canvas derives its lines again only for a change that can give other ones (a new role,
// target, catalog, environment or purpose), and reroutes only what moved: after every random
// edit, undo and redo the lines and routes are what a fresh derivation and routing give.
TEST(CanvasGestures, LinesAfterEveryRandomEditAreTheFreshOnes)
{
    auto canvas = openCanvas();
    RandomEditor editor(*canvas->document, 20261202u);
    editor.run(300, 5,
               [&canvas](const std::string& what) { expectFreshRoutes(*canvas, what.c_str()); });
}

TEST(CanvasGestures, RubberBandSelectsTheServersInside)
{
    auto canvas = openCanvas();
    QRectF band = canvas->sceneRectOf("prod-fe1").united(canvas->sceneRectOf("prod-fe3"));
    band.adjust(-6, -6, 6, 6);
    pressMoveRelease(canvas->view->viewport(), canvas->toViewport(band.topLeft()),
                     canvas->toViewport(band.bottomRight()));
    QStringList selection = canvas->document->selection();
    selection.sort();
    EXPECT_EQ(selection, (QStringList{QStringLiteral("prod-fe1"), QStringLiteral("prod-fe2"),
                                      QStringLiteral("prod-fe3")}));
}

TEST(CanvasGestures, ClickAndControlClickSelect)
{
    auto canvas = openCanvas();
    QWidget* viewport = canvas->view->viewport();
    click(viewport, canvas->centreOf("qa-1"));
    EXPECT_EQ(canvas->document->selection(), QStringList{QStringLiteral("qa-1")});
    click(viewport, canvas->centreOf("dev-1"), Qt::ControlModifier);
    EXPECT_EQ(canvas->document->selection().size(), 2);
    click(viewport, canvas->centreOf("qa-1"), Qt::ControlModifier);
    EXPECT_EQ(canvas->document->selection(), QStringList{QStringLiteral("dev-1")});
    // A click on the background clears it.
    click(viewport, canvas->toViewport(emptySpotIn(*canvas, "qa")));
    EXPECT_TRUE(canvas->document->selection().isEmpty());
}

TEST(CanvasGestures, PaletteDropCreatesAServerInTheEnvironmentUnderIt)
{
    auto canvas = openCanvas();
    const std::size_t servers = canvas->document->topology().servers.size();
    QMimeData mime;
    mime.setData(QStringLiteral("application/x-topology-palette"), QByteArray("server"));
    const QPointF at = emptySpotIn(*canvas, "qa") - QPointF(0, 40);
    const QPoint pos = canvas->toViewport(at);
    QWidget* viewport = canvas->view->viewport();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    ASSERT_TRUE(enter.isAccepted());
    QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);

    const Topology& t = canvas->document->topology();
    ASSERT_EQ(t.servers.size(), servers + 1);
    const Server& added = t.servers.back();
    EXPECT_EQ(added.environment, "qa");
    EXPECT_EQ(canvas->document->selection(), QStringList{QString::fromStdString(added.id)});
    ASSERT_NE(canvas->view->canvasScene()->elementItem(added.id), nullptr);
    EXPECT_TRUE(canvas->sceneRectOf(added.id).contains(at));
    EXPECT_EQ(canvas->document->undoStack()->count(), 1);
}

} // namespace
} // namespace topo::test
