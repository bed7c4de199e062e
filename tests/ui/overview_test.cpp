// The Overview dock: the whole design with the canvas's visible area as a rectangle that
// follows the canvas and moves it when dragged or clicked.
#include "UiTestSupport.h"

#include "editor/document/Document.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/CanvasView.h"
#include "ui/docks/overview/OverviewDock.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QTest>

using namespace topo;
using namespace topo::test;

namespace {

OverviewWidget* shownOverview(MainWindow& window)
{
    auto* dock = window.findChild<OverviewDock*>(QStringLiteral("overviewDock"));
    if (!dock)
        return nullptr;
    dock->show();
    dock->raise();
    OverviewWidget* overview = dock->overview();
    (void)QTest::qWaitFor([overview] { return overview->pictureRenders() > 0; }, 2000);
    return overview;
}

// The canvas at 100 %, centred on the design: the view shows a part of it.
void lookAtTheMiddleAtActualSize(CanvasView& canvas)
{
    canvas.setZoom(1.0);
    canvas.centerOn(canvas.canvasScene()->designRect().center());
    QApplication::processEvents();
}

QPointF canvasCentre(CanvasView& canvas)
{
    return canvas.mapToScene(canvas.viewport()->rect().center());
}

// The widget's scale: widget pixels per scene unit.
double overviewScale(const OverviewWidget& overview, CanvasView& canvas)
{
    return overview.designFrame().width() / canvas.canvasScene()->designRect().width();
}

// True when a pixel of `colour` is within two pixels left or right of `at`.
bool isFrameColour(const QImage& image, const QPointF& at, const QColor& colour)
{
    for (int dx = -2; dx <= 2; ++dx)
        if (image.pixelColor(at.toPoint() + QPoint(dx, 0)) == colour)
            return true;
    return false;
}

} // namespace

TEST(OverviewTest, ShowsTheWholeDesignAndIsListedWithTheOtherDocks)
{
    auto f = openWindow();
    OverviewWidget* overview = shownOverview(*f->window);
    ASSERT_NE(overview, nullptr);
    EXPECT_GT(overview->pictureRenders(), 0);
    // The design fits the widget; at fit, the canvas shows all of it.
    const QRectF design = overview->designFrame();
    EXPECT_TRUE(QRectF(overview->rect()).contains(design));
    EXPECT_GT(design.width(), overview->width() * 0.8);
    EXPECT_TRUE(overview->visibleFrame().adjusted(-2, -2, 2, 2).contains(design));
    // View › Panels lists it.
    auto* toggle = f->window->findChild<OverviewDock*>()->toggleViewAction();
    bool listed = false;
    for (QMenu* menu : f->window->menuBar()->findChildren<QMenu*>())
        listed = listed || menu->actions().contains(toggle);
    EXPECT_TRUE(listed);
    EXPECT_EQ(toggle->text(), QStringLiteral("Overview"));
}

TEST(OverviewTest, DraggingTheRectangleScrollsTheCanvas)
{
    auto f = openWindow();
    CanvasView& canvas = *f->window->canvas();
    OverviewWidget* overview = shownOverview(*f->window);
    ASSERT_NE(overview, nullptr);
    lookAtTheMiddleAtActualSize(canvas);
    const QRectF frame = overview->visibleFrame();
    ASSERT_LT(frame.width(), overview->designFrame().width() * 0.9) << "zoomed in: a part shows";

    const QPointF before = canvasCentre(canvas);
    const QPoint from = (frame.center() + QPointF(5, 3)).toPoint(); // held off its centre
    const QPoint to = from + QPoint(-25, -12);
    QTest::mousePress(overview, Qt::LeftButton, {}, from);
    EXPECT_LT(QLineF(canvasCentre(canvas), before).length(), 1.5)
        << "pressing inside the rectangle does not move it";
    QTest::mouseMove(overview, from + QPoint(-12, -6));
    QTest::mouseMove(overview, to);
    QTest::mouseRelease(overview, Qt::LeftButton, {}, to);
    QApplication::processEvents();

    const double scale = overviewScale(*overview, canvas);
    const QPointF moved = canvasCentre(canvas) - before;
    EXPECT_NEAR(moved.x(), -25 / scale, 2.0);
    EXPECT_NEAR(moved.y(), -12 / scale, 2.0);
    EXPECT_NEAR(overview->visibleFrame().center().x(), frame.center().x() - 25, 1.0);
    EXPECT_NEAR(overview->visibleFrame().center().y(), frame.center().y() - 12, 1.0);

    // A click outside the rectangle centres the canvas there.
    const QPointF target = overview->designFrame().topLeft() + QPointF(10, 10);
    QTest::mouseClick(overview, Qt::LeftButton, {}, target.toPoint());
    EXPECT_NEAR(overview->visibleFrame().center().x(), target.x(), 1.0);
    EXPECT_NEAR(overview->visibleFrame().center().y(), target.y(), 1.0);
}

TEST(OverviewTest, TheRectangleFollowsTheCanvasScrollAndZoom)
{
    auto f = openWindow();
    CanvasView& canvas = *f->window->canvas();
    OverviewWidget* overview = shownOverview(*f->window);
    ASSERT_NE(overview, nullptr);
    lookAtTheMiddleAtActualSize(canvas);
    const QColor colour = overview->palette().color(QPalette::Highlight);
    const QRectF before = overview->visibleFrame();
    const QPointF leftEdge(before.left(), before.center().y());
    ASSERT_TRUE(isFrameColour(overview->grab().toImage(), leftEdge, colour));

    canvas.horizontalScrollBar()->setValue(canvas.horizontalScrollBar()->value() + 300);
    QApplication::processEvents();
    const double scale = overviewScale(*overview, canvas);
    const QRectF after = overview->visibleFrame();
    EXPECT_NEAR(after.left() - before.left(), 300 * scale, 1.0);
    const QImage image = overview->grab().toImage();
    EXPECT_TRUE(isFrameColour(image, QPointF(after.left(), after.center().y()), colour));
    EXPECT_FALSE(isFrameColour(image, leftEdge, colour)) << "the old edge is gone";

    canvas.zoomIn();
    QApplication::processEvents();
    EXPECT_NEAR(overview->visibleFrame().width(), after.width() / 1.25, 1.0);
}

TEST(OverviewTest, PaintsThePictureOnceAfterABurstOfEdits)
{
    auto f = openWindow();
    OverviewWidget* overview = shownOverview(*f->window);
    ASSERT_NE(overview, nullptr);
    const int renders = overview->pictureRenders();
    // An edit sends several signals (changed, findings, selection), and typing or dragging
    // sends many edits: the picture follows once they pause.
    Document& document = *f->window->document();
    moveFirstServer(document);
    document.setSelection({QStringLiteral("prod-fe1")});
    QTest::qWait(20);
    EXPECT_EQ(overview->pictureRenders(), renders) << "not painted within the edit's turn";
    moveFirstServer(document);
    EXPECT_TRUE(QTest::qWaitFor([&] { return overview->pictureRenders() > renders; }, 2000));
    QTest::qWait(400);
    EXPECT_EQ(overview->pictureRenders(), renders + 1);
    // Scrolling the canvas moves the rectangle without painting the design again.
    f->window->canvas()->horizontalScrollBar()->setValue(
        f->window->canvas()->horizontalScrollBar()->value() + 50);
    QTest::qWait(50);
    EXPECT_EQ(overview->pictureRenders(), renders + 1);
}
