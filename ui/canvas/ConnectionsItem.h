#pragma once

#include "editor/paint/ConnectionRouter.h"
#include "editor/paint/DerivedConnections.h"
#include "editor/paint/LineObstacles.h"

#include <QGraphicsItem>
#include <QPolygonF>

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace topo {

// Draws the derived connections under the cards. The lines follow the items' current
// positions, so they stay attached while a drag is in progress. It keeps each line's route
// and repaints only the lines that changed, and paints only those in the exposed area: an
// edit or a drag step of a large design redraws a few lines, not all of them.
class ConnectionsItem : public QGraphicsItem {
public:
    ConnectionsItem();

    // `moved`: the elements that moved or changed size since the last call (nullptr: any may
    // have); a different set of connections is routed whole.
    void setConnections(std::vector<Connection> connections,
                        const std::unordered_set<std::string>* moved = nullptr);
    // Routes the lines again after items moved (only those with an end in `moved`, when
    // given: a drag step of a large design reroutes a few lines); repaints those whose route
    // changed.
    void refresh(const std::unordered_set<std::string>* moved = nullptr);

    const std::vector<Connection>& connections() const { return m_connections; }
    // Each connection's route as drawn (nullopt: not drawn).
    const std::vector<std::optional<QPolygonF>>& routes() const { return m_routes; }

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    // Repaints the regions of the lines of `before` (with `beforeRegions`) that differ from
    // the current ones: gone, new or rerouted.
    void repaintChanged(const std::vector<Connection>& before,
                        const std::vector<QRectF>& beforeRegions);

    void routeAll(const RectLookup& rectOf);
    paint::LineObstacles obstacles(const RectLookup& rectOf) const;
    // The lines with an end in `moved`, those whose ends have a card of `moved` between them
    // (where it was or where it is: lines go round cards), and LifeTime's (they go round
    // frames and cards), with the lanes of the last routeAll().
    void rerouteMoved(const std::unordered_set<std::string>& moved, const RectLookup& rectOf,
                      const std::vector<std::size_t>& alsoThese = {});
    // After the list of lines changed with `moved`: the lines still there keep their routes
    // (rerouteMoved() decides which must change), new ones are routed.
    void keepUnchanged(const std::vector<Connection>& before,
                       const std::unordered_set<std::string>& moved);
    // Takes the bounds of the lines; when they changed, the whole item repaints (true).
    bool updateBounds();

    std::vector<Connection> m_connections;
    std::vector<int> m_lanes; // per connection, from the last routeAll()
    std::unordered_map<std::string, std::vector<std::size_t>> m_byEnd; // connections per end
    std::vector<std::optional<QPolygonF>> m_routes; // per connection, nullopt: not drawn
    std::vector<QRectF> m_regions;                  // per connection, null: not drawn
    // Per connection, the box around the routes weighed for it (routeAround): only a card
    // running into or out of it can change its route.
    std::vector<QRectF> m_corridors;
    paint::LineObstacles m_obstacles; // the cards and frames the lines go round
    QRectF m_bounds;
};

} // namespace topo
