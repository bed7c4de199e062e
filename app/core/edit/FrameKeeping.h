#pragma once

#include "core/edit/TopologyPatch.h"
#include "core/model/Topology.h"

namespace topo {

// Environment frames never overlap one another, and every card stays inside its
// environment's frame. Each canvas edit that moves, adds or resizes something passes through
// here: the result is `edit` followed by what keeps those two true, as one patch (one undo
// step):
// 1. an environment whose content the edit moved, added or regrouped grows its frame around
//    that content (frames never shrink here);
// 2. frames the edit moved or added that now overlap another frame go, together and with
//    their content, to the nearest free place by whole grid steps (where they were dropped
//    when that is free), or below the design when none is near;
// 3. a frame that grew, was resized or was placed pushes each frame it overlaps right or
//    down, whichever is the shorter way out, and a pushed frame pushes on in turn.
// Frames the edit did not touch keep any overlap the design already had. Returns `edit`
// itself when nothing needs to move or grow.
TopologyPatch keepFramesApart(const Topology& before, const TopologyPatch& edit);

} // namespace topo
