#include "DesignBuilder.h"
#include "RuleTestSupport.h"

#include <gtest/gtest.h>

namespace topo::test {
namespace {

TEST(RoleRules, MissingRolesFireForAPopulatedEnvironment)
{
    DesignBuilder b;
    b.env("qa", Purpose::NonProduction);
    b.server("qa-1", "qa", {});
    b.allRoles("qa-2", "qa").standby = true; // a spare does not count
    const Topology& t = b.topology();
    EXPECT_EQ(fired(t, "DC-MISSING"), (Fired{"qa @qa"}));
    EXPECT_EQ(fired(t, "FE-MISSING"), (Fired{"qa @qa"}));
    EXPECT_EQ(fired(t, "SCHED-MISSING"), (Fired{"qa @qa"}));
}

TEST(RoleRules, MissingRolesSilentWhenPresentOrEnvironmentEmpty)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction);
    b.env("empty", Purpose::NonProduction);
    for (const char* rule : {"DC-MISSING", "FE-MISSING", "SCHED-MISSING", "DC-MULTIPLE"})
        EXPECT_EQ(fired(b.topology(), rule), Fired{}) << rule;
}

TEST(RoleRules, DcMultipleListsTheActiveControllersInFileOrder)
{
    DesignBuilder b;
    b.env("prod", Purpose::Production);
    b.frontEnd("fe", "prod");
    b.server("dc-b", "prod", {Role::DeploymentController});
    b.server("dc-a", "prod", {Role::DeploymentController, Role::Scheduler});
    b.server("dc-c", "prod", {Role::DeploymentController}).standby = true;
    EXPECT_EQ(fired(b.topology(), "DC-MULTIPLE"), (Fired{"dc-b dc-a @prod"}));
}

TEST(RoleRules, SchedHostFiresForActiveAndStandbyServers)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction);
    b.server("qa-s", "qa", {Role::Scheduler});
    b.server("qa-t", "qa", {Role::Scheduler}).standby = true;
    b.server("qa-u", "qa", {Role::Scheduler, Role::DeploymentController}).standby = true;
    EXPECT_EQ(fired(b.topology(), "SCHED-HOST"), (Fired{"qa-s @qa", "qa-t @qa"}));
}

TEST(RoleRules, RolesEmptyFiresPerServerWithoutRoles)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction);
    EXPECT_EQ(fired(b.topology(), "ROLES-EMPTY"), Fired{});
    b.server("qa-x", "qa", {});
    EXPECT_EQ(fired(b.topology(), "ROLES-EMPTY"), (Fired{"qa-x @qa"}));
}

TEST(RoleRules, SchedDedicatedFiresWhenHeavyTimersHaveNoDedicatedNode)
{
    DesignBuilder b;
    b.healthyEnv("prod", Purpose::Production).heavyTimers = true;
    b.frontEnd("prod-2", "prod");
    EXPECT_EQ(fired(b.topology(), "SCHED-DEDICATED"), (Fired{"prod @prod"}));
    // A front-end kept out of the load balancer with the scheduler role is dedicated.
    b.frontEnd("prod-batch", "prod").servesTraffic = false;
    EXPECT_EQ(fired(b.topology(), "SCHED-DEDICATED"), Fired{});
}

TEST(RoleRules, SchedDedicatedSilentWithoutHeavyTimersOrWithAStandbyOnly)
{
    DesignBuilder b;
    b.healthyEnv("prod", Purpose::Production);
    EXPECT_EQ(fired(b.topology(), "SCHED-DEDICATED"), Fired{});
    b.envAt("prod").heavyTimers = true;
    Server& spare = b.frontEnd("prod-batch", "prod");
    spare.servesTraffic = false;
    spare.standby = true; // a standby node runs no timers
    EXPECT_EQ(fired(b.topology(), "SCHED-DEDICATED"), (Fired{"prod @prod"}));
}

TEST(RoleRules, DcDedicatedDevFiresFromSixteenDevelopers)
{
    DesignBuilder b;
    b.healthyEnv("dev", Purpose::Development).activeDevelopers = 15;
    EXPECT_EQ(fired(b.topology(), "DC-DEDICATED-DEV"), Fired{});
    b.envAt("dev").activeDevelopers = 16;
    EXPECT_EQ(fired(b.topology(), "DC-DEDICATED-DEV"), (Fired{"dev-1 @dev"}));
}

TEST(RoleRules, DcDedicatedDevSilentForAStandaloneController)
{
    DesignBuilder b;
    b.healthyEnv("dev", Purpose::Development).activeDevelopers = 30;
    b.serverAt("dev-1").roles = {Role::DeploymentController, Role::Scheduler};
    b.frontEnd("dev-fe", "dev");
    EXPECT_EQ(fired(b.topology(), "DC-DEDICATED-DEV"), Fired{});
}

TEST(RoleRules, DcSpofListsTheControllerThenTheStandbyServers)
{
    DesignBuilder b;
    b.env("prod", Purpose::Production);
    b.server("spare-1", "prod", {Role::Frontend}).standby = true;
    b.server("dc", "prod", {Role::DeploymentController});
    b.server("spare-2", "prod", {Role::DeploymentController}).standby = true;
    EXPECT_EQ(fired(b.topology(), "DC-SPOF"), (Fired{"dc spare-1 spare-2 @prod"}));
}

TEST(RoleRules, DcSpofSilentWithoutHighAvailability)
{
    DesignBuilder b;
    b.healthyEnv("prod", Purpose::Production); // healthyEnv turns haRequired off
    EXPECT_EQ(fired(b.topology(), "DC-SPOF"), Fired{});
}

TEST(RoleRules, LtSingleNodeFiresForOneTrafficFrontEnd)
{
    DesignBuilder b;
    b.healthyEnv("lt", Purpose::Lifetime);
    b.frontEnd("lt-2", "lt").servesTraffic = false;
    EXPECT_EQ(fired(b.topology(), "LT-SINGLE-NODE"), (Fired{"lt @lt"}));
    b.serverAt("lt-2").servesTraffic = true;
    EXPECT_EQ(fired(b.topology(), "LT-SINGLE-NODE"), Fired{});
}

TEST(RoleRules, LtSingleNodeSilentForOtherPurposes)
{
    DesignBuilder b;
    b.healthyEnv("dev", Purpose::Development);
    EXPECT_EQ(fired(b.topology(), "LT-SINGLE-NODE"), Fired{});
}

} // namespace
} // namespace topo::test
