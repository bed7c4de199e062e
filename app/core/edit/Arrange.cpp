#include "core/edit/Arrange.h"

#include "core/edit/EditOperations.h"
#include "core/edit/EditSequence.h"
#include "core/edit/ElementArrays.h"
#include "core/layout/Geometry.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace topo {
namespace {

struct Placed {
    std::string id;
    Rect rect;
};

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
    const double gap = (span - total) / double(items.size() - 1);
    std::vector<Point> targets;
    double cursor = start(items.front().rect);
    for (const Placed& p : items) {
        Point to{p.rect.x, p.rect.y};
        (horizontal ? to.x : to.y) = cursor;
        targets.push_back(to);
        cursor += length(p.rect) + gap;
    }
    return moveEach(topology, items, targets);
}

} // namespace topo
