#pragma once

#include "model/Topology.h"

#include <QByteArray>

#include <string>
#include <vector>

namespace topo {

// A diagrams.net file (.drawio, uncompressed XML) of the topology: sites and environments as
// containers, zones as dashed regions, servers, load balancers, databases, queues and notes
// as shapes labelled with their names and specs, derived connections as edges, every
// position as on the canvas. Labels are plain text (never HTML), so names cannot inject
// markup. `environment` restricts the file to one environment ("" = the whole design);
// a non-empty `selection` to the chosen elements (selectionScope()) and the edges among them.
QByteArray drawioBytes(const Topology& topology, const std::string& environment = {},
                       const std::vector<std::string>& selection = {});

} // namespace topo
