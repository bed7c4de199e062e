#include "editor/paint/ConnectionRouter.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace topo::paint {
namespace {

constexpr double kGap = 12; // rectangles closer than this are joined by a straight line

// Where a connection leaves its source, relative to the side's centre: links of different
// kinds leave a front-end at different points so that they do not overlap.
double portOffset(ConnectionKind kind, double sideLength)
{
    switch (kind) {
    case ConnectionKind::Database:
        return -sideLength / 4;
    case ConnectionKind::Queue:
        return sideLength / 4;
    default:
        return 0;
    }
}

// How far from its shared end a route bends. Many front-ends feed one database or queue:
// their lines join on a short bus just before the target. One load balancer feeds many
// servers: its lines part on a bus just after the source. Each kind has its own distance so
// that buses of different kinds do not overlap.
double bendAt(double start, double end, ConnectionKind kind, int lane)
{
    const bool nearTarget = kind == ConnectionKind::Database || kind == ConnectionKind::Queue;
    double distance = kind == ConnectionKind::Database ? 18
                      : kind == ConnectionKind::Queue  ? 30
                                                       : 12;
    if (kind == ConnectionKind::LoadBalancing)
        distance += 9 * (lane % 3);
    const double span = end - start;
    distance = std::min(distance, std::abs(span) / 2);
    const double direction = span >= 0 ? 1 : -1;
    return nearTarget ? end - direction * distance : start + direction * distance;
}

} // namespace

QPolygonF routeConnection(const QRectF& from, const QRectF& to, ConnectionKind kind, int lane)
{
    const bool down = to.top() >= from.bottom() + kGap;
    const bool up = from.top() >= to.bottom() + kGap;
    if (down || up) {
        const QPointF start(from.center().x() + portOffset(kind, from.width()),
                            down ? from.bottom() : from.top());
        const QPointF end(to.center().x(), down ? to.top() : to.bottom());
        const double bend = bendAt(start.y(), end.y(), kind, lane);
        return QPolygonF({start, {start.x(), bend}, {end.x(), bend}, end});
    }
    if (to.left() >= from.right() + kGap || from.left() >= to.right() + kGap) {
        const bool right = to.left() >= from.right() + kGap;
        const QPointF start(right ? from.right() : from.left(),
                            from.center().y() + portOffset(kind, from.height()));
        const QPointF end(right ? to.left() : to.right(), to.center().y());
        const double bend = bendAt(start.x(), end.x(), kind, lane);
        return QPolygonF({start, {bend, start.y()}, {bend, end.y()}, end});
    }
    return QPolygonF({from.center(), to.center()});
}

QPolygonF managementRoute(const QRectF& lifetime, const QRectF& managed, double bus)
{
    const QPointF start(lifetime.center().x(), lifetime.top());
    const QPointF end(managed.left() + std::min(60.0, managed.width() / 2), managed.top());
    return QPolygonF({start, {start.x(), bus}, {end.x(), bus}, end});
}

ConnectionRouting::ConnectionRouting(const std::vector<Connection>& connections,
                                     const RectLookup& rectOf)
    : m_rectOf(rectOf)
{
    // LifeTime's bus runs 22 units above the highest of the frames it joins.
    for (const Connection& c : connections)
        if (c.kind == ConnectionKind::Management)
            if (const auto from = rectOf(c.from), to = rectOf(c.to); from && to) {
                const auto [it, added] = m_busOf.emplace(c.from, from->top() - 22);
                it->second = std::min(it->second, to->top() - 22);
            }
}

std::optional<QPolygonF> ConnectionRouting::route(const Connection& c)
{
    const auto from = m_rectOf(c.from);
    const auto to = m_rectOf(c.to);
    if (!from || !to)
        return std::nullopt;
    if (c.kind == ConnectionKind::Management)
        return managementRoute(*from, *to, m_busOf.at(c.from));
    return routeConnection(*from, *to, c.kind, lane(c));
}

int ConnectionRouting::lane(const Connection& c)
{
    return c.kind == ConnectionKind::LoadBalancing
               ? m_lanes.emplace(c.from, int(m_lanes.size())).first->second
               : 0;
}

std::vector<std::optional<QPolygonF>> routeConnections(const std::vector<Connection>& connections,
                                                       const RectLookup& rectOf)
{
    ConnectionRouting routing(connections, rectOf);
    std::vector<std::optional<QPolygonF>> routes;
    routes.reserve(connections.size());
    for (const Connection& c : connections)
        routes.push_back(routing.route(c));
    return routes;
}

QPen connectionPen(ConnectionKind kind, const Theme& theme, bool simple)
{
    QColor color = theme.connection;
    if (kind == ConnectionKind::Queue)
        color = theme.isDark ? QColor(0xFB, 0x92, 0x3C, 200) : QColor(0xEA, 0x58, 0x0C, 190);
    if (kind == ConnectionKind::Management)
        color = theme.managementConnection;
    QPen pen(color, simple ? 0 : 1.4);
    if (!simple && (kind == ConnectionKind::Queue || kind == ConnectionKind::Management))
        pen.setDashPattern({5, 3});
    return pen;
}

} // namespace topo::paint
