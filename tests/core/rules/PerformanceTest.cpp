#include "DesignBuilder.h"

#include "rules/Validator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace topo::test {
namespace {

constexpr int kServers = 10000;

// 10,000 servers in 100 sound environments of 100: a controller and 99 front-ends behind a
// load balancer, in two zones, with a database cluster and a queue cluster each.
Topology largeFactory()
{
    DesignBuilder b;
    b.scope(Scope::Fragment);
    constexpr int kEnvironments = 100;
    for (int e = 0; e < kEnvironments; ++e) {
        const std::string env = "env-" + std::to_string(e);
        b.env(env, Purpose::Production).platformVersion = "11.38.1";
        b.server(env + "-dc", env, {Role::DeploymentController, Role::Scheduler});
        b.serverAt(env + "-dc").hardware = {8, 16, 200, {}};
        std::vector<std::string> frontEnds;
        for (int s = 1; s < kServers / kEnvironments; ++s)
            frontEnds.push_back(b.frontEnd(env + "-fe" + std::to_string(s), env).id);
        b.lb(env + "-lb", env, frontEnds);
        Zone& global = b.zone(env, env + "-global", frontEnds, true);
        global.httpsInternal = true;
        global.hostsApps = false;
        b.zone(env, env + "-apps", frontEnds).address = env + ".example.com";
        Database& db = b.db("db-" + env, {env});
        db.nodes = 2;
        db.haMode = DbHaMode::AlwaysOnAg;
        MessageQueue& q = b.queue("mq-" + env, env);
        q.nodes = 3;
        q.tcpLoadBalancer = true;
        q.version = "4.1.2";
    }
    return b.topology();
}

// 10,000 servers over 20 environments with many defects, so that about 14,000 findings are
// built and sorted: duplicate names, unspecified disks, undersized development servers,
// front-ends outside the load balancer, zones without their own load balancer.
Topology largeDefectiveDesign()
{
    DesignBuilder b;
    constexpr int kEnvironments = 20;
    for (int e = 0; e < kEnvironments; ++e) {
        const std::string env = "env-" + std::to_string(e);
        b.env(env, e % 4 == 0 ? Purpose::Production : Purpose::Development).activeDevelopers = 20;
        b.envAt(env).platformVersion = "11.20";
        std::vector<std::string> members;
        for (int s = 0; s < kServers / kEnvironments; ++s) {
            const std::string id = env + "-s" + std::to_string(s);
            Server& server = s == 0 ? b.allRoles(id, env) : b.frontEnd(id, env);
            server.hardware = {2 + s % 3, 8, s % 7 == 0 ? 0.0 : 100.0, {}};
            server.name = "host-" + std::to_string(s % 400);
            members.push_back(id);
        }
        b.lb(env + "-lb", env, std::vector<std::string>(members.begin(), members.begin() + 250));
        b.zone(env, env + "-global", members, true);
        b.zone(env, env + "-z", std::vector<std::string>(members.begin() + 250, members.end()));
        b.db("db-" + env, {env});
        b.queue("mq-" + env, env, env + "-s0").version = "3.8.0";
    }
    return b.topology();
}

// The fastest of five runs, in milliseconds of processor time (the machine may be busy with
// other work: wall-clock time would measure that too).
double bestOfFive(const Topology& design, std::size_t& findings)
{
    double best = 1e9;
    for (int run = 0; run < 5; ++run) {
        const std::clock_t start = std::clock();
        findings = validate(design).size();
        best = std::min(best, 1000.0 * static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC);
    }
    return best;
}

#ifdef NDEBUG
constexpr double kSlowdown = 1; // the budget of the specification
#else
constexpr double kSlowdown = 15; // unoptimised builds; a quadratic rule still takes far longer
#endif

TEST(Performance, TenThousandServerFactoryValidatesWithinTenMilliseconds)
{
    const Topology design = largeFactory();
    ASSERT_EQ(design.servers.size(), std::size_t(kServers));
    std::size_t findings = 0;
    const double ms = bestOfFive(design, findings);
    RecordProperty("milliseconds", std::to_string(ms));
    std::printf("%.2f ms\n", ms);
    EXPECT_EQ(findings, 100u); // DC-SPOF advice per environment
    EXPECT_LT(ms, 10.0 * kSlowdown);
}

TEST(Performance, TenThousandServersWithManyFindingsStayLinear)
{
    const Topology design = largeDefectiveDesign();
    ASSERT_EQ(design.servers.size(), std::size_t(kServers));
    std::size_t findings = 0;
    const double ms = bestOfFive(design, findings);
    RecordProperty("milliseconds", std::to_string(ms));
    std::printf("%.2f ms\n", ms);
    EXPECT_GT(findings, 14000u);
    EXPECT_LT(ms, 30.0 * kSlowdown);
}

} // namespace
} // namespace topo::test
