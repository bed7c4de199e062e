#include "editor/paint/ConnectionRouter.h"

#include "editor/paint/LineObstacles.h"

#include <QVarLengthArray>

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

QPolygonF managementRouteOnTheLeft(const QRectF& lifetime, const QRectF& managed, double bus,
                                   double leftBus)
{
    // Up out of the LifeTime frame as the bus route does (its caption stays above the frame),
    // then down the left of every frame and into the managed frame's title band.
    const QPointF start(lifetime.left() + std::min(20.0, lifetime.width() / 4), lifetime.top());
    const double title = managed.top() + std::min(18.0, managed.height() / 2);
    return QPolygonF(
        {start, {start.x(), bus}, {leftBus, bus}, {leftBus, title}, {managed.left(), title}});
}

namespace {

// A route being weighed: on the stack, not on the heap (thousands are weighed per picture).
using Points = QVarLengthArray<QPointF, 6>;

template <typename Route>
int cardsOnRoute(const Route& route, const QRectF& from, const QRectF& to,
                 const LineObstacles& obstacles, std::vector<QRectF>* crossed = nullptr,
                 int enough = 1 << 30)
{
    int count = 0;
    for (qsizetype i = 1; i < route.size() && count < enough; ++i)
        count += obstacles.cardsCrossed(route[i - 1], route[i], from, to, crossed, enough - count);
    return count;
}

int everythingOnRoute(const QPolygonF& route, const LineObstacles& obstacles)
{
    int count = cardsOnRoute(route, QRectF(), QRectF(), obstacles);
    for (qsizetype i = 1; i < route.size(); ++i)
        count += obstacles.framesCrossed(route[i - 1], route[i]);
    return count;
}

// `route` (start, two bends, end) with its middle segment moved to `bend`.
Points withBend(const Points& route, double bend, bool vertical)
{
    Points moved = route;
    if (vertical) {
        moved[1].setY(bend);
        moved[2].setY(bend);
    } else {
        moved[1].setX(bend);
        moved[2].setX(bend);
    }
    return moved;
}

} // namespace

QPolygonF routeAround(const QRectF& from, const QRectF& to, ConnectionKind kind, int lane,
                      const LineObstacles& obstacles, std::vector<QLineF>* weighed)
{
    const QPolygonF plain = routeConnection(from, to, kind, lane);
    Points best(plain.begin(), plain.end());
    auto note = [weighed](const Points& route) {
        if (weighed)
            for (qsizetype i = 1; i < route.size(); ++i)
                weighed->emplace_back(route[i - 1], route[i]);
    };
    note(best);
    auto done = [&] { return QPolygonF(best.begin(), best.end()); };
    if (best.size() != 4 || obstacles.empty())
        return done();
    std::vector<QRectF> crossed;
    int fewest = cardsOnRoute(best, from, to, obstacles, &crossed);
    if (fewest == 0)
        return done();
    auto consider = [&](const Points& candidate) {
        note(candidate);
        const int count = cardsOnRoute(candidate, from, to, obstacles, nullptr, fewest);
        if (count < fewest) {
            fewest = count;
            best = candidate;
        }
        return fewest == 0;
    };
    // In the coordinates of the route: `along` from one end to the other, `across` it.
    const bool vertical = best[0].x() == best[1].x();
    auto point = [vertical](double along, double across) {
        return vertical ? QPointF(across, along) : QPointF(along, across);
    };
    const Points first = best;
    const double start = vertical ? first[0].y() : first[0].x();
    const double end = vertical ? first[3].y() : first[3].x();
    const double startAcross = vertical ? first[0].x() : first[0].y();
    const double endAcross = vertical ? first[3].x() : first[3].y();
    const double direction = end >= start ? 1 : -1;
    constexpr double kClearance = 8;
    // Other places for the middle segment, between the two ends: just after the source,
    // just before the target, on either side of each card the first route runs through.
    std::vector<double> bends = {start + direction * kClearance, end - direction * kClearance};
    // The cards nearest each end are the ones to go round; at most two from each end.
    std::sort(crossed.begin(), crossed.end(), [&](const QRectF& a, const QRectF& b) {
        return (vertical ? a.center().y() - b.center().y() : a.center().x() - b.center().x()) *
                   direction <
               0;
    });
    crossed.erase(std::unique(crossed.begin(), crossed.end()), crossed.end());
    if (crossed.size() > 4)
        crossed.erase(crossed.begin() + 2, crossed.end() - 2);
    for (const QRectF& card : crossed) {
        bends.push_back(vertical ? card.top() - kClearance : card.left() - kClearance);
        bends.push_back(vertical ? card.bottom() + kClearance : card.right() + kClearance);
    }
    for (const double bend : bends)
        if ((bend - start) * direction > 0 && (end - bend) * direction > 0 &&
            consider(withBend(first, bend, vertical)))
            return done();
    // A card in line with an end (a server above another one): round it, out just after the
    // source, along beside the card, back just before the target.
    if (std::abs(end - start) <= 2 * kClearance)
        return done();
    const double out = start + direction * kClearance;
    const double back = end - direction * kClearance;
    for (const QRectF& card : crossed)
        for (const double side :
             {vertical ? card.left() - kClearance : card.top() - kClearance,
              vertical ? card.right() + kClearance : card.bottom() + kClearance})
            if (consider(
                    Points({point(start, startAcross), point(out, startAcross), point(out, side),
                            point(back, side), point(back, endAcross), point(end, endAcross)})))
                return done();
    return done();
}

ConnectionRouting::ConnectionRouting(const std::vector<Connection>& connections,
                                     const RectLookup& rectOf, const LineObstacles* obstacles)
    : m_rectOf(rectOf), m_obstacles(obstacles)
{
    // LifeTime's bus runs 22 units above the highest of the frames it joins, and its other
    // bus 22 units left of the leftmost.
    for (const Connection& c : connections)
        if (c.kind == ConnectionKind::Management)
            if (const auto from = rectOf(c.from), to = rectOf(c.to); from && to) {
                const auto [it, added] = m_busOf.emplace(c.from, from->top() - 22);
                it->second = std::min(it->second, to->top() - 22);
                const auto [left, _] = m_leftBusOf.emplace(c.from, from->left() - 22);
                left->second = std::min(left->second, to->left() - 22);
            }
}

std::optional<QPolygonF> ConnectionRouting::route(const Connection& c, std::vector<QLineF>* weighed)
{
    const auto from = m_rectOf(c.from);
    const auto to = m_rectOf(c.to);
    if (!from || !to)
        return std::nullopt;
    if (c.kind == ConnectionKind::Management) {
        QPolygonF line = managementRoute(*from, *to, m_busOf.at(c.from));
        if (m_obstacles) {
            // Down the left of the frames when the bus route would cross a frame or a card
            // (a managed environment below the LifeTime one) and that one crosses fewer.
            const QPolygonF left =
                managementRouteOnTheLeft(*from, *to, m_busOf.at(c.from), m_leftBusOf.at(c.from));
            if (everythingOnRoute(left, *m_obstacles) < everythingOnRoute(line, *m_obstacles))
                line = left;
        }
        return line;
    }
    if (m_obstacles)
        return routeAround(*from, *to, c.kind, lane(c), *m_obstacles, weighed);
    return routeConnection(*from, *to, c.kind, lane(c));
}

int ConnectionRouting::lane(const Connection& c)
{
    return c.kind == ConnectionKind::LoadBalancing
               ? m_lanes.emplace(c.from, int(m_lanes.size())).first->second
               : 0;
}

std::vector<std::optional<QPolygonF>> routeConnections(const std::vector<Connection>& connections,
                                                       const RectLookup& rectOf,
                                                       const LineObstacles* obstacles)
{
    ConnectionRouting routing(connections, rectOf, obstacles);
    std::vector<std::optional<QPolygonF>> routes;
    routes.reserve(connections.size());
    for (const Connection& c : connections)
        routes.push_back(routing.route(c));
    return routes;
}

QPen connectionPen(ConnectionKind kind, const Theme& theme, bool simple)
{
    // Each relation has its own colour and its own stroke, so that the lines stay apart in
    // grey print and for colour-blind readers too: load balancing solid slate, the database
    // long blue dashes, RabbitMQ orange dots, LifeTime's management violet dash-dots.
    QColor color = theme.connection;
    QList<qreal> dashes;
    switch (kind) {
    case ConnectionKind::LoadBalancing:
        break;
    case ConnectionKind::Database:
        color = theme.isDark ? QColor(0x60, 0xA5, 0xFA, 220) : QColor(0x1D, 0x4E, 0xD8, 200);
        dashes = {7, 3};
        break;
    case ConnectionKind::Queue:
        color = theme.isDark ? QColor(0xFB, 0x92, 0x3C, 220) : QColor(0xEA, 0x58, 0x0C, 210);
        dashes = {1.5, 2};
        break;
    case ConnectionKind::Management:
        color = theme.managementConnection;
        dashes = {6, 2.5, 1.5, 2.5};
        break;
    }
    QPen pen(color, simple ? 0 : 1.4);
    if (!simple && !dashes.isEmpty())
        pen.setDashPattern(dashes);
    return pen;
}

} // namespace topo::paint
