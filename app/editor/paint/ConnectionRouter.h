#pragma once

#include "editor/paint/DerivedConnections.h"
#include "editor/paint/Theme.h"
#include "editor/paint/TopologyPainter.h"

#include <QLineF>
#include <QPen>
#include <QPolygonF>
#include <QRectF>

class QPainter;

#include <map>
#include <optional>
#include <vector>

namespace topo::paint {

class LineObstacles;

// An orthogonal route for a derived connection: vertical when one end is above the other,
// horizontal when they sit side by side, straight when they overlap. Lines run under the
// cards (they are drawn first). `lane` staggers the buses of several sources of one kind
// (load balancers in a row) so that each one's lines stay apart.
QPolygonF routeConnection(const QRectF& from, const QRectF& to, ConnectionKind kind, int lane);

// routeConnection() changed to run through the fewest cards of `obstacles`: its middle
// segment moved (just after the source, just before the target, either side of each card
// it crossed), or, for a card in line with an end, a way round that card beside it; the
// first with the fewest crossings. `weighed`, when given, gets the segments of every route it
// weighed: only a card running into one of them (or out of one) can change the choice.
QPolygonF routeAround(const QRectF& from, const QRectF& to, ConnectionKind kind, int lane,
                      const LineObstacles& obstacles, std::vector<QLineF>* weighed = nullptr);
// LifeTime's line to one environment it manages: up from the LifeTime frame to `bus`, along
// it, and down into the managed frame's title bar.
QPolygonF managementRoute(const QRectF& lifetime, const QRectF& managed, double bus);
// The other way, for a managed frame below the LifeTime one: up to `bus`, left to
// `leftBus`, down the left of the frames and into the managed frame's title band.
QPolygonF managementRouteOnTheLeft(const QRectF& lifetime, const QRectF& managed, double bus,
                                   double leftBus);

// Routes the connections of a picture one at a time, in their order (load balancers' lanes
// numbered as they first appear, LifeTime's bus over the frames it joins), so that a painter
// holds one route at a time however large the design; nullopt where an end is not drawn
// (`rectOf` answers nullopt). With `obstacles`, lines go round the cards (routeAround) and
// LifeTime's lines take the way that crosses fewer frames and cards. The canvas, the
// picture and the draw.io file all take their lines here, with the obstacles.
class ConnectionRouting {
public:
    ConnectionRouting(const std::vector<Connection>& connections, const RectLookup& rectOf,
                      const LineObstacles* obstacles = nullptr);
    // `weighed`: as routeAround() gives it (left alone for LifeTime's lines).
    std::optional<QPolygonF> route(const Connection& connection,
                                   std::vector<QLineF>* weighed = nullptr);
    // The lane of a load balancer's lines (numbered as the balancers first appear), 0 for
    // other kinds: with it, routeConnection() routes one line again as route() did.
    int lane(const Connection& connection);

private:
    const RectLookup& m_rectOf;
    const LineObstacles* m_obstacles;
    std::map<std::string, double> m_busOf;     // per LifeTime environment
    std::map<std::string, double> m_leftBusOf; // per LifeTime environment
    std::map<std::string, int> m_lanes;        // per load balancer
};

// Every route of ConnectionRouting, in the connections' order.
std::vector<std::optional<QPolygonF>> routeConnections(const std::vector<Connection>& connections,
                                                       const RectLookup& rectOf,
                                                       const LineObstacles* obstacles = nullptr);

// The scene area a routed connection paints on (line, arrowhead, LifeTime's caption).
QRectF connectionRegion(const Connection& connection, const QPolygonF& route);

// Draws connections routed beforehand (routeConnections(), in the same order) as
// paintConnections() does; with a non-null `exposed`, lines whose region lies outside it are
// skipped (LifeTime's lines are drawn together, for their caption).
// `regions`, when given, holds each route's connectionRegion() worked out beforehand.
void paintRoutes(QPainter& p, const std::vector<Connection>& connections,
                 const std::vector<std::optional<QPolygonF>>& routes, const PaintOptions& options,
                 const QRectF& exposed = {}, const std::vector<QRectF>* regions = nullptr);

// How the picture strokes a connection of `kind` (`simple`: the hairline of a low zoom).
QPen connectionPen(ConnectionKind kind, const Theme& theme, bool simple);

} // namespace topo::paint
