#pragma once

#include "core/model/Topology.h"

namespace topo {

// Checks the ties between elements of a freshly read topology: every id unique across the
// whole document, and every reference naming an existing element of the right kind. Throws
// ReadFailure naming the pointer of the first offending id or reference. Runs in linear time
// (one hash map of all ids).
void checkReferences(const Topology& topology);

} // namespace topo
