#include "core/edit/FrameKeeping.h"

#include "core/edit/EditOperations.h"
#include "core/edit/ElementArrays.h"
#include "core/edit/ElementLookup.h"
#include "core/layout/FrameGeometry.h"
#include "core/layout/FreeSpot.h"
#include "core/layout/Geometry.h"
#include "core/layout/LayoutConstants.h"

#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

namespace topo {
namespace {

using IdSet = std::unordered_set<std::string>;

// How far a placed frame may go to find room, and the space frames keep: the gap automatic
// placement leaves between environments.
constexpr double kSearchDistance = 2000;
constexpr double kFrameGap = layout::kEnvironmentGap;

// What the edit did to frames: those it moved or added, those whose size it changed, and the
// environments whose content (cards, zones) it touched.
struct Touched {
    std::vector<std::string> placedFrames;
    IdSet resizedFrames;
    IdSet contentOf;
};

Touched touchedBy(const Topology& before, const Topology& after, const TopologyPatch& edit)
{
    Touched touched;
    for (const ElementChange& change : edit.changes()) {
        if (!change.after)
            continue;
        const std::string& id = elementId(*change.after);
        if (const auto* env = std::get_if<Environment>(&*change.after)) {
            touched.contentOf.insert(id); // its zones may have changed
            const Environment* old =
                change.before ? std::get_if<Environment>(&*change.before) : nullptr;
            if (!env->layout)
                continue;
            // A frame whose size changed was resized (by any of its edges), one that kept
            // its size and changed place was moved.
            if (!old || !old->layout)
                touched.placedFrames.push_back(id);
            else if (old->layout->width != env->layout->width ||
                     old->layout->height != env->layout->height)
                touched.resizedFrames.insert(id);
            else if (old->layout->x != env->layout->x || old->layout->y != env->layout->y)
                touched.placedFrames.push_back(id);
            continue;
        }
        if (layout::elementRect(before, id) != layout::elementRect(after, id) || !change.before)
            touched.contentOf.insert(environmentOf(after, id));
        if (change.before) // it may have left an environment whose zones it was in
            touched.contentOf.insert(environmentOf(before, id));
    }
    return touched;
}

// Step 1: frames grown around their content; returns the ids of those that grew.
IdSet growAroundContent(Topology& topology, const IdSet& environments)
{
    IdSet grown;
    for (Environment& env : topology.environments) {
        if (!env.layout || !environments.count(env.id))
            continue;
        const auto content = layout::contentBounds(topology, env);
        if (!content)
            continue;
        const Rect needed = layout::paddedAround(*content);
        if (layout::contains(*env.layout, needed))
            continue;
        env.layout = layout::united(*env.layout, needed);
        grown.insert(env.id);
    }
    return grown;
}

bool overlapsAnother(const Topology& topology, const Rect& frame, const IdSet& group)
{
    for (const Environment& env : topology.environments)
        if (env.layout && !group.count(env.id) && layout::overlaps(frame, *env.layout))
            return true;
    return false;
}

// Step 2: the placed frames, as one group, off every other frame and every card they do not
// carry; true when they moved.
bool placeClear(Topology& topology, const std::vector<std::string>& placed)
{
    const IdSet group(placed.begin(), placed.end());
    std::vector<layout::MovingRect> moving;
    bool overlapping = false;
    for (const std::string& id : placed) {
        const Environment* env = findById(topology.environments, id);
        moving.push_back({*env->layout, std::nullopt});
        overlapping = overlapping || overlapsAnother(topology, *env->layout, group);
    }
    if (!overlapping)
        return false;
    std::vector<Rect> obstacles;
    forEachArray(topology, [&](const auto& items) {
        for (const auto& item : items) {
            const std::string owner = environmentOf(topology, item.id);
            if (group.count(item.id) || group.count(owner))
                continue;
            if (const auto kind = kindOf(topology, item.id);
                kind == ElementKind::Site || kind == ElementKind::Note)
                continue;
            if (const auto rect = layout::elementRect(topology, item.id))
                obstacles.push_back(*rect);
        }
    });
    auto offset = layout::nearestFreeOffset(moving, obstacles, layout::kCardGapX, kSearchDistance);
    if (!offset) {
        // Below everything else.
        double bottom = 0;
        double top = moving.front().rect.y;
        for (const Rect& r : obstacles)
            bottom = std::max(bottom, r.y + r.height);
        for (const layout::MovingRect& m : moving)
            top = std::min(top, m.rect.y);
        offset = Point{};
        offset->y = layout::snapUp(bottom + kFrameGap - top);
    }
    moveElements(topology, placed, offset->x, offset->y).apply(topology);
    return true;
}

// Step 3: frames that overlap a pusher move right or down, the shorter way, with their
// content; fixed frames never move. True when any moved.
bool pushApart(Topology& topology, std::vector<std::string> pushers, const IdSet& fixed)
{
    const std::size_t limit = 4 * (topology.environments.size() + 1);
    bool pushed = false;
    for (std::size_t round = 0; round < limit; ++round) {
        bool moved = false;
        for (std::size_t p = 0; p < pushers.size(); ++p) {
            const Environment* pusher = findById(topology.environments, pushers[p]);
            if (!pusher || !pusher->layout)
                continue;
            const Rect from = *pusher->layout;
            for (const Environment& other : topology.environments) {
                if (other.id == pusher->id || !other.layout || fixed.count(other.id) ||
                    !layout::overlaps(from, *other.layout))
                    continue;
                const double right =
                    layout::snapUp(from.x + from.width + kFrameGap - other.layout->x);
                const double down =
                    layout::snapUp(from.y + from.height + kFrameGap - other.layout->y);
                const std::string id = other.id;
                moveElements(topology, {id}, right <= down ? right : 0, right <= down ? 0 : down)
                    .apply(topology);
                if (std::find(pushers.begin(), pushers.end(), id) == pushers.end())
                    pushers.push_back(id);
                moved = true;
                break; // `other` moved: the loop's references stay valid, look again
            }
        }
        if (!moved)
            return pushed;
        pushed = true;
    }
    return pushed;
}

} // namespace

TopologyPatch keepFramesApart(const Topology& before, const TopologyPatch& edit)
{
    Topology after = before;
    edit.apply(after);
    Touched touched = touchedBy(before, after, edit);
    for (const std::string& id : touched.placedFrames)
        touched.contentOf.insert(id);
    const IdSet grown = growAroundContent(after, touched.contentOf);
    const bool placed = !touched.placedFrames.empty() && placeClear(after, touched.placedFrames);

    IdSet fixed(touched.placedFrames.begin(), touched.placedFrames.end());
    fixed.insert(touched.resizedFrames.begin(), touched.resizedFrames.end());
    fixed.insert(grown.begin(), grown.end());
    std::vector<std::string> pushers(fixed.begin(), fixed.end());
    std::sort(pushers.begin(), pushers.end()); // the same result whatever the set's order
    const bool pushed = pushApart(after, pushers, fixed);
    if (grown.empty() && !placed && !pushed)
        return edit; // nothing beyond the edit itself
    return TopologyPatch::between(before, after);
}

} // namespace topo
