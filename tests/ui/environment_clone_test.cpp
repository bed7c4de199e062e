// Cloning an environment on the canvas: click its title, then Ctrl+D, or Ctrl+C and Ctrl+V.
// The clone carries everything inside the environment and is one undo step.
#include "UiTestSupport.h"

#include "core/edit/ElementArrays.h"
#include "core/layout/LayoutConstants.h"
#include "editor/document/Document.h"
#include "ui/canvas/CanvasView.h"

#include <gtest/gtest.h>

#include <QTest>
#include <QUndoStack>

using namespace topo;
using namespace topo::test;

namespace {

int countIn(const std::vector<Server>& servers, const std::string& environmentId)
{
    int n = 0;
    for (const Server& s : servers)
        n += s.environment == environmentId;
    return n;
}

int errorsOf(const Document& document, const std::string& environmentId)
{
    int n = 0;
    for (const Finding& f : document.findings())
        n += f.environment == environmentId && f.severity == Severity::Error;
    return n;
}

// The middle of an environment's title band, where a click selects the environment.
QPoint titleOf(MainWindow& window, const std::string& environmentId)
{
    const Rect& r = *findById(window.document()->topology().environments, environmentId)->layout;
    return viewportPoint(window,
                         QPointF(r.x + r.width / 2, r.y + layout::kEnvironmentHeaderHeight / 2));
}

// Clicks Production's title, then presses `keys` (each with Ctrl) on the canvas; checks the
// clone and returns the undo step's text.
QString cloneProduction(std::initializer_list<Qt::Key> keys)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    Document& doc = *w.document();
    const Topology before = doc.topology();
    QTest::mouseClick(w.canvas()->viewport(), Qt::LeftButton, Qt::NoModifier, titleOf(w, "prod"));
    EXPECT_EQ(doc.selection(), QStringList{QStringLiteral("prod")});
    const int steps = doc.undoStack()->count();
    w.canvas()->setFocus();
    for (Qt::Key key : keys)
        QTest::keyClick(w.canvas()->viewport(), key, Qt::ControlModifier);

    EXPECT_EQ(doc.undoStack()->count(), steps + 1);
    EXPECT_EQ(doc.topology().environments.size(), before.environments.size() + 1);
    if (doc.topology().environments.size() != before.environments.size() + 1)
        return {};
    const Environment& clone = doc.topology().environments.back();
    EXPECT_EQ(clone.name, "Production 2");
    EXPECT_EQ(clone.purpose, Purpose::Production);
    EXPECT_EQ(countIn(doc.topology().servers, clone.id), countIn(before.servers, "prod"));
    EXPECT_EQ(doc.topology().servers.size(), before.servers.size() + 5);
    const Server* fe = nullptr;
    for (const Server& s : doc.topology().servers)
        if (s.name == "PROD2-FE-01")
            fe = &s;
    EXPECT_TRUE(fe && fe->environment == clone.id);
    EXPECT_EQ(errorsOf(doc, clone.id), errorsOf(doc, "prod"));
    EXPECT_TRUE(doc.selection().contains(QString::fromStdString(clone.id)));
    const QString text = doc.undoStack()->text(steps);
    doc.undoStack()->undo();
    EXPECT_EQ(doc.topology().environments.size(), before.environments.size());
    EXPECT_EQ(doc.topology().servers.size(), before.servers.size());
    return text;
}

} // namespace

TEST(EnvironmentCloneTest, CtrlDOnAnEnvironmentFrameClonesItWithEverythingInside)
{
    EXPECT_EQ(cloneProduction({Qt::Key_D}),
              QStringLiteral("Duplicate environment Production as Production 2"));
}

TEST(EnvironmentCloneTest, CopyAndPasteOfAnEnvironmentFrameCloneIt)
{
    EXPECT_EQ(cloneProduction({Qt::Key_C, Qt::Key_V}),
              QStringLiteral("Paste environment Production as Production 2"));
}
