#pragma once

#include "core/model/Topology.h"

#include <array>
#include <string>
#include <string_view>

namespace topo {

// What OutSystems 11 supports of the software around the platform (domain-rules.md, "Platform
// software and time"): operating systems, database versions, editions and service tiers, and
// how the format's text values compare. The rules read it; the editors can offer its lists.

// Text values (os, version, edition, serviceTier, timezone) compare without surrounding
// spaces and case-insensitively; a value that is empty after trimming is unspecified.
std::string normalizedText(std::string_view text);
bool isSpecified(std::string_view text);
bool sameText(std::string_view a, std::string_view b);

// Two platform versions are the same when they compare equal numerically ("11.20" is
// "11.20.0"); a value that is not a version compares as text.
bool samePlatformVersion(std::string_view a, std::string_view b);

// A server's platform version: its own `platformVersion` when set, else its environment's
// (`environment` may be null); "" when neither is set.
std::string_view platformVersionOf(const Server& server, const Environment* environment);

// The values the format lists, in file spelling.
inline constexpr std::array<std::string_view, 4> kSupportedOperatingSystems{
    "windows-server-2016", "windows-server-2019", "windows-server-2022", "windows-server-2025"};
inline constexpr std::array<std::string_view, 4> kSqlServerVersions{"2016", "2017", "2019", "2022"};
inline constexpr std::array<std::string_view, 1> kOracleVersions{"19c"};
// Supported only before Platform Server 11.33.0.
inline constexpr std::array<std::string_view, 1> kOlderSqlServerVersions{"2014"};
inline constexpr std::array<std::string_view, 2> kOlderOracleVersions{"12c", "18c"};
inline constexpr std::array<std::string_view, 5> kSqlServerEditions{"web", "standard", "enterprise",
                                                                    "express", "developer"};
inline constexpr std::array<std::string_view, 2> kOracleEditions{"standard", "enterprise"};
// Azure SQL tiers from S3 up (DTU standard and premium, then the vCore tiers).
inline constexpr std::array<std::string_view, 14> kAzureServiceTiers{"S3",
                                                                     "S4",
                                                                     "S6",
                                                                     "S7",
                                                                     "S9",
                                                                     "S12",
                                                                     "P1",
                                                                     "P2",
                                                                     "P4",
                                                                     "P6",
                                                                     "P11",
                                                                     "P15",
                                                                     "GeneralPurpose",
                                                                     "BusinessCritical"};

// OS-SUPPORTED: one of kSupportedOperatingSystems (an unspecified os is not judged).
bool operatingSystemSupported(std::string_view os);
// OS-PLATFORM: the first Platform Server version that runs on `os` ("" when any does).
std::string_view minimumPlatformForOs(std::string_view os);
// DB-VERSION's table; `platformVersion` "" = not set. Always true for Azure SQL.
bool databaseVersionSupported(DbEngine engine, std::string_view version,
                              std::string_view platformVersion);
// DB-EDITION: Web, Standard or Enterprise for SQL Server, Standard or Enterprise for Oracle.
bool databaseEditionSupported(DbEngine engine, std::string_view edition);
// DB-AZURE-TIER: Basic, S0, S1 and S2 are below the S3 that OutSystems requires.
bool azureTierBelowMinimum(std::string_view serviceTier);

} // namespace topo
