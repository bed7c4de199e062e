#pragma once

#include "model/Topology.h"

#include <string>
#include <string_view>
#include <vector>

namespace topo {

// Documentation pages of OutSystems 11 that the rules come from (RuleInfo::reference).
namespace ref {
inline constexpr const char* kDesigning = "Designing OutSystems infrastructures";
inline constexpr const char* kRoles = "Designing OutSystems infrastructures › Server roles";
inline constexpr const char* kScaling = "Designing OutSystems infrastructures › Scaling and "
                                        "high availability for OutSystems Platform servers";
inline constexpr const char* kSizing =
    "Designing OutSystems infrastructures › Sizing OutSystems infrastructures";
inline constexpr const char* kRequirements = "OutSystems 11 system requirements";
inline constexpr const char* kLoadBalancing =
    "Setup OutSystems infrastructure › Load balancer configuration for front-end servers";
inline constexpr const char* kDatabase =
    "OutSystems 11 system requirements › Database management systems";
inline constexpr const char* kCache =
    "Setup OutSystems infrastructure › Cache invalidation service (RabbitMQ)";
inline constexpr const char* kZones = "Deployment zones";
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

} // namespace text
} // namespace topo
