#include "ui/canvas/ConnectionsItem.h"

#include "editor/paint/ConnectionRouter.h"
#include "editor/paint/TopologyPainter.h"
#include "ui/canvas/CanvasScene.h"

#include <QStyleOptionGraphicsItem>

#include <unordered_map>

namespace topo {

namespace {

// update() of a null rectangle would repaint the whole item: lines not drawn have none.
void repaint(QGraphicsItem& item, const QRectF& region)
{
    if (!region.isNull())
        item.update(region);
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

void ConnectionsItem::setConnections(std::vector<Connection> connections, bool moved)
{
    if (!moved && connections == m_connections)
        return; // same lines between items in the same places: the same routes
    const std::vector<Connection> before = std::exchange(m_connections, std::move(connections));
    const std::vector<QRectF> beforeRegions = m_regions;
    refresh();
    if (before != m_connections)
        repaintChanged(before, beforeRegions);
}

void ConnectionsItem::refresh()
{
    const std::vector<QRectF> beforeRegions = std::exchange(m_regions, {});
    auto* canvas = static_cast<CanvasScene*>(scene());
    m_routes = canvas ? paint::routeConnections(
                            m_connections,
                            [canvas](const std::string& id) { return canvas->itemRect(id); })
                      : std::vector<std::optional<QPolygonF>>(m_connections.size());
    m_regions.reserve(m_connections.size());
    QRectF bounds;
    for (std::size_t i = 0; i < m_connections.size(); ++i) {
        const QRectF region =
            m_routes[i] ? paint::connectionRegion(m_connections[i], *m_routes[i]) : QRectF();
        m_regions.push_back(region);
        if (!region.isNull())
            bounds = bounds.isNull() ? region : bounds.united(region);
    }
    if (bounds != m_bounds) {
        prepareGeometryChange(); // repaints the whole item
        m_bounds = bounds;
        return;
    }
    if (beforeRegions.size() != m_regions.size())
        return; // the connections changed: setConnections() repaints
    for (std::size_t i = 0; i < m_regions.size(); ++i)
        if (m_regions[i] != beforeRegions[i]) {
            repaint(*this, beforeRegions[i]);
            repaint(*this, m_regions[i]);
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
                       option ? option->exposedRect : QRectF());
}

} // namespace topo
