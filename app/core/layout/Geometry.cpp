#include "core/layout/Geometry.h"

#include "core/edit/ElementArrays.h"
#include "core/layout/LayoutConstants.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace topo::layout {

bool overlaps(const Rect& a, const Rect& b)
{
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height &&
           b.y < a.y + a.height;
}

bool contains(const Rect& outer, const Rect& inner)
{
    return inner.x >= outer.x && inner.y >= outer.y &&
           inner.x + inner.width <= outer.x + outer.width &&
           inner.y + inner.height <= outer.y + outer.height;
}

Rect united(const Rect& a, const Rect& b)
{
    const double left = std::min(a.x, b.x);
    const double top = std::min(a.y, b.y);
    const double right = std::max(a.x + a.width, b.x + b.width);
    const double bottom = std::max(a.y + a.height, b.y + b.height);
    return Rect{left, top, right - left, bottom - top};
}

Rect adjusted(const Rect& r, double left, double top, double right, double bottom)
{
    return Rect{r.x - left, r.y - top, r.width + left + right, r.height + top + bottom};
}

double snapToGrid(double value)
{
    return std::round(value / kGrid) * kGrid;
}

Point snapToGrid(const Point& point)
{
    Point snapped = point;
    snapped.x = snapToGrid(point.x);
    snapped.y = snapToGrid(point.y);
    return snapped;
}

Rect serverCard(const Point& at)
{
    return Rect{at.x, at.y, kServerCardWidth, kServerCardHeight};
}

Rect nodeCard(const Point& at)
{
    return Rect{at.x, at.y, kNodeWidth, kNodeHeight};
}

namespace {

bool isSubset(const std::vector<std::string>& small, const std::vector<std::string>& big)
{
    const std::unordered_set<std::string_view> bigSet(big.begin(), big.end());
    return std::all_of(small.begin(), small.end(),
                       [&](const std::string& id) { return bigSet.count(id) > 0; });
}

} // namespace

int zoneDepth(const Environment& environment, const Zone& zone)
{
    int depth = 0;
    for (const Zone& other : environment.zones)
        if (other.id != zone.id && !other.members.empty() &&
            other.members.size() < zone.members.size() && isSubset(other.members, zone.members))
            depth = std::max(depth, 1 + zoneDepth(environment, other));
    return depth;
}

std::optional<Rect> zoneRect(const Topology& topology, const Environment& environment,
                             const Zone& zone)
{
    std::optional<Rect> box;
    for (const std::string& id : zone.members) {
        const Server* server = findById(topology.servers, id);
        if (!server || !server->layout)
            continue;
        const Rect card = serverCard(*server->layout);
        box = box ? united(*box, card) : card;
    }
    if (!box)
        return std::nullopt;
    const double levels = zoneDepth(environment, zone) + 1;
    return adjusted(*box, kZonePadding * levels, (kZonePadding + kZoneHeaderHeight) * levels,
                    kZonePadding * levels, kZonePadding * levels);
}

std::optional<Rect> elementRect(const Topology& topology, std::string_view id)
{
    if (const auto* s = findById(topology.servers, id))
        return s->layout ? std::optional(serverCard(*s->layout)) : std::nullopt;
    if (const auto* lb = findById(topology.loadBalancers, id))
        return lb->layout ? std::optional(nodeCard(*lb->layout)) : std::nullopt;
    if (const auto* db = findById(topology.databases, id))
        return db->layout ? std::optional(nodeCard(*db->layout)) : std::nullopt;
    if (const auto* mq = findById(topology.messageQueues, id))
        return mq->layout ? std::optional(nodeCard(*mq->layout)) : std::nullopt;
    if (const auto* env = findById(topology.environments, id))
        return env->layout;
    if (const auto* site = findById(topology.sites, id))
        return site->layout;
    if (const auto* note = findById(topology.notes, id))
        return note->layout;
    for (const Environment& env : topology.environments)
        for (const Zone& zone : env.zones)
            if (zone.id == id)
                return zoneRect(topology, env, zone);
    return std::nullopt;
}

const Environment* environmentAt(const Topology& topology, const Point& point)
{
    const Environment* best = nullptr;
    double bestArea = 0;
    for (const Environment& env : topology.environments) {
        if (!env.layout || env.layout->width == 0 || env.layout->height == 0)
            continue;
        const Rect& frame = *env.layout;
        const bool inside = point.x >= frame.x && point.x <= frame.x + frame.width &&
                            point.y >= frame.y && point.y <= frame.y + frame.height;
        const double area = frame.width * frame.height;
        if (inside && (!best || area < bestArea)) {
            best = &env;
            bestArea = area;
        }
    }
    return best;
}

std::optional<Rect> designBounds(const Topology& topology)
{
    std::optional<Rect> box;
    auto add = [&](const std::optional<Rect>& r) {
        if (r)
            box = box ? united(*box, *r) : *r;
    };
    for (const Environment& env : topology.environments)
        add(env.layout);
    for (const Site& site : topology.sites)
        add(site.layout);
    for (const Note& note : topology.notes)
        add(note.layout);
    for (const Server& s : topology.servers)
        if (s.layout)
            add(serverCard(*s.layout));
    auto addNodes = [&](const auto& items) {
        for (const auto& item : items)
            if (item.layout)
                add(nodeCard(*item.layout));
    };
    addNodes(topology.loadBalancers);
    addNodes(topology.databases);
    addNodes(topology.messageQueues);
    return box;
}

} // namespace topo::layout
