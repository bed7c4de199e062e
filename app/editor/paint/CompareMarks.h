#pragma once

#include "core/model/Topology.h"
#include "editor/paint/Theme.h"

#include <QColor>
#include <QRectF>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

class QPainter;

namespace topo {

// How an element differs between the compared design ("before") and the open one ("after");
// Moved: only its place on the canvas.
enum class CompareMark { Added, Changed, Moved, Removed };
// Which design a comparison shows: the open one (after) or the compared one (before).
enum class CompareSide { After, Before };

// What the painter needs to mark a comparison: the compared design, the marks of the
// elements by id (over both designs) and the side shown. On the side shown, the elements
// that exist only on the other side are drawn as dashed ghosts at their place there.
struct CompareView {
    std::shared_ptr<const Topology> before; // never null; shared by the views of one comparison
    std::unordered_map<std::string, CompareMark> marks;
    CompareSide side = CompareSide::After;

    std::optional<CompareMark> markOf(const std::string& id) const;
    // True when the element exists only on the side not shown (drawn as a ghost).
    bool isGhost(const std::string& id) const;
};

// Green for added, amber for changed and moved, red for removed.
QColor compareColor(CompareMark mark, const Theme& theme);
// The tag of a mark: "ADDED", "CHANGED", "MOVED", "REMOVED".
QString compareTag(CompareMark mark);

// Outlines `rect` (an element's own rectangle) in the mark's colour with its tag above the
// top edge; a ghost is also washed out and its outline dashed.
void drawCompareMark(QPainter& p, const QRectF& rect, CompareMark mark, bool ghost,
                     const Theme& theme);

} // namespace topo
