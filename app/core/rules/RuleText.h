#pragma once

#include "core/model/Topology.h"

#include <string>
#include <string_view>
#include <vector>

namespace topo {

// Documentation pages of OutSystems 11 that the rules come from (RuleInfo::reference): the
// exact page titles of domain-rules.md's "Documentation references", so that a user who
// searches for one finds it.
namespace ref {
inline constexpr const char* kScaling = "Scaling and high availability for OutSystems Platform "
                                        "servers";
inline constexpr const char* kRoles = "OutSystems Platform Server Roles";
inline constexpr const char* kSettingUp = "Setting Up OutSystems";
inline constexpr const char* kSizing = "Sizing OutSystems Platform";
inline constexpr const char* kRequirements = "OutSystems system requirements";
inline constexpr const char* kArchitecture = "Infrastructure architecture and deployment options";
inline constexpr const char* kHaStrategies = "High availability and scalability strategies";
inline constexpr const char* kLoadBalancing = "Recommended configurations for Load Balancing";
inline constexpr const char* kDisasterRecovery =
    "Disaster Recovery and High Availability for OutSystems Platform servers";
inline constexpr const char* kCache = "Cache Invalidation in OutSystems 11";
inline constexpr const char* kCacheHa = "OutSystems cache invalidation with high-availability";
inline constexpr const char* kZones = "Selective Deployment Using Deployment Zones";
inline constexpr const char* kZonesReference = "Deployment Zones Reference";
inline constexpr const char* kBalancedDeployment = "Balanced application deployment";
inline constexpr const char* kTimezone = "Timezone considerations in the OutSystems Platform";
inline constexpr const char* kFailover = "OutSystems Platform Server failover procedures";
inline constexpr const char* kUpgrade = "Upgrade OutSystems platform";
// No OutSystems page covers it: the advice is this designer's own.
inline constexpr const char* kDesignerAdvice =
    "Topology Designer's own advice (no OutSystems page): two servers with one host name "
    "cannot both be reached";
} // namespace ref

// Text helpers shared by the rule families so that every message reads alike.
namespace text {

// "A", "A, B", "A, B, C".
std::string joinNames(const std::vector<std::string_view>& names);
// "a", "a and b", "a, b and c" (or with "or"): for words inside a sentence.
std::string joinWords(const std::vector<std::string_view>& words,
                      std::string_view conjunction = "and");
std::string serverNames(const std::vector<const Server*>& servers);
// "1 server", "3 servers".
std::string count(std::size_t n, std::string_view singular, std::string_view plural);
// 750 -> "750", 62.5 -> "62.5", 0.125 -> "0.13".
std::string number(double value);
std::string hardware(const Hardware& hardware);
std::string_view purposeName(Purpose purpose);
std::string_view catalogName(CatalogKind kind);
std::string_view engineName(DbEngine engine); // "SQL Server", "Azure SQL", "Oracle"
// `value` in double quotes, for a user's free text inside a sentence.
std::string quoted(std::string_view value);

} // namespace text
} // namespace topo
