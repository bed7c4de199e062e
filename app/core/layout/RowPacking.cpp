#include "core/layout/RowPacking.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace topo::layout {

namespace {

// The boxes in rows no wider than `limit` (a box wider than the limit gets a row of its
// own); writes the corners to `at` and returns the bounding box's size.
BoxSize wrap(const std::vector<BoxSize>& boxes, double gap, double limit, std::vector<Point>& at)
{
    at.assign(boxes.size(), Point{});
    double x = 0;
    double y = 0;
    double rowHeight = 0;
    double width = 0;
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        if (x > 0 && x + boxes[i].width > limit + 1e-6) {
            y += rowHeight + gap;
            x = 0;
            rowHeight = 0;
        }
        at[i].x = x;
        at[i].y = y;
        width = std::max(width, x + boxes[i].width);
        rowHeight = std::max(rowHeight, boxes[i].height);
        x += boxes[i].width + gap;
    }
    return {width, y + rowHeight};
}

} // namespace

std::vector<Point> packInRows(const std::vector<BoxSize>& boxes, double gap, double targetAspect)
{
    std::vector<Point> best;
    std::vector<Point> at;
    double bestScore = std::numeric_limits<double>::infinity();
    // Each candidate lets the first row hold the first k boxes; the others wrap at that
    // width. The first candidate that comes closest to the aspect wins (fewer rows on a tie).
    for (std::size_t k = boxes.size(); k > 0; --k) {
        double prefix = 0;
        for (std::size_t i = 0; i < k; ++i)
            prefix += boxes[i].width + (i > 0 ? gap : 0);
        const BoxSize size = wrap(boxes, gap, prefix, at);
        if (size.width <= 0 || size.height <= 0)
            return at; // nothing to arrange: every box is empty
        const double score = std::abs(std::log(size.width / size.height / targetAspect));
        if (score < bestScore - 1e-9) {
            bestScore = score;
            best = at;
        }
    }
    return best;
}

} // namespace topo::layout
