#include "DesignBuilder.h"
#include "RuleTestSupport.h"

#include <gtest/gtest.h>

namespace topo::test {
namespace {

Catalog catalog(const std::string& environment, CatalogKind kind)
{
    return Catalog{environment, kind, emptyExtra()};
}

TEST(DatabaseRules, DbMissingFiresWhenPlatformOrSessionIsNowhere)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction);
    b.topology().databases.front().catalogs = {catalog("qa", CatalogKind::Platform),
                                               catalog("qa", CatalogKind::Log)};
    EXPECT_EQ(fired(b.topology(), "DB-MISSING"), (Fired{"qa @qa"}));
    b.topology().databases.front().catalogs = {};
    EXPECT_EQ(fired(b.topology(), "DB-MISSING"), (Fired{"qa @qa"}));
}

TEST(DatabaseRules, DbMissingSilentForAnEmptyEnvironmentOrWithoutLog)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction);
    b.topology().databases.front().catalogs.pop_back(); // no log catalog: allowed
    b.env("empty", Purpose::NonProduction);
    EXPECT_EQ(fired(b.topology(), "DB-MISSING"), Fired{});
}

TEST(DatabaseRules, CatalogDuplicateFiresPerEnvironmentAndKind)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction);
    b.db("db-a", {"qa"});
    b.db("db-b", {}).catalogs = {catalog("qa", CatalogKind::Log)};
    EXPECT_EQ(fired(b.topology(), "DB-CATALOG-DUPLICATE"),
              (Fired{"db-qa db-a @qa", "db-qa db-a @qa", "db-qa db-a db-b @qa"}));
}

TEST(DatabaseRules, CatalogDuplicateListsADatabaseListingItTwiceOnce)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction);
    b.topology().databases.front().catalogs.push_back(catalog("qa", CatalogKind::Log));
    EXPECT_EQ(fired(b.topology(), "DB-CATALOG-DUPLICATE"), (Fired{"db-qa @qa"}));
}

TEST(DatabaseRules, CatalogDuplicateSilentForDistinctEnvironments)
{
    DesignBuilder b;
    b.healthyFactory();
    EXPECT_EQ(fired(b.topology(), "DB-CATALOG-DUPLICATE"), Fired{});
}

TEST(DatabaseRules, EngineMixFiresPerEnvironment)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction);
    b.topology().databases.front().catalogs.pop_back();
    b.db("ora", {}, DbEngine::Oracle).catalogs = {catalog("qa", CatalogKind::Log)};
    EXPECT_EQ(fired(b.topology(), "DB-ENGINE-MIX"), (Fired{"qa @qa"}));
    b.topology().databases.back().engine = DbEngine::SqlServer;
    EXPECT_EQ(fired(b.topology(), "DB-ENGINE-MIX"), Fired{});
}

TEST(DatabaseRules, ProdSharedFiresForProductionWithAnyOtherEnvironment)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction);
    b.healthyEnv("prod", Purpose::Production);
    b.healthyEnv("prod-b", Purpose::Production);
    b.topology().databases = {};
    b.db("shared", {"qa", "prod"});
    b.db("both-prods", {"prod-b", "prod"});
    b.db("own", {"qa"});
    EXPECT_EQ(fired(b.topology(), "DB-PROD-SHARED"), (Fired{"both-prods @prod-b", "shared @prod"}));
}

TEST(DatabaseRules, ProdSharedSilentForSharedNonProduction)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction);
    b.healthyEnv("dev", Purpose::Development);
    b.topology().databases = {};
    b.db("shared", {"qa", "dev"});
    EXPECT_EQ(fired(b.topology(), "DB-PROD-SHARED"), Fired{});
}

TEST(DatabaseRules, DbHaFiresForAProductionPlatformCatalogWithoutHa)
{
    DesignBuilder b;
    b.healthyFactory();
    Database& db = b.topology().databases.back(); // db-prod: 2 nodes, always-on-ag
    db.nodes = 1;
    EXPECT_EQ(fired(b.topology(), "DB-HA"), (Fired{"db-prod @prod"}));
    b.topology().databases.back().nodes = 2;
    b.topology().databases.back().haMode = DbHaMode::None;
    EXPECT_EQ(fired(b.topology(), "DB-HA"), (Fired{"db-prod @prod"}));
}

TEST(DatabaseRules, DbHaSilentWithoutHaRequiredOrWithoutThePlatformCatalog)
{
    DesignBuilder b;
    b.healthyEnv("prod", Purpose::Production); // haRequired off
    b.env("prod-ha", Purpose::Production);
    b.db("sessions", {}).catalogs = {catalog("prod-ha", CatalogKind::Session)};
    EXPECT_EQ(fired(b.topology(), "DB-HA"), Fired{});
}

TEST(DatabaseRules, HaEndpointAndNodesFireOnTheEnvironmentOfTheFirstCatalog)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction);
    b.healthyEnv("dev", Purpose::Development);
    b.topology().databases = {};
    Database& db = b.db("rac", {"dev", "qa"}, DbEngine::Oracle);
    db.haMode = DbHaMode::Rac;
    db.singleEndpoint = false;
    EXPECT_EQ(fired(b.topology(), "DB-HA-ENDPOINT"), (Fired{"rac @dev"}));
    EXPECT_EQ(fired(b.topology(), "DB-HA-NODES"), (Fired{"rac @dev"}));
}

TEST(DatabaseRules, HaEndpointAndNodesSilentWithoutHaModeOrForAProperCluster)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction);
    b.topology().databases.front().singleEndpoint = false; // haMode none
    Database& db = b.db("ag", {});
    db.haMode = DbHaMode::AlwaysOnAg;
    db.nodes = 2;
    EXPECT_EQ(fired(b.topology(), "DB-HA-ENDPOINT"), Fired{});
    EXPECT_EQ(fired(b.topology(), "DB-HA-NODES"), Fired{});
}

TEST(DatabaseRules, NoCatalogsFiresWithAnEmptyEnvironment)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction);
    b.db("spare", {});
    EXPECT_EQ(fired(b.topology(), "DB-NO-CATALOGS"), (Fired{"spare @"}));
    b.topology().databases.back().catalogs = {catalog("qa", CatalogKind::Log)};
    EXPECT_EQ(fired(b.topology(), "DB-NO-CATALOGS"), Fired{});
}

TEST(DatabaseRules, DbSizeProdFiresBelowTwoCoresOrSixteenGigabytes)
{
    for (const Hardware& hw : {Hardware{1, 64, 500, {}}, Hardware{8, 15.5, 500, {}},
                               Hardware{0, 8, 0, {}}, Hardware{1, 0, 0, {}}}) {
        SCOPED_TRACE(std::to_string(hw.cpuCores) + " cores, " + std::to_string(hw.ramGb) + " GB");
        DesignBuilder b;
        b.healthyFactory();
        b.topology().databases.back().hardware = hw; // db-prod
        EXPECT_EQ(fired(b.topology(), "DB-SIZE-PROD"), (Fired{"db-prod @prod"}));
    }
}

TEST(DatabaseRules, DbSizeProdSilentAtTheMinimumUnspecifiedOrOutsideProduction)
{
    for (const Hardware& hw : {Hardware{2, 16, 500, {}}, Hardware{0, 0, 0, {}}}) {
        DesignBuilder b;
        b.healthyFactory();
        b.topology().databases.back().hardware = hw;
        EXPECT_EQ(fired(b.topology(), "DB-SIZE-PROD"), Fired{});
    }
    DesignBuilder b;
    b.healthyFactory();
    b.topology().databases.front().hardware = {1, 4, 100, {}}; // db-dev
    Database& sessions = b.db("prod-sessions", {});
    sessions.catalogs = {catalog("prod", CatalogKind::Session)};
    sessions.hardware = {1, 4, 100, {}};
    EXPECT_EQ(fired(b.topology(), "DB-SIZE-PROD"), Fired{});
}

TEST(DatabaseRules, DbSizeProdTakesTheFirstProductionPlatformCatalog)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction);
    b.healthyEnv("prod-b", Purpose::Production);
    b.healthyEnv("prod-a", Purpose::Production);
    b.topology().databases = {};
    Database& db = b.db("shared", {});
    db.catalogs = {catalog("qa", CatalogKind::Platform), catalog("prod-a", CatalogKind::Session),
                   catalog("prod-b", CatalogKind::Platform),
                   catalog("prod-a", CatalogKind::Platform)};
    db.hardware = {4, 8, 500, {}};
    EXPECT_EQ(fired(b.topology(), "DB-SIZE-PROD"), (Fired{"shared @prod-b"}));
}

} // namespace
} // namespace topo::test
