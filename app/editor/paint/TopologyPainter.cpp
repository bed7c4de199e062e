#include "editor/paint/TopologyPainter.h"

#include "core/rules/Validator.h"
#include "editor/paint/LineObstacles.h"
#include "editor/paint/PaintPrimitives.h"
#include "editor/paint/PaintScope.h"
#include "editor/paint/SceneGeometry.h"

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

// The comparison's marks over the elements drawn, then the ghosts of the elements that
// exist only in `other` (the design not shown), at their place there. A filtered picture
// (one environment, a selection) marks what it draws and leaves the ghosts out.
void paintCompareMarks(QPainter& p, const Topology& shown, const Topology& other,
                       const CompareView& compare,
                       const std::function<bool(const std::string&)>& drawn, bool filtered,
                       const PaintOptions& options)
{
    const auto rects = elementRects(shown);
    for (const auto& [id, mark] : compare.marks) {
        if (compare.isGhost(id)) {
            if (filtered)
                continue;
            if (auto element = findElement(other, id)) {
                const QRectF rect = elementRect(*element);
                if (rect.isEmpty())
                    continue;
                paintElement(p, rect, other, *element, {}, options);
                drawCompareMark(p, rect, mark, true, options.theme);
            }
        } else if (const auto it = rects.find(id); it != rects.end() && drawn(id)) {
            drawCompareMark(p, it->second, mark, false, options.theme);
        }
    }
}

} // namespace

QRectF elementRect(const ElementValue& element)
{
    return std::visit(
        [](const auto& e) -> QRectF {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, Server>)
                return serverRect(e);
            else if constexpr (std::is_same_v<T, Environment>)
                return environmentRect(e);
            else if constexpr (std::is_same_v<T, Site>)
                return e.layout ? toQRect(*e.layout) : QRectF();
            else if constexpr (std::is_same_v<T, Note>)
                return toQRect(e.layout);
            else
                return nodeRect(e.layout);
        },
        element);
}

void paintElement(QPainter& p, const QRectF& rect, const Topology& topology,
                  const ElementValue& element, const ElementState& state,
                  const PaintOptions& options)
{
    std::visit(
        [&](const auto& e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, Server>)
                paintServer(p, rect, topology, e, state, options);
            else if constexpr (std::is_same_v<T, Environment>)
                paintEnvironment(p, rect, e, state, options);
            else if constexpr (std::is_same_v<T, Site>)
                paintSite(p, rect, e, state, options);
            else if constexpr (std::is_same_v<T, LoadBalancer>)
                paintLoadBalancer(p, rect, e, state, options);
            else if constexpr (std::is_same_v<T, Database>)
                paintDatabase(p, rect, e, state, options);
            else if constexpr (std::is_same_v<T, MessageQueue>)
                paintMessageQueue(p, rect, topology, e, state, options);
            else
                paintNote(p, rect, e, state, options);
        },
        element);
}

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

void paintDesign(QPainter& p, const Topology& design, const std::vector<Finding>& designFindings,
                 const PaintOptions& options)
{
    const CompareView* compare = options.compare.get();
    const bool before = compare && compare->side == CompareSide::Before;
    const Topology& topology = before ? *compare->before : design;
    const std::vector<Finding> beforeFindings =
        before ? validate(topology) : std::vector<Finding>{};
    const std::vector<Finding>& findings = before ? beforeFindings : designFindings;

    const bool filtered = options.only || !options.environment.empty();
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
    const paint::LineObstacles obstacles(topology, rectOf);
    paintConnections(p, deriveConnections(topology), rectOf, options, &obstacles);

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
    if (compare)
        paintCompareMarks(p, topology, before ? design : *compare->before, *compare, shown,
                          filtered, options);
    p.restore();
}

} // namespace topo
