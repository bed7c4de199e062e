#include "DesignBuilder.h"
#include "RuleTestSupport.h"
#include "core/analysis/CapacityModel.h"

#include <gtest/gtest.h>

namespace topo::test {
namespace {

// Production with traffic front-ends of the given cores; 62.5 requests/s per core (reactive).
DesignBuilder production(std::initializer_list<int> cores, double expected)
{
    DesignBuilder b;
    b.env("prod", Purpose::Production).expectedRequestsPerSecond = expected;
    int i = 0;
    for (int c : cores)
        b.frontEnd("fe-" + std::to_string(++i), "prod").hardware = {c, 8, 100, {}};
    b.frontEnd("batch", "prod").servesTraffic = false; // not part of the capacity
    return b;
}

TEST(CapacityRules, CapacityShortFiresBelowTheExpectedLoad)
{
    DesignBuilder b = production({4, 4}, 501); // 500 requests/s
    EXPECT_EQ(fired(b.topology(), "CAPACITY-SHORT"), (Fired{"prod @prod"}));
    b.envAt("prod").appKind = AppKind::Traditional; // 15 per core: 120
    b.envAt("prod").expectedRequestsPerSecond = 121;
    EXPECT_EQ(fired(b.topology(), "CAPACITY-SHORT"), (Fired{"prod @prod"}));
}

TEST(CapacityRules, CapacityShortSilentAtCapacityOrWithoutExpectedLoad)
{
    DesignBuilder b = production({4, 4}, 500);
    EXPECT_EQ(fired(b.topology(), "CAPACITY-SHORT"), Fired{});
    b.envAt("prod").expectedRequestsPerSecond = 0;
    EXPECT_EQ(fired(b.topology(), "CAPACITY-SHORT"), Fired{});
    b.topology().assumptions.requestsPerSecondPerCore.reactive = 1;
    EXPECT_EQ(fired(b.topology(), "CAPACITY-SHORT"), Fired{});
}

TEST(CapacityRules, CapacityShortUsesTheAssumptions)
{
    DesignBuilder b = production({4, 4}, 400);
    b.topology().assumptions.requestsPerSecondPerCore.reactive = 40; // 320
    EXPECT_EQ(fired(b.topology(), "CAPACITY-SHORT"), (Fired{"prod @prod"}));
}

TEST(CapacityRules, CapacityN1FiresWhenLosingTheLargestFrontEndOverloads)
{
    DesignBuilder b = production({4, 4, 4}, 500); // 750, 500 without one front-end
    EXPECT_EQ(fired(b.topology(), "CAPACITY-N1"), Fired{});
    b.envAt("prod").expectedRequestsPerSecond = 501;
    EXPECT_EQ(fired(b.topology(), "CAPACITY-N1"), (Fired{"prod @prod"}));
    EXPECT_EQ(fired(b.topology(), "CAPACITY-SHORT"), Fired{});
}

TEST(CapacityRules, CapacityN1SilentWithoutHighAvailabilityOrWhenShort)
{
    DesignBuilder b = production({4, 8}, 700);
    b.envAt("prod").haRequired = false;
    EXPECT_EQ(fired(b.topology(), "CAPACITY-N1"), Fired{});
    b.envAt("prod").haRequired = true;
    b.envAt("prod").expectedRequestsPerSecond = 751; // short: CAPACITY-SHORT only
    EXPECT_EQ(fired(b.topology(), "CAPACITY-N1"), Fired{});
}

// Development with a controller and a separate front-end of the given hardware.
DesignBuilder development(long long developers, Hardware dc, Hardware fe)
{
    DesignBuilder b;
    b.env("dev", Purpose::Development).activeDevelopers = developers;
    b.server("dev-dc", "dev", {Role::DeploymentController, Role::Scheduler}).hardware = dc;
    b.frontEnd("dev-fe", "dev").hardware = fe;
    return b;
}

TEST(CapacityRules, SizeDevChecksTheControllerFromFiveDevelopers)
{
    // n = 7: 2.5 cores (3 rounded up), 9 GB, 100 GB.
    EXPECT_EQ(fired(development(7, {3, 9, 100, {}}, {2, 4, 80, {}}).topology(), "SIZE-DEV"),
              Fired{});
    EXPECT_EQ(fired(development(7, {2, 9, 100, {}}, {2, 4, 80, {}}).topology(), "SIZE-DEV"),
              (Fired{"dev-dc @dev"}));
    EXPECT_EQ(fired(development(7, {3, 8.5, 100, {}}, {2, 4, 80, {}}).topology(), "SIZE-DEV"),
              (Fired{"dev-dc @dev"}));
    // n = 9: 4.25 cores (5), 12.5 GB, 200 GB.
    EXPECT_EQ(fired(development(9, {5, 12.5, 200, {}}, {2, 4, 80, {}}).topology(), "SIZE-DEV"),
              Fired{});
    EXPECT_EQ(fired(development(9, {5, 12.5, 150, {}}, {2, 4, 80, {}}).topology(), "SIZE-DEV"),
              (Fired{"dev-dc @dev"}));
}

TEST(CapacityRules, SizeDevChecksFrontEndsFromSixteenDevelopers)
{
    // n = 18: controller 4.5 (5) / 17 / 500; front-end 4.5 (5) / 13 / 300.
    const Hardware dc{5, 17, 500, {}};
    EXPECT_EQ(fired(development(18, dc, {5, 13, 300, {}}).topology(), "SIZE-DEV"), Fired{});
    EXPECT_EQ(fired(development(18, dc, {4, 13, 300, {}}).topology(), "SIZE-DEV"),
              (Fired{"dev-fe @dev"}));
    EXPECT_EQ(fired(development(18, {5, 16, 500, {}}, {4, 13, 300, {}}).topology(), "SIZE-DEV"),
              (Fired{"dev-dc @dev", "dev-fe @dev"}));
}

TEST(CapacityRules, SizeDevSilentBelowFiveDevelopersOrOutsideDevelopment)
{
    const Hardware tiny{2, 4, 80, {}};
    EXPECT_EQ(fired(development(4, tiny, tiny).topology(), "SIZE-DEV"), Fired{});
    DesignBuilder qa = development(20, tiny, tiny);
    qa.envAt("dev").purpose = Purpose::NonProduction;
    EXPECT_EQ(fired(qa.topology(), "SIZE-DEV"), Fired{});
    // Unspecified fields and standby servers are not checked.
    DesignBuilder blank = development(20, {0, 0, 0, {}}, {0, 0, 0, {}});
    blank.frontEnd("spare", "dev").hardware = tiny;
    blank.serverAt("spare").standby = true;
    EXPECT_EQ(fired(blank.topology(), "SIZE-DEV"), Fired{});
}

TEST(CapacityRules, CapacityBalancedFiresWhenHalfTheFarmFallsShort)
{
    // 4 × 4 cores: 1000 requests/s, 750 without one, two groups of 500.
    DesignBuilder b = production({4, 4, 4, 4}, 500);
    EXPECT_EQ(fired(b.topology(), "CAPACITY-BALANCED"), Fired{});
    b.envAt("prod").expectedRequestsPerSecond = 501;
    EXPECT_EQ(fired(b.topology(), "CAPACITY-BALANCED"), (Fired{"prod @prod"}));
    b.envAt("prod").expectedRequestsPerSecond = 750;
    EXPECT_EQ(fired(b.topology(), "CAPACITY-BALANCED"), (Fired{"prod @prod"}));
    EXPECT_EQ(fired(b.topology(), "CAPACITY-N1"), Fired{});
}

TEST(CapacityRules, CapacityBalancedSplitsLargestFirst)
{
    // 8, 4, 4, 2 cores: groups of 10 and 8 cores, the smaller carries 500; N−1 is 625.
    DesignBuilder b = production({2, 4, 4, 8}, 501);
    EXPECT_EQ(fired(b.topology(), "CAPACITY-BALANCED"), (Fired{"prod @prod"}));
    b.envAt("prod").expectedRequestsPerSecond = 500;
    EXPECT_EQ(fired(b.topology(), "CAPACITY-BALANCED"), Fired{});
}

TEST(CapacityRules, CapacityBalancedSilentWhenAnotherCapacityRuleFires)
{
    DesignBuilder b = production({4, 4, 4, 4}, 751); // N−1 short
    EXPECT_EQ(fired(b.topology(), "CAPACITY-N1"), (Fired{"prod @prod"}));
    EXPECT_EQ(fired(b.topology(), "CAPACITY-BALANCED"), Fired{});
    b.envAt("prod").expectedRequestsPerSecond = 1001; // short
    EXPECT_EQ(fired(b.topology(), "CAPACITY-SHORT"), (Fired{"prod @prod"}));
    EXPECT_EQ(fired(b.topology(), "CAPACITY-BALANCED"), Fired{});
}

TEST(CapacityRules, CapacityBalancedSilentWithZonesWithoutHaOrExpectedLoad)
{
    DesignBuilder zoned = production({4, 4, 4, 4}, 600);
    zoned.zone("prod", "global", {"fe-1", "fe-2", "fe-3", "fe-4", "batch"}, true);
    EXPECT_EQ(fired(zoned.topology(), "CAPACITY-BALANCED"), Fired{});
    DesignBuilder noHa = production({4, 4, 4, 4}, 600);
    noHa.envAt("prod").haRequired = false;
    EXPECT_EQ(fired(noHa.topology(), "CAPACITY-BALANCED"), Fired{});
    DesignBuilder unknownLoad = production({4, 4, 4, 4}, 0);
    EXPECT_EQ(fired(unknownLoad.topology(), "CAPACITY-BALANCED"), Fired{});
}

TEST(CapacityRules, CapacityBalancedAgreesWithTheCapacityModel)
{
    // The rule and the analysis docks read one split: for farms of every shape the rule fires
    // exactly when the model's balanced-deployment figure is below the expected load.
    for (const std::vector<int>& cores : std::vector<std::vector<int>>{
             {4, 4}, {8, 2}, {4, 4, 4}, {16, 8, 4, 4, 2}, {3, 3, 2, 2, 2}, {8, 8, 8, 1}}) {
        for (double expected : {100.0, 250.0, 400.0, 600.0, 900.0}) {
            DesignBuilder b = production({}, expected);
            int i = 0;
            for (int c : cores)
                b.frontEnd("fe-" + std::to_string(++i), "prod").hardware = {c, 8, 100, {}};
            const Environment& env = b.envAt("prod");
            const EnvironmentCapacity model = CapacityModel(b.topology()).environment(env);
            const bool gates = model.carriesExpected() && model.carriesExpectedWithOneDown();
            const bool expectFinding = gates && model.balancedDeployment < expected;
            SCOPED_TRACE(std::to_string(cores.size()) + " front-ends, " + std::to_string(expected) +
                         " expected");
            EXPECT_EQ(fired(b.topology(), "CAPACITY-BALANCED").size(), expectFinding ? 1u : 0u);
        }
    }
}

} // namespace
} // namespace topo::test
