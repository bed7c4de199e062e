// The canvas's context menu, opened with real context-menu events and walked with the keys:
// duplicate and delete on an element, paste where the background was clicked, select all in
// an environment, fit, the element's problems and its quick fixes.
#include "KeySupport.h"
#include "UiTestSupport.h"

#include "core/edit/ElementArrays.h"
#include "core/edit/ElementLookup.h"
#include "core/edit/QuickFixes.h"
#include "editor/document/Document.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/CanvasView.h"
#include "ui/docks/problems/FindingsModel.h"
#include "ui/docks/problems/ProblemsDock.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace topo;
using namespace topo::test;

namespace {

// A right click's context menu event at `pos` on the canvas viewport, choosing the action
// named `action` in the menu it opens; false when the menu had no such action.
bool chooseFromMenuAt(MainWindow& w, const QPoint& pos, const QString& action)
{
    QWidget* viewport = w.canvas()->viewport();
    QTest::mouseMove(viewport, pos);
    bool found = false;
    chooseInNextMenu(action, &found);
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, viewport->mapToGlobal(pos));
    QApplication::sendEvent(viewport, &event);
    QApplication::processEvents();
    return found;
}

std::unique_ptr<WindowFixture>
activeWindow(const QString& fixture = QStringLiteral("factory-standard"))
{
    auto f = openWindow(fixture);
    f->window->activateWindow();
    (void)QTest::qWaitForWindowActive(f->window.get());
    return f;
}

} // namespace

TEST(ContextMenu, DuplicateAndDeleteActOnTheClickedElement)
{
    auto f = activeWindow();
    MainWindow& w = *f->window;
    Document& doc = *w.document();
    const std::size_t servers = doc.topology().servers.size();
    doc.setSelection({});

    ASSERT_TRUE(
        chooseFromMenuAt(w, serverCentre(w, "prod-fe2"), QStringLiteral("duplicateAction")));
    ASSERT_EQ(doc.topology().servers.size(), servers + 1);
    const std::string copy = doc.topology().servers.back().id;
    EXPECT_EQ(doc.selection(), QStringList{QString::fromStdString(copy)});
    EXPECT_EQ(doc.topology().servers.back().name, "PROD-FE-04");

    ASSERT_TRUE(chooseFromMenuAt(w, serverCentre(w, copy), QStringLiteral("deleteAction")));
    EXPECT_EQ(doc.topology().servers.size(), servers);
    EXPECT_EQ(server(doc.topology(), copy), nullptr);
}

TEST(ContextMenu, PasteOnTheBackgroundPutsTheCopyWhereItWasClicked)
{
    auto f = activeWindow();
    MainWindow& w = *f->window;
    Document& doc = *w.document();
    doc.setSelection({QStringLiteral("prod-fe1")});
    w.canvas()->setFocus();
    press(Qt::Key_C, Qt::ControlModifier);
    doc.setSelection({});

    const QPoint spot = environmentCentre(w, "qa");
    const QPointF scene = w.canvas()->mapToScene(spot);
    ASSERT_TRUE(chooseFromMenuAt(w, spot, QStringLiteral("pasteAction")));
    const Server& copy = doc.topology().servers.back();
    EXPECT_EQ(copy.environment, "qa") << "pasted into the environment under the click";
    EXPECT_NEAR(copy.layout->x, scene.x(), 200);
    EXPECT_NEAR(copy.layout->y, scene.y(), 200);
}

TEST(ContextMenu, SelectAllInTheEnvironmentAndFit)
{
    auto f = activeWindow();
    MainWindow& w = *f->window;
    Document& doc = *w.document();
    doc.setSelection({});
    ASSERT_TRUE(chooseFromMenuAt(w, environmentCentre(w, "prod"),
                                 QStringLiteral("selectEnvironmentAction")));
    QStringList expected;
    const Topology& t = doc.topology();
    forEachArray(t, [&](const auto& items) {
        using T = typename std::decay_t<decltype(items)>::value_type;
        if constexpr (!std::is_same_v<T, Environment>)
            for (const auto& item : items)
                if (environmentOf(t, item.id) == "prod")
                    expected << QString::fromStdString(item.id);
    });
    ASSERT_GE(expected.size(), 4);
    QStringList selected = doc.selection();
    selected.sort();
    expected.sort();
    EXPECT_EQ(selected, expected);

    const double fitted = w.canvas()->zoom();
    w.canvas()->setZoom(fitted * 3);
    doc.setSelection({});
    ASSERT_TRUE(
        chooseFromMenuAt(w, w.canvas()->viewport()->rect().center(), QStringLiteral("fitAction")));
    EXPECT_NEAR(w.canvas()->zoom(), fitted, 1e-6);
}

TEST(ContextMenu, ShowsTheElementsProblemsAndOffersItsQuickFixes)
{
    auto f = activeWindow(QStringLiteral("design-with-problems"));
    MainWindow& w = *f->window;
    Document& doc = *w.document();
    // A server with a finding that has a quick fix.
    std::string subject;
    int findings = 0;
    for (const Server& s : doc.topology().servers) {
        int about = 0;
        bool fixable = false;
        for (const Finding& finding : doc.findings())
            if (std::find(finding.subjects.begin(), finding.subjects.end(), s.id) !=
                finding.subjects.end()) {
                ++about;
                fixable = fixable || !quickFixesFor(doc.topology(), finding).empty();
            }
        if (fixable) {
            subject = s.id;
            findings = about;
            break;
        }
    }
    ASSERT_FALSE(subject.empty()) << "the fixture has a server with a fixable problem";

    ASSERT_TRUE(
        chooseFromMenuAt(w, serverCentre(w, subject), QStringLiteral("showProblemsAction")));
    QTreeView* list = w.problems()->view();
    EXPECT_EQ(list->selectionModel()->selectedRows().size(), findings);
    for (const QModelIndex& row : list->selectionModel()->selectedRows())
        EXPECT_TRUE(row.data(FindingsModel::SubjectsRole)
                        .toStringList()
                        .contains(QString::fromStdString(subject)));

    // Its quick fixes: the first one applies as one undo step.
    const std::unique_ptr<QMenu> menu(w.canvas()->contextMenuFor(
        subject, w.canvas()->canvasScene()->itemRect(subject)->center()));
    auto* fixes = menu->findChild<QMenu*>(QStringLiteral("quickFixesMenu"));
    ASSERT_NE(fixes, nullptr);
    ASSERT_FALSE(fixes->actions().isEmpty());
    const int steps = doc.undoStack()->count();
    const QString title = fixes->actions().front()->text();
    fixes->actions().front()->trigger();
    EXPECT_EQ(doc.undoStack()->count(), steps + 1);
    EXPECT_EQ(doc.undoStack()->text(steps), title);
}
