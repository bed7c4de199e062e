#pragma once

#include "paint/DerivedConnections.h"
#include "paint/Theme.h"
#include "paint/TopologyPainter.h"

#include <QPen>
#include <QPolygonF>
#include <QRectF>

#include <optional>
#include <vector>

namespace topo::paint {

// An orthogonal route for a derived connection: vertical when one end is above the other,
// horizontal when they sit side by side, straight when they overlap. Lines run under the
// cards (they are drawn first). `lane` staggers the buses of several sources of one kind
// (load balancers in a row) so that each one's lines stay apart.
QPolygonF routeConnection(const QRectF& from, const QRectF& to, ConnectionKind kind, int lane);

// LifeTime's line to one environment it manages: up from the LifeTime frame to `bus`, along
// it, and down into the managed frame's title bar.
QPolygonF managementRoute(const QRectF& lifetime, const QRectF& managed, double bus);

// The route of each connection as the picture draws it, in the same order (load balancers'
// lanes and LifeTime's bus included); nullopt where an end is not drawn (`rectOf` answers
// nullopt). The picture and the draw.io file both take their lines from here.
std::vector<std::optional<QPolygonF>> routeConnections(const std::vector<Connection>& connections,
                                                       const RectLookup& rectOf);

// How the picture strokes a connection of `kind` (`simple`: the hairline of a low zoom).
QPen connectionPen(ConnectionKind kind, const Theme& theme, bool simple);

} // namespace topo::paint
