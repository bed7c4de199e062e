#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace topo {

// Versions of Platform Server and RabbitMQ as domain-rules.md compares them.

// The components of a dotted version ("11.13.2", surrounding spaces ignored), or nullopt when
// it is not digits separated by dots. Components stay text so that no length of digits can
// overflow.
std::optional<std::vector<std::string_view>> parseVersion(std::string_view version);

// Compares two versions numerically, component by component, a missing component being 0:
// negative, zero or positive; nullopt when either does not parse.
std::optional<int> compareVersions(std::string_view a, std::string_view b);

// The minimum RabbitMQ version for a Platform Server version (domain-rules.md), or nullopt
// when the Platform Server version does not parse.
std::optional<std::string_view> minimumRabbitMq(std::string_view platformVersion);

// True when both versions parse and `version` is below `minimum`.
bool versionBelow(std::string_view version, std::string_view minimum);

} // namespace topo
