// The single points of failure of the failover dock: a click (or a double click) on a row
// selects the element and centres it on the canvas without failing it; the Simulate failure
// button, or the row's context menu, fails the chosen element and Restore brings it back.
#include "KeySupport.h"
#include "UiTestSupport.h"

#include "editor/document/Document.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/CanvasView.h"
#include "ui/canvas/ElementItem.h"
#include "ui/docks/analysis/FailoverDock.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QContextMenuEvent>
#include <QLineF>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace topo;
using namespace topo::test;

namespace {

struct PointsFixture {
    std::unique_ptr<WindowFixture> window;
    FailoverDock* dock = nullptr;
    QTreeWidget* points = nullptr;
};

// The farm of example 2 zoomed in, with the failover dock raised and its single points
// (lb-prod, then p-1) listed.
PointsFixture openPoints()
{
    PointsFixture p;
    p.window = openWindow(QStringLiteral("example-2-production-farm"));
    p.dock = p.window->window->findChild<FailoverDock*>(QStringLiteral("failoverDock"));
    p.dock->raise();
    p.window->window->canvas()->setZoom(3.0);
    p.dock->singleFailuresButton()->click();
    p.points = p.dock->singleFailuresView();
    // The search runs on a worker: its list shows once it is back.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return !p.dock->singleFailuresUpdating() && p.points->topLevelItemCount() > 0; },
        5000));
    return p;
}

QPoint rowCentre(QTreeWidget* points, int row)
{
    return points->visualItemRect(points->topLevelItem(row)).center();
}

// The row of the single point `id`, -1 when it is not listed.
int rowOf(QTreeWidget* points, const QString& id)
{
    for (int row = 0; row < points->topLevelItemCount(); ++row)
        if (points->topLevelItem(row)->data(0, Qt::UserRole).toString() == id)
            return row;
    return -1;
}

// A right click's context menu event on the row of `id`, choosing the action named `action`
// with the keys in the menu it opens; false when the menu had no such action.
bool chooseFromRowMenu(QTreeWidget* points, const QString& id, const QString& action)
{
    const int row = rowOf(points, id);
    if (row < 0)
        return false;
    const QPoint at = rowCentre(points, row);
    QTest::mouseMove(points->viewport(), at);
    bool found = false;
    chooseInNextMenu(action, &found);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, points->viewport()->mapToGlobal(at));
    QApplication::sendEvent(points->viewport(), &event);
    QApplication::processEvents();
    return found;
}

// How far the canvas's visible centre is from the element's centre, in scene units.
double offCentre(MainWindow& w, const std::string& id)
{
    CanvasView* view = w.canvas();
    const auto rect = view->canvasScene()->itemRect(id);
    if (!rect)
        return 1e9;
    const QPointF centre = view->mapToScene(view->viewport()->rect().center());
    return QLineF(centre, rect->center()).length();
}

} // namespace

TEST(FailoverPointsTest, AClickSelectsAndCentresWithoutFailing)
{
    PointsFixture p = openPoints();
    MainWindow& w = *p.window->window;
    ASSERT_EQ(p.points->topLevelItemCount(), 2);
    ASSERT_TRUE(p.points->isVisible());
    const double before = offCentre(w, "p-1");
    ASSERT_GT(before, 60) << "the test needs p-1 away from the centre first";

    QTest::mouseClick(p.points->viewport(), Qt::LeftButton, Qt::NoModifier, rowCentre(p.points, 1));

    EXPECT_EQ(w.document()->selection(), QStringList{QStringLiteral("p-1")});
    EXPECT_LT(offCentre(w, "p-1"), 10);
    EXPECT_TRUE(w.document()->failedElements().empty());
    EXPECT_TRUE(w.canvas()->canvasScene()->elementItem("p-1")->isSelected());
}

TEST(FailoverPointsTest, ADoubleClickOnlyShowsTheElement)
{
    PointsFixture p = openPoints();
    MainWindow& w = *p.window->window;
    ASSERT_EQ(p.points->topLevelItemCount(), 2);
    // What a real double click delivers: a click, then the double click.
    const QPoint at = rowCentre(p.points, 0);
    QTest::mouseClick(p.points->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseDClick(p.points->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    EXPECT_EQ(w.document()->selection(), QStringList{QStringLiteral("lb-prod")});
    EXPECT_LT(offCentre(w, "lb-prod"), 10);
    EXPECT_TRUE(w.document()->failedElements().empty());
    EXPECT_FALSE(w.canvas()->canvasScene()->elementItem("lb-prod")->isFailed());
}

TEST(FailoverPointsTest, TheButtonFailsTheChosenPointAndRestoresIt)
{
    PointsFixture p = openPoints();
    MainWindow& w = *p.window->window;
    QPushButton* button = p.dock->pointFailureButton();
    ASSERT_TRUE(button->isVisible());
    EXPECT_FALSE(button->isEnabled()) << "nothing chosen yet";
    ASSERT_EQ(p.points->topLevelItemCount(), 2);
    QTest::mouseClick(p.points->viewport(), Qt::LeftButton, Qt::NoModifier, rowCentre(p.points, 0));
    ASSERT_TRUE(button->isEnabled());
    EXPECT_EQ(button->text(), QStringLiteral("Simulate failure"));

    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_EQ(w.document()->failedElements(), (std::vector<std::string>{"lb-prod"}));
    EXPECT_TRUE(w.canvas()->canvasScene()->elementItem("lb-prod")->isFailed());
    // The dock follows the failed set after the event-loop turn.
    QApplication::processEvents();
    EXPECT_EQ(button->text(), QStringLiteral("Restore"));

    QTest::mouseClick(button, Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_TRUE(w.document()->failedElements().empty());
    EXPECT_FALSE(w.canvas()->canvasScene()->elementItem("lb-prod")->isFailed());
    EXPECT_EQ(button->text(), QStringLiteral("Simulate failure"));
}

TEST(FailoverPointsTest, TheRowsContextMenuFailsTheClickedPointAndRestoresIt)
{
    PointsFixture p = openPoints();
    MainWindow& w = *p.window->window;
    ASSERT_EQ(p.points->topLevelItemCount(), 2);
    // Another row is the current one: the menu acts on the row it was opened on.
    QTest::mouseClick(p.points->viewport(), Qt::LeftButton, Qt::NoModifier,
                      rowCentre(p.points, rowOf(p.points, QStringLiteral("lb-prod"))));

    ASSERT_TRUE(
        chooseFromRowMenu(p.points, QStringLiteral("p-1"), QStringLiteral("pointFailureAction")));
    EXPECT_EQ(w.document()->failedElements(), (std::vector<std::string>{"p-1"}));
    EXPECT_TRUE(w.canvas()->canvasScene()->elementItem("p-1")->isFailed());
    EXPECT_FALSE(w.canvas()->canvasScene()->elementItem("lb-prod")->isFailed());
    // The list follows the failed set after its event-loop turn.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !p.dock->singleFailuresUpdating(); }, 5000));
    EXPECT_EQ(p.dock->pointFailureButton()->text(), QStringLiteral("Restore"));

    ASSERT_TRUE(
        chooseFromRowMenu(p.points, QStringLiteral("p-1"), QStringLiteral("pointFailureAction")));
    QApplication::processEvents();
    EXPECT_TRUE(w.document()->failedElements().empty());
    EXPECT_FALSE(w.canvas()->canvasScene()->elementItem("p-1")->isFailed());
    EXPECT_EQ(p.dock->pointFailureButton()->text(), QStringLiteral("Simulate failure"));
}
