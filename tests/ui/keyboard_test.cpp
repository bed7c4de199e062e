// The canvas from the keyboard: arrow keys nudge the selection (one undo step per burst),
// pastes step away from the original without covering anything, Tab walks the elements in
// reading order with a focus rectangle, the Menu key opens the focused element's menu.
#include "KeySupport.h"
#include "UiTestSupport.h"

#include "core/edit/ElementArrays.h"
#include "core/layout/Geometry.h"
#include "core/layout/LayoutConstants.h"
#include "core/layout/ReadingOrder.h"
#include "editor/document/Document.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/CanvasView.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QScrollBar>
#include <QTest>
#include <QUndoStack>

using namespace topo;
using namespace topo::test;

namespace {

// The window with the keyboard on its canvas and `id` chosen with a click.
std::unique_ptr<WindowFixture> windowWithSelected(const std::string& id)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    w.activateWindow();
    (void)QTest::qWaitForWindowActive(&w);
    QTest::mouseClick(w.canvas()->viewport(), Qt::LeftButton, Qt::NoModifier, serverCentre(w, id));
    w.canvas()->setFocus();
    QApplication::processEvents();
    return f;
}

Point layoutOf(const Document& doc, const std::string& id)
{
    return *server(doc.topology(), id)->layout;
}

} // namespace

TEST(Keyboard, ArrowKeysNudgeTheSelectionByGridStepsAsOneUndoStep)
{
    auto f = windowWithSelected("prod-fe1");
    Document& doc = *f->window->document();
    ASSERT_EQ(doc.selection(), QStringList{QStringLiteral("prod-fe1")});
    const Point start = layoutOf(doc, "prod-fe1");
    const int steps = doc.undoStack()->count();

    for (int i = 0; i < 3; ++i)
        press(Qt::Key_Right);
    EXPECT_EQ(layoutOf(doc, "prod-fe1").x, start.x + 3 * layout::kGrid);
    EXPECT_EQ(layoutOf(doc, "prod-fe1").y, start.y);
    EXPECT_EQ(doc.undoStack()->count(), steps + 1) << "three presses, one undo step";

    doc.undoStack()->undo();
    EXPECT_EQ(layoutOf(doc, "prod-fe1"), start);

    press(Qt::Key_Down, Qt::ShiftModifier);
    EXPECT_EQ(layoutOf(doc, "prod-fe1").y, start.y + 10 * layout::kGrid) << "Shift: ten steps";
}

TEST(Keyboard, ArrowKeysScrollTheViewWhenNothingIsSelected)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    Document& doc = *w.document();
    doc.setSelection({});
    w.canvas()->setZoom(2.0);
    w.canvas()->setFocus();
    QScrollBar* bar = w.canvas()->horizontalScrollBar();
    bar->setValue(bar->minimum());
    const int steps = doc.undoStack()->count();
    QTest::keyClick(w.canvas(), Qt::Key_Right);
    EXPECT_GT(bar->value(), bar->minimum());
    EXPECT_EQ(doc.undoStack()->count(), steps);
}

TEST(Keyboard, PastedCopiesStepAwayFromTheOriginalWithoutCoveringAnything)
{
    auto f = windowWithSelected("prod-fe1");
    Document& doc = *f->window->document();
    const std::size_t servers = doc.topology().servers.size();
    press(Qt::Key_C, Qt::ControlModifier);
    for (int i = 0; i < 3; ++i)
        press(Qt::Key_V, Qt::ControlModifier);
    const Topology& t = doc.topology();
    ASSERT_EQ(t.servers.size(), servers + 3);
    const Rect frame = *findById(t.environments, "prod")->layout;
    std::vector<Rect> cards;
    for (const Server& s : t.servers)
        cards.push_back(layout::serverCard(*s.layout));
    for (const LoadBalancer& lb : t.loadBalancers)
        cards.push_back(layout::nodeCard(*lb.layout));
    for (const MessageQueue& mq : t.messageQueues)
        cards.push_back(layout::nodeCard(*mq.layout));
    for (std::size_t i = 0; i < cards.size(); ++i)
        for (std::size_t j = i + 1; j < cards.size(); ++j)
            EXPECT_FALSE(layout::overlaps(cards[i], cards[j])) << i << " over " << j;
    for (std::size_t i = servers; i < t.servers.size(); ++i) {
        EXPECT_EQ(t.servers[i].environment, "prod");
        EXPECT_TRUE(layout::contains(frame, layout::serverCard(*t.servers[i].layout)))
            << t.servers[i].name;
    }
}

TEST(Keyboard, TabWalksTheElementsInReadingOrderAndSelectsThem)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    Document& doc = *w.document();
    w.activateWindow();
    (void)QTest::qWaitForWindowActive(&w);
    w.canvas()->setFocus();
    doc.setSelection({});
    const std::vector<std::string> order = layout::readingOrder(doc.topology());
    ASSERT_GE(order.size(), 3u);
    ASSERT_EQ(order.front(), "lt") << "LifeTime is the first environment";

    press(Qt::Key_Tab);
    EXPECT_EQ(w.canvas()->focusedId(), order[0]);
    EXPECT_EQ(doc.selection(), QStringList{QString::fromStdString(order[0])});
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    EXPECT_EQ(w.canvas()->focusedId(), order[2]);
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_EQ(w.canvas()->focusedId(), order[1]);
    EXPECT_EQ(doc.selection(), QStringList{QString::fromStdString(order[1])});
    EXPECT_EQ(QApplication::focusWidget(), w.canvas()) << "Tab stays on the canvas";
}

TEST(Keyboard, TheFocusRectangleIsDrawnAroundTheFocusedElement)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    w.activateWindow();
    (void)QTest::qWaitForWindowActive(&w);
    CanvasView* canvas = w.canvas();
    canvas->setFocus();
    canvas->focusElement("prod-fe2");
    QApplication::processEvents();
    const QRectF card = *canvas->canvasScene()->itemRect("prod-fe2");
    // Just outside the card's corner: the ring's pixels differ from a canvas without focus.
    const QPoint probe = canvas->mapFromScene(card.topLeft()) + QPoint(-5, 20);
    const QImage focused = canvas->viewport()->grab().toImage();
    canvas->focusElement("");
    QApplication::processEvents();
    const QImage plain = canvas->viewport()->grab().toImage();
    int differing = 0;
    for (int dx = -3; dx <= 3; ++dx)
        differing += focused.pixel(probe + QPoint(dx, 0)) != plain.pixel(probe + QPoint(dx, 0));
    EXPECT_GT(differing, 0) << "no focus rectangle beside the card";
}

TEST(Keyboard, TheMenuKeyOpensTheFocusedElementsMenu)
{
    auto f = windowWithSelected("prod-fe1");
    Document& doc = *f->window->document();
    const std::size_t servers = doc.topology().servers.size();
    bool found = false;
    chooseInNextMenu(QStringLiteral("duplicateAction"), &found);
    press(Qt::Key_Menu);
    EXPECT_TRUE(found);
    EXPECT_EQ(doc.topology().servers.size(), servers + 1);

    chooseInNextMenu(QStringLiteral("deleteAction"), &found);
    press(Qt::Key_F10, Qt::ShiftModifier);
    EXPECT_TRUE(found);
    EXPECT_EQ(doc.topology().servers.size(), servers) << "the copy, selected, was deleted";
}
