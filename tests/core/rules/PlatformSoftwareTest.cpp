#include "core/rules/PlatformSoftware.h"

#include <gtest/gtest.h>

namespace topo {
namespace {

TEST(PlatformSoftware, TextValuesCompareTrimmedAndCaseInsensitively)
{
    EXPECT_TRUE(sameText("Windows-Server-2022 ", "windows-server-2022"));
    EXPECT_TRUE(sameText(" UTC", "utc"));
    EXPECT_FALSE(sameText("UTC+1", "utc"));
    EXPECT_FALSE(sameText("windows server 2022", "windows-server-2022"));
    EXPECT_EQ(normalizedText("  W. Europe Standard Time\t"), "w. europe standard time");
    EXPECT_FALSE(isSpecified(""));
    EXPECT_FALSE(isSpecified(" \t "));
    EXPECT_TRUE(isSpecified(" x "));
}

TEST(PlatformSoftware, PlatformVersionsCompareNumericallyWithMissingComponentsAsZero)
{
    EXPECT_TRUE(samePlatformVersion("11.20", "11.20.0"));
    EXPECT_TRUE(samePlatformVersion(" 11.20.0", "11.20.0.0"));
    EXPECT_FALSE(samePlatformVersion("11.20.1", "11.20"));
    EXPECT_TRUE(samePlatformVersion("Latest", " latest")); // not versions: compared as text
    EXPECT_FALSE(samePlatformVersion("latest", "11.20"));
}

TEST(PlatformSoftware, AServerRunsItsOwnPlatformVersionElseItsEnvironments)
{
    Environment env;
    env.platformVersion = "11.38.0";
    Server server;
    EXPECT_EQ(platformVersionOf(server, &env), "11.38.0");
    server.platformVersion = "11.19.1";
    EXPECT_EQ(platformVersionOf(server, &env), "11.19.1");
    server.platformVersion = "  ";
    EXPECT_EQ(platformVersionOf(server, nullptr), "");
}

TEST(PlatformSoftware, OperatingSystemsAndTheirFirstPlatformVersion)
{
    for (std::string_view os : kSupportedOperatingSystems)
        EXPECT_TRUE(operatingSystemSupported(os)) << os;
    EXPECT_TRUE(operatingSystemSupported(" WINDOWS-SERVER-2019 "));
    EXPECT_FALSE(operatingSystemSupported("windows-server-2012"));
    EXPECT_FALSE(operatingSystemSupported("windows-server-20222"));
    EXPECT_FALSE(operatingSystemSupported(""));
    EXPECT_EQ(minimumPlatformForOs("windows-server-2016"), "");
    EXPECT_EQ(minimumPlatformForOs("windows-server-2019"), "");
    EXPECT_EQ(minimumPlatformForOs("Windows-Server-2022"), "11.20.0");
    EXPECT_EQ(minimumPlatformForOs("windows-server-2025"), "11.35.0");
}

TEST(PlatformSoftware, DatabaseVersionsFollowTheSupportTable)
{
    const auto sql = [](std::string_view v, std::string_view pv) {
        return databaseVersionSupported(DbEngine::SqlServer, v, pv);
    };
    EXPECT_FALSE(sql("2019", "11.11.0"));
    EXPECT_TRUE(sql("2019", "11.12.0"));
    EXPECT_TRUE(sql("2019", "")); // no version stated: not known to be below 11.12.0
    EXPECT_TRUE(sql("2014", "11.32.99"));
    EXPECT_FALSE(sql("2014", "11.33.0"));
    EXPECT_FALSE(sql("2014", ""));
    EXPECT_FALSE(sql("2012", "11.0.0"));
    EXPECT_TRUE(databaseVersionSupported(DbEngine::Oracle, "19C", "11.38.0"));
    EXPECT_TRUE(databaseVersionSupported(DbEngine::Oracle, "18c", "11.32"));
    EXPECT_FALSE(databaseVersionSupported(DbEngine::Oracle, "12c", "11.33"));
    EXPECT_TRUE(databaseVersionSupported(DbEngine::AzureSql, "anything", ""));
}

TEST(PlatformSoftware, EditionsAndAzureTiers)
{
    for (std::string_view e : {"web", "standard", "enterprise"})
        EXPECT_TRUE(databaseEditionSupported(DbEngine::SqlServer, e)) << e;
    for (std::string_view e : {"express", "developer"})
        EXPECT_FALSE(databaseEditionSupported(DbEngine::SqlServer, e)) << e;
    EXPECT_FALSE(databaseEditionSupported(DbEngine::Oracle, "web"));
    EXPECT_TRUE(databaseEditionSupported(DbEngine::Oracle, "Standard"));
    for (std::string_view t : {"basic", "S0", "s1", "S2"})
        EXPECT_TRUE(azureTierBelowMinimum(t)) << t;
    for (std::string_view t : kAzureServiceTiers)
        EXPECT_FALSE(azureTierBelowMinimum(t)) << t;
}

} // namespace
} // namespace topo
