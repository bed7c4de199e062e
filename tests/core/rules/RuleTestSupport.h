#pragma once

#include "core/model/Topology.h"
#include "core/rules/Finding.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace topo::test {

// One finding in a line easy to compare in an assertion: "SUBJECT SUBJECT @ENVIRONMENT".
using Fired = std::vector<std::string>;

// The display name of any element of the design ("" when no element has that id).
std::string nameOf(const Topology& topology, std::string_view id);

// Runs every rule and checks what every finding must satisfy (severity of its catalogue
// entry, a message naming each subject by its name and saying what to do), reporting a
// failure of the current test otherwise.
std::vector<Finding> runRules(const Topology& topology);

// The findings of one rule, each as "subjects @environment", in validation order.
Fired fired(const Topology& topology, std::string_view rule);

// The first finding of one rule (after runRules' checks), or nullopt when the rule is silent.
std::optional<Finding> firstFinding(const Topology& topology, std::string_view rule);

// The ids of every rule that fired, in validation order, one entry per finding.
std::vector<std::string> firedRules(const Topology& topology);

} // namespace topo::test
