#pragma once

#include "core/model/DomainWords.h"
#include "core/model/Topology.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace topo {

// What the rules need to know about one environment, gathered in one pass over the design.
// Every list is in file order.
struct EnvironmentFacts {
    const Environment* environment = nullptr;
    std::vector<const Server*> servers; // active and standby
    std::vector<const Server*> standbyServers;
    std::vector<const Server*> frontEnds;
    std::vector<const Server*> trafficFrontEnds;
    std::vector<const Server*> controllers;
    std::vector<const Server*> schedulers;
    std::vector<const LoadBalancer*> loadBalancers;
    std::vector<const MessageQueue*> queues;
    // Per CatalogKind: the database of each listing of that catalog (a database listing it
    // twice appears twice).
    std::array<std::vector<const Database*>, 3> catalogHolders;
    bool populated() const { return !servers.empty(); }
    const std::vector<const Database*>& holders(CatalogKind kind) const
    {
        return catalogHolders[static_cast<std::size_t>(kind)];
    }
};

// Lookup tables over one design, built once per validation in linear time and read by every
// rule family, so that no rule needs to search the element lists.
class DesignIndex {
public:
    explicit DesignIndex(const Topology& topology);

    const Topology& topology() const { return m_topology; }
    // One entry per environment, in file order.
    const std::vector<EnvironmentFacts>& environments() const { return m_environments; }
    // The facts of an environment id, or nullptr for an unknown id.
    const EnvironmentFacts* facts(std::string_view environmentId) const;
    const Server* server(std::string_view id) const;
    // The position of a server of this design in the file.
    std::size_t order(const Server& server) const;
    // The servers a load balancer of this design targets, in its order (nullptr for an id
    // that is not a server's).
    const std::vector<const Server*>& targets(const LoadBalancer& lb) const
    {
        return m_targets[static_cast<std::size_t>(&lb - m_topology.loadBalancers.data())];
    }
    // True when a load balancer of the server's own environment lists it as a target.
    bool targetedInOwnEnvironment(const Server& server) const;
    // The display name of any element ("" for an unknown id).
    std::string_view name(std::string_view id) const;

private:
    enum class Kind { Site, Environment, Zone, Server, LoadBalancer, Database, Queue, Note };
    struct Ref {
        Kind kind;
        std::size_t index;
        std::size_t owner = 0; // a zone's environment
    };

    void indexIds();
    void indexServers();
    void indexLoadBalancers();
    void indexStores();
    const Ref* find(std::string_view id) const;

    const Topology& m_topology;
    std::unordered_map<std::string_view, Ref> m_ids;
    std::vector<EnvironmentFacts> m_environments;
    std::vector<std::vector<const Server*>> m_targets; // per load balancer
    std::vector<bool> m_targetedInOwnEnvironment;      // per server
};

// A set of servers of one design that empties in constant time, so that a rule can mark the
// members of group after group (zones, load balancer targets) without allocating per group.
class ServerMarks {
public:
    explicit ServerMarks(const DesignIndex& index)
        : m_index(index), m_marks(index.topology().servers.size(), 0)
    {
    }
    void clear() { ++m_stamp; }
    // Marks the server; false when it was already marked.
    bool insert(const Server& server)
    {
        std::uint32_t& mark = m_marks[m_index.order(server)];
        const bool added = mark != m_stamp;
        mark = m_stamp;
        return added;
    }
    bool contains(const Server& server) const { return m_marks[m_index.order(server)] == m_stamp; }

private:
    const DesignIndex& m_index;
    std::vector<std::uint32_t> m_marks;
    std::uint32_t m_stamp = 1;
};

} // namespace topo
