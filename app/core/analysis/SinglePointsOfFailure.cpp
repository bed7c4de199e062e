#include "core/analysis/SinglePointsOfFailure.h"

#include "core/analysis/SingleFailureSearch.h"

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
    // Linear in the design: the search works out again only what each failure feeds.
    const FailoverSimulation simulation(topology);
    SingleFailureSearch search(simulation);
    const FailoverResult& before = search.baseline();
    std::vector<SinglePointOfFailure> found;
    for (const std::string& id : singleFailureCandidates(topology)) {
        search.fail(id);
        SinglePointOfFailure point;
        for (std::size_t i : search.changed()) {
            Breakage breakage = compare(before.environments[i], search.statuses()[i]);
            if (!breakage.what.empty())
                point.breaks.push_back(std::move(breakage));
        }
        if (point.breaks.empty())
            continue;
        point.element = id;
        point.kind = *simulation.kindOf(id);
        point.name = search.nameOf(id);
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
