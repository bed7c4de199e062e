#include "DesignBuilder.h"
#include "RuleTestSupport.h"

#include <gtest/gtest.h>

namespace topo::test {
namespace {

// Production: a controller ("dc"), two front-ends ("fe-1", "fe-2"), a dedicated scheduler
// ("batch", a front-end out of the pool) and the database "db-prod", all in UTC.
DesignBuilder production()
{
    DesignBuilder b;
    b.env("prod", Purpose::Production);
    b.server("dc", "prod", {Role::DeploymentController, Role::Scheduler}).timezone = "UTC";
    b.frontEnd("fe-1", "prod").timezone = "UTC";
    b.frontEnd("fe-2", "prod").timezone = "UTC";
    b.frontEnd("batch", "prod").servesTraffic = false;
    b.serverAt("batch").timezone = "UTC";
    b.db("db-prod", {"prod"}).timezone = "UTC";
    return b;
}

TEST(TimeZoneRules, TzMismatchSilentForOneTimeZoneWrittenInSeveralWays)
{
    DesignBuilder b = production();
    b.serverAt("fe-1").timezone = " utc";
    b.serverAt("fe-2").timezone = "Utc ";
    b.serverAt("batch").timezone = ""; // unspecified
    EXPECT_EQ(fired(b.topology(), "TZ-MISMATCH"), Fired{});
}

TEST(TimeZoneRules, TzMismatchNamesTheServersThatDifferFromThePlatformDatabase)
{
    DesignBuilder b = production();
    b.topology().databases.front().timezone = "W. Europe Standard Time";
    b.serverAt("fe-2").timezone = "w. europe standard time ";
    EXPECT_EQ(fired(b.topology(), "TZ-MISMATCH"), (Fired{"prod dc fe-1 batch @prod"}));
}

TEST(TimeZoneRules, TzMismatchNamesTheOddOneOutWhenNoDatabaseStatesATimeZone)
{
    // Revision 1.2: the servers' most common time zone is the reference, so the one server
    // set differently is named, wherever it stands in the file.
    DesignBuilder b = production();
    b.topology().databases.front().timezone = "";
    b.serverAt("dc").timezone = "GMT Standard Time";
    EXPECT_EQ(fired(b.topology(), "TZ-MISMATCH"), (Fired{"prod dc @prod"}));
    const std::optional<Finding> found = firstFinding(b.topology(), "TZ-MISMATCH");
    ASSERT_TRUE(found.has_value());
    EXPECT_NE(found->message.find("and 2 other servers use \"UTC\""), std::string::npos)
        << found->message;
    // Two against two: the tie goes to the time zone that comes first in the file.
    b.serverAt("fe-1").timezone = "GMT Standard Time";
    EXPECT_EQ(fired(b.topology(), "TZ-MISMATCH"), (Fired{"prod fe-2 batch @prod"}));
}

TEST(TimeZoneRules, TzMismatchListsServersThenDatabases)
{
    DesignBuilder b = production();
    b.topology().databases.front().catalogs.pop_back(); // the log catalog moves elsewhere
    b.db("db-log", {}).catalogs.push_back(Catalog{"prod", CatalogKind::Platform, emptyExtra()});
    b.topology().databases.back().timezone = "Tokyo Standard Time";
    b.serverAt("fe-2").timezone = "Tokyo Standard Time";
    EXPECT_EQ(fired(b.topology(), "TZ-MISMATCH"), (Fired{"prod fe-2 db-log @prod"}));
}

TEST(TimeZoneRules, TzMismatchIgnoresStandbyServersAndOtherEnvironments)
{
    DesignBuilder b = production();
    b.server("dc-spare", "prod", {Role::DeploymentController}).standby = true;
    b.serverAt("dc-spare").timezone = "Tokyo Standard Time";
    b.healthyEnv("qa", Purpose::NonProduction);
    b.serverAt("qa-1").timezone = "Tokyo Standard Time";
    b.db("db-qa-log", {}).catalogs.push_back(Catalog{"prod", CatalogKind::Log, emptyExtra()});
    b.topology().databases.back().timezone = "Tokyo Standard Time"; // not the platform catalog
    EXPECT_EQ(fired(b.topology(), "TZ-MISMATCH"), Fired{});
}

TEST(TimeZoneRules, TzAzureUtcFiresForAzureSqlOutsideUtc)
{
    DesignBuilder b = production();
    Database& db = b.topology().databases.front();
    db.engine = DbEngine::AzureSql;
    db.timezone = "GMT Standard Time";
    b.serverAt("dc").timezone = "GMT Standard Time";
    b.serverAt("fe-1").timezone = "GMT Standard Time";
    b.serverAt("fe-2").timezone = "GMT Standard Time";
    b.serverAt("batch").timezone = "GMT Standard Time";
    EXPECT_EQ(fired(b.topology(), "TZ-AZURE-UTC"), (Fired{"db-prod @prod"}));
    EXPECT_EQ(fired(b.topology(), "TZ-MISMATCH"), Fired{});
}

TEST(TimeZoneRules, TzAzureUtcSilentInUtcUnsetOrForOtherEngines)
{
    DesignBuilder b = production();
    Database& db = b.topology().databases.front();
    db.engine = DbEngine::AzureSql;
    for (const char* zone : {"UTC", " utc ", ""}) {
        SCOPED_TRACE(zone);
        db.timezone = zone;
        EXPECT_EQ(fired(b.topology(), "TZ-AZURE-UTC"), Fired{});
    }
    db.engine = DbEngine::SqlServer;
    db.timezone = "GMT Standard Time";
    EXPECT_EQ(fired(b.topology(), "TZ-AZURE-UTC"), Fired{});
}

TEST(TimeZoneRules, TzAzureUtcTakesTheEnvironmentOfTheFirstCatalog)
{
    DesignBuilder b;
    b.db("lonely", {}, DbEngine::AzureSql).timezone = "Romance Standard Time";
    EXPECT_EQ(fired(b.topology(), "TZ-AZURE-UTC"), (Fired{"lonely @"}));
}

} // namespace
} // namespace topo::test
