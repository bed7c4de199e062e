#pragma once

#include "core/model/Topology.h"

#include <optional>
#include <string_view>

namespace topo::layout {

// Rectangle helpers in scene units. A rect with a width or height of 0 is still a place.
bool overlaps(const Rect& a, const Rect& b); // interiors intersect (touching edges is fine)
bool contains(const Rect& outer, const Rect& inner);
Rect united(const Rect& a, const Rect& b);
Rect adjusted(const Rect& r, double left, double top, double right, double bottom);

double snapToGrid(double value);
Point snapToGrid(const Point& point);

// The card a server, load balancer, database or queue occupies with its top-left at `at`.
Rect serverCard(const Point& at);
Rect nodeCard(const Point& at);

// The rectangle an element or zone occupies on the canvas, when it has a layout (a zone
// has one when any of its members has).
std::optional<Rect> elementRect(const Topology& topology, std::string_view id);

// How many other zones of the environment a zone encloses (a zone holding every member of
// a smaller zone is drawn around it): 0 for a zone enclosing none.
int zoneDepth(const Environment& environment, const Zone& zone);

// The region drawn for a zone: its members' cards with room for the label band, larger for
// zones that enclose other zones.
std::optional<Rect> zoneRect(const Topology& topology, const Environment& environment,
                             const Zone& zone);

// The environment whose frame holds `point`, edges included (the smallest when frames
// overlap); nullptr when none does.
const Environment* environmentAt(const Topology& topology, const Point& point);

// Everything placed on the canvas (environments, sites, elements, notes); nullopt when
// nothing is placed.
std::optional<Rect> designBounds(const Topology& topology);

} // namespace topo::layout
