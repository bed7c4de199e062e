#include "core/rules/DesignIndex.h"

namespace topo {

DesignIndex::DesignIndex(const Topology& topology) : m_topology(topology)
{
    indexIds();
    indexServers();
    indexLoadBalancers();
    indexStores();
}

void DesignIndex::indexIds()
{
    const Topology& t = m_topology;
    std::size_t zoneCount = 0;
    for (const Environment& e : t.environments)
        zoneCount += e.zones.size();
    m_ids.reserve(t.sites.size() + t.environments.size() + zoneCount + t.servers.size() +
                  t.loadBalancers.size() + t.databases.size() + t.messageQueues.size() +
                  t.notes.size());
    // A duplicate id is a load error; should one slip through, the first element keeps it.
    const auto add = [this](const std::string& id, Kind kind, std::size_t index,
                            std::size_t owner = 0) {
        m_ids.try_emplace(id, Ref{kind, index, owner});
    };
    for (std::size_t i = 0; i < t.sites.size(); ++i)
        add(t.sites[i].id, Kind::Site, i);
    m_environments.resize(t.environments.size());
    for (std::size_t i = 0; i < t.environments.size(); ++i) {
        const Environment& e = t.environments[i];
        m_environments[i].environment = &e;
        add(e.id, Kind::Environment, i);
        for (std::size_t z = 0; z < e.zones.size(); ++z)
            add(e.zones[z].id, Kind::Zone, z, i);
    }
    for (std::size_t i = 0; i < t.servers.size(); ++i)
        add(t.servers[i].id, Kind::Server, i);
    for (std::size_t i = 0; i < t.loadBalancers.size(); ++i)
        add(t.loadBalancers[i].id, Kind::LoadBalancer, i);
    for (std::size_t i = 0; i < t.databases.size(); ++i)
        add(t.databases[i].id, Kind::Database, i);
    for (std::size_t i = 0; i < t.messageQueues.size(); ++i)
        add(t.messageQueues[i].id, Kind::Queue, i);
    for (std::size_t i = 0; i < t.notes.size(); ++i)
        add(t.notes[i].id, Kind::Note, i);
}

void DesignIndex::indexServers()
{
    for (const Server& s : m_topology.servers) {
        const Ref* ref = find(s.environment);
        if (!ref || ref->kind != Kind::Environment)
            continue;
        EnvironmentFacts& f = m_environments[ref->index];
        f.servers.push_back(&s);
        if (s.standby)
            f.standbyServers.push_back(&s);
        if (isFrontEnd(s))
            f.frontEnds.push_back(&s);
        if (isTrafficFrontEnd(s))
            f.trafficFrontEnds.push_back(&s);
        if (isController(s))
            f.controllers.push_back(&s);
        if (isSchedulerServer(s))
            f.schedulers.push_back(&s);
    }
}

void DesignIndex::indexLoadBalancers()
{
    m_targetedInOwnEnvironment.assign(m_topology.servers.size(), false);
    m_targets.resize(m_topology.loadBalancers.size());
    for (std::size_t i = 0; i < m_topology.loadBalancers.size(); ++i) {
        const LoadBalancer& lb = m_topology.loadBalancers[i];
        std::vector<const Server*>& resolved = m_targets[i];
        resolved.reserve(lb.targets.size());
        for (const std::string& target : lb.targets) {
            const Server* s = server(target);
            resolved.push_back(s);
            if (s && s->environment == lb.environment)
                m_targetedInOwnEnvironment[order(*s)] = true;
        }
        if (const Ref* ref = find(lb.environment); ref && ref->kind == Kind::Environment)
            m_environments[ref->index].loadBalancers.push_back(&lb);
    }
}

void DesignIndex::indexStores()
{
    for (const MessageQueue& q : m_topology.messageQueues) {
        const Ref* ref = find(q.environment);
        if (ref && ref->kind == Kind::Environment)
            m_environments[ref->index].queues.push_back(&q);
    }
    for (const Database& db : m_topology.databases) {
        for (const Catalog& c : db.catalogs) {
            const Ref* ref = find(c.environment);
            if (ref && ref->kind == Kind::Environment)
                m_environments[ref->index]
                    .catalogHolders[static_cast<std::size_t>(c.kind)]
                    .push_back(&db);
        }
    }
}

const DesignIndex::Ref* DesignIndex::find(std::string_view id) const
{
    const auto it = m_ids.find(id);
    return it == m_ids.end() ? nullptr : &it->second;
}

const EnvironmentFacts* DesignIndex::facts(std::string_view environmentId) const
{
    const Ref* ref = find(environmentId);
    return ref && ref->kind == Kind::Environment ? &m_environments[ref->index] : nullptr;
}

const Server* DesignIndex::server(std::string_view id) const
{
    const Ref* ref = find(id);
    return ref && ref->kind == Kind::Server ? &m_topology.servers[ref->index] : nullptr;
}

std::size_t DesignIndex::order(const Server& server) const
{
    return static_cast<std::size_t>(&server - m_topology.servers.data());
}

bool DesignIndex::targetedInOwnEnvironment(const Server& server) const
{
    return m_targetedInOwnEnvironment[order(server)];
}

std::string_view DesignIndex::name(std::string_view id) const
{
    const Ref* ref = find(id);
    if (!ref)
        return {};
    const Topology& t = m_topology;
    switch (ref->kind) {
    case Kind::Site:
        return t.sites[ref->index].name;
    case Kind::Environment:
        return t.environments[ref->index].name;
    case Kind::Zone:
        return t.environments[ref->owner].zones[ref->index].name;
    case Kind::Server:
        return t.servers[ref->index].name;
    case Kind::LoadBalancer:
        return t.loadBalancers[ref->index].name;
    case Kind::Database:
        return t.databases[ref->index].name;
    case Kind::Queue:
        return t.messageQueues[ref->index].name;
    case Kind::Note:
        return t.notes[ref->index].id; // a note has no name
    }
    return {};
}

} // namespace topo
