#include "DesignBuilder.h"
#include "RuleTestSupport.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace topo::test {
namespace {

TEST(EnvironmentRules, HealthyFactoryOnlyGetsControllerAdvice)
{
    DesignBuilder b;
    b.healthyFactory();
    EXPECT_EQ(firedRules(b.topology()), (std::vector<std::string>{"DC-SPOF"}));
}

TEST(EnvironmentRules, EnvSetFiresOnceWhenPurposesAreMissing)
{
    DesignBuilder b;
    b.healthyEnv("dev", Purpose::Development);
    b.healthyEnv("lt", Purpose::Lifetime);
    EXPECT_EQ(fired(b.topology(), "ENV-SET"), (Fired{"@"}));
}

TEST(EnvironmentRules, EnvSetSilentWhenEveryPurposeIsPresentOrInAFragment)
{
    DesignBuilder full;
    full.healthyFactory();
    EXPECT_EQ(fired(full.topology(), "ENV-SET"), Fired{});
    DesignBuilder fragment;
    fragment.scope(Scope::Fragment).healthyEnv("dev", Purpose::Development);
    EXPECT_EQ(fired(fragment.topology(), "ENV-SET"), Fired{});
}

TEST(EnvironmentRules, LtMissingFiresOnlyForInfrastructure)
{
    DesignBuilder b;
    b.healthyEnv("dev", Purpose::Development);
    EXPECT_EQ(fired(b.topology(), "LT-MISSING"), (Fired{"@"}));
    b.scope(Scope::Fragment);
    EXPECT_EQ(fired(b.topology(), "LT-MISSING"), Fired{});
}

TEST(EnvironmentRules, LtMissingSilentWithALifetimeEnvironment)
{
    DesignBuilder b;
    b.healthyEnv("lt", Purpose::Lifetime);
    EXPECT_EQ(fired(b.topology(), "LT-MISSING"), Fired{});
}

TEST(EnvironmentRules, LtMultipleListsEveryLifetimeEnvironmentEvenInAFragment)
{
    DesignBuilder b;
    b.scope(Scope::Fragment);
    b.healthyEnv("lt-a", Purpose::Lifetime);
    b.healthyEnv("dev", Purpose::Development);
    b.healthyEnv("lt-b", Purpose::Lifetime);
    EXPECT_EQ(fired(b.topology(), "LT-MULTIPLE"), (Fired{"lt-a lt-b @"}));
    const std::optional<Finding> lt = firstFinding(b.topology(), "LT-MULTIPLE");
    ASSERT_TRUE(lt);
    EXPECT_NE(lt->message.find("2 LifeTime environments (LT-A ENV, LT-B ENV)"), std::string::npos)
        << lt->message;
}

TEST(EnvironmentRules, LtMultipleSilentWithOneLifetime)
{
    DesignBuilder b;
    b.healthyFactory();
    EXPECT_EQ(fired(b.topology(), "LT-MULTIPLE"), Fired{});
}

TEST(EnvironmentRules, EnvEmptyFiresPerEnvironmentWithoutServers)
{
    DesignBuilder b;
    b.healthyFactory();
    b.env("uat", Purpose::NonProduction);
    b.env("pre", Purpose::NonProduction);
    EXPECT_EQ(fired(b.topology(), "ENV-EMPTY"), (Fired{"pre @pre", "uat @uat"}));
}

TEST(EnvironmentRules, EnvEmptySilentWhenOnlyAStandbyServerExists)
{
    DesignBuilder b;
    b.env("uat", Purpose::NonProduction);
    b.allRoles("uat-1", "uat").standby = true;
    EXPECT_EQ(fired(b.topology(), "ENV-EMPTY"), Fired{});
}

} // namespace
} // namespace topo::test
