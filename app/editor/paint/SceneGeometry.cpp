#include "editor/paint/SceneGeometry.h"

#include "core/layout/Geometry.h"
#include "core/layout/LayoutConstants.h"

namespace topo {
namespace {

Point origin(const std::optional<Point>& layout)
{
    return layout ? *layout : Point{};
}

} // namespace

QRectF toQRect(const Rect& rect)
{
    return {rect.x, rect.y, rect.width, rect.height};
}

QRectF serverRect(const Server& server)
{
    return toQRect(layout::serverCard(origin(server.layout)));
}

QRectF nodeRect(const std::optional<Point>& layout)
{
    return toQRect(layout::nodeCard(origin(layout)));
}

QRectF environmentRect(const Environment& environment)
{
    return environment.layout ? toQRect(*environment.layout) : QRectF();
}

std::optional<QRectF> zoneRect(const Topology& topology, const Environment& environment,
                               const Zone& zone)
{
    if (const auto rect = layout::zoneRect(topology, environment, zone))
        return toQRect(*rect);
    return std::nullopt;
}

std::unordered_map<std::string, QRectF> elementRects(const Topology& topology)
{
    std::unordered_map<std::string, QRectF> rects;
    for (const Server& s : topology.servers)
        rects.emplace(s.id, serverRect(s));
    for (const LoadBalancer& lb : topology.loadBalancers)
        rects.emplace(lb.id, nodeRect(lb.layout));
    for (const Database& db : topology.databases)
        rects.emplace(db.id, nodeRect(db.layout));
    for (const MessageQueue& mq : topology.messageQueues)
        rects.emplace(mq.id, nodeRect(mq.layout));
    for (const Note& note : topology.notes)
        rects.emplace(note.id, toQRect(note.layout));
    for (const Site& site : topology.sites)
        if (site.layout)
            rects.emplace(site.id, toQRect(*site.layout));
    for (const Environment& env : topology.environments) {
        rects.emplace(env.id, environmentRect(env));
        for (const Zone& zone : env.zones)
            if (const auto rect = zoneRect(topology, env, zone))
                rects.emplace(zone.id, *rect);
    }
    return rects;
}

QRectF designBounds(const Topology& topology)
{
    const auto bounds = layout::designBounds(topology);
    if (!bounds)
        return {};
    constexpr double kRoom = 48;
    return toQRect(*bounds).adjusted(-kRoom, -kRoom, kRoom, kRoom);
}

} // namespace topo
