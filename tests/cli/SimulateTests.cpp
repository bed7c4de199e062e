// `topology-cli simulate`: single points of failure of the fixtures worked out by hand, one
// named failure, the text output and the argument errors.
#include "CliRunner.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace topo::test {
namespace {

CliRun simulate(const std::string& fixture, const QString& fail,
                const QString& format = QStringLiteral("json"))
{
    return runCli({QStringLiteral("simulate"), fixturePath(fixture), QStringLiteral("--fail"), fail,
                   QStringLiteral("--format"), format});
}

// One expected single point of failure: element, kind, name, and per environment what breaks
// and which zones stop.
Json point(const std::string& element, const std::string& kind, const std::string& name,
           const Json& breaks)
{
    return Json{{"element", element}, {"kind", kind}, {"name", name}, {"breaks", breaks}};
}

Json breaks(const std::string& environment, const std::vector<std::string>& what,
            const std::vector<std::string>& zones = {})
{
    return Json{{"environment", environment}, {"what", what}, {"zones", zones}};
}

TEST(Simulate, DesignWithProblemsSinglePointsOfFailure)
{
    const CliRun run = simulate("design-with-problems", QStringLiteral("each"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const Json out = run.outJson();
    EXPECT_EQ(out.at("file").get<std::string>(), fixturePath("design-with-problems").toStdString());
    // PROD-01 is the only production front-end LB-1 targets (PROD-02 is not behind it; DEV-01
    // is another environment's); PROD-02 keeps publishing and PROD-03 the timers. prod-01
    // (d-1) is development's only server and hosts production's queue. DB-X holds no
    // platform catalog; MQ-P has two nodes and is not tried alone. Production's capacity
    // (750) is already below its 900 req/s, so no failure drops it below.
    const Json expected = Json::array({
        point("p-1", "server", "PROD-01", Json::array({breaks("prod", {"serving"})})),
        point("d-1", "server", "prod-01",
              Json::array({breaks("prod", {"cacheInvalidation"}),
                           breaks("dev", {"serving", "publishing", "timers"})})),
        point("lb-1", "loadBalancer", "LB-1", Json::array({breaks("prod", {"serving"})})),
        point("db-p", "database", "DB-P",
              Json::array({breaks("prod", {"serving", "publishing", "timers"})})),
        point("db-d", "database", "DB-D",
              Json::array({breaks("dev", {"serving", "publishing", "timers"})})),
    });
    EXPECT_EQ(out.at("singlePointsOfFailure"), expected) << out.dump(2);
}

TEST(Simulate, ProductionZonesSinglePointsOfFailure)
{
    const CliRun run = simulate("example-4-production-zones", QStringLiteral("each"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // Each zone has two front-ends but one load balancer; the single database, the single
    // controller (which also hosts RabbitMQ) and the one-node queue are single points.
    const std::vector<std::string> all{"z-partner", "z-public", "z-internal"};
    const Json expected = Json::array({
        point("lb-partner", "loadBalancer", "LB-PARTNER",
              Json::array({breaks("prod", {"serving"}, {"z-partner"})})),
        point("lb-public", "loadBalancer", "LB-PUBLIC",
              Json::array({breaks("prod", {"serving"}, {"z-public"})})),
        point("lb-internal", "loadBalancer", "LB-INTERNAL",
              Json::array({breaks("prod", {"serving"}, {"z-internal"})})),
        point("db-1", "database", "DB-1",
              Json::array({breaks("prod", {"serving", "publishing", "timers"}, all)})),
        point("dc-1", "server", "DC-1",
              Json::array({breaks("prod", {"publishing", "cacheInvalidation"})})),
        point("mq-prod", "queue", "MQ-PROD", Json::array({breaks("prod", {"cacheInvalidation"})})),
    });
    EXPECT_EQ(run.outJson().at("singlePointsOfFailure"), expected) << run.out.toStdString();
}

TEST(Simulate, ProductionFarmLosesItsControllerFrontEnd)
{
    const CliRun run = simulate("example-2-production-farm", QStringLiteral("p-1"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const Json out = run.outJson();
    EXPECT_EQ(out.at("failed"), Json::array({"p-1"}));
    ASSERT_EQ(out.at("environments").size(), 1u);
    const Json& prod = out.at("environments")[0];
    EXPECT_EQ(prod.at("environment"), "prod");
    EXPECT_EQ(prod.at("name"), "Production");
    EXPECT_EQ(prod.at("serving"), true);
    EXPECT_EQ(prod.at("zones"), Json::array());
    EXPECT_EQ(prod.at("publishing"), false);
    EXPECT_EQ(prod.at("timers"), true);
    // P-1 is the only controller: cache invalidation stops with it, though RabbitMQ runs on
    // its own three nodes.
    EXPECT_EQ(prod.at("cacheInvalidation"), false);
    EXPECT_EQ(prod.at("lifetimeManagement"), false);
    const Json& capacity = prod.at("capacity");
    EXPECT_EQ(capacity.at("left"), 500.0);
    EXPECT_EQ(capacity.at("total"), 750.0);
    EXPECT_EQ(capacity.at("expected"), 0.0);
    EXPECT_EQ(capacity.at("arithmetic"),
              "live front-ends users reach: 2 × 4 cores × 62.5 req/s per core = 500 req/s");
    EXPECT_FALSE(prod.at("notes").empty());
}

TEST(Simulate, TheRunbookSaysWhatToDoWithTheDesignsNames)
{
    const Json out = simulate("factory-standard", QStringLiteral("prod-dc,lb-prod")).outJson();
    const Json& runbook = out.at("runbook");
    ASSERT_EQ(runbook.size(), 2u);
    EXPECT_EQ(runbook[0].at("failed"), "prod-dc");
    EXPECT_EQ(runbook[0].at("procedure"),
              "Move controller and front-end roles to a different server");
    EXPECT_EQ(runbook[0].at("reference"), "OutSystems Platform Server failover procedures");
    EXPECT_EQ(runbook[0].at("steps").size(), 7u);
    EXPECT_EQ(runbook[1].at("failed"), "lb-prod");
    EXPECT_EQ(runbook[1].at("procedure"), "");
    const CliRun text = runCli({QStringLiteral("simulate"), fixturePath("factory-standard"),
                                QStringLiteral("--fail"), QStringLiteral("prod-dc")});
    EXPECT_TRUE(text.outLines().contains(QStringLiteral("Runbook:")));
    EXPECT_TRUE(text.out.contains("  7. Service Center › Factory › Solutions"));
}

TEST(Simulate, SeveralIdsAndTextOutput)
{
    const CliRun run =
        simulate("example-2-production-farm", QStringLiteral("p-2,p-3"), QStringLiteral("text"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.outLines();
    EXPECT_TRUE(lines.contains(fixturePath("example-2-production-farm") +
                               QStringLiteral(": failed: P-2, P-3")))
        << run.out.toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("  serving: yes")));
    EXPECT_TRUE(lines.contains(QStringLiteral("  publishing: yes")));
    EXPECT_TRUE(lines.contains(QStringLiteral("  capacity: 250 req/s of 750 req/s left")));
}

// Capacity that cannot reach users is 0: LB-PROD down stops production's serving, so none of
// its 3 × 4 cores × 62.5 = 750 req/s is left, in the JSON and in the text.
TEST(Simulate, StoppedServingLeavesNoCapacity)
{
    const CliRun run = simulate("factory-standard", QStringLiteral("lb-prod"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const Json out = run.outJson();
    const Json& environments = out.at("environments");
    const auto prod = std::find_if(environments.begin(), environments.end(),
                                   [](const Json& e) { return e.at("environment") == "prod"; });
    ASSERT_NE(prod, environments.end());
    EXPECT_EQ(prod->at("serving"), false);
    const Json& capacity = prod->at("capacity");
    EXPECT_EQ(capacity.at("left"), 0.0);
    EXPECT_EQ(capacity.at("total"), 750.0);
    EXPECT_EQ(capacity.at("expected"), 450.0);

    const CliRun text =
        simulate("factory-standard", QStringLiteral("lb-prod"), QStringLiteral("text"));
    EXPECT_TRUE(text.outLines().contains(
        QStringLiteral("  capacity: 0 req/s of 750 req/s left, 450 req/s expected")))
        << text.out.toStdString();
}

TEST(Simulate, AZoneThatStopsServingHasNoCapacityLeft)
{
    const CliRun run = simulate("example-4-production-zones", QStringLiteral("lb-partner"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const Json out = run.outJson();
    const Json& zones = out.at("environments")[0].at("zones");
    ASSERT_EQ(zones.size(), 3u);
    EXPECT_EQ(zones[0].at("zone"), "z-partner");
    EXPECT_EQ(zones[0].at("serving"), false);
    EXPECT_EQ(zones[0].at("capacity").at("left"), 0.0);
    EXPECT_EQ(zones[1].at("serving"), true);
}

TEST(Simulate, EachAsText)
{
    const CliRun run =
        simulate("example-2-production-farm", QStringLiteral("each"), QStringLiteral("text"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.outLines();
    ASSERT_EQ(lines.size(), 5) << run.out.toStdString();
    EXPECT_TRUE(lines[0].endsWith(QStringLiteral(": 2 single points of failure")));
    // Names, not ids: --fail takes either.
    EXPECT_EQ(lines[1], QStringLiteral("LB-PROD (loadBalancer)"));
    EXPECT_EQ(lines[2], QStringLiteral("  Production: breaks serving"));
    EXPECT_EQ(lines[3], QStringLiteral("P-1 (server)"));
    EXPECT_EQ(lines[4], QStringLiteral("  Production: breaks publishing, cache invalidation"));
}

TEST(Simulate, NamesDoAsWellAsIds)
{
    const CliRun byName = simulate("example-2-production-farm", QStringLiteral("lb-PROD,P-1"),
                                   QStringLiteral("json"));
    const CliRun byId = simulate("example-2-production-farm", QStringLiteral("lb-prod,p-1"),
                                 QStringLiteral("json"));
    ASSERT_EQ(byName.exitCode, 0) << byName.err.toStdString();
    EXPECT_EQ(byName.out, byId.out);
    const CliRun text =
        simulate("example-2-production-farm", QStringLiteral("LB-PROD"), QStringLiteral("text"));
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.outLines().value(0).endsWith(QStringLiteral(": failed: LB-PROD")));
    EXPECT_EQ(text.outLines().value(1), QStringLiteral("Production"));
}

TEST(Simulate, UnknownIdIsAnArgumentError)
{
    const CliRun run = simulate("example-2-production-farm", QStringLiteral("p-1,ghost"));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains("'ghost'")) << run.err.toStdString();
}

TEST(Simulate, EnvironmentIdCannotFail)
{
    const CliRun run = simulate("example-2-production-farm", QStringLiteral("prod"));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("'prod'")) << run.err.toStdString();
}

TEST(Simulate, ArgumentAndLoadErrors)
{
    const QString file = fixturePath("example-2-production-farm");
    EXPECT_EQ(runCli({QStringLiteral("simulate"), file}).exitCode, 2); // no --fail
    EXPECT_EQ(runCli({QStringLiteral("simulate"), QStringLiteral("--fail"), QStringLiteral("p-1")})
                  .exitCode,
              2); // no file
    EXPECT_EQ(simulate("example-2-production-farm", QStringLiteral("p-1"), QStringLiteral("xml"))
                  .exitCode,
              2);
    EXPECT_EQ(simulate("example-2-production-farm", QStringLiteral(",")).exitCode, 2);
    const CliRun missing =
        runCli({QStringLiteral("simulate"), dataPath(QStringLiteral("no-such.topology.json")),
                QStringLiteral("--fail"), QStringLiteral("each")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_FALSE(missing.err.isEmpty());
}

TEST(Simulate, HelpDocumentsTheJsonShape)
{
    const CliRun help = runCli({QStringLiteral("simulate"), QStringLiteral("--help")});
    ASSERT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("\"singlePointsOfFailure\""));
    EXPECT_TRUE(help.out.contains("\"lifetimeManagement\""));
    const CliRun general = runCli({QStringLiteral("--help")});
    EXPECT_TRUE(general.out.contains("simulate FILE --fail ID")) << general.out.toStdString();
}

} // namespace
} // namespace topo::test
