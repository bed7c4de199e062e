// `topology-cli analyze`: the front-end counts and capacity figures of every fixture worked out
// by hand, a design built here (two load balancers over the same front-ends of mixed specs),
// the text output and the exit statuses.
#include "CliRunner.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <map>

namespace topo::test {
namespace {

CliRun analyze(const QString& file,
               const QStringList& options = {QStringLiteral("--format"), QStringLiteral("json")})
{
    return runCli(QStringList{QStringLiteral("analyze"), file} + options);
}

// The figures of one environment, worked out by hand from the design file.
struct Expected {
    std::string environment;
    int traffic;
    int all;
    std::vector<std::string> ids;
    double total;
    double nMinus1;
    double balanced;
    double expected;
};

void expectFigures(const Json& environment, const Expected& want)
{
    SCOPED_TRACE(want.environment);
    EXPECT_EQ(environment.at("environment"), want.environment);
    const Json& frontEnds = environment.at("frontEnds");
    EXPECT_EQ(frontEnds.at("traffic"), want.traffic);
    EXPECT_EQ(frontEnds.at("all"), want.all);
    EXPECT_EQ(frontEnds.at("ids"), Json(want.ids));
    const Json& capacity = environment.at("capacity");
    EXPECT_DOUBLE_EQ(capacity.at("total").get<double>(), want.total);
    EXPECT_DOUBLE_EQ(capacity.at("nMinus1").get<double>(), want.nMinus1);
    EXPECT_DOUBLE_EQ(capacity.at("balancedDeployment").get<double>(), want.balanced);
    EXPECT_DOUBLE_EQ(capacity.at("expected").get<double>(), want.expected);
}

// Reactive apps, 62.5 req/s per core everywhere (no fixture changes the assumptions). N−1 takes
// out the largest share; the balanced split puts the shares, largest first, into the group with
// less so far (ties: the first) and keeps the smaller group.
const std::map<std::string, std::vector<Expected>>& handWorked()
{
    static const std::map<std::string, std::vector<Expected>> answers{
        // prod: p-1 4 cores, p-2 8 cores (p-3 is a scheduler only): 12 × 62.5 = 750; N−1
        // 750 − 500 = 250; split {p-2} 500 | {p-1} 250. dev: d-1 4 cores = 250 (d-2 has no
        // role). empty: nothing.
        {"design-with-problems",
         {{"prod", 2, 2, {"p-1", "p-2"}, 750, 250, 250, 900},
          {"dev", 1, 1, {"d-1"}, 250, 0, 0, 0},
          {"empty", 0, 0, {}, 0, 0, 0, 0}}},
        // One 2-core front-end each: 125; the dedicated controller serves nothing.
        {"example-1-nonproduction",
         {{"dev", 1, 1, {"dev-fe"}, 125, 0, 0, 0}, {"qa", 1, 1, {"qa-1"}, 125, 0, 0, 0}}},
        // 3 × 4 × 62.5 = 750; N−1 500; split 250 | 250, then the third to the first: 500 | 250.
        {"example-2-production-farm", {{"prod", 3, 3, {"p-1", "p-2", "p-3"}, 750, 500, 250, 0}}},
        {"example-3-lifetime", {{"lt", 1, 1, {"lt-1"}, 125, 0, 0, 0}}},
        // Six front-ends whose cores are not stated: no capacity at all.
        {"example-4-production-zones",
         {{"prod", 6, 6, {"pa-1", "pa-2", "pu-1", "pu-2", "in-1", "in-2"}, 0, 0, 0, 0}}},
        // lt 2 × 4 cores; dev 5 cores = 312.5; qa 4 cores; prod 3 × 4 cores behind LB-PROD and
        // PROD-BATCH, a front-end kept out of the pool (all = 4, traffic = 3).
        {"factory-standard",
         {{"lt", 2, 2, {"lt-1", "lt-2"}, 500, 250, 250, 0},
          {"dev", 1, 1, {"dev-1"}, 312.5, 0, 0, 0},
          {"qa", 1, 1, {"qa-1"}, 250, 0, 0, 0},
          {"prod", 3, 4, {"prod-fe1", "prod-fe2", "prod-fe3"}, 750, 500, 250, 450}}},
        // prod 4 × 4 cores = 1000, N−1 750, split 500 | 500; qa's q-2 is a standby front-end.
        {"software-and-time",
         {{"prod", 4, 4, {"p-1", "p-2", "p-3", "p-4"}, 1000, 750, 500, 900},
          {"qa", 1, 2, {"q-1"}, 250, 0, 0, 0},
          {"dev", 1, 1, {"d-1"}, 250, 0, 0, 0}}},
        // lt 2 × 4 cores as in factory-standard; prod 3 × 4 cores (P-DC serves nothing) =
        // 750, N−1 500, split 250 | 250, then the third to the first: 500 | 250.
        {"upgrade-readiness",
         {{"lt", 2, 2, {"lt-1", "lt-2"}, 500, 250, 250, 0},
          {"prod", 3, 3, {"p-1", "p-2", "p-3"}, 750, 500, 250, 400}}},
    };
    return answers;
}

TEST(Analyze, EveryFixtureHasTheHandWorkedFigures)
{
    for (const std::string& name : fixtureNames()) {
        SCOPED_TRACE(name);
        const auto answer = handWorked().find(name);
        ASSERT_NE(answer, handWorked().end()) << "work out the figures of the new fixture " << name;
        const CliRun run = analyze(fixturePath(name));
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        const Json out = run.outJson();
        EXPECT_EQ(out.at("file"), fixturePath(name).toStdString());
        const Json& environments = out.at("environments");
        ASSERT_EQ(environments.size(), answer->second.size());
        for (std::size_t i = 0; i < environments.size(); ++i)
            expectFigures(environments[i], answer->second[i]);
    }
}

// A design of no fixture: LB-1 targets a, b, c, d and LB-2 a, b, c (each front-end counts once);
// e is a standby front-end, f one kept out of the pool. Cores 4, 4, 8, 2: 18 × 62.5 = 1125 req/s;
// N−1 1125 − 500 = 625; split c 500 → A, a 250 → B, b 250 → B (500 < 500 is false: B has
// less), d 125 → A (500 ≤ 500): A {c, d} 625, B {a, b} 500. qa: traditional apps at 20 req/s
// per core (the design's own assumption), 2 × 4 × 20 = 160.
Json mixedDesign()
{
    const auto server = [](const std::string& id, const std::string& env, int cores) {
        return Json{{"id", id},
                    {"name", "N-" + id},
                    {"environment", env},
                    {"roles", {"frontend", "scheduler"}},
                    {"hardware", {{"cpuCores", cores}, {"ramGb", 2 * cores}, {"diskGb", 100}}}};
    };
    Json servers =
        Json::array({server("a", "prod", 4), server("b", "prod", 4), server("c", "prod", 8),
                     server("d", "prod", 2), server("e", "prod", 4), server("f", "prod", 4),
                     server("q1", "qa", 4), server("q2", "qa", 4)});
    servers[4]["standby"] = true;
    servers[5]["servesTraffic"] = false;
    servers.push_back({{"id", "dc"},
                       {"name", "DC"},
                       {"environment", "prod"},
                       {"roles", {"deploymentController"}}});
    return Json{{"format", "outsystems-topology"},
                {"formatVersion", 1},
                {"name", "Mixed farm"},
                {"assumptions", {{"requestsPerSecondPerCore", {{"traditional", 20}}}}},
                {"environments",
                 {{{"id", "prod"},
                   {"name", "Production"},
                   {"purpose", "production"},
                   {"expectedRequestsPerSecond", 1000},
                   {"haRequired", true}},
                  {{"id", "qa"},
                   {"name", "Quality"},
                   {"purpose", "non-production"},
                   {"appKind", "traditional"}}}},
                {"servers", servers},
                {"loadBalancers",
                 {{{"id", "lb-1"},
                   {"name", "LB-1"},
                   {"environment", "prod"},
                   {"targets", {"a", "b", "c", "d"}}},
                  {{"id", "lb-2"},
                   {"name", "LB-2"},
                   {"environment", "prod"},
                   {"targets", {"a", "b", "c"}}}}}};
}

TEST(Analyze, TwoBalancersOverMixedFrontEndsCountEachServerOnce)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mixed.topology.json"));
    writeBytes(path, QByteArray::fromStdString(mixedDesign().dump(2)));
    const CliRun run = analyze(path);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const Json out = run.outJson();
    const Json& environments = out.at("environments");
    ASSERT_EQ(environments.size(), 2u);
    expectFigures(environments[0], {"prod", 4, 6, {"a", "b", "c", "d"}, 1125, 625, 500, 1000});
    expectFigures(environments[1], {"qa", 2, 2, {"q1", "q2"}, 160, 80, 80, 0});
    const Json& capacity = environments[0].at("capacity");
    EXPECT_DOUBLE_EQ(capacity.at("perCore").get<double>(), 62.5);
    EXPECT_DOUBLE_EQ(environments[1].at("capacity").at("perCore").get<double>(), 20);
    EXPECT_EQ(capacity.at("balancedGroups"), Json::parse(R"([["c", "d"], ["a", "b"]])"));
    EXPECT_EQ(capacity.at("arithmetic").at("total"),
              "(2 × 4 cores + 1 × 8 cores + 1 × 2 cores) × 62.5 req/s per core = 1125 req/s");
    EXPECT_EQ(capacity.at("arithmetic").at("nMinus1"),
              "1125 req/s − 8 cores × 62.5 req/s per core (N-c, the largest, down) = 625 req/s");
    // Two clusters, one per balancer, with the same servers; c and d are of another spec.
    const Json& clusters = environments[0].at("scaling").at("frontEndClusters");
    ASSERT_EQ(clusters.size(), 3u); // LB-1, LB-2, and e and f behind no balancer
    EXPECT_EQ(clusters[0].at("loadBalancer"), "lb-1");
    EXPECT_EQ(clusters[0].at("otherSpec"), Json::parse(R"(["c", "d"])"));
    EXPECT_EQ(clusters[1].at("members"), Json::parse(R"(["a", "b", "c"])"));
    EXPECT_EQ(clusters[2].at("loadBalancer"), nullptr);
    EXPECT_EQ(clusters[2].at("trafficMembers"), Json::array());
    // 1 − (1 − 0.995)^4 over the four traffic front-ends.
    EXPECT_NEAR(environments[0].at("availability").at("frontEndTier").get<double>(),
                1 - 0.005 * 0.005 * 0.005 * 0.005, 1e-15);
}

TEST(Analyze, OneEnvironmentAsTextWithItsArithmetic)
{
    const CliRun run = analyze(fixturePath("factory-standard"),
                               {QStringLiteral("--environment"), QStringLiteral("prod")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.outLines();
    EXPECT_EQ(lines.value(0), fixturePath("factory-standard"));
    EXPECT_EQ(lines.value(1), QStringLiteral("Production")) << "the name, not the id";
    EXPECT_FALSE(lines.contains(QStringLiteral("LifeTime"))) << "only the chosen environment";
    EXPECT_TRUE(lines.contains(QStringLiteral("  front-ends: 3 traffic, 4 in all")));
    EXPECT_TRUE(lines.contains(QStringLiteral("  capacity: 750 req/s")));
    EXPECT_TRUE(lines.contains(QStringLiteral("    3 × 4 cores × 62.5 req/s per core = 750 req/s")))
        << run.out.toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("  N-1: 500 req/s")));
    EXPECT_TRUE(lines.contains(QStringLiteral("  balanced deployment: 250 req/s")));
    EXPECT_TRUE(lines.contains(QStringLiteral("  expected: 450 req/s")));
}

TEST(Analyze, SinglePointsOfFailureOfTheEnvironmentOnly)
{
    const CliRun run = analyze(fixturePath("example-2-production-farm"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const Json out = run.outJson();
    const Json points = out.at("environments")[0].at("singlePointsOfFailure");
    ASSERT_EQ(points.size(), 2u) << points.dump(2);
    EXPECT_EQ(points[0].at("element"), "lb-prod");
    EXPECT_EQ(points[0].at("breaks"),
              Json::parse(R"([{"environment": "prod", "what": ["serving"], "zones": []}])"));
    EXPECT_EQ(points[1].at("element"), "p-1");
}

TEST(Analyze, TheEnvironmentByItsName)
{
    const QString file = fixturePath("factory-standard");
    const CliRun byName =
        analyze(file, {QStringLiteral("--environment"), QStringLiteral("Production")});
    const CliRun byId = analyze(file, {QStringLiteral("--environment"), QStringLiteral("prod")});
    ASSERT_EQ(byName.exitCode, 0) << byName.err.toStdString();
    EXPECT_EQ(byName.out, byId.out);
}

TEST(Analyze, ExitStatuses)
{
    const QString file = fixturePath("example-2-production-farm");
    EXPECT_EQ(analyze(file, {QStringLiteral("--environment"), QStringLiteral("nope")}).exitCode, 2);
    EXPECT_EQ(analyze(file, {QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("analyze")}).exitCode, 2);
    const CliRun missing = analyze(dataPath(QStringLiteral("no-such.topology.json")));
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_FALSE(missing.err.isEmpty());
    const CliRun help = runCli({QStringLiteral("analyze"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("\"balancedDeployment\""));
    EXPECT_TRUE(runCli({QStringLiteral("--help")}).out.contains("analyze FILE"));
}

} // namespace
} // namespace topo::test
