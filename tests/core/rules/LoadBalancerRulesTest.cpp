#include "DesignBuilder.h"
#include "RuleTestSupport.h"

#include <gtest/gtest.h>

namespace topo::test {
namespace {

// Production with front-ends fe-1..fe-n (4 cores / 8 GB / 100 GB) and a standalone controller.
DesignBuilder farm(int frontEnds)
{
    DesignBuilder b;
    b.env("prod", Purpose::Production);
    for (int i = 1; i <= frontEnds; ++i)
        b.frontEnd("fe-" + std::to_string(i), "prod");
    b.server("dc", "prod", {Role::DeploymentController, Role::Scheduler});
    return b;
}

TEST(LoadBalancerRules, LbRequiredFiresForAFarmWithoutTargets)
{
    DesignBuilder b = farm(2);
    EXPECT_EQ(fired(b.topology(), "LB-REQUIRED"), (Fired{"prod @prod"}));
    b.lb("lb", "prod", {});
    EXPECT_EQ(fired(b.topology(), "LB-REQUIRED"), (Fired{"prod @prod"}));
}

TEST(LoadBalancerRules, LbRequiredSilentForOneFrontEndOrABalancedFarm)
{
    DesignBuilder one = farm(1);
    one.frontEnd("batch", "prod").servesTraffic = false;
    EXPECT_EQ(fired(one.topology(), "LB-REQUIRED"), Fired{});
    DesignBuilder two = farm(2);
    two.lb("lb", "prod", {"fe-1"});
    EXPECT_EQ(fired(two.topology(), "LB-REQUIRED"), Fired{});
}

TEST(LoadBalancerRules, LbCoverageFiresPerTrafficFrontEndNoBalancerTargets)
{
    DesignBuilder b = farm(4);
    b.lb("lb", "prod", {"fe-2"});
    b.frontEnd("batch", "prod").servesTraffic = false;
    EXPECT_EQ(fired(b.topology(), "LB-COVERAGE"),
              (Fired{"fe-1 @prod", "fe-3 @prod", "fe-4 @prod"}));
}

TEST(LoadBalancerRules, LbCoverageSilentWhenEveryFrontEndIsTargeted)
{
    DesignBuilder b = farm(3);
    b.lb("lb-a", "prod", {"fe-1", "fe-2"});
    b.lb("lb-b", "prod", {"fe-3"});
    EXPECT_EQ(fired(b.topology(), "LB-COVERAGE"), Fired{});
}

TEST(LoadBalancerRules, LbCoverageIgnoresBalancersOfOtherEnvironments)
{
    DesignBuilder b = farm(2);
    b.lb("lb", "prod", {"fe-1"});
    b.env("qa", Purpose::NonProduction);
    b.lb("lb-qa", "qa", {"fe-2"});
    EXPECT_EQ(fired(b.topology(), "LB-COVERAGE"), (Fired{"fe-2 @prod"}));
}

TEST(LoadBalancerRules, LbScopeFiresPerForeignOrNonFrontEndTarget)
{
    DesignBuilder b = farm(1);
    b.env("qa", Purpose::NonProduction);
    b.frontEnd("qa-1", "qa");
    b.lb("lb", "prod", {"fe-1", "qa-1", "dc", "qa-1"});
    EXPECT_EQ(fired(b.topology(), "LB-SCOPE"), (Fired{"lb dc @prod", "lb qa-1 @prod"}));
}

TEST(LoadBalancerRules, LbScopeSilentForFrontEndsOfItsEnvironment)
{
    DesignBuilder b = farm(2);
    b.serverAt("fe-2").servesTraffic = false; // still a front-end
    b.lb("lb", "prod", {"fe-1", "fe-2"});
    EXPECT_EQ(fired(b.topology(), "LB-SCOPE"), Fired{});
}

TEST(LoadBalancerRules, LbEmptyStickyAndPolicyFirePerBalancer)
{
    DesignBuilder b = farm(1);
    b.lb("lb-a", "prod", {});
    LoadBalancer& lb = b.lb("lb-b", "prod", {"fe-1"});
    lb.stickySessions = true;
    lb.policy = LbPolicy::Ratio;
    const Topology& t = b.topology();
    EXPECT_EQ(fired(t, "LB-EMPTY"), (Fired{"lb-a @prod"}));
    EXPECT_EQ(fired(t, "LB-STICKY"), (Fired{"lb-b @prod"}));
    EXPECT_EQ(fired(t, "LB-POLICY"), (Fired{"lb-b @prod"}));
}

TEST(LoadBalancerRules, LbStickyAndPolicySilentByDefault)
{
    DesignBuilder b = farm(1);
    b.lb("lb", "prod", {"fe-1"}).policy = LbPolicy::LeastConnections;
    const Topology& t = b.topology();
    EXPECT_EQ(fired(t, "LB-EMPTY"), Fired{});
    EXPECT_EQ(fired(t, "LB-STICKY"), Fired{});
    EXPECT_EQ(fired(t, "LB-POLICY"), Fired{});
}

TEST(LoadBalancerRules, FeHwUniformNamesTheMembersThatDifferFromTheMajority)
{
    DesignBuilder b = farm(4);
    b.serverAt("fe-3").hardware = {8, 16, 100, {}};
    b.lb("lb", "prod", {"fe-4", "fe-3", "fe-2", "fe-1"});
    EXPECT_EQ(fired(b.topology(), "FE-HW-UNIFORM"), (Fired{"fe-3 @prod"}));
}

TEST(LoadBalancerRules, FeHwUniformTieGoesToTheEarliestMember)
{
    DesignBuilder b = farm(4);
    b.serverAt("fe-1").hardware = {8, 16, 100, {}};
    b.serverAt("fe-4").hardware = {8, 16, 100, {}};
    b.lb("lb", "prod", {"fe-4", "fe-3", "fe-2", "fe-1"});
    // Two members each: fe-1's triple wins although fe-2 and fe-3 reach two first.
    EXPECT_EQ(fired(b.topology(), "FE-HW-UNIFORM"), (Fired{"fe-2 fe-3 @prod"}));
}

TEST(LoadBalancerRules, FeHwUniformGroupsFrontEndsOutsideAnyBalancer)
{
    DesignBuilder b = farm(4);
    b.serverAt("fe-2").hardware = {4, 8, 200, {}};
    b.serverAt("fe-4").hardware = {4, 8, 200, {}};
    b.lb("lb", "prod", {"fe-1", "fe-2"});
    // Group of lb: fe-1, fe-2 (tie: fe-1's triple wins); ungrouped: fe-3, fe-4.
    EXPECT_EQ(fired(b.topology(), "FE-HW-UNIFORM"), (Fired{"fe-2 @prod", "fe-4 @prod"}));
}

TEST(LoadBalancerRules, FeHwUniformSilentForIdenticalOrUnspecifiedHardware)
{
    DesignBuilder b = farm(3);
    b.serverAt("fe-3").hardware = {0, 0, 0, {}};
    b.frontEnd("batch", "prod").hardware = {16, 64, 100, {}};
    b.serverAt("batch").servesTraffic = false; // not a traffic FE: not a member
    b.lb("lb", "prod", {"fe-1", "fe-2", "fe-3", "batch"});
    EXPECT_EQ(fired(b.topology(), "FE-HW-UNIFORM"), Fired{});
}

TEST(LoadBalancerRules, HaFeMinFiresBelowTwoTrafficFrontEnds)
{
    DesignBuilder b = farm(1);
    b.frontEnd("spare", "prod").standby = true;
    EXPECT_EQ(fired(b.topology(), "HA-FE-MIN"), (Fired{"prod @prod"}));
    b.envAt("prod").haRequired = false;
    EXPECT_EQ(fired(b.topology(), "HA-FE-MIN"), Fired{});
}

TEST(LoadBalancerRules, HaFeMinSilentForTwoFrontEndsOrAnEmptyEnvironment)
{
    DesignBuilder b = farm(2);
    b.env("prod-b", Purpose::Production);
    EXPECT_EQ(fired(b.topology(), "HA-FE-MIN"), Fired{});
}

TEST(LoadBalancerRules, HaSitesFiresWhenEveryTrafficFrontEndIsOnOneSite)
{
    DesignBuilder b = farm(2);
    b.site("dc-a");
    b.site("dc-b");
    b.serverAt("fe-1").site = "dc-a";
    b.serverAt("fe-2").site = "dc-a";
    b.serverAt("dc").site = "dc-b";
    EXPECT_EQ(fired(b.topology(), "HA-SITES"), (Fired{"prod @prod"}));
    b.serverAt("fe-2").site = "dc-b";
    EXPECT_EQ(fired(b.topology(), "HA-SITES"), Fired{});
}

TEST(LoadBalancerRules, HaSitesSilentWhenTheDesignListsNoSites)
{
    DesignBuilder b = farm(3);
    EXPECT_EQ(fired(b.topology(), "HA-SITES"), Fired{});
}

} // namespace
} // namespace topo::test
