#include "EditTestSupport.h"

#include "core/edit/ElementArrays.h"
#include "core/edit/ElementFactory.h"
#include "core/edit/EnvironmentTag.h"

namespace topo {
namespace {

using test::loadFixture;

Environment environment(const std::string& name, Purpose purpose)
{
    Environment env;
    env.id = "e";
    env.name = name;
    env.purpose = purpose;
    return env;
}

TEST(EnvironmentTag, ThePurposeGivesTheTagOfPurposeNamesAndDefaultNames)
{
    EXPECT_EQ(environmentTag(environment("Production", Purpose::Production)), "PROD");
    EXPECT_EQ(environmentTag(environment("Quality", Purpose::NonProduction)), "QA");
    EXPECT_EQ(environmentTag(environment("Non-production", Purpose::NonProduction)), "QA");
    EXPECT_EQ(environmentTag(environment("Development", Purpose::Development)), "DEV");
    EXPECT_EQ(environmentTag(environment("LifeTime", Purpose::Lifetime)), "LT");
    EXPECT_EQ(environmentTag(environment("Environment 1", Purpose::Production)), "PROD");
    EXPECT_EQ(environmentTag(environment("", Purpose::Lifetime)), "LT");
    // The name is what the user reads: a purpose not set yet does not override it.
    EXPECT_EQ(environmentTag(environment("Production", Purpose::Development)), "PROD");
}

TEST(EnvironmentTag, OtherNamesGiveAShortFormAndNumbersStay)
{
    EXPECT_EQ(environmentTag(environment("UAT", Purpose::NonProduction)), "UAT");
    EXPECT_EQ(environmentTag(environment("Staging", Purpose::NonProduction)), "STAGING");
    EXPECT_EQ(environmentTag(environment("Integration", Purpose::NonProduction)), "INTE");
    EXPECT_EQ(environmentTag(environment("Customer Portal", Purpose::Production)), "CP");
    EXPECT_EQ(environmentTag(environment("Pre-production", Purpose::NonProduction)), "PREPROD");
    EXPECT_EQ(environmentTag(environment("Production 2", Purpose::Production)), "PROD2");
    EXPECT_EQ(environmentTag(environment("Environment 3", Purpose::Development)), "DEV3");
    EXPECT_EQ(environmentTag(environment("QA1", Purpose::NonProduction)), "QA");
    const Topology t = loadFixture("factory-standard");
    EXPECT_EQ(environmentTag(t, "qa"), "QA");
    EXPECT_EQ(environmentTag(t, "no-such-environment"), "NEW");
}

TEST(EnvironmentTag, RetaggingReplacesTheTagAsAWholeWord)
{
    EXPECT_EQ(retagged("PROD-FE-01", "PROD", "QA"), "QA-FE-01");
    EXPECT_EQ(retagged("LB-PROD", "PROD", "QA"), "LB-QA");
    EXPECT_EQ(retagged("SQL-PROD-AG", "PROD", "PROD2"), "SQL-PROD2-AG");
    EXPECT_EQ(retagged("prod-01", "PROD", "QA"), "qa-01");
    EXPECT_EQ(retagged("PRODUCTION-X", "PROD", "QA"), "PRODUCTION-X");
    EXPECT_EQ(retagged("P-1", "PROD", "QA"), "P-1");
    EXPECT_EQ(retagged("XPROD PROD", "PROD", "QA"), "XPROD QA");
}

TEST(EnvironmentTag, DefaultNamesFollowTheEnvironmentsNameAndPurpose)
{
    Topology t = loadFixture("example-1-nonproduction");
    Environment env = environment("Environment 1", Purpose::Production);
    env.id = "environment-1";
    t.environments.push_back(env);
    ElementFactory factory(t);
    EXPECT_EQ(factory.makeServer("environment-1").name, "PROD-FE-01");
    EXPECT_EQ(factory.makeServer("environment-1").name, "PROD-FE-02");
    EXPECT_EQ(factory.makeLoadBalancer("environment-1").name, "LB-PROD");
    EXPECT_EQ(factory.makeDatabase("environment-1").name, "DB-PROD");
    EXPECT_EQ(factory.makeMessageQueue("environment-1").name, "RMQ-PROD");
    EXPECT_EQ(factory.makeServer("qa").name, "QA-2") << "an existing series goes on";
    // Renamed: the next defaults follow the new name.
    t.environments.back().name = "UAT";
    ElementFactory renamed(t);
    EXPECT_EQ(renamed.makeLoadBalancer("environment-1").name, "LB-UAT");
    EXPECT_EQ(renamed.makeServer("environment-1").name, "UAT-FE-01");
    const Server made = renamed.makeServer("environment-1");
    EXPECT_EQ(made.id, "uat-fe-02") << "ids derive from names";
}

} // namespace
} // namespace topo
