// Edit › Find: typing finds elements by name, id, role or host name, selects and centres the
// current hit; F3 / Shift+F3 step through the hits, wrapping; Esc closes the bar.
#include "UiTestSupport.h"

#include "core/edit/EditOperations.h"
#include "editor/document/Document.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/CanvasView.h"
#include "ui/main/FindBar.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTreeWidget>

using namespace topo;
using namespace topo::test;

namespace {

// The distance from the centre of the canvas's view to the centre of element `id`, in scene
// units.
double offCentre(MainWindow& window, const std::string& id)
{
    CanvasView* canvas = window.canvas();
    const QPointF centre = canvas->mapToScene(canvas->viewport()->rect().center());
    const auto rect = canvas->canvasScene()->itemRect(id);
    return rect ? QLineF(centre, rect->center()).length() : 1e9;
}

// The canvas at actual size, looking at the design's top-left corner: nothing of Production
// is at the centre.
void lookAtTheTopLeft(MainWindow& window)
{
    // A window of a usual size, where a card is far smaller than the view.
    window.resize(1600, 1000);
    window.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
    CanvasView* canvas = window.canvas();
    canvas->setZoom(1.0);
    canvas->centerOn(canvas->canvasScene()->designRect().topLeft());
    QApplication::processEvents();
}

// Ctrl+F on the canvas, then the text typed key by key into the find field.
FindBar* typeSearch(MainWindow& window, const QString& text)
{
    QTest::keyClick(window.canvas()->viewport(), Qt::Key_F, Qt::ControlModifier);
    FindBar* bar = window.findBar();
    QTest::keyClicks(bar->field(), text);
    QApplication::processEvents();
    return bar;
}

} // namespace

TEST(FindTest, CtrlFOpensTheBarAndTypingSelectsAndCentresTheFirstMatch)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    FindBar* bar = w.findBar();
    EXPECT_FALSE(bar->isVisible());
    lookAtTheTopLeft(w);
    ASSERT_GT(offCentre(w, "prod-fe1"), 300);

    typeSearch(w, QStringLiteral("prod-fe"));
    ASSERT_TRUE(bar->isVisible());
    EXPECT_EQ(bar->countLabel()->text(), QStringLiteral("1 of 3"));
    EXPECT_EQ(w.document()->selection(), QStringList{QStringLiteral("prod-fe1")});
    EXPECT_LT(offCentre(w, "prod-fe1"), 2.0);
    EXPECT_DOUBLE_EQ(w.canvas()->zoom(), 1.0) << "a card fits: centring keeps the zoom";
    // The hits with their kind and environment.
    QTreeWidget* list = bar->hitList();
    ASSERT_EQ(list->topLevelItemCount(), 3);
    EXPECT_EQ(list->topLevelItem(0)->text(0), QStringLiteral("PROD-FE-01"));
    EXPECT_EQ(list->topLevelItem(0)->text(1), QStringLiteral("Server"));
    EXPECT_EQ(list->topLevelItem(0)->text(2), QStringLiteral("Production"));
    EXPECT_EQ(list->topLevelItem(2)->text(0), QStringLiteral("PROD-FE-03"));
}

TEST(FindTest, F3AndShiftF3StepThroughTheHitsAndWrap)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    lookAtTheTopLeft(w);
    FindBar* bar = typeSearch(w, QStringLiteral("prod-fe"));
    QWidget* viewport = w.canvas()->viewport();

    QTest::keyClick(viewport, Qt::Key_F3);
    EXPECT_EQ(bar->countLabel()->text(), QStringLiteral("2 of 3"));
    EXPECT_EQ(w.document()->selection(), QStringList{QStringLiteral("prod-fe2")});
    EXPECT_LT(offCentre(w, "prod-fe2"), 2.0);
    QTest::keyClick(viewport, Qt::Key_F3);
    EXPECT_EQ(w.document()->selection(), QStringList{QStringLiteral("prod-fe3")});
    QTest::keyClick(viewport, Qt::Key_F3);
    EXPECT_EQ(bar->countLabel()->text(), QStringLiteral("1 of 3")) << "wraps to the first";
    EXPECT_EQ(w.document()->selection(), QStringList{QStringLiteral("prod-fe1")});
    QTest::keyClick(viewport, Qt::Key_F3, Qt::ShiftModifier);
    EXPECT_EQ(bar->countLabel()->text(), QStringLiteral("3 of 3")) << "wraps to the last";
    EXPECT_EQ(w.document()->selection(), QStringList{QStringLiteral("prod-fe3")});
    EXPECT_LT(offCentre(w, "prod-fe3"), 2.0);

    // In the field, Enter is the next match and Shift+Enter the previous one.
    QTest::keyClick(bar->field(), Qt::Key_Return);
    EXPECT_EQ(w.document()->selection(), QStringList{QStringLiteral("prod-fe1")});
    QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
    EXPECT_EQ(w.document()->selection(), QStringList{QStringLiteral("prod-fe3")});
    // Clicking a hit in the list shows it.
    QTreeWidget* list = bar->hitList();
    const QRect row = list->visualItemRect(list->topLevelItem(1));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
    EXPECT_EQ(w.document()->selection(), QStringList{QStringLiteral("prod-fe2")});
    EXPECT_EQ(bar->countLabel()->text(), QStringLiteral("2 of 3"));
}

TEST(FindTest, FindsRolesAndHostNamesAndSaysWhenNothingMatches)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    FindBar* bar = typeSearch(w, QStringLiteral("deployment controller"));
    EXPECT_EQ(bar->countLabel()->text(), QStringLiteral("1 of 4"));
    EXPECT_EQ(w.document()->selection(), QStringList{QStringLiteral("lt-1")});

    bar->field()->selectAll();
    QTest::keyClicks(bar->field(), QStringLiteral("QA-01"));
    ASSERT_EQ(bar->hitList()->topLevelItemCount(), 2) << "the server and the queue it hosts";
    EXPECT_EQ(bar->hitList()->topLevelItem(1)->text(0), QStringLiteral("RMQ-QA"));

    bar->field()->selectAll();
    QTest::keyClicks(bar->field(), QStringLiteral("zzz")); // no prefix of it matches either
    EXPECT_EQ(bar->countLabel()->text(), QStringLiteral("No matches"));
    EXPECT_TRUE(bar->hitList()->isHidden());
    EXPECT_EQ(w.document()->selection(), QStringList{QStringLiteral("qa-1")})
        << "no match leaves the selection";
}

TEST(FindTest, TheHitsFollowEditsAndEscapeClosesTheBar)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    FindBar* bar = typeSearch(w, QStringLiteral("prod-fe"));
    QTest::keyClick(w.canvas()->viewport(), Qt::Key_F3);
    ASSERT_EQ(bar->countLabel()->text(), QStringLiteral("2 of 3"));
    // Deleting PROD-FE-01 leaves two hits, the current one still current.
    Document& document = *w.document();
    document.apply(removeElements(document.topology(), {"prod-fe1"}), QStringLiteral("Delete"));
    QApplication::processEvents();
    EXPECT_EQ(bar->hitList()->topLevelItemCount(), 2);
    EXPECT_EQ(bar->countLabel()->text(), QStringLiteral("1 of 2"));

    bar->field()->setFocus();
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    EXPECT_FALSE(bar->isVisible());
    // With the bar closed, F3 opens it again on the same search and goes on.
    QTest::keyClick(w.canvas()->viewport(), Qt::Key_F3);
    EXPECT_TRUE(bar->isVisible());
    EXPECT_EQ(bar->countLabel()->text(), QStringLiteral("2 of 2"));
    EXPECT_EQ(document.selection(), QStringList{QStringLiteral("prod-fe3")});
}

TEST(FindTest, FindIsDisabledWithoutADesign)
{
    auto f = openWindow(QString());
    QAction* find = f->window->findChild<QAction*>(QStringLiteral("findAction"));
    ASSERT_NE(find, nullptr);
    EXPECT_EQ(find->shortcut(), QKeySequence(QKeySequence::Find));
    EXPECT_FALSE(find->isEnabled());
    EXPECT_FALSE(f->window->findChild<QAction*>(QStringLiteral("findNextAction"))->isEnabled());
}

TEST(FindTest, TheHitListIsAsTallAsItsHitsAndLeavesTheRestToTheCanvas)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    lookAtTheTopLeft(w);
    const int canvasBefore = w.canvas()->height();
    FindBar* bar = typeSearch(w, QStringLiteral("prod-fe"));
    QTreeWidget* list = bar->hitList();
    ASSERT_EQ(list->topLevelItemCount(), 3);
    // Every hit shown, and no more than a row's worth of empty space below the last.
    const QRect last = list->visualItemRect(list->topLevelItem(2));
    EXPECT_LE(last.bottom(), list->viewport()->height());
    EXPECT_LT(list->viewport()->height() - last.bottom(), last.height());
    // The bar takes about the hits' height from the canvas, not six rows'.
    EXPECT_LT(canvasBefore - w.canvas()->height(), bar->sizeHint().height() + 10);
    EXPECT_LT(bar->height(), list->header()->height() + 6 * last.height());
}
