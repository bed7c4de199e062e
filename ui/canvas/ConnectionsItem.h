#pragma once

#include "editor/paint/DerivedConnections.h"

#include <QGraphicsItem>
#include <QPolygonF>

#include <optional>
#include <vector>

namespace topo {

// Draws the derived connections under the cards. The lines follow the items' current
// positions, so they stay attached while a drag is in progress. It keeps each line's route
// and repaints only the lines that changed, and paints only those in the exposed area: an
// edit or a drag step of a large design redraws a few lines, not all of them.
class ConnectionsItem : public QGraphicsItem {
public:
    ConnectionsItem();

    // `moved`: items may have moved or changed size since the last call, so every line is
    // routed again; otherwise only a different set of connections is.
    void setConnections(std::vector<Connection> connections, bool moved = true);
    // Routes the lines again after items moved; repaints those whose route changed.
    void refresh();

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    // Repaints the regions of the lines of `before` (with `beforeRegions`) that differ from
    // the current ones: gone, new or rerouted.
    void repaintChanged(const std::vector<Connection>& before,
                        const std::vector<QRectF>& beforeRegions);

    std::vector<Connection> m_connections;
    std::vector<std::optional<QPolygonF>> m_routes; // per connection, nullopt: not drawn
    std::vector<QRectF> m_regions;                  // per connection, null: not drawn
    QRectF m_bounds;
};

} // namespace topo
