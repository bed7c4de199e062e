#include "editor/paint/ScalingChanges.h"

#include "editor/paint/ScalingPainter.h"

#include <algorithm>

namespace topo {

namespace {

// Room around a card for what is drawn beyond its edges: the dashed "other spec" outline
// and its pill, a service marker hanging from the bottom edge.
constexpr double kCardMargin = 14;
// Room around a cluster, the controller section or a zone: their captions and outlines.
constexpr double kPartMargin = 6;

QRectF withMargin(const QRectF& rect, double margin)
{
    return rect.adjusted(-margin, -margin, margin, margin);
}

bool sameGeometry(const EnvironmentLayout& a, const EnvironmentLayout& b)
{
    return a.frame == b.frame && a.header == b.header && a.frontEndsTitle == b.frontEndsTitle &&
           a.clusters == b.clusters && a.controllerTitle == b.controllerTitle &&
           a.controller == b.controller && a.timersTitle == b.timersTitle && a.zones == b.zones;
}

// The plan's own figures, without its clusters' nodes, controller and zones.
bool sameFrame(const EnvironmentScaling& a, const EnvironmentScaling& b)
{
    return a.environment == b.environment && a.name == b.name && a.purpose == b.purpose &&
           a.perCore == b.perCore && a.expected == b.expected &&
           a.frontEnds.size() == b.frontEnds.size() && a.timers.size() == b.timers.size();
}

bool sameBesidesNodes(ScalingCluster a, ScalingCluster b)
{
    if (a.nodes.size() != b.nodes.size())
        return false;
    a.nodes.clear();
    b.nodes.clear();
    return a == b;
}

template <typename T> bool same(const T* a, const T* b)
{
    return a == b || (a && b && *a == *b);
}

const Environment* environmentNamed(const Topology& shown, const std::string& id)
{
    const auto found = std::find_if(shown.environments.begin(), shown.environments.end(),
                                    [&id](const Environment& e) { return e.id == id; });
    return found == shown.environments.end() ? nullptr : &*found;
}

class Differences {
public:
    Differences(const ScalingPainter& before, const ScalingPainter& after)
        : m_before(before.elements()), m_after(after.elements())
    {
    }

    void cluster(const ClusterLayout& layout, const ScalingCluster& was, const ScalingCluster& now)
    {
        const bool sameShared = now.sharedWith.empty() || same(m_before.balancer(was.sharedWith),
                                                               m_after.balancer(now.sharedWith));
        if (!sameBesidesNodes(was, now) || !sameShared) { // the caption names the other one
            QRectF area = layout.box.united(layout.caption);
            if (layout.balancer)
                area = area.united(*layout.balancer);
            m_areas.push_back(withMargin(area, kCardMargin));
            return;
        }
        if (layout.balancer &&
            !same(m_before.balancer(was.balancer), m_after.balancer(now.balancer)))
            m_areas.push_back(withMargin(*layout.balancer, kCardMargin));
        for (std::size_t i = 0; i < layout.nodes.size() && i < now.nodes.size(); ++i)
            if (!(was.nodes[i] == now.nodes[i]) || !sameServer(now.nodes[i].server))
                m_areas.push_back(withMargin(layout.nodes[i], kCardMargin));
    }

    void controller(const ControllerLayout& layout, const ControllerScaling& was,
                    const ControllerScaling& now)
    {
        if (!(was == now))
            m_areas.push_back(withMargin(layout.body.united(layout.card), kPartMargin));
        else if (now.server && !sameServer(now.server->server))
            m_areas.push_back(withMargin(layout.card, kCardMargin));
    }

    void zone(const ZoneLayout& layout, const ZoneTimers& was, const ZoneTimers& now)
    {
        if (!(was == now))
            m_areas.push_back(withMargin(layout.box, kPartMargin));
    }

    void environment(const EnvironmentLayout& layout)
    {
        m_areas.push_back(withMargin(layout.frame, kPartMargin));
    }

    bool sameSites() const { return m_before.topology().sites == m_after.topology().sites; }
    bool sameEnvironment(const std::string& id) const
    {
        return same(environmentNamed(m_before.topology(), id),
                    environmentNamed(m_after.topology(), id));
    }

    std::vector<QRectF> take() { return std::move(m_areas); }

private:
    bool sameServer(const std::string& id) const
    {
        return same(m_before.server(id), m_after.server(id));
    }

    const paint::ScalingElements& m_before;
    const paint::ScalingElements& m_after;
    std::vector<QRectF> m_areas;
};

} // namespace

std::optional<std::vector<QRectF>> changedAreas(const ScalingPainter& before,
                                                const ScalingPainter& after)
{
    const auto& was = before.layout().environments();
    const auto& now = after.layout().environments();
    if (was.size() != now.size() || before.bounds() != after.bounds())
        return std::nullopt;
    Differences differences(before, after);
    if (!differences.sameSites()) // every card names its site
        return std::nullopt;
    for (std::size_t e = 0; e < now.size(); ++e) {
        if (!sameGeometry(was[e], now[e]))
            return std::nullopt;
        const EnvironmentScaling& old = was[e].plan;
        const EnvironmentScaling& plan = now[e].plan;
        if (!sameFrame(old, plan) || before.headerSummary(e) != after.headerSummary(e) ||
            !differences.sameEnvironment(plan.environment)) {
            differences.environment(now[e]);
            continue;
        }
        for (std::size_t c = 0; c < plan.frontEnds.size(); ++c)
            differences.cluster(now[e].clusters[c], old.frontEnds[c], plan.frontEnds[c]);
        differences.controller(now[e].controller, old.controller, plan.controller);
        for (std::size_t z = 0; z < plan.timers.size(); ++z)
            differences.zone(now[e].zones[z], old.timers[z], plan.timers[z]);
    }
    return differences.take();
}

} // namespace topo
