#pragma once

#include "core/flows/NetworkFlows.h"

#include <string>
#include <string_view>
#include <vector>

namespace topo {

// One side of a grouped row: the role group ("Production front-ends") and its members that
// take part in the row's flows, in file order.
struct FlowGroupSide {
    std::string group;
    std::vector<FlowEnd> members;
};

// The flows of one environment, kind and port between two role groups: one row of a firewall
// request ("Production front-ends (3) → PROD-DC: 12000").
struct FlowGroupRow {
    std::uint32_t environment = 0;
    FlowKind kind = FlowKind::AppAccess;
    std::uint16_t port = 0;
    FlowGroupSide source;
    FlowGroupSide destination;
};

// The grouped rows of the design or of one environment (an id; "" = all): environments in
// file order, kinds in table order, then by the first member of the source and of the
// destination, then port. Built from the role groups, never from the per-host flows, so its
// cost grows with the design's elements, not with the flows between them.
std::vector<FlowGroupRow> groupedFlows(const Topology& topology,
                                       std::string_view onlyEnvironment = {});

// A side as a row names it: the member's own name when it has one member, else the group and
// the count ("Production front-ends (3)").
std::string sideTitle(const FlowGroupSide& side, const FlowEnds& ends);

} // namespace topo
