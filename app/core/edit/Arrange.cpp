#include "core/edit/Arrange.h"

#include "core/edit/EditOperations.h"
#include "core/edit/EditSequence.h"
#include "core/edit/ElementArrays.h"
#include "core/edit/ElementLookup.h"
#include "core/layout/Geometry.h"
#include "core/layout/LayoutConstants.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_set>

namespace topo {
namespace {

struct Placed {
    std::string id;
    Rect rect;
};

// Frames (environments, sites) keep clear of frames, everything else of everything else;
// each with the gap automatic placement leaves.
bool isFrame(const Topology& topology, const std::string& id)
{
    return findById(topology.environments, id) || findById(topology.sites, id);
}

double gapFor(bool frame)
{
    return frame ? layout::kEnvironmentGap : layout::kCardGapX;
}

template <class Node> std::optional<Rect> cardOf(const Node* node, Rect (*card)(const Point&))
{
    // An element not placed yet sits at the origin, as the canvas draws it.
    if (!node)
        return std::nullopt;
    return card(node->layout ? *node->layout : Point{});
}

// The rectangle the canvas draws for an element that has a place of its own (zones follow
// their members, so they have none here).
std::optional<Rect> placedRect(const Topology& topology, const std::string& id)
{
    if (auto rect = cardOf(findById(topology.servers, id), &layout::serverCard))
        return rect;
    if (auto rect = cardOf(findById(topology.loadBalancers, id), &layout::nodeCard))
        return rect;
    if (auto rect = cardOf(findById(topology.databases, id), &layout::nodeCard))
        return rect;
    if (auto rect = cardOf(findById(topology.messageQueues, id), &layout::nodeCard))
        return rect;
    if (const Note* note = findById(topology.notes, id))
        return note->layout;
    if (const Site* site = findById(topology.sites, id))
        return site->layout;
    if (const Environment* env = findById(topology.environments, id))
        return env->layout ? *env->layout : Rect{};
    return std::nullopt;
}

std::vector<Placed> placed(const Topology& topology, const std::vector<std::string>& ids)
{
    std::vector<Placed> result;
    for (const std::string& id : ids)
        if (const auto rect = placedRect(topology, id))
            result.push_back({id, *rect});
    return result;
}

bool isEmptyRect(const Rect& r)
{
    return r.width == 0 && r.height == 0;
}

// The box around every element; an element with no extent (an environment without a
// frame) does not widen it.
Rect boundsOf(const std::vector<Placed>& items)
{
    std::optional<Rect> box;
    for (const Placed& p : items)
        if (!isEmptyRect(p.rect))
            box = box ? layout::united(*box, p.rect) : p.rect;
    return box ? *box : items.front().rect;
}

// Moves each element by its own offset, one after the other.
TopologyPatch moveEach(const Topology& topology, const std::vector<Placed>& items,
                       const std::vector<Point>& targets)
{
    EditSequence edits(topology);
    for (std::size_t i = 0; i < items.size(); ++i) {
        // Whole units keep the saved file tidy; exact alignment matters more than the grid.
        const double dx = std::round(targets[i].x - items[i].rect.x);
        const double dy = std::round(targets[i].y - items[i].rect.y);
        if (dx != 0 || dy != 0)
            edits.add(moveElements(edits.current(), {items[i].id}, dx, dy));
    }
    return edits.patch();
}

Point target(const Rect& bounds, const Rect& rect, Alignment alignment)
{
    Point to{rect.x, rect.y};
    switch (alignment) {
    case Alignment::Left:
        to.x = bounds.x;
        break;
    case Alignment::Right:
        to.x = bounds.x + bounds.width - rect.width;
        break;
    case Alignment::Top:
        to.y = bounds.y;
        break;
    case Alignment::Bottom:
        to.y = bounds.y + bounds.height - rect.height;
        break;
    case Alignment::HorizontalCenter: // one column: centres on a vertical line
        to.x = bounds.x + bounds.width / 2 - rect.width / 2;
        break;
    case Alignment::VerticalCenter: // one row: centres on a horizontal line
        to.y = bounds.y + bounds.height / 2 - rect.height / 2;
        break;
    }
    return to;
}

// What the moved elements must not land on: the others of their kind (frames or cards),
// leaving out what a moved environment carries along.
std::vector<Rect> standingRects(const Topology& topology, const std::vector<Placed>& moved,
                                bool frames)
{
    std::unordered_set<std::string> movedIds;
    for (const Placed& p : moved)
        movedIds.insert(p.id);
    std::vector<Rect> rects;
    forEachArray(topology, [&](const auto& items) {
        for (const auto& item : items) {
            if (movedIds.count(item.id) || movedIds.count(environmentOf(topology, item.id)) ||
                isFrame(topology, item.id) != frames)
                continue;
            if (const auto rect = layout::elementRect(topology, item.id))
                rects.push_back(*rect);
        }
    });
    return rects;
}

// Slides each target, in the order of its place across `axis`, further along that axis
// until it overlaps neither what stands nor the targets settled before it: elements aligned
// on one line line up side by side instead of on top of each other.
void settleAcross(const Topology& topology, const std::vector<Placed>& items,
                  std::vector<Point>& targets, Axis axis)
{
    const bool horizontal = axis == Axis::Horizontal;
    for (const bool frames : {false, true}) {
        std::vector<Rect> taken = standingRects(topology, items, frames);
        std::vector<std::size_t> order;
        for (std::size_t i = 0; i < items.size(); ++i)
            if (isFrame(topology, items[i].id) == frames && !isEmptyRect(items[i].rect))
                order.push_back(i);
        // Along the axis; cards level on it keep their order across it (a row aligned into
        // a column reads from top to bottom as it read from left to right).
        auto key = [&](std::size_t i) {
            return horizontal ? std::pair(targets[i].x, items[i].rect.y)
                              : std::pair(targets[i].y, items[i].rect.x);
        };
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
        const double gap = gapFor(frames);
        for (const std::size_t i : order) {
            Rect at{targets[i].x, targets[i].y, items[i].rect.width, items[i].rect.height};
            for (bool moved = true; moved;) {
                moved = false;
                for (const Rect& other : taken)
                    if (layout::overlaps(at, other)) {
                        (horizontal ? at.x : at.y) =
                            horizontal ? other.x + other.width + gap : other.y + other.height + gap;
                        moved = true;
                    }
            }
            targets[i] = Point{at.x, at.y};
            taken.push_back(at);
        }
    }
}

// The axis across an alignment's line: a column (left, right, centres on a vertical line)
// is settled from top to bottom, a row from left to right.
Axis acrossLine(Alignment alignment)
{
    switch (alignment) {
    case Alignment::Left:
    case Alignment::Right:
    case Alignment::HorizontalCenter:
        return Axis::Vertical;
    default:
        return Axis::Horizontal;
    }
}

} // namespace

TopologyPatch alignElements(const Topology& topology, const std::vector<std::string>& ids,
                            Alignment alignment)
{
    const std::vector<Placed> items = placed(topology, ids);
    if (items.size() < 2)
        return {};
    const Rect bounds = boundsOf(items);
    std::vector<Point> targets;
    for (const Placed& p : items)
        targets.push_back(target(bounds, p.rect, alignment));
    settleAcross(topology, items, targets, acrossLine(alignment));
    return moveEach(topology, items, targets);
}

TopologyPatch distributeElements(const Topology& topology, const std::vector<std::string>& ids,
                                 Axis axis)
{
    std::vector<Placed> items = placed(topology, ids);
    if (items.size() < 3)
        return {};
    const bool horizontal = axis == Axis::Horizontal;
    auto start = [horizontal](const Rect& r) { return horizontal ? r.x : r.y; };
    auto length = [horizontal](const Rect& r) { return horizontal ? r.width : r.height; };
    std::sort(items.begin(), items.end(),
              [&](const Placed& a, const Placed& b) { return start(a.rect) < start(b.rect); });
    // Equal gaps between neighbours, the outermost two staying where they are.
    double total = 0;
    for (const Placed& p : items)
        total += length(p.rect);
    const double span =
        start(items.back().rect) + length(items.back().rect) - start(items.front().rect);
    // Never closer than automatic placement leaves them: when the span is too short, the
    // last ones move further out.
    bool frames = false;
    for (const Placed& p : items)
        frames = frames || isFrame(topology, p.id);
    const double gap = std::max((span - total) / double(items.size() - 1), gapFor(frames));
    std::vector<Point> targets;
    double cursor = start(items.front().rect);
    for (const Placed& p : items) {
        Point to{p.rect.x, p.rect.y};
        (horizontal ? to.x : to.y) = cursor;
        targets.push_back(to);
        cursor += length(p.rect) + gap;
    }
    settleAcross(topology, items, targets, axis);
    return moveEach(topology, items, targets);
}

} // namespace topo
