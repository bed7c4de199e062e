#pragma once

#include "core/model/Topology.h"

#include <QRectF>

#include <optional>
#include <string>
#include <unordered_map>

namespace topo {

// Qt rectangles of the canvas geometry of core layout (layout/Geometry.h), in scene units.
// Elements without a layout sit at the origin: AutoLayout places them before anything is
// drawn.
QRectF toQRect(const Rect& rect);
QRectF serverRect(const Server& server);
QRectF nodeRect(const std::optional<Point>& layout); // load balancer, database, queue
QRectF environmentRect(const Environment& environment);
// The region drawn around a zone's members; nullopt when no member is on the canvas.
std::optional<QRectF> zoneRect(const Topology& topology, const Environment& environment,
                               const Zone& zone);
// The rectangle of every element and zone that has one, by id.
std::unordered_map<std::string, QRectF> elementRects(const Topology& topology);
// Everything drawn, with a margin (room for LifeTime's management lines above the frames):
// the scene rectangle of an export.
QRectF designBounds(const Topology& topology);

} // namespace topo
