// Change events drive the analysis docks: one refresh per event-loop turn however many edits
// the turn held, none while a dock is hidden (one when it shows), and the single points of
// failure searched on a worker over a snapshot, "Updating…" meanwhile, a stale result dropped.
#include "UiTestSupport.h"

#include "../bench/DesignGenerator.h"

#include "core/edit/EditOperations.h"
#include "core/io/TopologyWriter.h"
#include "editor/document/Document.h"
#include "editor/document/RefreshScheduler.h"
#include "editor/document/SinglePointsWorker.h"
#include "ui/docks/analysis/FailoverDock.h"
#include "ui/docks/chartdock/ChartsDock.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>
#include <QUndoStack>

#include <array>
#include <atomic>
#include <iostream>

using namespace topo;
using namespace topo::test;

namespace {

const QString kFarm = QStringLiteral("example-2-production-farm");

QStringList pointIds(FailoverDock& dock)
{
    QStringList ids;
    for (int i = 0; i < dock.singleFailuresView()->topLevelItemCount(); ++i)
        ids.append(dock.singleFailuresView()->topLevelItem(i)->data(0, Qt::UserRole).toString());
    return ids;
}

// Holds the first two searches on the worker until the test opens their gates.
struct HeldSearches {
    std::array<QSemaphore, 2> gates;
    std::atomic<int> calls{0};
    HeldSearches()
    {
        SinglePointsWorker::setBeforeSearchHook([this] {
            const int call = calls++;
            if (call < 2)
                gates[static_cast<std::size_t>(call)].acquire();
        });
    }
    ~HeldSearches()
    {
        SinglePointsWorker::setBeforeSearchHook({});
        for (QSemaphore& gate : gates)
            gate.release();
        QThreadPool::globalInstance()->waitForDone();
    }
};

} // namespace

TEST(DockRefreshTest, EditsOfOneTurnRefreshTheVisibleChartsOnceAfterTheTurn)
{
    auto f = openWindow(kFarm);
    auto* charts = raisedDock<ChartsDock>(*f->window, QStringLiteral("chartsDock"));
    ASSERT_NE(charts, nullptr);
    ASSERT_TRUE(charts->isVisible());
    RefreshScheduler* refresh = charts->refreshScheduler();
    const int before = refresh->refreshCount();
    Document& doc = *f->window->document();
    setExpectedLoad(doc, 600);
    setExpectedLoad(doc, 700);
    doc.undoStack()->undo();
    EXPECT_EQ(refresh->refreshCount(), before); // nothing within the edits' own calls
    EXPECT_TRUE(refresh->isPending());
    QApplication::processEvents();
    EXPECT_EQ(refresh->refreshCount(), before + 1);
    EXPECT_FALSE(refresh->isPending());
    QApplication::processEvents();
    EXPECT_EQ(refresh->refreshCount(), before + 1);
}

TEST(DockRefreshTest, HiddenChartsComputeNothingUntilShown)
{
    auto f = openWindow(kFarm);
    auto* charts = f->window->findChild<ChartsDock*>(QStringLiteral("chartsDock"));
    ASSERT_NE(charts, nullptr);
    charts->close(); // View › Charts unchecked
    QApplication::processEvents();
    ASSERT_FALSE(charts->isVisible());
    RefreshScheduler* refresh = charts->refreshScheduler();
    const int before = refresh->refreshCount();
    setExpectedLoad(*f->window->document(), 600);
    QApplication::processEvents();
    EXPECT_EQ(refresh->refreshCount(), before);
    EXPECT_TRUE(refresh->isPending());

    charts->show();
    charts->raise();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !refresh->isPending(); }, 5000));
    EXPECT_EQ(refresh->refreshCount(), before + 1);
    EXPECT_FALSE(refresh->isPending());
}

// A dock behind another one's tab is not on screen: it waits, as a closed one does, and
// refreshes once when its tab is chosen.
TEST(DockRefreshTest, ChartsBehindAnotherTabComputeNothingUntilTheirTabIsChosen)
{
    auto f = openWindow(kFarm);
    auto* charts = f->window->findChild<ChartsDock*>(QStringLiteral("chartsDock"));
    auto* failover = raisedDock<FailoverDock>(*f->window, QStringLiteral("failoverDock"));
    ASSERT_NE(charts, nullptr);
    ASSERT_NE(failover, nullptr);
    ASSERT_TRUE(f->window->tabifiedDockWidgets(failover).contains(charts));
    ASSERT_TRUE(failover->isVisible());
    RefreshScheduler* refresh = charts->refreshScheduler();
    const int before = refresh->refreshCount();
    setExpectedLoad(*f->window->document(), 600);
    QApplication::processEvents();
    QApplication::processEvents();
    EXPECT_EQ(refresh->refreshCount(), before);
    EXPECT_TRUE(refresh->isPending());

    charts->raise();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !refresh->isPending(); }, 5000));
    EXPECT_EQ(refresh->refreshCount(), before + 1);
}

TEST(DockRefreshTest, SinglePointsShowUpdatingAndDropAStaleSearch)
{
    HeldSearches held;
    auto f = openWindow(kFarm);
    auto* dock = raisedDock<FailoverDock>(*f->window, QStringLiteral("failoverDock"));
    ASSERT_NE(dock, nullptr);
    dock->singleFailuresButton()->click(); // search 1, of the farm with its balancer
    EXPECT_TRUE(dock->singleFailuresUpdating());
    EXPECT_EQ(dock->singleFailuresSummary()->text(), QStringLiteral("Updating…"));
    EXPECT_FALSE(dock->singleFailuresView()->isEnabled());

    Document& doc = *f->window->document();
    doc.apply(removeElements(doc.topology(), {"lb-prod"}), QStringLiteral("Delete lb-prod"));
    QApplication::processEvents(); // search 2, of the farm without it
    EXPECT_TRUE(dock->singleFailuresUpdating());

    held.gates[1].release(); // the newer search ends first
    EXPECT_TRUE(QTest::qWaitFor([&] { return !dock->singleFailuresUpdating(); }, 5000));
    EXPECT_EQ(pointIds(*dock), QStringList{QStringLiteral("p-1")});
    EXPECT_TRUE(dock->singleFailuresView()->isEnabled());

    held.gates[0].release(); // the older one ends now: its result is never shown
    QThreadPool::globalInstance()->waitForDone();
    QApplication::processEvents();
    QApplication::processEvents();
    EXPECT_EQ(pointIds(*dock), QStringList{QStringLiteral("p-1")});
    EXPECT_EQ(dock->singleFailuresSummary()->text(), QStringLiteral("1 single point of failure:"));
}

TEST(DockRefreshTest, HiddenFailoverDockStartsNoSearch)
{
    HeldSearches held;
    auto f = openWindow(kFarm);
    auto* dock = raisedDock<FailoverDock>(*f->window, QStringLiteral("failoverDock"));
    ASSERT_NE(dock, nullptr);
    held.gates[0].release();
    dock->singleFailuresButton()->click();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !dock->singleFailuresUpdating(); }, 5000));
    EXPECT_EQ(held.calls.load(), 1);

    dock->close();
    QApplication::processEvents();
    ASSERT_FALSE(dock->isVisible());
    setExpectedLoad(*f->window->document(), 600);
    QApplication::processEvents();
    EXPECT_EQ(held.calls.load(), 1);
    EXPECT_FALSE(dock->singleFailuresUpdating());

    held.gates[1].release();
    dock->show();
    dock->raise();
    EXPECT_TRUE(QTest::qWaitFor([&] { return held.calls.load() == 2; }, 5000));
}

TEST(DockRefreshTest, UndoOnA2000ServerDesignRedrawsTheVisibleChartsOnceAfterTheTurn)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("generated.topology.json"));
    ASSERT_TRUE(
        writeBytes(path, QByteArray::fromStdString(writeTopology(bench::generateDesign(2000)))));
    auto f = openDesignWindow(path);
    auto* charts = raisedDock<ChartsDock>(*f->window, QStringLiteral("chartsDock"));
    ASSERT_NE(charts, nullptr);
    Document& doc = *f->window->document();
    const std::string env = doc.topology().environments[2].id; // the first production one
    charts->setEnvironment(QString::fromStdString(env));
    doc.apply(editElements<Environment>(doc.topology(), {env},
                                        [](Environment& e) { e.expectedRequestsPerSecond = 1500; }),
              QStringLiteral("Set the expected load"));
    QApplication::processEvents();
    const int before = charts->refreshScheduler()->refreshCount();

    QElapsedTimer timer;
    timer.start();
    doc.undoStack()->undo();
    QApplication::processEvents();
    const qint64 undoMs = timer.restart();
    doc.undoStack()->redo();
    QApplication::processEvents();
    const qint64 redoMs = timer.elapsed();
    std::cout << "2,000 servers, Charts visible: undo " << undoMs << " ms, redo " << redoMs
              << " ms (to the refreshed docks)\n";
    EXPECT_EQ(charts->refreshScheduler()->refreshCount(), before + 2);
    EXPECT_EQ(doc.topology().environments[2].expectedRequestsPerSecond, 1500);
}
