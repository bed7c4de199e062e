#include "editor/paint/PaintScope.h"

namespace topo {

IdSet environmentScope(const Topology& t, const std::string& environment)
{
    IdSet ids;
    for (const Environment& env : t.environments)
        if (env.id == environment) {
            ids.insert(env.id);
            for (const Zone& zone : env.zones)
                ids.insert(zone.id);
        }
    for (const Server& s : t.servers)
        if (s.environment == environment)
            ids.insert(s.id);
    for (const LoadBalancer& lb : t.loadBalancers)
        if (lb.environment == environment)
            ids.insert(lb.id);
    for (const MessageQueue& mq : t.messageQueues)
        if (mq.environment == environment)
            ids.insert(mq.id);
    for (const Database& db : t.databases)
        for (const Catalog& c : db.catalogs)
            if (c.environment == environment)
                ids.insert(db.id);
    return ids;
}

IdSet selectionScope(const Topology& t, const std::vector<std::string>& ids)
{
    const IdSet chosen(ids.begin(), ids.end());
    IdSet scope;
    auto take = [&](const std::string& id) {
        if (chosen.count(id))
            scope.insert(id);
    };
    for (const Site& site : t.sites)
        take(site.id);
    for (const Server& s : t.servers)
        take(s.id);
    for (const LoadBalancer& lb : t.loadBalancers)
        take(lb.id);
    for (const Database& db : t.databases)
        take(db.id);
    for (const MessageQueue& mq : t.messageQueues)
        take(mq.id);
    for (const Note& note : t.notes)
        take(note.id);
    for (const Environment& env : t.environments) {
        if (chosen.count(env.id))
            scope.merge(environmentScope(t, env.id));
        for (const Zone& zone : env.zones)
            if (chosen.count(zone.id)) {
                scope.insert(zone.id);
                scope.insert(zone.members.begin(), zone.members.end());
            }
    }
    return scope;
}

IdSet withContainers(const Topology& t, IdSet ids)
{
    auto addEnvironmentOf = [&](const std::string& id, const std::string& environment) {
        if (ids.count(id) && !environment.empty())
            ids.insert(environment);
    };
    for (const Server& s : t.servers)
        addEnvironmentOf(s.id, s.environment);
    for (const LoadBalancer& lb : t.loadBalancers)
        addEnvironmentOf(lb.id, lb.environment);
    for (const MessageQueue& mq : t.messageQueues)
        addEnvironmentOf(mq.id, mq.environment);
    for (const Environment& env : t.environments)
        for (const Zone& zone : env.zones)
            for (const std::string& member : zone.members)
                if (ids.count(member)) {
                    ids.insert(zone.id);
                    ids.insert(env.id);
                    break;
                }
    return ids;
}

} // namespace topo
