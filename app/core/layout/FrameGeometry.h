#pragma once

#include "core/model/Topology.h"

#include <optional>

namespace topo::layout {

// The geometry of an environment's frame and of what it holds.

// Rounds up onto the grid.
double snapUp(double value);

// `content` with the title band on top and the padding around, its edges grown outwards onto
// the grid: what a frame must cover to hold it.
Rect paddedAround(const Rect& content);

// The smallest frame around `content`: the title band on top, the padding around, at least
// the minimum size (paddedAround, so frames line up with snapped cards).
Rect frameAround(const Rect& content);

// The part of `frame` that holds cards: below its title band, inside its padding.
Rect contentArea(const Rect& frame);

// What the environment holds on the canvas: the cards of its servers, load balancers and
// queues and of the databases holding its first catalogs; nullopt when none of them is
// placed. (Its zones' regions reach a few units around their members, into the frame's
// padding, as automatic placement draws them.)
std::optional<Rect> contentBounds(const Topology& topology, const Environment& environment);

} // namespace topo::layout
