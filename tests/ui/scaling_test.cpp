// The scaling dock: follows the open design and the canvas selection, and its picture changes
// within the same call as the edit that changed the design.
#include "UiTestSupport.h"

#include "core/edit/EditOperations.h"
#include "editor/document/Document.h"
#include "ui/docks/scaling/ScalingDock.h"
#include "ui/docks/scaling/ScalingView.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QUndoStack>

using namespace topo;
using namespace topo::test;

namespace {

ScalingDock* scalingDock(MainWindow& window)
{
    return raisedDock<ScalingDock>(window, QStringLiteral("scalingDock"));
}

int nodesShown(const ScalingDock& dock)
{
    const auto& picture = dock.view()->picture();
    return picture ? picture->frontEndNodes() : -1;
}

} // namespace

TEST(ScalingDockTest, OpensOnTheProductionEnvironmentOfTheDesign)
{
    auto f = openWindow();
    ScalingDock* dock = scalingDock(*f->window);
    ASSERT_NE(dock, nullptr);
    EXPECT_EQ(dock->windowTitle(), QStringLiteral("Scaling"));
    EXPECT_EQ(dock->environment(), "prod");
    EXPECT_EQ(dock->environmentBox()->count(), 5); // every environment and "All environments"
    EXPECT_EQ(nodesShown(*dock), 4);
    const QSizeF expected = dock->view()->picture()->bounds().size() * dock->view()->zoom();
    EXPECT_NEAR(dock->view()->width(), expected.width(), 1.0);

    dock->environmentBox()->setCurrentIndex(0); // all environments
    EXPECT_EQ(dock->environment(), "");
    EXPECT_EQ(nodesShown(*dock), 2 + 1 + 1 + 4);
}

TEST(ScalingDockTest, AnAddedFrontEndIsDrawnAfterTheTurnAndUndoRemovesIt)
{
    auto f = openWindow();
    ScalingDock* dock = scalingDock(*f->window);
    ASSERT_NE(dock, nullptr);
    Document& doc = *f->window->document();
    Server added = *server(doc.topology(), "prod-fe3");
    added.id = "prod-fe4";
    added.name = "PROD-FE-04";
    added.hardware.cpuCores = 8;
    Topology after = doc.topology();
    after.servers.push_back(added);
    for (LoadBalancer& lb : after.loadBalancers)
        if (lb.id == "lb-prod")
            lb.targets.push_back(added.id);
    doc.apply(TopologyPatch::between(doc.topology(), after), QStringLiteral("Add PROD-FE-04"));

    // The dock rebuilds its picture once the event loop runs.
    QApplication::processEvents();
    EXPECT_EQ(nodesShown(*dock), 5);
    const EnvironmentScaling& plan = dock->view()->picture()->layout().environments().front().plan;
    bool marked = false;
    for (const ScalingCluster& cluster : plan.frontEnds)
        for (const ScalingNode& node : cluster.nodes)
            if (node.server == "prod-fe4")
                marked = node.differs;
    EXPECT_TRUE(marked); // 8 cores behind the balancer of 4-core nodes
    EXPECT_DOUBLE_EQ(plan.frontEnds.front().capacity, (3 * 4 + 8) * 62.5);
    doc.undoStack()->undo();
    QApplication::processEvents();
    EXPECT_EQ(nodesShown(*dock), 4);
}

TEST(ScalingDockTest, ACoreChangeMarksTheNodeOfAnotherSpec)
{
    auto f = openWindow();
    ScalingDock* dock = scalingDock(*f->window);
    ASSERT_NE(dock, nullptr);
    Document& doc = *f->window->document();
    const auto differs = [&] {
        const EnvironmentScaling& plan =
            dock->view()->picture()->layout().environments().front().plan;
        return plan.frontEnds.front().nodes[1].differs;
    };
    EXPECT_FALSE(differs());
    doc.apply(editElements<Server>(doc.topology(), {"prod-fe2"},
                                   [](Server& s) { s.hardware.cpuCores = 16; }),
              QStringLiteral("More cores"));
    QApplication::processEvents();
    EXPECT_TRUE(differs());
}

TEST(ScalingDockTest, FollowsTheEnvironmentOfTheSelection)
{
    auto f = openWindow();
    ScalingDock* dock = scalingDock(*f->window);
    ASSERT_NE(dock, nullptr);
    Document& doc = *f->window->document();
    doc.setSelection({QStringLiteral("dev-1")});
    EXPECT_EQ(dock->environment(), "dev");
    EXPECT_EQ(nodesShown(*dock), 1);
    doc.setSelection({QStringLiteral("lb-lt")});
    EXPECT_EQ(dock->environment(), "lt");
    doc.setSelection({});
    EXPECT_EQ(dock->environment(), "lt");
}

TEST(ScalingDockTest, PaintsThePictureAndEmptiesWhenTheDesignCloses)
{
    auto f = openWindow();
    ScalingDock* dock = scalingDock(*f->window);
    ASSERT_NE(dock, nullptr);
    dock->zoomBox()->setCurrentIndex(dock->zoomBox()->findData(1.0));
    EXPECT_DOUBLE_EQ(dock->view()->zoom(), 1.0);
    const QImage image = dock->view()->grab().toImage();
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 600);
    // Cards, text and the frame's header: far more than a background.
    int differing = 0;
    const QColor background = image.pixelColor(0, 0);
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            differing += image.pixelColor(x, y) != background ? 1 : 0;
    EXPECT_GT(differing, image.width() * image.height() / 16 / 5);

    f->window->setDocument(nullptr);
    EXPECT_FALSE(dock->view()->picture().has_value());
    EXPECT_FALSE(dock->widget()->isEnabled());
}
