#include "DesignBuilder.h"
#include "RuleTestSupport.h"
#include "core/rules/Validator.h"

#include <gtest/gtest.h>

namespace topo::test {
namespace {

// Quality with one server ("qa-1") on the given operating system and Platform Server version
// of the environment.
DesignBuilder quality(const std::string& os, const std::string& platformVersion)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction).platformVersion = platformVersion;
    b.serverAt("qa-1").os = os;
    return b;
}

TEST(SoftwareRules, OsSupportedFiresForAnyOtherSystemOnActiveAndStandbyServers)
{
    DesignBuilder b = quality("Ubuntu 22.04", "");
    b.frontEnd("qa-2", "qa").os = "windows-server-2012";
    b.serverAt("qa-2").standby = true;
    EXPECT_EQ(fired(b.topology(), "OS-SUPPORTED"), (Fired{"qa-1 @qa", "qa-2 @qa"}));
}

TEST(SoftwareRules, OsSupportedSilentForTheFourWindowsServersInAnyCaseOrUnset)
{
    for (const char* os : {"windows-server-2016", "windows-server-2019", "Windows-Server-2022 ",
                           " WINDOWS-SERVER-2025", "", "   "}) {
        SCOPED_TRACE(os);
        EXPECT_EQ(fired(quality(os, "11.38.0").topology(), "OS-SUPPORTED"), Fired{});
    }
}

TEST(SoftwareRules, OsPlatformFiresBelowElevenTwentyForWindowsServer2022)
{
    EXPECT_EQ(fired(quality("windows-server-2022", "11.19.9").topology(), "OS-PLATFORM"),
              (Fired{"qa-1 @qa"}));
    EXPECT_EQ(fired(quality("Windows-Server-2022 ", "11.19").topology(), "OS-PLATFORM"),
              (Fired{"qa-1 @qa"}));
    for (const char* version : {"11.20.0", "11.20", "11.20.1", "11.38.0"}) {
        SCOPED_TRACE(version);
        EXPECT_EQ(fired(quality("windows-server-2022", version).topology(), "OS-PLATFORM"),
                  Fired{});
    }
}

TEST(SoftwareRules, OsPlatformFiresBelowElevenThirtyFiveForWindowsServer2025)
{
    EXPECT_EQ(fired(quality("windows-server-2025", "11.34.9").topology(), "OS-PLATFORM"),
              (Fired{"qa-1 @qa"}));
    for (const char* version : {"11.35.0", "11.35", "11.35.1"}) {
        SCOPED_TRACE(version);
        EXPECT_EQ(fired(quality("windows-server-2025", version).topology(), "OS-PLATFORM"),
                  Fired{});
    }
}

TEST(SoftwareRules, OsPlatformSilentForOlderSystemsOrWithoutAVersion)
{
    EXPECT_EQ(fired(quality("windows-server-2019", "11.0.0").topology(), "OS-PLATFORM"), Fired{});
    EXPECT_EQ(fired(quality("windows-server-2016", "11.0.0").topology(), "OS-PLATFORM"), Fired{});
    EXPECT_EQ(fired(quality("windows-server-2025", "").topology(), "OS-PLATFORM"), Fired{});
    // An unsupported system is OS-SUPPORTED's, not OS-PLATFORM's.
    EXPECT_EQ(fired(quality("windows-server-2012", "11.0.0").topology(), "OS-PLATFORM"), Fired{});
}

TEST(SoftwareRules, OsPlatformUsesTheServersOwnVersionBeforeTheEnvironments)
{
    DesignBuilder b = quality("windows-server-2022", "11.38.0");
    b.serverAt("qa-1").platformVersion = "11.18.0";
    EXPECT_EQ(fired(b.topology(), "OS-PLATFORM"), (Fired{"qa-1 @qa"}));
    b.envAt("qa").platformVersion = "11.10.0";
    b.serverAt("qa-1").platformVersion = "11.20.0";
    EXPECT_EQ(fired(b.topology(), "OS-PLATFORM"), Fired{});
}

TEST(SoftwareRules, VersionMixNamesTheEnvironmentThenTheServersOffTheEnvironmentsVersion)
{
    DesignBuilder b = quality("", "11.18.0");
    b.frontEnd("qa-2", "qa").platformVersion = "11.19.1";
    b.frontEnd("qa-3", "qa").platformVersion = "11.18"; // the same version
    b.frontEnd("qa-4", "qa").platformVersion = "11.20.0";
    b.serverAt("qa-4").standby = true;
    EXPECT_EQ(fired(b.topology(), "PS-VERSION-MIX"), (Fired{"qa qa-2 qa-4 @qa"}));
    const std::optional<Finding> mix = firstFinding(b.topology(), "PS-VERSION-MIX");
    ASSERT_TRUE(mix);
    EXPECT_NE(mix->message.find("11.18.0 (the environment's)"), std::string::npos) << mix->message;
}

TEST(SoftwareRules, VersionMixTakesTheFirstServerWithAVersionWhenTheEnvironmentHasNone)
{
    DesignBuilder b = quality("", "");
    b.frontEnd("qa-2", "qa").platformVersion = "11.19.1";
    b.frontEnd("qa-3", "qa"); // no version: nothing to compare
    b.frontEnd("qa-4", "qa").platformVersion = " 11.19.1 ";
    b.frontEnd("qa-5", "qa").platformVersion = "11.20.0";
    EXPECT_EQ(fired(b.topology(), "PS-VERSION-MIX"), (Fired{"qa qa-5 @qa"}));
}

TEST(SoftwareRules, VersionMixSilentForOneVersionWrittenInSeveralWays)
{
    DesignBuilder b = quality("", "11.20");
    b.frontEnd("qa-2", "qa").platformVersion = "11.20.0";
    b.frontEnd("qa-3", "qa").platformVersion = "11.20.0.0 ";
    b.healthyEnv("dev", Purpose::Development).platformVersion = "11.38.0"; // another environment
    EXPECT_EQ(fired(b.topology(), "PS-VERSION-MIX"), Fired{});
}

// LifeTime on `lifetime` and Production on `production` (environment versions).
DesignBuilder lifetimeAndProduction(const std::string& lifetime, const std::string& production)
{
    DesignBuilder b;
    b.healthyEnv("lt", Purpose::Lifetime).platformVersion = lifetime;
    b.healthyEnv("prod", Purpose::Production).platformVersion = production;
    return b;
}

TEST(SoftwareRules, LifetimeLagFiresWhenLifetimeIsBehindAnEnvironment)
{
    DesignBuilder b = lifetimeAndProduction("11.20.0", "11.31.0");
    EXPECT_EQ(fired(b.topology(), "LT-VERSION-LAG"), (Fired{"prod lt @prod"}));
    const std::optional<Finding> lag = firstFinding(b.topology(), "LT-VERSION-LAG");
    ASSERT_TRUE(lag);
    EXPECT_EQ(lag->severity, Severity::Warning);
    EXPECT_NE(lag->message.find("runs Platform Server 11.31.0, but LT ENV runs 11.20.0"),
              std::string::npos)
        << lag->message;
}

TEST(SoftwareRules, LifetimeLagComparesTheHighestVersionOfEachEnvironmentsServers)
{
    // A server's own version counts: Production's highest is 11.32.0, LifeTime's 11.32.0.
    DesignBuilder b = lifetimeAndProduction("11.20.0", "11.20.0");
    b.serverAt("prod-1").platformVersion = "11.32.0";
    EXPECT_EQ(fired(b.topology(), "LT-VERSION-LAG"), (Fired{"prod lt @prod"}));
    b.frontEnd("lt-2", "lt").platformVersion = "11.32";
    EXPECT_EQ(fired(b.topology(), "LT-VERSION-LAG"), Fired{});
}

TEST(SoftwareRules, LifetimeLagSilentWithoutComparableVersions)
{
    EXPECT_EQ(fired(lifetimeAndProduction("11.31.0", "11.20.0").topology(), "LT-VERSION-LAG"),
              Fired{});
    EXPECT_EQ(fired(lifetimeAndProduction("", "11.31.0").topology(), "LT-VERSION-LAG"), Fired{});
    EXPECT_EQ(fired(lifetimeAndProduction("11.20.0", "").topology(), "LT-VERSION-LAG"), Fired{});
    // Only versions of the form N.N[.N...] are compared.
    EXPECT_EQ(fired(lifetimeAndProduction("11.20.0", "12").topology(), "LT-VERSION-LAG"), Fired{});
    EXPECT_EQ(fired(lifetimeAndProduction("latest", "11.31.0").topology(), "LT-VERSION-LAG"),
              Fired{});
    // A LifeTime environment without servers is not compared.
    DesignBuilder empty;
    empty.env("lt", Purpose::Lifetime).platformVersion = "11.10.0";
    empty.healthyEnv("prod", Purpose::Production).platformVersion = "11.31.0";
    EXPECT_EQ(fired(empty.topology(), "LT-VERSION-LAG"), Fired{});
}

// A database of the given engine and version holding Quality's catalogs, Quality on the given
// Platform Server version.
DesignBuilder qualityDatabase(DbEngine engine, const std::string& version,
                              const std::string& platformVersion)
{
    DesignBuilder b = quality("", platformVersion);
    b.topology().databases.front().engine = engine;
    b.topology().databases.front().version = version;
    return b;
}

TEST(SoftwareRules, DbVersionSqlServer2019NeedsElevenTwelve)
{
    EXPECT_EQ(
        fired(qualityDatabase(DbEngine::SqlServer, "2019", "11.11.9").topology(), "DB-VERSION"),
        (Fired{"db-qa @qa"}));
    for (const char* version : {"11.12.0", "11.12", "11.12.1", ""}) {
        SCOPED_TRACE(version);
        EXPECT_EQ(
            fired(qualityDatabase(DbEngine::SqlServer, "2019", version).topology(), "DB-VERSION"),
            Fired{});
    }
}

TEST(SoftwareRules, DbVersionAdvisesTheCurrentVersionsThePlatformSupports)
{
    const std::optional<Finding> old = firstFinding(
        qualityDatabase(DbEngine::SqlServer, "2019", "11.11.0").topology(), "DB-VERSION");
    ASSERT_TRUE(old);
    EXPECT_NE(old->message.find("use SQL Server 2016, 2017 or 2022."), std::string::npos)
        << old->message;
    const std::optional<Finding> oracle =
        firstFinding(qualityDatabase(DbEngine::Oracle, "18c", "11.34.0").topology(), "DB-VERSION");
    ASSERT_TRUE(oracle);
    EXPECT_NE(oracle->message.find("use Oracle 19c."), std::string::npos) << oracle->message;
}

TEST(SoftwareRules, DbVersionSqlServer2014OnlyBeforeElevenThirtyThree)
{
    EXPECT_EQ(
        fired(qualityDatabase(DbEngine::SqlServer, "2014", "11.32.9").topology(), "DB-VERSION"),
        Fired{});
    for (const char* version : {"11.33.0", "11.33", "11.33.1", ""}) {
        SCOPED_TRACE(version);
        EXPECT_EQ(
            fired(qualityDatabase(DbEngine::SqlServer, "2014", version).topology(), "DB-VERSION"),
            (Fired{"db-qa @qa"}));
    }
}

TEST(SoftwareRules, DbVersionOracle12cAnd18cOnlyBeforeElevenThirtyThree)
{
    for (const char* engineVersion : {"12c", "18C "}) {
        SCOPED_TRACE(engineVersion);
        EXPECT_EQ(fired(qualityDatabase(DbEngine::Oracle, engineVersion, "11.32.0").topology(),
                        "DB-VERSION"),
                  Fired{});
        EXPECT_EQ(fired(qualityDatabase(DbEngine::Oracle, engineVersion, "11.33.0").topology(),
                        "DB-VERSION"),
                  (Fired{"db-qa @qa"}));
    }
    EXPECT_EQ(fired(qualityDatabase(DbEngine::Oracle, "19c", "").topology(), "DB-VERSION"),
              Fired{});
    EXPECT_EQ(fired(qualityDatabase(DbEngine::Oracle, "21c", "11.10.0").topology(), "DB-VERSION"),
              (Fired{"db-qa @qa"}));
}

TEST(SoftwareRules, DbVersionAlwaysSupportedAndUnknownVersions)
{
    for (const char* version : {"2016", "2017", "2022", " 2022"}) {
        SCOPED_TRACE(version);
        EXPECT_EQ(
            fired(qualityDatabase(DbEngine::SqlServer, version, "11.0.0").topology(), "DB-VERSION"),
            Fired{});
    }
    EXPECT_EQ(fired(qualityDatabase(DbEngine::SqlServer, "2012", "").topology(), "DB-VERSION"),
              (Fired{"db-qa @qa"}));
    EXPECT_EQ(fired(qualityDatabase(DbEngine::SqlServer, "", "").topology(), "DB-VERSION"),
              Fired{});
    EXPECT_EQ(fired(qualityDatabase(DbEngine::AzureSql, "2012", "").topology(), "DB-VERSION"),
              Fired{});
}

TEST(SoftwareRules, DbVersionTakesTheFirstEnvironmentInCatalogOrderThatCannotUseIt)
{
    DesignBuilder b;
    b.healthyEnv("old", Purpose::NonProduction).platformVersion = "11.30.0";
    b.healthyEnv("new", Purpose::NonProduction).platformVersion = "11.34.0";
    b.healthyEnv("newer", Purpose::Development).platformVersion = "11.38.0";
    Database& shared = b.db("shared", {"old", "new", "newer"});
    shared.version = "2014";
    b.topology().databases.erase(b.topology().databases.begin(),
                                 b.topology().databases.begin() + 3);
    EXPECT_EQ(fired(b.topology(), "DB-VERSION"), (Fired{"shared @new"}));
    b.topology().databases.front().catalogs.clear(); // judged with no platform version
    EXPECT_EQ(fired(b.topology(), "DB-VERSION"), (Fired{"shared @"}));
}

TEST(SoftwareRules, DbEditionFiresForExpressAndDeveloperOrAnOracleWebEdition)
{
    for (const char* edition : {"express", "Developer ", "datacenter"}) {
        SCOPED_TRACE(edition);
        DesignBuilder b = qualityDatabase(DbEngine::SqlServer, "", "");
        b.topology().databases.front().edition = edition;
        EXPECT_EQ(fired(b.topology(), "DB-EDITION"), (Fired{"db-qa @qa"}));
    }
    DesignBuilder oracle = qualityDatabase(DbEngine::Oracle, "", "");
    oracle.topology().databases.front().edition = "web";
    EXPECT_EQ(fired(oracle.topology(), "DB-EDITION"), (Fired{"db-qa @qa"}));
}

TEST(SoftwareRules, DbEditionSilentForSupportedEditionsInAnyCaseOrUnset)
{
    for (const char* edition : {"web", "Standard", " ENTERPRISE ", ""}) {
        SCOPED_TRACE(edition);
        DesignBuilder b = qualityDatabase(DbEngine::SqlServer, "", "");
        b.topology().databases.front().edition = edition;
        EXPECT_EQ(fired(b.topology(), "DB-EDITION"), Fired{});
    }
    DesignBuilder oracle = qualityDatabase(DbEngine::Oracle, "", "");
    oracle.topology().databases.front().edition = "Enterprise";
    EXPECT_EQ(fired(oracle.topology(), "DB-EDITION"), Fired{});
}

TEST(SoftwareRules, DbAzureTierFiresBelowS3)
{
    for (const char* tier : {"Basic", "s0", "S1", " S2 "}) {
        SCOPED_TRACE(tier);
        DesignBuilder b = qualityDatabase(DbEngine::AzureSql, "", "");
        b.topology().databases.front().serviceTier = tier;
        EXPECT_EQ(fired(b.topology(), "DB-AZURE-TIER"), (Fired{"db-qa @qa"}));
    }
}

TEST(SoftwareRules, DbAzureTierSilentFromS3OrForOtherEngines)
{
    for (const char* tier : {"S3", "s12", "P1", "GeneralPurpose", ""}) {
        SCOPED_TRACE(tier);
        DesignBuilder b = qualityDatabase(DbEngine::AzureSql, "", "");
        b.topology().databases.front().serviceTier = tier;
        EXPECT_EQ(fired(b.topology(), "DB-AZURE-TIER"), Fired{});
    }
    DesignBuilder sql = qualityDatabase(DbEngine::SqlServer, "", "");
    sql.topology().databases.front().serviceTier = "S0";
    EXPECT_EQ(fired(sql.topology(), "DB-AZURE-TIER"), Fired{});
}

} // namespace
} // namespace topo::test
