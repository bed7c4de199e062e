#include "Fixtures.h"

#include "core/flows/FlowGroups.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

namespace topo::test {
namespace {

// A grouped row as a firewall request lists it: "SOURCE → DESTINATION: PORT (kind)".
std::vector<std::string> linesOf(const Topology& topology, std::string_view environment)
{
    const FlowEnds ends(topology);
    std::vector<std::string> lines;
    for (const FlowGroupRow& row : groupedFlows(topology, environment))
        lines.push_back(sideTitle(row.source, ends) + " → " + sideTitle(row.destination, ends) +
                        ": " + std::to_string(row.port) + " (" +
                        std::string(flowKindName(row.kind)) + ")");
    return lines;
}

TEST(FlowGroups, FactoryStandardProductionIsTheFirewallRequest)
{
    EXPECT_EQ(linesOf(loadFixture("factory-standard"), "prod"),
              (std::vector<std::string>{
                  "End users → LB-PROD: 80 (app-access)",
                  "End users → LB-PROD: 443 (app-access)",
                  "LB-PROD → targets of LB-PROD (3): 80 (load-balancing)",
                  "LB-PROD → targets of LB-PROD (3): 443 (load-balancing)",
                  "Production front-ends (4) → PROD-DC: 12000 (controller)",
                  "Production front-ends (4) → PROD-DC: 12100 (controller)",
                  "PROD-DC → Production front-ends (4): 80 (deployment)",
                  "PROD-DC → Production front-ends (4): 12001 (deployment)",
                  "PROD-DC → Production front-ends (4): 12002 (deployment)",
                  "PROD-DC → Production front-ends (4): 12101 (deployment)",
                  "PROD-DC → Production front-ends (4): 12102 (deployment)",
                  "Production front-ends (4) → Production front-ends (4): 80 (monitoring)",
                  "Production front-ends (4) → Production front-ends (4): 12001 (monitoring)",
                  "Production front-ends (4) → Production front-ends (4): 12002 (monitoring)",
                  "Production front-ends (4) → Production front-ends (4): 12101 (monitoring)",
                  "Production front-ends (4) → Production front-ends (4): 12102 (monitoring)",
                  "Production platform servers (5) → RMQ-PROD: 5672 (cache-invalidation)",
                  "RMQ-PROD → RMQ-PROD: 4369 (rabbitmq-cluster)",
                  "RMQ-PROD → RMQ-PROD: 25672 (rabbitmq-cluster)",
                  "Production platform servers (5) → SQL-PROD-AG: 1433 (database)",
                  "Production platform servers (5) → OutSystems telemetry: 443 (telemetry)",
                  "PROD-DC → Mobile Apps Build Service: 443 (mobile-build)",
                  "Production front-ends (4) → Mobile Apps Build Service: 443 (mobile-build)",
                  "LifeTime front-ends (2) → LB-PROD: 443 (lifetime)",
                  "Production front-ends (4) → LB-LIFETIME: 443 (lifetime)",
                  "Developers' workstations → LB-PROD: 443 (development)",
              }));
}

// Every per-host flow is in exactly one grouped row, and every pair a row spans is a flow.
TEST(FlowGroups, ExpandToExactlyThePerHostFlowsOfEveryFixture)
{
    for (const std::string& name : fixtureNames()) {
        SCOPED_TRACE(name);
        const Topology t = loadFixture(name);
        std::vector<NetworkFlow> expanded;
        for (const FlowGroupRow& row : groupedFlows(t))
            for (const FlowEnd& source : row.source.members)
                for (const FlowEnd& destination : row.destination.members)
                    if (source != destination || source.kind != EndKind::Server)
                        expanded.push_back(
                            {row.environment, row.kind, source, destination, row.port});
        std::vector<NetworkFlow> flows = networkFlows(t);
        const auto order = [](const NetworkFlow& a, const NetworkFlow& b) {
            return std::tie(a.environment, a.kind, a.source, a.destination, a.port) <
                   std::tie(b.environment, b.kind, b.source, b.destination, b.port);
        };
        std::sort(expanded.begin(), expanded.end(), order);
        std::sort(flows.begin(), flows.end(), order);
        EXPECT_EQ(expanded, flows);
    }
}

TEST(FlowGroups, AServerAloneWithItselfMakesNoRow)
{
    // Example 1's environments each have one server with every platform role.
    for (const std::string& line : linesOf(loadFixture("example-1-nonproduction"), ""))
        EXPECT_EQ(line.find("(monitoring)"), std::string::npos) << line;
}

} // namespace
} // namespace topo::test
