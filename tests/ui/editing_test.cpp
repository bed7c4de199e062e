// Editing the design with mouse and keyboard on the real widgets: palette drops, moving a
// server to another environment, rubber-band selection and Delete, copy and paste.
#include "UiTestSupport.h"

#include "core/edit/ElementArrays.h"
#include "core/layout/LayoutConstants.h"
#include "editor/document/Document.h"
#include "ui/canvas/CanvasView.h"

#include <gtest/gtest.h>

#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <set>

using namespace topo;
using namespace topo::test;

namespace {

std::set<std::string> serverIds(const Topology& t)
{
    std::set<std::string> ids;
    for (const Server& s : t.servers)
        ids.insert(s.id);
    return ids;
}

std::string onlyNewServer(const std::set<std::string>& before, const Topology& after)
{
    std::string found;
    for (const Server& s : after.servers)
        if (!before.count(s.id))
            found = s.id;
    return found;
}

} // namespace

TEST(EditingTest, DroppingAServerFromThePaletteAddsItToThatEnvironment)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    Document& doc = *w.document();
    const auto before = serverIds(doc.topology());
    const int steps = doc.undoStack()->count();

    ASSERT_TRUE(dropFromPalette(w, QStringLiteral("server"), environmentCentre(w, "qa")));

    ASSERT_EQ(doc.topology().servers.size(), before.size() + 1);
    const std::string id = onlyNewServer(before, doc.topology());
    const Server* added = server(doc.topology(), id);
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->environment, "qa");
    // New servers copy the environment's front-end spec (QA-01: 4 cores, 8 GB, 100 GB).
    EXPECT_EQ(added->hardware.cpuCores, 4);
    EXPECT_EQ(added->hardware.ramGb, 8);
    EXPECT_EQ(doc.undoStack()->count(), steps + 1);
    EXPECT_FALSE(doc.undoStack()->text(steps).isEmpty());

    // Dragging it into Production moves it there, in one more undo step.
    dragOnViewport(w, serverCentre(w, id), environmentCentre(w, "prod"));
    EXPECT_EQ(server(doc.topology(), id)->environment, "prod");
    EXPECT_EQ(doc.undoStack()->count(), steps + 2);
    doc.undoStack()->undo();
    EXPECT_EQ(server(doc.topology(), id)->environment, "qa");
}

TEST(EditingTest, RubberBandSelectionAndDeleteKeyRemoveTheServers)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    Document& doc = *w.document();
    // PROD-FE-01..03 sit in one row: drag a band around the row.
    const Server* fe1 = server(doc.topology(), "prod-fe1");
    const Server* fe3 = server(doc.topology(), "prod-fe3");
    const QPointF start(fe1->layout->x - 6, fe1->layout->y - 6);
    const QPointF end(fe3->layout->x + layout::kServerCardWidth + 6,
                      fe3->layout->y + layout::kServerCardHeight + 6);
    dragOnViewport(w, viewportPoint(w, start), viewportPoint(w, end), Qt::NoModifier);
    QStringList selected = doc.selection();
    std::sort(selected.begin(), selected.end());
    EXPECT_EQ(selected, (QStringList{QStringLiteral("prod-fe1"), QStringLiteral("prod-fe2"),
                                     QStringLiteral("prod-fe3")}));

    auto findingsOf = [&doc](const char* rule, const char* subject) {
        return std::count_if(doc.findings().begin(), doc.findings().end(), [&](const Finding& x) {
            return x.rule == rule && x.subjects == std::vector<std::string>{subject};
        });
    };
    ASSERT_EQ(findingsOf("LB-EMPTY", "lb-prod"), 0);
    ASSERT_EQ(findingsOf("HA-FE-MIN", "prod"), 0);
    const int steps = doc.undoStack()->count();
    w.canvas()->setFocus();
    QTest::keyClick(w.canvas()->viewport(), Qt::Key_Delete);
    EXPECT_EQ(server(doc.topology(), "prod-fe1"), nullptr);
    EXPECT_EQ(server(doc.topology(), "prod-fe2"), nullptr);
    EXPECT_EQ(server(doc.topology(), "prod-fe3"), nullptr);
    EXPECT_NE(server(doc.topology(), "prod-dc"), nullptr);
    EXPECT_EQ(doc.undoStack()->count(), steps + 1);
    // The load balancer lost its targets with them, and Production its front-ends: the rules
    // see both.
    EXPECT_EQ(findingsOf("LB-EMPTY", "lb-prod"), 1);
    EXPECT_EQ(findingsOf("HA-FE-MIN", "prod"), 1);
}

TEST(EditingTest, CopyAndPasteWithTheKeyboardMakesACopyWithAFreshId)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    Document& doc = *w.document();
    const auto before = serverIds(doc.topology());
    QTest::mouseClick(w.canvas()->viewport(), Qt::LeftButton, Qt::NoModifier,
                      serverCentre(w, "prod-fe3"));
    ASSERT_EQ(doc.selection(), QStringList{QStringLiteral("prod-fe3")});

    const int steps = doc.undoStack()->count();
    w.canvas()->setFocus();
    QTest::keyClick(w.canvas()->viewport(), Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(w.canvas()->viewport(), Qt::Key_V, Qt::ControlModifier);

    ASSERT_EQ(doc.topology().servers.size(), before.size() + 1);
    const std::string id = onlyNewServer(before, doc.topology());
    const Server* copy = server(doc.topology(), id);
    ASSERT_NE(copy, nullptr);
    EXPECT_NE(copy->id, "prod-fe3");
    EXPECT_EQ(copy->name, "PROD-FE-04");
    EXPECT_EQ(copy->environment, "prod");
    EXPECT_EQ(copy->roles, server(doc.topology(), "prod-fe3")->roles);
    EXPECT_EQ(doc.undoStack()->count(), steps + 1);
    EXPECT_EQ(doc.selection(), QStringList{QString::fromStdString(id)});
}
