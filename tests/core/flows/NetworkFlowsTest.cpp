#include "Fixtures.h"

#include "core/flows/NetworkFlows.h"
#include "core/model/Json.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <stdexcept>

namespace topo::test {
namespace {

// A flow as the fixtures' NAME.flows.json lists it: [environment, kind, source, destination,
// port].
using Row = std::tuple<std::string, std::string, std::string, std::string, int>;

std::vector<Row> rowsOf(const Topology& topology, std::string_view onlyEnvironment = {})
{
    const FlowEnds ends(topology);
    std::vector<Row> rows;
    for (const NetworkFlow& f : networkFlows(topology, onlyEnvironment))
        rows.emplace_back(topology.environments[f.environment].id,
                          std::string(flowKindName(f.kind)), std::string(ends.id(f.source)),
                          std::string(ends.id(f.destination)), f.port);
    return rows;
}

std::vector<Row> expectedRows(const std::string& name)
{
    std::ifstream file(testDataDir() + "/fixtures/" + name + ".flows.json");
    const Json expected = Json::parse(file);
    std::vector<Row> rows;
    for (const Json& f : expected.at("flows"))
        rows.emplace_back(f.at(0), f.at(1), f.at(2), f.at(3), f.at(4));
    return rows;
}

class FixtureFlows : public ::testing::TestWithParam<std::string> {};

TEST_P(FixtureFlows, AreExactlyTheFlowsFileInItsOrder)
{
    const std::vector<Row> expected = expectedRows(GetParam());
    ASSERT_FALSE(expected.empty());
    EXPECT_EQ(rowsOf(loadFixture(GetParam())), expected);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FixtureFlows, ::testing::ValuesIn(fixtureNames()),
                         [](const auto& info) {
                             std::string name = info.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

TEST(NetworkFlows, OneEnvironmentGivesThatEnvironmentsRowsOnly)
{
    const Topology t = loadFixture("factory-standard");
    std::vector<Row> prod;
    for (const Row& row : rowsOf(t))
        if (std::get<0>(row) == "prod")
            prod.push_back(row);
    ASSERT_FALSE(prod.empty());
    EXPECT_EQ(rowsOf(t, "prod"), prod);
    EXPECT_TRUE(rowsOf(t, "nowhere").empty());
}

// The destinations of one environment's flows of a kind on a port, in order.
std::vector<std::string> destinations(const Topology& topology, std::string_view environment,
                                      std::string_view kind, int port)
{
    std::vector<std::string> found;
    for (const Row& row : rowsOf(topology, environment))
        if (std::get<1>(row) == kind && std::get<4>(row) == port &&
            (found.empty() || found.back() != std::get<3>(row)))
            found.push_back(std::get<3>(row));
    return found;
}

Server& serverOf(Topology& topology, std::string_view id)
{
    for (Server& s : topology.servers)
        if (s.id == id)
            return s;
    throw std::out_of_range(std::string(id));
}

TEST(NetworkFlows, PortsOfNewerPlatformServersGoOnlyToServersOfThatVersion)
{
    Topology t = loadFixture("factory-standard"); // Production on 11.38.0
    t.environments[3].platformVersion = "11.20.0";
    EXPECT_TRUE(destinations(t, "prod", "controller", 12100).empty());
    EXPECT_TRUE(destinations(t, "prod", "deployment", 12101).empty());
    EXPECT_TRUE(destinations(t, "prod", "deployment", 12102).empty());
    EXPECT_EQ(destinations(t, "prod", "deployment", 12001).size(), 4u);
    // A server's own version counts: 11.21 has 12102, 11.24 also 12101, 11.25 the
    // controller's 12100.
    serverOf(t, "prod-fe1").platformVersion = "11.21";
    serverOf(t, "prod-fe2").platformVersion = "11.24.0";
    serverOf(t, "prod-dc").platformVersion = "11.25.0";
    EXPECT_EQ(destinations(t, "prod", "deployment", 12102),
              (std::vector<std::string>{"prod-fe1", "prod-fe2"}));
    EXPECT_EQ(destinations(t, "prod", "deployment", 12101), std::vector<std::string>{"prod-fe2"});
    EXPECT_EQ(destinations(t, "prod", "controller", 12100), std::vector<std::string>{"prod-dc"});
    // A controller builds mobile apps itself from 11.26.0.
    EXPECT_EQ(destinations(t, "prod", "mobile-build", 443), std::vector<std::string>{"mabs"});
    std::size_t fromController = 0;
    for (const Row& row : rowsOf(t, "prod"))
        fromController += std::get<1>(row) == "mobile-build" && std::get<2>(row) == "prod-dc";
    EXPECT_EQ(fromController, 0u);
    // Not set, or not a version: a new installation, the current version.
    serverOf(t, "prod-dc").platformVersion = "";
    t.environments[3].platformVersion = "current";
    EXPECT_EQ(destinations(t, "prod", "controller", 12100), std::vector<std::string>{"prod-dc"});
}

TEST(NetworkFlows, AQueueOnAServerIsReachedOnThatServerWhichNeverReachesItself)
{
    const Topology t = loadFixture("factory-standard"); // RMQ-LT runs on LT-1
    std::vector<Row> cache;
    for (const Row& row : rowsOf(t, "lt"))
        if (std::get<1>(row) == "cache-invalidation")
            cache.push_back(row);
    EXPECT_EQ(cache, (std::vector<Row>{{"lt", "cache-invalidation", "lt-2", "lt-1", 5672}}));
}

TEST(NetworkFlows, WithoutABalancerTheFrontEndsServingTrafficAreTheEntry)
{
    Topology t = loadFixture("factory-standard");
    t.loadBalancers.back().targets.clear(); // LB-PROD targets nothing now
    EXPECT_EQ(destinations(t, "prod", "app-access", 443),
              (std::vector<std::string>{"prod-fe1", "prod-fe2", "prod-fe3"}));
    EXPECT_TRUE(destinations(t, "prod", "load-balancing", 443).empty());
}

TEST(NetworkFlows, InternalPortsAreTheOnesThatMustNeverFaceTheInternet)
{
    for (int port : {12000, 12001, 12002, 12100, 12101, 12102, 5672, 4369, 25672, 1433, 1521})
        EXPECT_TRUE(internalPort(port)) << port;
    for (int port : {80, 443, 12003, 12099, 12103, 5671})
        EXPECT_FALSE(internalPort(port)) << port;
}

TEST(NetworkFlows, EndsSayWhatTheyAreAndWhereToReachThem)
{
    const Topology t = loadFixture("upgrade-readiness");
    const FlowEnds ends(t);
    bool zone = false;
    bool telemetry = false;
    for (const NetworkFlow& f : networkFlows(t)) {
        if (f.destination.kind == EndKind::Zone) {
            zone = true;
            EXPECT_EQ(FlowEnds::kindName(f.destination.kind), "zone");
            EXPECT_TRUE(ends.address(f.destination) == "apps.example.com" ||
                        ends.address(f.destination) == "pay.example.com");
        }
        if (f.kind == FlowKind::Telemetry) {
            telemetry = true;
            EXPECT_EQ(ends.id(f.destination), "outsystems-telemetry");
            EXPECT_EQ(ends.address(f.destination), "*.outsystems.com, outsystems.com");
            EXPECT_EQ(ends.address(f.source), ends.name(f.source)); // a server's host name
        }
    }
    EXPECT_TRUE(zone);
    EXPECT_TRUE(telemetry);
}

} // namespace
} // namespace topo::test
