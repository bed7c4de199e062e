#include "core/edit/PastePlacement.h"

#include "core/edit/EditOperations.h"
#include "core/edit/ElementArrays.h"
#include "core/edit/ElementLookup.h"
#include "core/layout/AutoLayout.h"
#include "core/layout/FrameGeometry.h"
#include "core/layout/FreeSpot.h"
#include "core/layout/Geometry.h"
#include "core/layout/LayoutConstants.h"

#include <unordered_set>

namespace topo {
namespace {

// How far from where it was pasted a group may go to find room, and the space it keeps to
// its neighbours (the gap automatic placement leaves between cards).
constexpr double kSearchDistance = 800;
constexpr double kClearance = layout::kCardGapX;

bool isFrame(ElementKind kind)
{
    return kind == ElementKind::Environment || kind == ElementKind::Site;
}

// The part of an environment's frame that holds cards: below its title band, inside its
// padding.
std::optional<Rect> contentArea(const Topology& topology, const std::string& environmentId)
{
    const Environment* env = findById(topology.environments, environmentId);
    if (!env || !env->layout)
        return std::nullopt;
    return layout::contentArea(*env->layout);
}

bool centreInside(const Rect& outer, const Rect& r)
{
    const double x = r.x + r.width / 2;
    const double y = r.y + r.height / 2;
    return x >= outer.x && x <= outer.x + outer.width && y >= outer.y &&
           y <= outer.y + outer.height;
}

struct Group {
    std::vector<layout::MovingRect> cards;
    std::vector<layout::MovingRect> frames;
    std::vector<std::string> framedCards; // cards that must stay in their environment
};

Group groupOf(const Topology& topology, const std::vector<std::string>& ids,
              const std::unordered_set<std::string>& added)
{
    Group group;
    for (const std::string& id : ids) {
        const auto kind = kindOf(topology, id);
        const auto rect = layout::elementRect(topology, id);
        if (!kind || !rect || *kind == ElementKind::Zone)
            continue;
        if (isFrame(*kind)) {
            group.frames.push_back({*rect, std::nullopt});
            continue;
        }
        layout::MovingRect card{*rect, std::nullopt};
        const std::string env = environmentOf(topology, id);
        // A card pasted onto its environment's frame (its centre or its corner there) goes
        // to a free spot inside it.
        const Environment* frame = findById(topology.environments, env);
        if (frame && frame->layout && !added.count(env) &&
            (centreInside(*frame->layout, *rect) ||
             centreInside(*frame->layout, Rect{rect->x, rect->y, 0, 0, {}}))) {
            card.within = contentArea(topology, env);
            group.framedCards.push_back(id);
        }
        group.cards.push_back(card);
    }
    return group;
}

// The rectangles of what was there before, cards and frames apart.
void obstaclesOf(const Topology& topology, const std::unordered_set<std::string>& added,
                 std::vector<Rect>& cards, std::vector<Rect>& frames)
{
    forEachArray(topology, [&](const auto& items) {
        for (const auto& item : items) {
            if (added.count(item.id))
                continue;
            const auto kind = kindOf(topology, item.id);
            if (const auto rect = layout::elementRect(topology, item.id); kind && rect)
                (isFrame(*kind) ? frames : cards).push_back(*rect);
        }
    });
}

// One offset for the whole group. Pasted cards alone may land inside frames; a group with
// frames (an environment with its content) keeps clear of every frame and card, which for
// cards inside frames is the same as frames keeping clear of frames.
std::optional<Point> freeOffset(const Group& group, const std::vector<Rect>& cards,
                                const std::vector<Rect>& frames)
{
    std::vector<layout::MovingRect> moving = group.cards;
    std::vector<Rect> obstacles = cards;
    if (!group.frames.empty()) {
        moving.insert(moving.end(), group.frames.begin(), group.frames.end());
        obstacles.insert(obstacles.end(), frames.begin(), frames.end());
    }
    return layout::nearestFreeOffset(moving, obstacles, kClearance, kSearchDistance);
}

} // namespace

void placeClearOfOthers(Topology& topology, const std::vector<std::string>& added)
{
    const std::unordered_set<std::string> addedSet(added.begin(), added.end());
    const Group group = groupOf(topology, added, addedSet);
    std::vector<Rect> cards;
    std::vector<Rect> frames;
    obstaclesOf(topology, addedSet, cards, frames);
    std::optional<Point> offset = freeOffset(group, cards, frames);
    if (!offset && group.frames.empty() && group.framedCards.size() == group.cards.size()) {
        // No room nearby in the frame: below its content, the frame grown around them.
        for (const std::string& id : group.framedCards)
            forEachArray(topology, [&](auto& items) {
                for (auto& item : items)
                    if constexpr (requires { item.layout.reset(); })
                        if (item.id == id)
                            item.layout.reset();
            });
        AutoLayout::placeOnly(topology, group.framedCards);
        return;
    }
    if (!offset) {
        // Below everything that was there.
        Topology others = topology;
        removeElements(others, added).apply(others);
        const auto below = layout::designBounds(others);
        std::optional<Rect> mine;
        for (const auto* part : {&group.cards, &group.frames})
            for (const layout::MovingRect& m : *part)
                mine = mine ? layout::united(*mine, m.rect) : m.rect;
        if (!below || !mine)
            return;
        Point down;
        down.y = layout::snapToGrid(below->y + below->height + kClearance - mine->y);
        offset = down;
    }
    if (offset->x != 0 || offset->y != 0)
        moveElements(topology, added, offset->x, offset->y).apply(topology);
}

} // namespace topo
