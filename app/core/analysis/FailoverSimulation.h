#pragma once

#include "core/model/Topology.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace topo {

// The elements that can fail in a simulation. A failed site fails every server, load
// balancer and database whose `site` is that site.
enum class FailableKind { Site, Server, LoadBalancer, Database, Queue };
std::string_view toString(FailableKind kind); // "site", "server", "loadBalancer", ...

// What an environment does, worst loss first: the order ranks single points of failure.
enum class Capability { Serving, Publishing, Capacity, Timers, CacheInvalidation, Management };
std::string_view toString(Capability capability); // "serving", ..., "lifetimeManagement"
// "serving", "publishing", "capacity", "timers", "cache invalidation", "LifeTime management".
std::string_view capabilityWords(Capability capability);

// A deployment zone that hosts apps, under failure.
struct ZoneStatus {
    std::string zone;
    std::string name;
    bool serving = false;     // a live traffic FE member, reachable, and the platform database
    bool timers = false;      // a live scheduler server among its members, and the database
    double capacityLeft = 0;  // req/s of its live members reaching users; 0 when not serving
    double capacityTotal = 0; // req/s of its traffic members
    bool operator==(const ZoneStatus&) const = default;
};

// What still works in one environment.
struct EnvironmentStatus {
    std::string environment;
    std::string name;
    bool serving = false; // every app-hosting zone serves (the environment, without such zones)
    std::vector<ZoneStatus> zones; // the zones with hostsApps, file order
    bool publishing = false;
    bool timers = false;
    bool cacheInvalidation = false;
    bool lifetimeManagement = false;
    // req/s of the live traffic FEs that users reach (behind a live load balancer, or behind
    // none); 0 when the environment does not serve.
    double capacityLeft = 0;
    double capacityTotal = 0;       // req/s of every traffic FE
    std::string capacityArithmetic; // how capacityLeft is worked out

    double expected = 0;
    std::vector<std::string> notes; // why something stopped, and what the model leaves out
    bool operator==(const EnvironmentStatus&) const = default;
};

struct FailoverResult {
    std::vector<std::string> failed; // as given, without repeats
    std::vector<EnvironmentStatus> environments;
};

// Failover simulation over the availability model of domain-background.md: elements are up
// or down as a whole (a database or queue cluster fails only when its element is failed),
// and standby servers take over only after a manual failover, so they never serve here.
// - serving: a live traffic FE + the database of the platform catalog + (when the environment
//   has a load balancer with targets) a live load balancer targeting a live traffic FE;
//   with app-hosting zones, this holds in each zone for the zone's members;
// - publishing: a live deployment controller + the database;
// - timers: a live scheduler server (per app-hosting zone: among its members) + the database;
// - cache invalidation: a live queue of the environment and a live deployment controller
//   (OutSystems' failover procedures); a queue whose host server is down is down;
// - capacity left: the live traffic FEs users reach, 0 where serving stopped;
// - LifeTime management: a lifetime environment serves.
// What worked in `before` and stopped in `now` (one environment, two scenarios), in
// Capability order. Capacity is lost when the live front-ends no longer carry a stated
// expected load they carried before.
std::vector<Capability> lostCapabilities(const EnvironmentStatus& before,
                                         const EnvironmentStatus& now);

class FailoverSimulation {
public:
    explicit FailoverSimulation(const Topology& topology);

    // The kind of a failable element; nullopt for an unknown id or another kind of element.
    std::optional<FailableKind> kindOf(std::string_view id) const;
    // Ids that are not failable elements are ignored (see kindOf).
    FailoverResult simulate(const std::vector<std::string>& failed) const;

    const Topology& topology() const { return m_topology; }

private:
    friend class SingleFailureSearch;

    struct Balancer {
        std::size_t index;
        std::vector<std::size_t> trafficTargets; // servers
    };
    struct ZonePlan {
        const Zone* zone;
        std::vector<std::size_t> trafficMembers;
        std::vector<std::size_t> schedulerMembers;
    };
    // Every element one environment's capabilities depend on, by index into the design.
    struct Plan {
        const Environment* environment;
        bool populated = false;
        double perCore = 0;
        std::vector<std::size_t> traffic, controllers, schedulers, standby;
        std::vector<Balancer> balancers; // the ones with targets
        std::optional<std::size_t> database;
        std::vector<std::size_t> queues;
        std::vector<ZonePlan> appZones;
    };
    // Which elements are down in one scenario, by index into the design's lists.
    struct Down {
        std::vector<bool> servers, balancers, databases, queues;

        bool anyLive(const std::vector<std::size_t>& indexes, const std::vector<bool>& down) const
        {
            for (std::size_t i : indexes)
                if (!down[i])
                    return true;
            return false;
        }
    };
    struct Members; // one environment's elements, by index, in file order

    Down nothingDown() const;
    void plan(const Environment& environment, const Members& members);
    bool serves(const Plan& plan, const Down& down, const std::vector<std::size_t>& front) const;
    double share(const Plan& plan, std::size_t server) const;
    bool reachable(const Plan& plan, const Down& down, std::size_t server) const;
    double reachedCapacity(const Plan& plan, const Down& down,
                           const std::vector<std::size_t>& front) const;
    // Without `withText`, capacityArithmetic stays empty (the search compares figures only).
    EnvironmentStatus status(const Plan& plan, const Down& down, bool withText = true) const;
    void addNotes(const Plan& plan, const Down& down, EnvironmentStatus& status) const;

    const Topology& m_topology;
    std::unordered_map<std::string_view, std::pair<FailableKind, std::size_t>> m_elements;
    std::vector<Plan> m_plans;
};

} // namespace topo
