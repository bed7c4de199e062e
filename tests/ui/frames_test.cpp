// Frames in a workshop: a new, moved or resized environment frame never covers another, a
// frame grows to hold what is dragged or nudged to its edge, resize handles, Tidy up, and
// Align that never stacks cards on each other.
#include "UiTestSupport.h"

#include "CanvasEvents.h"
#include "Tidiness.h"

#include "core/edit/ElementArrays.h"
#include "core/edit/ElementLookup.h"
#include "core/layout/FrameGeometry.h"
#include "core/layout/Geometry.h"
#include "editor/document/Document.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/CanvasView.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QTest>
#include <QUndoStack>

using namespace topo;
using namespace topo::test;

namespace {

const Rect& frameOf(MainWindow& w, const std::string& id)
{
    return *findById(w.document()->topology().environments, id)->layout;
}

QPoint titleOf(MainWindow& w, const std::string& environmentId)
{
    const Rect& r = frameOf(w, environmentId);
    return viewportPoint(w, QPointF(r.x + 60, r.y + 12));
}

// The viewport point a few pixels inside the frame's bottom-right corner: on its handle.
QPoint bottomRightHandle(MainWindow& w, const std::string& environmentId)
{
    const Rect& r = frameOf(w, environmentId);
    return viewportPoint(w, QPointF(r.x + r.width, r.y + r.height)) - QPoint(3, 3);
}

void trigger(MainWindow& w, const char* action)
{
    auto* a = w.findChild<QAction*>(QString::fromLatin1(action));
    ASSERT_NE(a, nullptr) << action;
    a->trigger();
    QApplication::processEvents();
}

} // namespace

TEST(FramesTest, ANewEnvironmentDroppedOnAFrameLandsBesideIt)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    ASSERT_TRUE(dropFromPalette(w, QStringLiteral("environment"), environmentCentre(w, "dev")));
    const Topology& t = w.document()->topology();
    ASSERT_EQ(t.environments.size(), 5u);
    EXPECT_EQ(untidiness(t), std::vector<std::string>{});
}

TEST(FramesTest, AFrameDraggedOntoAnotherLandsBesideItWithItsContent)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    const Server qaBefore = *server(w.document()->topology(), "qa-1");
    const Rect qaFrame = frameOf(w, "qa");
    dragOnViewport(w, titleOf(w, "qa"), environmentCentre(w, "dev"));
    const Topology& t = w.document()->topology();
    EXPECT_EQ(untidiness(t), std::vector<std::string>{});
    EXPECT_NE(frameOf(w, "qa"), qaFrame) << "it moved";
    EXPECT_EQ(server(t, "qa-1")->layout->x - qaBefore.layout->x, frameOf(w, "qa").x - qaFrame.x);
    EXPECT_EQ(w.document()->undoStack()->count(), 1);
}

TEST(FramesTest, ASelectedFrameResizesByItsCornerHandleInOneUndoStep)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    QTest::mouseClick(w.canvas()->viewport(), Qt::LeftButton, {}, titleOf(w, "qa"));
    ASSERT_EQ(w.document()->selection(), QStringList{QStringLiteral("qa")});
    const Rect before = frameOf(w, "qa");
    const QPoint handle = bottomRightHandle(w, "qa");
    const double zoom = w.canvas()->transform().m11();
    dragOnViewport(w, handle, handle + QPoint(int(200 * zoom), int(100 * zoom)));
    const Rect after = frameOf(w, "qa");
    EXPECT_EQ(after.x, before.x);
    EXPECT_EQ(after.y, before.y);
    EXPECT_NEAR(after.width, before.width + 200, 10);
    EXPECT_NEAR(after.height, before.height + 100, 10);
    EXPECT_EQ(int(after.width) % 10, 0) << "on the grid";
    EXPECT_EQ(untidiness(w.document()->topology()), std::vector<std::string>{})
        << "neighbours pushed aside";
    EXPECT_EQ(w.document()->undoStack()->count(), 1);
    EXPECT_EQ(w.document()->undoStack()->text(0), QStringLiteral("Resize Quality"));
    w.document()->undoStack()->undo();
    EXPECT_EQ(frameOf(w, "qa"), before);
}

TEST(FramesTest, AFrameNeverResizesSmallerThanItsContent)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    QTest::mouseClick(w.canvas()->viewport(), Qt::LeftButton, {}, titleOf(w, "prod"));
    const QPoint handle = bottomRightHandle(w, "prod");
    dragOnViewport(w, handle, handle - QPoint(600, 600));
    EXPECT_EQ(untidiness(w.document()->topology()), std::vector<std::string>{});
}

TEST(FramesTest, ACardNudgedPastTheEdgeGrowsItsFrame)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    QTest::mouseClick(w.canvas()->viewport(), Qt::LeftButton, {}, serverCentre(w, "dev-1"));
    w.canvas()->setFocus();
    const Rect before = frameOf(w, "dev");
    for (int i = 0; i < 12; ++i)
        QTest::keyClick(w.canvas()->viewport(), Qt::Key_Right, Qt::ShiftModifier);
    EXPECT_GT(frameOf(w, "dev").width, before.width);
    EXPECT_EQ(untidiness(w.document()->topology()), std::vector<std::string>{});
    EXPECT_EQ(w.document()->undoStack()->count(), 1) << "the nudges are one step";
}

TEST(FramesTest, TidyUpArrangesHeapedCardsWithoutOverlap)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    // Every Production server dragged onto PROD-DC's place, one after the other.
    for (const char* id : {"prod-fe1", "prod-fe2", "prod-fe3", "prod-batch"})
        dragOnViewport(w, serverCentre(w, id), serverCentre(w, "prod-dc") + QPoint(4, 4));
    ASSERT_FALSE(untidiness(w.document()->topology()).empty());
    w.document()->setSelection({});
    trigger(w, "tidyUpAction");
    EXPECT_EQ(untidiness(w.document()->topology()), std::vector<std::string>{});
    EXPECT_EQ(w.document()->undoStack()->text(w.document()->undoStack()->count() - 1),
              QStringLiteral("Tidy up 4 environments"));
}

TEST(FramesTest, AligningARowOnItsLeftEdgesStacksTheCards)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    w.document()->setSelection(
        {QStringLiteral("prod-fe1"), QStringLiteral("prod-fe2"), QStringLiteral("prod-fe3")});
    trigger(w, "alignLeftAction");
    const Topology& t = w.document()->topology();
    EXPECT_EQ(server(t, "prod-fe1")->layout->x, server(t, "prod-fe3")->layout->x);
    EXPECT_EQ(untidiness(t), std::vector<std::string>{});
}
