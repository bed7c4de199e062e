// SinglePointsWorker: the search runs on a worker over a snapshot, and a result from an older
// snapshot is dropped when a newer request came in meanwhile.
#include "editor/document/SinglePointsWorker.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <gtest/gtest.h>

#include <array>
#include <atomic>

namespace topo {
namespace {

// One environment with one server that is front-end and controller, and its database.
Topology oneServer(const std::string& serverId)
{
    Topology design;
    Environment env;
    env.id = "prod";
    env.purpose = Purpose::Production;
    design.environments.push_back(env);
    Server server;
    server.id = serverId;
    server.environment = "prod";
    server.roles = {Role::Frontend, Role::DeploymentController};
    server.hardware = Hardware{4, 8, 100};
    design.servers.push_back(server);
    Database db;
    db.id = "db-1";
    db.catalogs.push_back(Catalog{"prod", CatalogKind::Platform});
    design.databases.push_back(db);
    return design;
}

std::vector<std::string> elements(const std::vector<SinglePointOfFailure>& points)
{
    std::vector<std::string> ids;
    for (const SinglePointOfFailure& point : points)
        ids.push_back(point.element);
    return ids;
}

TEST(SinglePointsWorker, SearchesASnapshotTakenAtTheRequest)
{
    SinglePointsWorker worker;
    QSignalSpy finished(&worker, &SinglePointsWorker::finished);
    Topology design = oneServer("srv-1");
    worker.request(design);
    design.servers.front().id = "changed-after-the-request";
    EXPECT_TRUE(worker.isBusy());
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_FALSE(worker.isBusy());
    EXPECT_EQ(elements(worker.points()), (std::vector<std::string>{"srv-1", "db-1"}));
    EXPECT_EQ(worker.snapshot()->servers.front().id, "srv-1");
}

TEST(SinglePointsWorker, AResultOfAnOlderSnapshotIsDropped)
{
    std::array<QSemaphore, 2> gates;
    std::atomic<int> calls{0};
    SinglePointsWorker::setBeforeSearchHook([&] {
        const int call = calls++;
        if (call < 2)
            gates[static_cast<std::size_t>(call)].acquire();
    });
    SinglePointsWorker worker;
    QSignalSpy finished(&worker, &SinglePointsWorker::finished);
    worker.request(oneServer("old"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return calls.load() == 1; }, 5000));
    worker.request(oneServer("new"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return calls.load() == 2; }, 5000));

    gates[1].release(); // the newer search ends first and is announced
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_EQ(elements(worker.points()), (std::vector<std::string>{"new", "db-1"}));
    gates[0].release(); // the older one ends later and is not
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    EXPECT_EQ(finished.count(), 1);
    EXPECT_EQ(elements(worker.points()), (std::vector<std::string>{"new", "db-1"}));
    SinglePointsWorker::setBeforeSearchHook({});
}

TEST(SinglePointsWorker, CancelDropsTheRunningSearch)
{
    SinglePointsWorker worker;
    QSignalSpy finished(&worker, &SinglePointsWorker::finished);
    worker.request(oneServer("srv-1"));
    worker.cancel();
    EXPECT_FALSE(worker.isBusy());
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    EXPECT_EQ(finished.count(), 0);
    EXPECT_TRUE(worker.points().empty());
}

} // namespace
} // namespace topo
