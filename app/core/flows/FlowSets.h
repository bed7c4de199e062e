#pragma once

#include "core/flows/NetworkFlows.h"

#include <string>
#include <string_view>
#include <vector>

namespace topo {

// The flows of one kind in one environment on one port as a product: every source to every
// destination, except a source to itself. Per-host flows expand the products; grouped rows
// merge them; neither needs the other, so grouping stays linear in the design's elements.
struct FlowSet {
    std::uint32_t environment = 0;
    FlowKind kind = FlowKind::AppAccess;
    std::uint16_t port = 0;
    std::string sourceGroup;      // the role group the sources form ("Production front-ends")
    std::vector<FlowEnd> sources; // in file order
    std::string destinationGroup;
    std::vector<FlowEnd> destinations; // in file order
};

// The products of the design, or of one environment (an id; "" = all), environments in file
// order and kinds in table order.
std::vector<FlowSet> flowSets(const Topology& topology, std::string_view onlyEnvironment);

// A platform version at or above `minimum`: true when it is not set, or not a version at all
// (read as a new installation, the current version).
bool platformAtLeast(std::string_view version, std::string_view minimum);

} // namespace topo
