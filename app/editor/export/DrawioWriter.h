#pragma once

#include "core/model/Topology.h"

#include <QByteArray>

#include <string>
#include <vector>

namespace topo {

// A diagrams.net file (.drawio, uncompressed XML) of the topology picture, to go on editing:
// sites, environments (swimlane containers) and their zones (containers) holding servers,
// load balancers, queues and single-environment databases; shared databases and notes at the
// top level; the derived connections as edges along the picture's routes, with its pens; the
// picture's label words (paint/PaintText.h); every position as on the canvas. Labels are plain
// text (never HTML), so names cannot inject markup. `environment` restricts the file to one
// environment ("" = the whole design); a non-empty `selection` to the chosen elements
// (selectionScope()) with the frames holding them, and the edges among them.
QByteArray drawioBytes(const Topology& topology, const std::string& environment = {},
                       const std::vector<std::string>& selection = {});

} // namespace topo
