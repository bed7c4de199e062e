#pragma once

#include "core/flows/FlowGroups.h"
#include "core/flows/NetworkFlows.h"
#include "core/model/Json.h"

#include <string>
#include <vector>

namespace topo {

// The flows as every output gives them (network-flows.md), shared by `topology-cli flows`,
// the Network view's Copy and Export CSV… and the report.

// {"flows": [{"environment", "kind", "source": {"kind", "id", "name"}, "destination":
// {"kind", "id", "name", "address"}, "port", "protocol", "purpose", "reference",
// "internal"}]}.
Json flowsJson(const Topology& topology, const std::vector<NetworkFlow>& flows);
// {"groups": [{"environment", "kind", "port", "protocol", "purpose", "reference", "internal",
// "source": {"group", "title", "members": [{"kind", "id", "name", "address"}]},
// "destination": {...}}]}.
Json groupsJson(const Topology& topology, const std::vector<FlowGroupRow>& rows);

// One header line, then one line per flow or row, quoted as RFC 4180 says and ended with
// CRLF as it asks: environment, kind, source, source address, destination, destination
// address, port, protocol, purpose, reference, internal ("yes" or "no"). Environments and
// ends by name (a row: its sides' titles, and their members' addresses joined by "; ").
std::string flowsCsv(const Topology& topology, const std::vector<NetworkFlow>& flows);
std::string groupsCsv(const Topology& topology, const std::vector<FlowGroupRow>& rows);

// One line per flow ("Production  controller  PROD-FE1 → PROD-DC (PROD-DC): 12000/TCP
// internal") or per row, a row's sides of several members followed by a "from:" and a "to:"
// line naming them.
std::vector<std::string> flowLines(const Topology& topology, const std::vector<NetworkFlow>& flows);
std::vector<std::string> groupLines(const Topology& topology,
                                    const std::vector<FlowGroupRow>& rows);

// A field as RFC 4180 quotes it: in double quotes, doubled inside, when it holds a comma, a
// quote or a line end.
std::string csvField(std::string_view text);

} // namespace topo
