// What the failover simulation says in words: the names of the failable kinds and of the
// capabilities, and the notes on each environment's status.
#include "core/analysis/FailoverSimulation.h"

#include "core/analysis/Arithmetic.h"
#include "core/model/DisplayName.h"

#include <algorithm>
#include <array>

namespace topo {

std::string_view toString(FailableKind kind)
{
    switch (kind) {
    case FailableKind::Site:
        return "site";
    case FailableKind::Server:
        return "server";
    case FailableKind::LoadBalancer:
        return "loadBalancer";
    case FailableKind::Database:
        return "database";
    case FailableKind::Queue:
        return "queue";
    }
    return "";
}

namespace {

// Each capability as the JSON output spells it and as a sentence says it.
struct CapabilityName {
    Capability capability;
    std::string_view key;
    std::string_view words;
};
constexpr std::array<CapabilityName, 6> kCapabilityNames{{
    {Capability::Serving, "serving", "serving"},
    {Capability::Publishing, "publishing", "publishing"},
    {Capability::Capacity, "capacity", "capacity"},
    {Capability::Timers, "timers", "timers"},
    {Capability::CacheInvalidation, "cacheInvalidation", "cache invalidation"},
    {Capability::Management, "lifetimeManagement", "LifeTime management"},
}};

const CapabilityName* nameOf(Capability capability)
{
    for (const CapabilityName& name : kCapabilityNames)
        if (name.capability == capability)
            return &name;
    return nullptr;
}

} // namespace

std::string_view toString(Capability capability)
{
    const CapabilityName* name = nameOf(capability);
    return name ? name->key : std::string_view();
}

std::string_view capabilityWords(Capability capability)
{
    const CapabilityName* name = nameOf(capability);
    return name ? name->words : std::string_view();
}

void FailoverSimulation::addNotes(const Plan& plan, const Down& down,
                                  EnvironmentStatus& status) const
{
    std::vector<std::string>& notes = status.notes;
    if (!plan.populated) {
        notes.push_back("The environment has no servers.");
        return;
    }
    if (!plan.database)
        notes.push_back("No database holds the platform catalog: nothing is served or published.");
    else if (down.databases[*plan.database])
        notes.push_back("The platform database " +
                        displayName(m_topology.databases[*plan.database]) + " is down.");
    if (!down.anyLive(plan.traffic, down.servers))
        notes.push_back("No traffic front-end is live.");
    for (const ZoneStatus& zone : status.zones) {
        if (!zone.serving)
            notes.push_back("Zone " + displayName(zone.name, zone.zone) +
                            " stops serving its apps.");
        if (!zone.timers)
            notes.push_back("Timers of zone " + displayName(zone.name, zone.zone) + " stop.");
    }
    if (plan.controllers.empty())
        notes.push_back("No active deployment controller: nothing can be published.");
    else if (!down.anyLive(plan.controllers, down.servers))
        // The stop of cache invalidation is the failover page's statement about the
        // controller, whatever machine runs RabbitMQ (no page says otherwise).
        notes.push_back("The deployment controller is down: apps keep running, but publishing "
                        "stops and, as \"OutSystems Platform Server failover procedures\" says "
                        "of a failed controller, cache invalidation is not operational until the "
                        "manual failover procedure.");
    if (plan.queues.empty())
        notes.push_back("No cache-invalidation queue.");
    else if (!down.anyLive(plan.queues, down.queues))
        notes.push_back("Every cache-invalidation queue is down (a queue on a failed server is "
                        "down): front-ends may serve stale cached data.");
    if (std::any_of(plan.traffic.begin(), plan.traffic.end(),
                    [this](std::size_t i) { return m_topology.servers[i].hardware.cpuCores == 0; }))
        notes.push_back("Some traffic front-ends do not state their cores: they add no capacity.");
    if (!status.serving && status.capacityTotal > 0)
        notes.push_back("Serving stopped: no capacity reaches users (capacity left 0).");
    else if (status.expected > 0 && status.capacityLeft < status.expected)
        notes.push_back("Capacity left, " + rateText(status.capacityLeft) +
                        ", is below the expected " + rateText(status.expected) + ".");
    for (std::size_t i : plan.standby) {
        const Server& server = m_topology.servers[i];
        notes.push_back(displayName(server) +
                        " is a standby server: it serves only after a manual failover.");
    }
}

} // namespace topo
