// `topology-cli flows`: the JSON of every fixture against its NAME.flows.json, the CSV a
// spreadsheet reads (one row per flow, RFC 4180), the grouped rows, one environment, and the
// exit statuses.
#include "CliRunner.h"
#include "Fixtures.h"
#include "TestFiles.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <fstream>

namespace topo::test {
namespace {

CliRun flows(const QString& file, const QStringList& options = {})
{
    return runCli(QStringList{QStringLiteral("flows"), file} + options);
}

const QStringList kJson{QStringLiteral("--format"), QStringLiteral("json")};
const QStringList kCsv{QStringLiteral("--format"), QStringLiteral("csv")};

TEST(Flows, JsonOfEveryFixtureIsItsFlowsFileWithWhatEachFlowIsFor)
{
    for (const std::string& name : fixtureNames()) {
        SCOPED_TRACE(name);
        const CliRun run = flows(fixturePath(name), kJson);
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        std::ifstream file(testDataDir() + "/fixtures/" + name + ".flows.json");
        const Json expected = Json::parse(file).at("flows");
        const Json got = run.outJson().at("flows");
        ASSERT_EQ(got.size(), expected.size());
        for (std::size_t i = 0; i < got.size(); ++i) {
            const Json& f = got[i];
            EXPECT_EQ(Json::array({f.at("environment"), f.at("kind"), f.at("source").at("id"),
                                   f.at("destination").at("id"), f.at("port")}),
                      expected[i]);
            EXPECT_EQ(f.at("protocol"), "TCP");
            EXPECT_FALSE(f.at("purpose").get<std::string>().empty());
            EXPECT_FALSE(f.at("reference").get<std::string>().empty());
            const int port = f.at("port");
            EXPECT_EQ(f.at("internal"), port != 80 && port != 443);
        }
    }
}

TEST(Flows, CsvHasAHeaderThenOneRowPerFlow)
{
    const QString file = fixturePath("factory-standard");
    const std::size_t count = flows(file, kJson).outJson().at("flows").size();
    const CliRun run = flows(file, kCsv);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QList<QByteArray> lines = run.out.split('\n');
    ASSERT_EQ(static_cast<std::size_t>(lines.size()), count + 2); // the last line end
    EXPECT_TRUE(lines.back().isEmpty());
    EXPECT_EQ(lines.front(), "environment,kind,source,source address,destination,destination "
                             "address,port,protocol,purpose,reference,internal\r");
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        EXPECT_TRUE(lines[i].endsWith('\r')) << i;
    EXPECT_EQ(lines[1], "LifeTime,load-balancing,LB-LIFETIME,,LT-01,LT-01,80,TCP,The load "
                        "balancer forwards requests to its front-ends,OutSystems 11 network "
                        "requirements,no\r");
}

TEST(Flows, CsvQuotesANameWithACommaOrAQuote)
{
    QByteArray design = readBytes(fixturePath("factory-standard"));
    design.replace("\"PROD-DC\"", "\"PROD \\\"DC\\\", east\"");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("quoted.topology.json"));
    ASSERT_TRUE(writeBytes(file, design));
    const CliRun run =
        flows(file, kCsv + QStringList{QStringLiteral("--environment"), QStringLiteral("prod")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(",\"PROD \"\"DC\"\", east\",\"PROD \"\"DC\"\", east\",12000,"))
        << run.out.toStdString();
}

TEST(Flows, GroupGivesTheRowsOfAFirewallRequest)
{
    const CliRun run =
        flows(fixturePath("factory-standard"),
              {QStringLiteral("--group"), QStringLiteral("--environment"), QStringLiteral("prod")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.outLines();
    EXPECT_TRUE(lines.contains(QStringLiteral(
        "Production  controller  Production front-ends (4) → PROD-DC: 12000/TCP internal")));
    EXPECT_TRUE(lines.contains(
        QStringLiteral("    from: PROD-FE-01, PROD-FE-02, PROD-FE-03, PROD-BATCH-01")));
    EXPECT_TRUE(
        lines.contains(QStringLiteral("Production  app-access  End users → LB-PROD: 443/TCP")));
    const Json groups =
        flows(fixturePath("factory-standard"), kJson + QStringList{QStringLiteral("--group")})
            .outJson()
            .at("groups");
    ASSERT_FALSE(groups.empty());
    EXPECT_EQ(groups.front().at("environment"), "lt");
    EXPECT_EQ(groups.front().at("source").at("title"), "LB-LIFETIME");
    EXPECT_EQ(groups.front().at("destination").at("members").size(), 2u);
}

TEST(Flows, AnUnknownEnvironmentOrFormatExitsTwo)
{
    const QString file = fixturePath("factory-standard");
    const CliRun unknown = flows(file, {QStringLiteral("--environment"), QStringLiteral("nope")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains("'nope' is not an environment of the design"));
    EXPECT_EQ(flows(file, {QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
    const CliRun missing = flows(QStringLiteral("/nonexistent/x.topology.json"));
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains("/nonexistent/x.topology.json"));
}

} // namespace
} // namespace topo::test
