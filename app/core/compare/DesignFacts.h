#pragma once

#include "core/analysis/EnvironmentAnalysis.h"
#include "core/compare/DesignDiff.h"
#include "core/model/Topology.h"
#include "core/rules/Finding.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace topo::compare {

// What the comparison compares of one design, each part sorted so that the order of the
// arrays in the file does not matter.

// One member of an element flattened to its dotted path ("hardware.cpuCores"): a scalar as
// JSON text, an array as its items sorted (an order-free set: roles, targets, catalogs).
struct FlatValue {
    bool isSet = false;
    std::string text; // a set: "[a, b]"
    std::vector<std::string> items;
};
using FlatMembers = std::map<std::string, FlatValue>;

// The design's own members (type "design", id ""), or one element from its canonical JSON
// (TopologyWriter) without its id; a zone apart from its environment.
struct ElementFacts {
    std::string type;
    std::string id;
    std::string name;
    std::string environment;
    FlatMembers members;
};
using ElementKey = std::pair<std::string, std::string>; // id, type
using ElementMap = std::map<ElementKey, ElementFacts>;

// The analysis figures of one environment as (figure, value) in the order FigureChange
// documents, and its single points of failure's ids, sorted.
struct EnvironmentFacts {
    std::string id;
    std::string name;
    std::vector<std::pair<std::string, std::string>> figures;
    std::vector<std::string> singlePoints;
};

using EnvironmentFactsMap = std::map<std::string, EnvironmentFacts>; // by id

struct DesignFacts {
    ElementMap elements;
    std::vector<Finding> findings;    // sorted (findingLess)
    EnvironmentFactsMap environments; // by id
};

inline const char* const kAbsent = "(none)";

bool isLayoutPath(const std::string& path);
bool findingLess(const Finding& x, const Finding& y); // rule, subjects, environment, message

ElementMap elementFacts(const Topology& topology);
// An environment's figures as the comparison writes them; its single points of failure from
// `analysis.singlePointsOfFailure`.
EnvironmentFacts environmentFacts(const EnvironmentAnalysis& analysis);
// The elements, the validator's findings and the analysis of every environment.
DesignFacts designFacts(const Topology& topology);

// The parts of compareDesigns, for a comparison kept current edit by edit (LiveDiff).
// What differs in one element (nullptr: absent on that side); nullopt when nothing does.
std::optional<ElementDiff> elementDiff(const ElementFacts* before, const ElementFacts* after,
                                       const DiffOptions& options);
// Both sorted with findingLess.
std::vector<FindingChange> findingChanges(const std::vector<Finding>& before,
                                          const std::vector<Finding>& after);
std::vector<EnvironmentChange> environmentChanges(const EnvironmentFactsMap& before,
                                                  const EnvironmentFactsMap& after);

} // namespace topo::compare
