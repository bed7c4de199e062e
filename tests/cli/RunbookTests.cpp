// `topology-cli runbook`: every format of the installation runbook, one environment, and the
// exit statuses.
#include "CliRunner.h"
#include "TestFiles.h"

#include <gtest/gtest.h>

namespace topo::test {
namespace {

CliRun runbook(const QStringList& options)
{
    return runCli(QStringList{QStringLiteral("runbook"), fixturePath("factory-standard")} +
                  options);
}

TEST(Runbook, EveryFormatGivesTheStepsAndBuildSheets)
{
    const CliRun text = runbook({});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains("  Build sheet PROD-FE-01\n"));
    EXPECT_FALSE(text.out.contains("(prod-fe1)")) << "the name, not the id";
    EXPECT_TRUE(text.out.contains("Configuration Tool › Controller › Deployment Controller "
                                  "Server = PROD-DC"));
    const CliRun md = runbook({QStringLiteral("--format"), QStringLiteral("md")});
    EXPECT_TRUE(md.out.startsWith("# Installation runbook\n"));
    EXPECT_TRUE(md.out.contains("\n## LifeTime registration\n"));
    const CliRun html = runbook({QStringLiteral("--format"), QStringLiteral("html")});
    EXPECT_TRUE(html.out.startsWith("<!DOCTYPE html>"));
    EXPECT_TRUE(html.out.contains("<h1>Installation runbook</h1>"));
    const Json json = runbook({QStringLiteral("--format"), QStringLiteral("json")}).outJson();
    EXPECT_EQ(json.at("environments").size(), 4u);
    EXPECT_EQ(json.at("environments").back().at("environment"), "lt");
}

TEST(Runbook, OneEnvironmentAndBadArgumentsExitAsTheOtherCommands)
{
    const Json qa = runbook({QStringLiteral("--environment"), QStringLiteral("qa"),
                             QStringLiteral("--format"), QStringLiteral("json")})
                        .outJson();
    ASSERT_EQ(qa.at("environments").size(), 1u);
    EXPECT_EQ(runbook({QStringLiteral("--environment"), QStringLiteral("nope")}).exitCode, 2);
    EXPECT_EQ(runbook({QStringLiteral("--format"), QStringLiteral("pdf")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("runbook"), QStringLiteral("/nonexistent.json")}).exitCode, 2);
}

} // namespace
} // namespace topo::test
