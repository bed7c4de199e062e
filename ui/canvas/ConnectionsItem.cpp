#include "canvas/ConnectionsItem.h"

#include "canvas/CanvasScene.h"
#include "paint/TopologyPainter.h"

namespace topo {

ConnectionsItem::ConnectionsItem()
{
    setZValue(2);
    setAcceptedMouseButtons(Qt::NoButton);
}

void ConnectionsItem::setConnections(std::vector<Connection> connections)
{
    m_connections = std::move(connections);
    refresh();
}

void ConnectionsItem::refresh()
{
    auto* canvas = static_cast<CanvasScene*>(scene());
    QRectF bounds;
    if (canvas)
        for (const Connection& c : m_connections)
            for (const std::string* id : {&c.from, &c.to})
                if (const auto rect = canvas->itemRect(*id))
                    bounds = bounds.isNull() ? *rect : bounds.united(*rect);
    // Room for LifeTime's management bus above the frames and its label.
    bounds.adjust(-10, -48, 10, 10);
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    update();
}

void ConnectionsItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    auto* canvas = static_cast<CanvasScene*>(scene());
    if (!canvas)
        return;
    paintConnections(
        *painter, m_connections, [canvas](const std::string& id) { return canvas->itemRect(id); },
        canvas->paintOptions());
}

} // namespace topo
