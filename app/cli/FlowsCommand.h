#pragma once

#include <QStringList>

namespace topo::cli {

// `topology-cli flows FILE [--format text|json|csv] [--environment ID] [--group]`: the network
// flows of the design (network-flows.md), per host or grouped by role.
int runFlows(const QStringList& arguments);

} // namespace topo::cli
