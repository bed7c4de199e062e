#pragma once

#include "core/model/Topology.h"
#include "editor/paint/TopologyPainter.h"

#include <QPointF>
#include <QRectF>

#include <string>
#include <unordered_map>
#include <vector>

namespace topo::paint {

// Whether the axis-parallel segment a-b runs through the inside of `rect` (touching an edge
// does not count).
bool runsThrough(const QPointF& a, const QPointF& b, const QRectF& rect);

// What a connection line should not run through: the cards drawn (servers, load balancers,
// databases, queues) and the environment frames drawn, in a grid of buckets so that a route
// asks only about those near it, however large the design.
class LineObstacles {
public:
    LineObstacles() = default;
    // The cards and frames of `topology` that `rectOf` draws, at the rectangles it gives.
    // With `keepIds`, rectOf(id) answers too (the canvas asks where a card was).
    LineObstacles(const Topology& topology, const RectLookup& rectOf, bool keepIds = false);

    // The cards the axis-parallel segment a-b runs through (touching an edge does not count),
    // leaving out the line's own ends; each card once, added to `crossed` when given. The
    // count stops at `enough` (a route with that many is out of the running anyway).
    int cardsCrossed(const QPointF& a, const QPointF& b, const QRectF& fromEnd, const QRectF& toEnd,
                     std::vector<QRectF>* crossed = nullptr, int enough = 1 << 30) const;
    // The frames the segment runs through.
    int framesCrossed(const QPointF& a, const QPointF& b) const;

    // The rectangle taken for a card or frame (kept ids only), nullptr when there is none.
    const QRectF* rectOf(const std::string& id) const;
    bool empty() const { return m_cards.rects.empty() && m_frames.rects.empty(); }

private:
    // Rectangles and, per bucket of a grid over their bounds, the indexes of those touching it.
    struct Layer {
        std::vector<QRectF> rects;
        QRectF bounds;
        int columns = 0;
        int rows = 0;
        // Bucket b holds entries[first[b]] .. entries[first[b + 1] - 1] (compressed rows).
        std::vector<int> first;
        std::vector<int> entries;
        // Per rectangle, the query that last looked at it: each is counted once per query.
        mutable std::vector<unsigned> lookedAt;
        mutable unsigned query = 0;
        void build();
        // The bucket column of `x` and row of `y`, clamped to the grid.
        int columnOf(double x) const;
        int rowOf(double y) const;
        std::size_t bucket(int column, int row) const
        {
            return std::size_t(row) * std::size_t(columns) + std::size_t(column);
        }
        int crossings(const QPointF& a, const QPointF& b, const QRectF& skipA, const QRectF& skipB,
                      std::vector<QRectF>* crossed, int enough) const;
    };

    Layer m_cards;
    Layer m_frames;
    std::unordered_map<std::string, QRectF> m_byId; // with keepIds
};

} // namespace topo::paint
