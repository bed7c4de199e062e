#include "core/layout/FreeSpot.h"

#include "core/layout/Geometry.h"
#include "core/layout/LayoutConstants.h"

#include <algorithm>
#include <cmath>

namespace topo::layout {
namespace {

Rect shifted(const Rect& r, double dx, double dy)
{
    return Rect{r.x + dx, r.y + dy, r.width, r.height};
}

bool fits(const std::vector<MovingRect>& group, const std::vector<Rect>& obstacles, double dx,
          double dy)
{
    for (const MovingRect& moving : group) {
        const Rect at = shifted(moving.rect, dx, dy);
        if (moving.within && !contains(*moving.within, at))
            return false;
        for (const Rect& obstacle : obstacles)
            if (overlaps(at, obstacle))
                return false;
    }
    return true;
}

} // namespace

std::optional<Point> nearestFreeOffset(const std::vector<MovingRect>& group,
                                       const std::vector<Rect>& obstacles, double gap,
                                       double maxDistance)
{
    if (group.empty())
        return Point{};
    // Only the obstacles the group can reach matter; each grows by the gap.
    Rect reach = group.front().rect;
    for (const MovingRect& moving : group)
        reach = united(reach, moving.rect);
    reach =
        adjusted(reach, maxDistance + gap, maxDistance + gap, maxDistance + gap, maxDistance + gap);
    std::vector<Rect> near;
    for (const Rect& obstacle : obstacles)
        if (overlaps(reach, obstacle))
            near.push_back(adjusted(obstacle, gap, gap, gap, gap));

    // Square rings of grid steps around no offset; a hit in ring k may still be beaten by a
    // nearer spot in the next rings (up to k·√2), so the search goes on until none can be.
    const int rings = int(std::floor(maxDistance / kGrid));
    std::optional<Point> best;
    double bestDistance = 0;
    // Of two spots as near, the one further right and down: where a copy is looked for.
    auto nearer = [&](double distance, double forward) {
        if (std::abs(distance - bestDistance) > 1e-9)
            return distance < bestDistance;
        return forward > best->x + best->y;
    };
    for (int k = 0; k <= rings; ++k) {
        if (best && k * kGrid > bestDistance)
            break;
        for (int i = -k; i <= k; ++i)
            for (int j = -k; j <= k; ++j) {
                if (std::max(std::abs(i), std::abs(j)) != k)
                    continue; // inside the ring: seen before
                const double dx = i * kGrid;
                const double dy = j * kGrid;
                const double distance = std::hypot(dx, dy);
                if (distance > maxDistance || (best && !nearer(distance, dx + dy)))
                    continue;
                if (fits(group, near, dx, dy)) {
                    Point offset;
                    offset.x = dx;
                    offset.y = dy;
                    best = offset;
                    bestDistance = distance;
                }
            }
    }
    return best;
}

} // namespace topo::layout
