#pragma once

#include <QLineF>
#include <QPointF>
#include <QRectF>

#include <string>
#include <unordered_set>
#include <vector>

class QGraphicsPathItem;

namespace topo {

class CanvasScene;

// The alignment guides of a drag, as diagram editors draw them: when the dragged cards' left
// edge, centre or right edge (top, middle, bottom) comes within a few pixels of the same edge
// or centre of another card, the drag snaps to it and a dashed line shows what lines up, until the
// button is released. Cards line up with cards and frames with frames. The lines are a scene item
// that lives as long as the guides.
class AlignmentGuides {
public:
    // `dragged`: the dragged elements' rectangle where the drag started; `carried`: every id
    // the drag moves (they are not aligned with themselves); `frames`: whether environment
    // frames are dragged (then they line up with the other frames).
    AlignmentGuides(CanvasScene& scene, const QRectF& dragged,
                    const std::unordered_set<std::string>& carried, bool frames);
    ~AlignmentGuides();
    AlignmentGuides(const AlignmentGuides&) = delete;
    AlignmentGuides& operator=(const AlignmentGuides&) = delete;

    // The offset of the drag (from where it started): on each axis, the unsnapped `raw` one
    // moved to the nearest alignment within `tolerance` scene units, else the `grid` one. The
    // guide lines show the alignments found.
    QPointF align(const QPointF& raw, const QPointF& grid, double tolerance);
    const std::vector<QLineF>& lines() const { return m_lines; }

private:
    std::vector<QRectF> m_others;
    QRectF m_dragged;
    std::vector<QLineF> m_lines;
    QGraphicsPathItem* m_item;
};

} // namespace topo
