#pragma once

#include "core/model/Topology.h"
#include "core/rules/Finding.h"

#include <map>
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

struct DesignFacts {
    ElementMap elements;
    std::vector<Finding> findings;                        // sorted (findingLess)
    std::map<std::string, EnvironmentFacts> environments; // by id
};

inline const char* const kAbsent = "(none)";

bool isLayoutPath(const std::string& path);
bool findingLess(const Finding& x, const Finding& y); // rule, subjects, environment, message

ElementMap elementFacts(const Topology& topology);
// The elements, the validator's findings and the analysis of every environment.
DesignFacts designFacts(const Topology& topology);

} // namespace topo::compare
