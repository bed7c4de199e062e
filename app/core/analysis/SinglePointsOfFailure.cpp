#include "analysis/SinglePointsOfFailure.h"

#include <algorithm>

namespace topo {

namespace {

bool clustered(const Database& database)
{
    return database.haMode != DbHaMode::None && database.nodes >= 2;
}

Breakage compare(const EnvironmentStatus& before, const EnvironmentStatus& after)
{
    Breakage breakage;
    breakage.environment = before.environment;
    breakage.what = lostCapabilities(before, after);
    for (std::size_t i = 0; i < before.zones.size() && i < after.zones.size(); ++i) {
        const ZoneStatus& was = before.zones[i];
        const ZoneStatus& is = after.zones[i];
        if ((was.serving && !is.serving) || (was.timers && !is.timers))
            breakage.zones.push_back(was.zone);
    }
    return breakage;
}

std::string nameOf(const Topology& topology, FailableKind kind, const std::string& id)
{
    const auto find = [&id](const auto& list) {
        for (const auto& element : list) {
            if (element.id == id)
                return element.name;
        }
        return std::string();
    };
    switch (kind) {
    case FailableKind::Site:
        return find(topology.sites);
    case FailableKind::Server:
        return find(topology.servers);
    case FailableKind::LoadBalancer:
        return find(topology.loadBalancers);
    case FailableKind::Database:
        return find(topology.databases);
    case FailableKind::Queue:
        return find(topology.messageQueues);
    }
    return {};
}

} // namespace

Capability SinglePointOfFailure::worst() const
{
    Capability worst = Capability::Management;
    for (const Breakage& breakage : breaks) {
        for (Capability capability : breakage.what)
            worst = std::min(worst, capability);
    }
    return worst;
}

std::vector<std::string> singleFailureCandidates(const Topology& topology)
{
    std::vector<std::string> ids;
    for (const Site& site : topology.sites)
        ids.push_back(site.id);
    for (const Server& server : topology.servers)
        ids.push_back(server.id);
    for (const LoadBalancer& lb : topology.loadBalancers)
        ids.push_back(lb.id);
    for (const Database& database : topology.databases) {
        if (!clustered(database))
            ids.push_back(database.id);
    }
    for (const MessageQueue& queue : topology.messageQueues) {
        if (queue.nodes < 2)
            ids.push_back(queue.id);
    }
    return ids;
}

std::vector<SinglePointOfFailure> simulateEach(const Topology& topology)
{
    const FailoverSimulation simulation(topology);
    const FailoverResult before = simulation.simulate({});
    std::vector<SinglePointOfFailure> found;
    for (const std::string& id : singleFailureCandidates(topology)) {
        const FailoverResult after = simulation.simulate({id});
        SinglePointOfFailure point;
        point.element = id;
        point.kind = *simulation.kindOf(id);
        point.name = nameOf(topology, point.kind, id);
        for (std::size_t i = 0; i < before.environments.size(); ++i) {
            Breakage breakage = compare(before.environments[i], after.environments[i]);
            if (!breakage.what.empty())
                point.breaks.push_back(std::move(breakage));
        }
        if (!point.breaks.empty())
            found.push_back(std::move(point));
    }
    // Candidates are in file order already; a stable sort keeps it within a rank.
    std::stable_sort(found.begin(), found.end(),
                     [](const SinglePointOfFailure& a, const SinglePointOfFailure& b) {
                         return a.worst() < b.worst();
                     });
    return found;
}

} // namespace topo
