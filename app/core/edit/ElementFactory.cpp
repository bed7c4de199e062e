#include "core/edit/ElementFactory.h"

#include "core/edit/EditOperations.h"
#include "core/edit/ElementArrays.h"
#include "core/edit/EnvironmentMove.h"
#include "core/edit/EnvironmentTag.h"
#include "core/layout/LayoutConstants.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace topo {

ElementFactory::ElementFactory(const Topology& topology) : m_topology(topology), m_names(topology)
{
}

Hardware ElementFactory::frontEndSpec(const Topology& topology, const std::string& environmentId)
{
    // The most common fully specified spec of the active front-ends; ties go to the
    // earliest server.
    using Spec = std::tuple<int, double, double>;
    std::map<Spec, std::pair<int, std::size_t>> counts; // count, first position
    std::size_t position = 0;
    for (const Server& s : topology.servers) {
        ++position;
        if (s.environment != environmentId || s.standby || !s.hasRole(Role::Frontend) ||
            s.hardware.anyUnspecified())
            continue;
        auto& entry = counts[{s.hardware.cpuCores, s.hardware.ramGb, s.hardware.diskGb}];
        if (entry.first++ == 0)
            entry.second = position;
    }
    Hardware spec;
    spec.cpuCores = kDefaultServerCores;
    spec.ramGb = kDefaultServerRamGb;
    spec.diskGb = kDefaultServerDiskGb;
    const std::pair<int, std::size_t>* best = nullptr;
    for (const auto& [triple, entry] : counts)
        if (!best || entry.first > best->first ||
            (entry.first == best->first && entry.second < best->second)) {
            best = &entry;
            std::tie(spec.cpuCores, spec.ramGb, spec.diskGb) = triple;
        }
    return spec;
}

std::vector<Role> ElementFactory::newServerRoles(const std::string& environmentId) const
{
    const bool hasController =
        m_controllersMade.count(environmentId) > 0 ||
        std::any_of(m_topology.servers.begin(), m_topology.servers.end(), [&](const Server& s) {
            return s.environment == environmentId && !s.standby &&
                   s.hasRole(Role::DeploymentController);
        });
    if (!hasController)
        return {Role::Frontend, Role::DeploymentController, Role::Scheduler};
    return {Role::Frontend, Role::Scheduler};
}

Server ElementFactory::makeServer(const std::string& environmentId)
{
    Server s;
    s.name = m_names.nextServerName(environmentId);
    s.id = m_names.freshId(s.name);
    s.environment = environmentId;
    s.roles = newServerRoles(environmentId);
    if (s.hasRole(Role::DeploymentController))
        m_controllersMade.insert(environmentId);
    s.hardware = frontEndSpec(m_topology, environmentId);
    // The same operating system as the environment's other servers.
    for (const Server& other : m_topology.servers)
        if (other.environment == environmentId && !other.os.empty()) {
            s.os = other.os;
            break;
        }
    return s;
}

LoadBalancer ElementFactory::makeLoadBalancer(const std::string& environmentId)
{
    LoadBalancer lb;
    lb.name = m_names.uniqueName("LB-" + environmentTag(m_topology, environmentId));
    lb.id = m_names.freshId(lb.name);
    lb.environment = environmentId;
    // The traffic front-ends no load balancer of the environment serves yet.
    lb.targets = unbalancedFrontEnds(m_topology, environmentId);
    return lb;
}

Database ElementFactory::makeDatabase(const std::string& environmentId)
{
    Database db;
    db.name = m_names.uniqueName("DB-" + environmentTag(m_topology, environmentId));
    db.id = m_names.freshId(db.name);
    if (!findById(m_topology.environments, environmentId))
        return db;
    for (CatalogKind kind : {CatalogKind::Platform, CatalogKind::Session, CatalogKind::Log}) {
        bool held = false;
        for (const Database& other : m_topology.databases)
            for (const Catalog& c : other.catalogs)
                if (c.environment == environmentId && c.kind == kind) {
                    held = true;
                    db.engine = other.engine; // one engine per environment
                }
        if (!held)
            db.catalogs.push_back(Catalog{environmentId, kind, emptyExtra()});
    }
    return db;
}

MessageQueue ElementFactory::makeMessageQueue(const std::string& environmentId)
{
    MessageQueue mq;
    mq.name = m_names.uniqueName("RMQ-" + environmentTag(m_topology, environmentId));
    mq.id = m_names.freshId(mq.name);
    mq.environment = environmentId;
    return mq;
}

std::optional<Creation> ElementFactory::create(ElementKind kind, const std::string& environmentId,
                                               const Point& at)
{
    const Environment* env = findById(m_topology.environments, environmentId);
    Point position;
    position.x = at.x;
    position.y = at.y;
    Topology after = m_topology;
    Creation creation;
    std::string label;
    switch (kind) {
    case ElementKind::Server: {
        if (!env)
            return std::nullopt;
        Server s = makeServer(environmentId);
        s.layout = position;
        creation.id = s.id;
        label = "server " + s.name;
        after.servers.push_back(std::move(s));
        joinPools(after, creation.id);
        break;
    }
    case ElementKind::LoadBalancer: {
        if (!env)
            return std::nullopt;
        LoadBalancer lb = makeLoadBalancer(environmentId);
        lb.layout = position;
        creation.id = lb.id;
        label = "load balancer " + lb.name;
        after.loadBalancers.push_back(std::move(lb));
        break;
    }
    case ElementKind::Database: {
        Database db = makeDatabase(environmentId);
        db.layout = position;
        creation.id = db.id;
        label = "database " + db.name;
        after.databases.push_back(std::move(db));
        break;
    }
    case ElementKind::MessageQueue: {
        if (!env)
            return std::nullopt;
        MessageQueue mq = makeMessageQueue(environmentId);
        mq.layout = position;
        creation.id = mq.id;
        label = "RabbitMQ " + mq.name;
        after.messageQueues.push_back(std::move(mq));
        break;
    }
    case ElementKind::Environment: {
        Environment e;
        e.name = m_names.uniqueName("Environment 1");
        e.id = m_names.freshId(e.name);
        e.layout = Rect{at.x, at.y, layout::kNewEnvironmentWidth, layout::kNewEnvironmentHeight,
                        emptyExtra()};
        creation.id = e.id;
        label = "environment " + e.name;
        after.environments.push_back(std::move(e));
        break;
    }
    case ElementKind::Zone: {
        if (!env)
            return std::nullopt;
        Environment& holder = *findById(after.environments, environmentId);
        Zone zone;
        // The first zone of an environment is its Global zone: default, every front-end.
        zone.isDefault = holder.zones.empty();
        zone.name = zone.isDefault ? std::string("Global") : m_names.uniqueName("Zone 1");
        zone.id = m_names.freshId(environmentId + "-" + zone.name);
        if (zone.isDefault)
            for (const Server& s : m_topology.servers)
                if (s.environment == environmentId && s.hasRole(Role::Frontend))
                    zone.members.push_back(s.id);
        creation.id = zone.id;
        label = "zone " + zone.name;
        holder.zones.push_back(std::move(zone));
        break;
    }
    case ElementKind::Note: {
        Note note;
        note.id = m_names.freshId("note");
        note.text = "Note";
        note.layout = Rect{at.x, at.y, layout::kNoteWidth, layout::kNoteHeight, emptyExtra()};
        creation.id = note.id;
        label = "note";
        after.notes.push_back(std::move(note));
        break;
    }
    case ElementKind::Site: {
        Site site;
        site.name = m_names.uniqueName("Site 1");
        site.id = m_names.freshId(site.name);
        creation.id = site.id;
        label = "site " + site.name;
        after.sites.push_back(std::move(site));
        break;
    }
    }
    creation.text = "Add " + label;
    creation.patch = TopologyPatch::between(m_topology, after);
    return creation;
}

} // namespace topo
