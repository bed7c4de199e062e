// Failover runbooks: the documented procedures of "OutSystems Platform Server failover
// procedures" with the design's names, and "no documented procedure" where there is none.
#include "Fixtures.h"

#include "core/analysis/FailoverRunbook.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace topo::test {
namespace {

bool anyContains(const std::vector<std::string>& lines, const std::string& text)
{
    return std::any_of(lines.begin(), lines.end(), [&text](const std::string& line) {
        return line.find(text) != std::string::npos;
    });
}

Server& serverOf(Topology& topology, const std::string& id)
{
    return *std::find_if(topology.servers.begin(), topology.servers.end(),
                         [&id](const Server& s) { return s.id == id; });
}

TEST(FailoverRunbook, AFailedControllerMovesToTheFirstOtherFrontEndWithLicenceAndRepublish)
{
    const Topology t = loadFixture("factory-standard");
    const std::vector<FailoverRunbook> runbooks = failoverRunbooks(t, {"prod-dc"});
    ASSERT_EQ(runbooks.size(), 1u);
    const FailoverRunbook& r = runbooks[0];
    EXPECT_EQ(r.environment, "prod");
    EXPECT_EQ(r.procedure, "Move controller and front-end roles to a different server");
    EXPECT_EQ(r.reference, "OutSystems Platform Server failover procedures");
    ASSERT_EQ(r.steps.size(), 7u);
    EXPECT_NE(r.steps[1].find("On PROD-FE-01: set the OutSystems Deployment Controller Service "
                              "startup type to Automatic"),
              std::string::npos);
    EXPECT_TRUE(anyContains(r.steps, "obtain a licence for PROD-FE-01"));
    EXPECT_TRUE(anyContains(r.steps, "every application is republished"));
    EXPECT_TRUE(anyContains(r.consequences, "licence may become invalid"));
}

TEST(FailoverRunbook, AStandbyControllerIsTheTargetAndAQueueOnTheControllerMovesWithIt)
{
    Topology t = loadFixture("factory-standard");
    Server spare = serverOf(t, "prod-dc");
    spare.id = "prod-dc2";
    spare.name = "PROD-DC-02";
    spare.standby = true;
    t.servers.push_back(spare);
    t.messageQueues.back().hostServer = "prod-dc"; // RMQ-PROD now runs on the controller
    t.messageQueues.back().nodes = 1;
    const FailoverRunbook r = failoverRunbooks(t, {"prod-dc"}).at(0);
    EXPECT_EQ(r.procedure, "Move controller roles and RabbitMQ to a different server");
    EXPECT_TRUE(anyContains(r.steps, "On PROD-DC-02: set the OutSystems Deployment Controller"));
    EXPECT_TRUE(anyContains(r.steps, "stop the RabbitMQ Service (RMQ-PROD)"));
    EXPECT_TRUE(anyContains(r.steps, "SCInstall.bat"));
}

TEST(FailoverRunbook, AFailedFrontEndActivatesTheStandbyFrontEnds)
{
    Topology t = loadFixture("factory-standard");
    serverOf(t, "prod-fe3").standby = true;
    const FailoverRunbook r = failoverRunbooks(t, {"prod-fe1"}).at(0);
    EXPECT_EQ(r.procedure, "Activate a passive front-end");
    ASSERT_EQ(r.steps.size(), 3u);
    EXPECT_EQ(r.steps[1], "On PROD-FE-03: start the OutSystems Scheduler Service and set its "
                          "startup type to Automatic.");
    EXPECT_TRUE(anyContains(r.consequences, "put PROD-FE-03 in the pool"));
}

TEST(FailoverRunbook, NoDocumentedProcedureForBalancersDatabasesLifetimeOrALoneServer)
{
    const Topology t = loadFixture("factory-standard");
    for (const std::string id : {"lb-prod", "db-prod", "lt-1", "prod-fe1"}) {
        SCOPED_TRACE(id);
        const FailoverRunbook r = failoverRunbooks(t, {id}).at(0);
        EXPECT_TRUE(r.procedure.empty());
        EXPECT_TRUE(r.steps.empty());
        ASSERT_FALSE(r.consequences.empty());
        EXPECT_NE(runbookLines(r)[0].find("no documented procedure"), std::string::npos);
    }
    // A single-server environment has no other server to move the controller to.
    EXPECT_TRUE(failoverRunbooks(t, {"dev-1"}).at(0).procedure.empty());
    EXPECT_TRUE(failoverRunbooks(t, {"nothing"}).empty());
}

} // namespace
} // namespace topo::test
