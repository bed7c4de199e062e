#pragma once

#include "paint/DerivedConnections.h"

#include <QPolygonF>
#include <QRectF>

namespace topo::paint {

// An orthogonal route for a derived connection: vertical when one end is above the other,
// horizontal when they sit side by side, straight when they overlap. Lines run under the
// cards (they are drawn first). `lane` staggers the buses of several sources of one kind
// (load balancers in a row) so that each one's lines stay apart.
QPolygonF routeConnection(const QRectF& from, const QRectF& to, ConnectionKind kind, int lane);

} // namespace topo::paint
