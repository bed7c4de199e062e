#pragma once

#include "paint/DerivedConnections.h"

#include <QGraphicsItem>

#include <vector>

namespace topo {

// Draws the derived connections under the cards. The lines follow the items' current
// positions, so they stay attached while a drag is in progress.
class ConnectionsItem : public QGraphicsItem {
public:
    ConnectionsItem();

    void setConnections(std::vector<Connection> connections);
    // Recomputes the extent after items moved.
    void refresh();

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    std::vector<Connection> m_connections;
    QRectF m_bounds;
};

} // namespace topo
