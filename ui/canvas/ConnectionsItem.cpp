#include "ui/canvas/ConnectionsItem.h"

#include "editor/document/Document.h"
#include "editor/paint/ConnectionRouter.h"
#include "editor/paint/TopologyPainter.h"
#include "ui/canvas/CanvasScene.h"

#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <unordered_map>

namespace topo {

namespace {

// update() of a null rectangle would repaint the whole item: lines not drawn have none.
void repaint(QGraphicsItem& item, const QRectF& region)
{
    if (!region.isNull())
        item.update(region);
}

// The box around segments, a unit larger (a straight line's box still has an inside).
QRectF boxAround(const std::vector<QLineF>& segments)
{
    if (segments.empty())
        return {};
    double left = segments.front().x1(), right = left;
    double top = segments.front().y1(), bottom = top;
    for (const QLineF& s : segments)
        for (const QPointF& p : {s.p1(), s.p2()}) {
            left = std::min(left, p.x());
            right = std::max(right, p.x());
            top = std::min(top, p.y());
            bottom = std::max(bottom, p.y());
        }
    return QRectF(QPointF(left - 1, top - 1), QPointF(right + 1, bottom + 1));
}

std::string keyOf(const Connection& c)
{
    return c.from + '\n' + c.to + '\n' + char('0' + int(c.kind));
}

} // namespace

ConnectionsItem::ConnectionsItem()
{
    setZValue(2);
    setAcceptedMouseButtons(Qt::NoButton);
    // paint() gets the exposed area, to draw only the lines there.
    setFlag(ItemUsesExtendedStyleOption);
}

void ConnectionsItem::setConnections(std::vector<Connection> connections,
                                     const std::unordered_set<std::string>* moved)
{
    if (connections == m_connections) {
        // The same lines: only those with an end that moved are routed again.
        if (!moved || !moved->empty())
            refresh(moved);
        return;
    }
    const std::vector<Connection> before = std::exchange(m_connections, std::move(connections));
    const std::vector<QRectF> beforeRegions = m_regions;
    if (moved && m_lanes.size() == before.size())
        keepUnchanged(before, *moved); // a line or two came or went: the others stay
    else
        refresh();
    if (before != m_connections)
        repaintChanged(before, beforeRegions);
}

void ConnectionsItem::keepUnchanged(const std::vector<Connection>& before,
                                    const std::unordered_set<std::string>& moved)
{
    // Each line of the new list takes the route it had when it was there with the same
    // lane; the others are routed afresh with the moved ones.
    std::unordered_map<std::string, std::size_t> was;
    for (std::size_t i = 0; i < before.size(); ++i)
        was.emplace(keyOf(before[i]), i);
    const RectLookup none = [](const std::string&) { return std::optional<QRectF>(); };
    paint::ConnectionRouting numbering(m_connections, none);
    std::vector<std::optional<QPolygonF>> routes(m_connections.size());
    std::vector<QRectF> regions(m_connections.size());
    std::vector<QRectF> corridors(m_connections.size());
    std::vector<int> lanes(m_connections.size(), 0);
    std::vector<std::size_t> fresh;
    m_byEnd.clear();
    for (std::size_t i = 0; i < m_connections.size(); ++i) {
        const Connection& c = m_connections[i];
        m_byEnd[c.from].push_back(i);
        m_byEnd[c.to].push_back(i);
        lanes[i] = numbering.lane(c);
        const auto it = was.find(keyOf(c));
        if (it != was.end() && m_lanes[it->second] == lanes[i]) {
            routes[i] = std::move(m_routes[it->second]);
            regions[i] = m_regions[it->second];
            corridors[i] = m_corridors[it->second];
        } else {
            fresh.push_back(i);
        }
    }
    m_routes = std::move(routes);
    m_regions = std::move(regions);
    m_corridors = std::move(corridors);
    m_lanes = std::move(lanes);
    auto* canvas = static_cast<CanvasScene*>(scene());
    const RectLookup rectOf = [canvas](const std::string& id) {
        return canvas ? canvas->itemRect(id) : std::nullopt;
    };
    rerouteMoved(moved, rectOf, fresh);
    updateBounds();
}

void ConnectionsItem::refresh(const std::unordered_set<std::string>* moved)
{
    auto* canvas = static_cast<CanvasScene*>(scene());
    const RectLookup rectOf = [canvas](const std::string& id) {
        return canvas ? canvas->itemRect(id) : std::nullopt;
    };
    const std::vector<QRectF> beforeRegions = m_regions;
    if (moved && m_lanes.size() == m_connections.size())
        rerouteMoved(*moved, rectOf);
    else
        routeAll(rectOf);
    if (updateBounds())
        return; // the whole item is repainted
    if (beforeRegions.size() != m_regions.size())
        return; // the connections changed: setConnections() repaints
    for (std::size_t i = 0; i < m_regions.size(); ++i)
        if (m_regions[i] != beforeRegions[i]) {
            repaint(*this, beforeRegions[i]);
            repaint(*this, m_regions[i]);
        }
}

paint::LineObstacles ConnectionsItem::obstacles(const RectLookup& rectOf) const
{
    auto* canvas = static_cast<CanvasScene*>(scene());
    return canvas ? paint::LineObstacles(canvas->document()->topology(), rectOf, true)
                  : paint::LineObstacles();
}

bool ConnectionsItem::updateBounds()
{
    QRectF bounds;
    for (const QRectF& region : m_regions)
        if (!region.isNull())
            bounds = bounds.isNull() ? region : bounds.united(region);
    if (bounds == m_bounds)
        return false;
    prepareGeometryChange(); // repaints the whole item
    m_bounds = bounds;
    return true;
}

void ConnectionsItem::routeAll(const RectLookup& rectOf)
{
    m_obstacles = obstacles(rectOf);
    paint::ConnectionRouting routing(m_connections, rectOf, &m_obstacles);
    m_routes.assign(m_connections.size(), std::nullopt);
    m_regions.assign(m_connections.size(), QRectF());
    m_corridors.assign(m_connections.size(), QRectF());
    std::vector<QLineF> weighed;
    m_lanes.assign(m_connections.size(), 0);
    m_byEnd.clear();
    for (std::size_t i = 0; i < m_connections.size(); ++i) {
        const Connection& c = m_connections[i];
        m_byEnd[c.from].push_back(i);
        m_byEnd[c.to].push_back(i);
        weighed.clear();
        m_routes[i] = routing.route(c, &weighed);
        m_corridors[i] = boxAround(weighed);
        if (!m_routes[i])
            continue;
        m_lanes[i] = routing.lane(c);
        m_regions[i] = paint::connectionRegion(c, *m_routes[i]);
    }
}

void ConnectionsItem::rerouteMoved(const std::unordered_set<std::string>& moved,
                                   const RectLookup& rectOf,
                                   const std::vector<std::size_t>& alsoThese)
{
    // Where the moved cards were and where they are now.
    std::vector<QRectF> changed;
    paint::LineObstacles now = obstacles(rectOf);
    for (const std::string& id : moved)
        for (const paint::LineObstacles* side : {&m_obstacles, &now})
            if (const QRectF* rect = side->rectOf(id))
                changed.push_back(*rect);
    m_obstacles = std::move(now);

    std::vector<bool> touched(m_connections.size(), false);
    for (const std::size_t i : alsoThese)
        touched[i] = true;
    for (const std::string& id : moved)
        if (const auto it = m_byEnd.find(id); it != m_byEnd.end())
            for (const std::size_t i : it->second)
                touched[i] = true;
    bool management = false;
    for (std::size_t i = 0; i < m_connections.size(); ++i) {
        if (m_connections[i].kind == ConnectionKind::Management) {
            touched[i] = touched[i] || !moved.empty();
            management = management || touched[i];
            continue;
        }
        for (const QRectF& rect : changed)
            touched[i] = touched[i] || m_corridors[i].intersects(rect);
    }
    std::optional<paint::ConnectionRouting> routing;
    if (management)
        routing.emplace(m_connections, rectOf, &m_obstacles);
    std::vector<QLineF> weighed;
    for (std::size_t i = 0; i < m_connections.size(); ++i) {
        if (!touched[i])
            continue;
        const Connection& c = m_connections[i];
        const auto from = rectOf(c.from);
        const auto to = rectOf(c.to);
        weighed.clear();
        if (c.kind == ConnectionKind::Management)
            m_routes[i] = routing->route(c);
        else
            m_routes[i] = from && to ? std::optional<QPolygonF>(paint::routeAround(
                                           *from, *to, c.kind, m_lanes[i], m_obstacles, &weighed))
                                     : std::nullopt;
        m_corridors[i] = boxAround(weighed);
        m_regions[i] = m_routes[i] ? paint::connectionRegion(c, *m_routes[i]) : QRectF();
    }
}

void ConnectionsItem::repaintChanged(const std::vector<Connection>& before,
                                     const std::vector<QRectF>& beforeRegions)
{
    std::unordered_map<std::string, QRectF> was;
    for (std::size_t i = 0; i < before.size() && i < beforeRegions.size(); ++i)
        was.emplace(keyOf(before[i]), beforeRegions[i]);
    for (std::size_t i = 0; i < m_connections.size(); ++i) {
        const auto it = was.find(keyOf(m_connections[i]));
        if (it == was.end()) {
            repaint(*this, m_regions[i]);
            continue;
        }
        if (it->second != m_regions[i]) {
            repaint(*this, it->second);
            repaint(*this, m_regions[i]);
        }
        was.erase(it);
    }
    for (const auto& [key, region] : was)
        repaint(*this, region);
}

void ConnectionsItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    if (!scene() || !static_cast<CanvasScene*>(scene())->drawsLines())
        return;
    paint::paintRoutes(*painter, m_connections, m_routes,
                       static_cast<CanvasScene*>(scene())->paintOptions(),
                       option ? option->exposedRect : QRectF(), &m_regions);
}

} // namespace topo
