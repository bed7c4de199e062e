#include "paint/TopologyPainter.h"

#include "paint/PaintPrimitives.h"
#include "paint/PaintScope.h"
#include "paint/SceneGeometry.h"

#include <QPainter>

#include <cmath>

namespace topo {
namespace {

void paintGrid(QPainter& p, const QRectF& area, const Theme& theme)
{
    constexpr double kStep = 20;
    p.setPen(QPen(theme.grid, 0));
    for (double x = std::floor(area.left() / kStep) * kStep; x < area.right(); x += kStep)
        p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    for (double y = std::floor(area.top() / kStep) * kStep; y < area.bottom(); y += kStep)
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
}

} // namespace

SeverityIndex worstSeverities(const std::vector<Finding>& findings)
{
    SeverityIndex index;
    for (const Finding& f : findings)
        for (const std::string& id : f.subjects) {
            auto [it, inserted] = index.emplace(id, f.severity);
            if (!inserted && f.severity > it->second)
                it->second = f.severity;
        }
    return index;
}

ElementFilter drawnElements(const Topology& topology, const PaintOptions& options)
{
    if (!options.only && options.environment.empty())
        return [](const std::string&) { return true; };
    IdSet visible = options.only ? withContainers(topology, selectionScope(topology, *options.only))
                                 : environmentScope(topology, options.environment);
    return [visible = std::move(visible)](const std::string& id) { return visible.count(id) > 0; };
}

void paintDesign(QPainter& p, const Topology& topology, const std::vector<Finding>& findings,
                 const PaintOptions& options)
{
    const ElementFilter shown = drawnElements(topology, options);
    const SeverityIndex severities = worstSeverities(findings);
    auto stateOf = [&](const std::string& id) {
        ElementState state;
        if (auto it = severities.find(id); it != severities.end())
            state.severity = it->second;
        return state;
    };

    p.save();
    p.setRenderHint(QPainter::Antialiasing, !paint::simplified(p));
    p.setRenderHint(QPainter::TextAntialiasing);
    const QRectF bounds = designBounds(topology);
    if (options.background)
        p.fillRect(bounds, options.theme.background);
    if (options.grid)
        paintGrid(p, bounds, options.theme);

    for (const Site& site : topology.sites)
        if (site.layout && shown(site.id))
            paintSite(p, toQRect(*site.layout), site, stateOf(site.id), options);
    for (const Environment& env : topology.environments)
        if (shown(env.id))
            paintEnvironment(p, environmentRect(env), env, stateOf(env.id), options);
    const auto rects = elementRects(topology);
    for (const Environment& env : topology.environments)
        for (const Zone& zone : env.zones)
            if (const auto it = rects.find(zone.id); it != rects.end() && shown(zone.id))
                paintZone(p, it->second, zone, stateOf(zone.id), options);

    const RectLookup rectOf = [&](const std::string& id) -> std::optional<QRectF> {
        const auto it = rects.find(id);
        if (it == rects.end() || !shown(id))
            return std::nullopt;
        return it->second;
    };
    paintConnections(p, deriveConnections(topology), rectOf, options);

    for (const Database& db : topology.databases)
        if (shown(db.id))
            paintDatabase(p, nodeRect(db.layout), db, stateOf(db.id), options);
    for (const MessageQueue& mq : topology.messageQueues)
        if (shown(mq.id))
            paintMessageQueue(p, nodeRect(mq.layout), topology, mq, stateOf(mq.id), options);
    for (const LoadBalancer& lb : topology.loadBalancers)
        if (shown(lb.id))
            paintLoadBalancer(p, nodeRect(lb.layout), lb, stateOf(lb.id), options);
    for (const Server& s : topology.servers)
        if (shown(s.id))
            paintServer(p, serverRect(s), topology, s, stateOf(s.id), options);
    for (const Note& note : topology.notes)
        if (shown(note.id))
            paintNote(p, toQRect(note.layout), note, stateOf(note.id), options);
    p.restore();
}

} // namespace topo
