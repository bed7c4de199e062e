#pragma once

#include "core/model/Topology.h"
#include "core/rules/Finding.h"

#include <vector>

namespace topo {

// The whole rule catalogue, sorted by rule id.
const std::vector<RuleInfo>& ruleCatalog();

// The rule with that id, or nullptr.
const RuleInfo* findRule(std::string_view id);

// Runs every rule of domain-rules.md; findings sorted by rule id, then by subjects.
std::vector<Finding> validate(const Topology& topology);

} // namespace topo
