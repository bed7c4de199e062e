#include "core/analysis/FailureMarks.h"

namespace topo {

namespace {

void markDown(const Topology& topology, const FailoverSimulation& simulation,
              const std::vector<std::string>& failed, std::unordered_set<std::string>& down)
{
    std::unordered_set<std::string> sites;
    for (const std::string& id : failed) {
        const auto kind = simulation.kindOf(id);
        if (!kind)
            continue;
        down.insert(id);
        if (*kind == FailableKind::Site)
            sites.insert(id);
    }
    const auto onFailedSite = [&](const auto& items) {
        for (const auto& item : items)
            if (!item.site.empty() && sites.count(item.site))
                down.insert(item.id);
    };
    onFailedSite(topology.servers);
    onFailedSite(topology.loadBalancers);
    onFailedSite(topology.databases);
    for (const MessageQueue& mq : topology.messageQueues)
        if (!mq.hostServer.empty() && down.count(mq.hostServer))
            down.insert(mq.id);
}

} // namespace

FailureMarks failureMarks(const Topology& topology, const std::vector<std::string>& failed)
{
    const FailoverSimulation simulation(topology);
    FailureMarks marks;
    marks.result = simulation.simulate(failed);
    if (marks.result.failed.empty())
        return marks;
    markDown(topology, simulation, marks.result.failed, marks.down);
    const FailoverResult baseline = simulation.simulate({});
    for (std::size_t e = 0; e < marks.result.environments.size(); ++e) {
        const EnvironmentStatus& now = marks.result.environments[e];
        const EnvironmentStatus& before = baseline.environments[e];
        if (auto lost = lostCapabilities(before, now); !lost.empty())
            marks.lost[now.environment] = std::move(lost);
        for (std::size_t z = 0; z < now.zones.size(); ++z) {
            std::vector<Capability> lost;
            if (before.zones[z].serving && !now.zones[z].serving)
                lost.push_back(Capability::Serving);
            if (before.zones[z].timers && !now.zones[z].timers)
                lost.push_back(Capability::Timers);
            if (!lost.empty())
                marks.lost[now.zones[z].zone] = std::move(lost);
        }
    }
    return marks;
}

std::string capabilityText(Capability capability)
{
    return std::string(capabilityWords(capability));
}

std::string capabilityList(const std::vector<Capability>& capabilities)
{
    std::string text;
    for (Capability c : capabilities)
        text += (text.empty() ? "" : ", ") + capabilityText(c);
    return text;
}

} // namespace topo
