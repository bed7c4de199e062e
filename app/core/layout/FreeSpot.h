#pragma once

#include "core/model/Topology.h"

#include <optional>
#include <vector>

namespace topo::layout {

// A rectangle that moves with a group, and the frame it must stay inside, if any.
struct MovingRect {
    Rect rect;
    std::optional<Rect> within;
};

// The offset, in whole grid steps, nearest to no offset at all that moves every rectangle of
// `group` at least `gap` away from every obstacle (touching the gap is fine) and keeps each
// inside its frame. nullopt when no such offset lies within `maxDistance`.
std::optional<Point> nearestFreeOffset(const std::vector<MovingRect>& group,
                                       const std::vector<Rect>& obstacles, double gap,
                                       double maxDistance);

} // namespace topo::layout
