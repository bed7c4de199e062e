// The habits of people who draw on Windows and in office programs: Ctrl+Y redoes, the wheel
// scrolls and Ctrl+wheel zooms, a double-click or F2 renames in place, a drag snaps to
// alignment guides, the shortcut list names the canvas's own keys.
#include "UiTestSupport.h"

#include "CanvasEvents.h"

#include "editor/document/Document.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/CanvasView.h"
#include "ui/canvas/ElementItem.h"
#include "ui/canvas/InPlaceRename.h"
#include "ui/dialogs/ShortcutsDialog.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QGraphicsPathItem>
#include <QLineEdit>
#include <QScrollBar>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

#include <cmath>

using namespace topo;
using namespace topo::test;

namespace {

void turnWheel(CanvasView& canvas, Qt::KeyboardModifiers modifiers, int clicks = 1)
{
    const QPointF at = canvas.viewport()->rect().center();
    QWheelEvent wheel(at, canvas.viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120 * clicks),
                      Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(canvas.viewport(), &wheel);
}

} // namespace

TEST(HabitsTest, CtrlYRedoesTheLastUndoneEdit)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    Document& doc = *w.document();
    QTest::mouseClick(w.canvas()->viewport(), Qt::LeftButton, {}, serverCentre(w, "prod-batch"));
    w.canvas()->setFocus();
    QTest::keyClick(w.canvas()->viewport(), Qt::Key_Delete);
    ASSERT_EQ(server(doc.topology(), "prod-batch"), nullptr);
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    ASSERT_NE(server(doc.topology(), "prod-batch"), nullptr);
    QTest::keyClick(&w, Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(server(doc.topology(), "prod-batch"), nullptr);
    EXPECT_EQ(doc.undoStack()->index(), 1);
}

TEST(HabitsTest, TheWheelScrollsAndCtrlWheelZooms)
{
    auto f = openWindow();
    CanvasView& canvas = *f->window->canvas();
    canvas.setZoom(2.0); // room to scroll both ways
    QApplication::processEvents();
    QScrollBar* vertical = canvas.verticalScrollBar();
    QScrollBar* horizontal = canvas.horizontalScrollBar();
    vertical->setValue((vertical->minimum() + vertical->maximum()) / 2);
    horizontal->setValue((horizontal->minimum() + horizontal->maximum()) / 2);
    const int top = vertical->value();
    const int left = horizontal->value();

    turnWheel(canvas, Qt::NoModifier); // away from the user: up
    EXPECT_DOUBLE_EQ(canvas.zoom(), 2.0);
    EXPECT_LT(vertical->value(), top);
    EXPECT_EQ(horizontal->value(), left);

    turnWheel(canvas, Qt::ShiftModifier);
    EXPECT_DOUBLE_EQ(canvas.zoom(), 2.0);
    EXPECT_LT(horizontal->value(), left);

    turnWheel(canvas, Qt::ControlModifier);
    EXPECT_GT(canvas.zoom(), 2.0);
    turnWheel(canvas, Qt::ControlModifier, -2);
    EXPECT_LT(canvas.zoom(), 2.0);
}

TEST(HabitsTest, TheShortcutListNamesTheCanvasKeys)
{
    auto f = openWindow();
    const QList<ShortcutEntry> entries = windowShortcuts(*f->window);
    auto keysOf = [&entries](const QString& action) { return shortcutKeys(entries, action); };
    EXPECT_TRUE(keysOf(QStringLiteral("Redo")).contains(QStringLiteral("Ctrl+Y")));
    EXPECT_EQ(keysOf(QStringLiteral("Move the selection one grid step")),
              QStringLiteral("Arrow keys"));
    EXPECT_EQ(keysOf(QStringLiteral("Move the selection ten grid steps")),
              QStringLiteral("Shift+Arrow keys"));
    EXPECT_EQ(keysOf(QStringLiteral("Next element / previous element")),
              QStringLiteral("Tab, Shift+Tab"));
    EXPECT_EQ(keysOf(QStringLiteral("Clear the selection")), QStringLiteral("Esc"));
    EXPECT_EQ(keysOf(QStringLiteral("Context menu of the element")),
              QStringLiteral("Shift+F10, Menu"));
    EXPECT_EQ(keysOf(QStringLiteral("Zoom in / out about the pointer")),
              QStringLiteral("Ctrl+Wheel"));
    EXPECT_EQ(keysOf(QStringLiteral("Rename in place")), QStringLiteral("Double-click, F2"));
    for (const ShortcutEntry& entry : entries) {
        if (entry.action == QStringLiteral("Clear the selection")) {
            EXPECT_EQ(entry.menu, QStringLiteral("Canvas"));
        }
    }
}

TEST(HabitsTest, ADoubleClickRenamesACardInPlaceInOneUndoStep)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    Document& doc = *w.document();
    const int steps = doc.undoStack()->count();
    auto* rename = w.canvas()->findChild<InPlaceRename*>();
    ASSERT_NE(rename, nullptr);
    QTest::mouseDClick(w.canvas()->viewport(), Qt::LeftButton, {}, serverCentre(w, "prod-fe1"));
    QLineEdit* field = rename->editor();
    ASSERT_NE(field, nullptr);
    EXPECT_TRUE(field->isVisible());
    EXPECT_EQ(field->text(), QStringLiteral("PROD-FE-01"));
    EXPECT_EQ(field->selectedText(), QStringLiteral("PROD-FE-01")) << "typing replaces it";
    QTest::keyClicks(field, QStringLiteral("PROD-WEB-01"));
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_EQ(server(doc.topology(), "prod-fe1")->name, "PROD-WEB-01");
    EXPECT_EQ(doc.undoStack()->count(), steps + 1);
    EXPECT_EQ(doc.undoStack()->undoText(), QStringLiteral("Rename PROD-FE-01 to PROD-WEB-01"));
    EXPECT_EQ(rename->editor(), nullptr);
    EXPECT_TRUE(w.canvas()->hasFocus()) << "the keyboard goes back to the canvas";
}

TEST(HabitsTest, F2RenamesTheSelectedEnvironmentAndEscLeavesItAsItWas)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    Document& doc = *w.document();
    const int steps = doc.undoStack()->count();
    auto* rename = w.canvas()->findChild<InPlaceRename*>();
    w.canvas()->focusElement("qa");
    w.canvas()->setFocus();
    QTest::keyClick(w.canvas(), Qt::Key_F2);
    ASSERT_NE(rename->editor(), nullptr);
    EXPECT_EQ(rename->editor()->text(), QStringLiteral("Quality"));
    QTest::keyClicks(rename->editor(), QStringLiteral("Acceptance"));
    QTest::keyClick(rename->editor(), Qt::Key_Escape);
    EXPECT_EQ(rename->editor(), nullptr);
    EXPECT_EQ(doc.undoStack()->count(), steps);

    QTest::keyClick(w.canvas(), Qt::Key_F2);
    ASSERT_NE(rename->editor(), nullptr);
    QTest::keyClicks(rename->editor(), QStringLiteral("Acceptance"));
    QTest::keyClick(rename->editor(), Qt::Key_Return);
    EXPECT_EQ(doc.undoStack()->undoText(), QStringLiteral("Rename Quality to Acceptance"));
    EXPECT_EQ(doc.undoStack()->count(), steps + 1);
}

TEST(HabitsTest, ANameTheInspectorWouldRefuseKeepsTheFieldOpen)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    Document& doc = *w.document();
    auto* rename = w.canvas()->findChild<InPlaceRename*>();
    QTest::mouseDClick(w.canvas()->viewport(), Qt::LeftButton, {}, serverCentre(w, "prod-fe2"));
    ASSERT_NE(rename->editor(), nullptr);
    QTest::keyClicks(rename->editor(), QStringLiteral("web server 2"));
    QTest::keyClick(rename->editor(), Qt::Key_Return);
    ASSERT_NE(rename->editor(), nullptr) << "a host name has no spaces";
    EXPECT_FALSE(rename->editor()->toolTip().isEmpty());
    EXPECT_EQ(server(doc.topology(), "prod-fe2")->name, "PROD-FE-02");
}

TEST(HabitsTest, ADragSnapsToTheAlignmentGuideOfAnotherCard)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    CanvasView& canvas = *w.canvas();
    canvas.setZoom(1.0);
    const QRectF batch = canvas.canvasScene()->elementItem("prod-batch")->sceneRect();
    const QRectF fe3 = canvas.canvasScene()->elementItem("prod-fe3")->sceneRect();
    // 7 units right of PROD-FE-03's left edge: the grid alone would put it 10 units right.
    const double dx = fe3.left() + 7 - batch.left();
    // Both ends of the drag on screen.
    canvas.centerOn(batch.center() + QPointF(dx / 2, 0));
    QApplication::processEvents();
    ASSERT_LT(std::abs(dx), canvas.viewport()->width() - 40);
    const QPoint from = canvas.mapFromScene(batch.center());
    const QPoint to = canvas.mapFromScene(batch.center() + QPointF(dx, 0));
    test::pressAndMove(canvas.viewport(), from, to);
    const QGraphicsPathItem* guides = nullptr;
    for (QGraphicsItem* item : canvas.scene()->items())
        if (auto* path = dynamic_cast<QGraphicsPathItem*>(item); path && path->isVisible())
            guides = path;
    ASSERT_NE(guides, nullptr) << "the guide lines are drawn during the drag";
    bool onTheEdge = false; // a vertical guide on PROD-FE-03's left edge
    for (const QPolygonF& line : guides->path().toSubpathPolygons())
        onTheEdge = onTheEdge ||
                    (line.size() == 2 && line[0].x() == fe3.left() && line[1].x() == fe3.left());
    EXPECT_TRUE(onTheEdge);
    test::release(canvas.viewport(), to);
    QApplication::processEvents();
    EXPECT_DOUBLE_EQ(canvas.canvasScene()->elementItem("prod-batch")->sceneRect().left(),
                     fe3.left());
    for (QGraphicsItem* item : canvas.scene()->items())
        EXPECT_EQ(dynamic_cast<QGraphicsPathItem*>(item), nullptr) << "gone after the release";
}
