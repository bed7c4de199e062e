#pragma once

#include "core/edit/ElementLookup.h"
#include "core/edit/NameAllocator.h"
#include "core/edit/TopologyPatch.h"
#include "core/model/Topology.h"

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace topo {

// A new element ready to be added: the patch adding it (and joining it to its pools), its
// id and the undo step's text ("Add server FE-04").
struct Creation {
    TopologyPatch patch;
    std::string id;
    std::string text;
};

// Creates new elements with fresh ids, readable names and sensible values: names carry the
// environment's tag (LB-PROD, DB-PROD, RMQ-PROD, see environmentTag), a new server continues
// its environment's naming (FE-04 after FE-03) or starts PROD-FE-01, gets its roles from
// newServerRoles, and the hardware of the environment's front-ends (their most common spec)
// or 2 cores, 8 GB, 100 GB.
class ElementFactory {
public:
    explicit ElementFactory(const Topology& topology);

    // A new element of `kind` with its top-left at `at`, inside `environmentId`. Servers,
    // load balancers, queues and zones need an existing environment (nullopt otherwise);
    // a database holds the environment's catalogs no database holds yet.
    std::optional<Creation> create(ElementKind kind, const std::string& environmentId,
                                   const Point& at);

    // The roles of a new server of the environment, the one place that decides them (the
    // palette, the quick fixes and sizing create servers through makeServer): front-end and
    // scheduler, like the front-ends of the OutSystems examples; the deployment controller
    // as well where the environment has no active one yet (its first server, a LifeTime of
    // one node), so a dropped server never raises DC-MISSING.
    std::vector<Role> newServerRoles(const std::string& environmentId) const;

    // The spec a new server of the environment gets.
    static Hardware frontEndSpec(const Topology& topology, const std::string& environmentId);

    // The building blocks of create(), for code that assembles larger patches (quick
    // fixes). They reserve names and ids in this factory's allocator.
    Server makeServer(const std::string& environmentId);
    LoadBalancer makeLoadBalancer(const std::string& environmentId);
    Database makeDatabase(const std::string& environmentId);
    MessageQueue makeMessageQueue(const std::string& environmentId);

private:
    const Topology& m_topology;
    NameAllocator m_names;
    std::unordered_set<std::string> m_controllersMade; // environments given one by makeServer
};

inline constexpr int kDefaultServerCores = 2;
inline constexpr double kDefaultServerRamGb = 8;
inline constexpr double kDefaultServerDiskGb = 100;

} // namespace topo
