#include "core/edit/EnvironmentClone.h"

#include "core/edit/ElementArrays.h"
#include "core/edit/EnvironmentTag.h"
#include "core/edit/NameAllocator.h"

#include <algorithm>
#include <unordered_set>

namespace topo {
namespace {

// A database belongs to an environment's content when every catalog it holds is that
// environment's: a database shared with others stays where it is.
bool ownedBy(const Database& db, const std::string& environmentId)
{
    return !db.catalogs.empty() &&
           std::all_of(db.catalogs.begin(), db.catalogs.end(),
                       [&](const Catalog& c) { return c.environment == environmentId; });
}

bool holdsCatalog(const Topology& topology, const std::string& environmentId, CatalogKind kind)
{
    return std::any_of(topology.databases.begin(), topology.databases.end(), [&](const auto& db) {
        return std::any_of(db.catalogs.begin(), db.catalogs.end(), [&](const Catalog& c) {
            return c.environment == environmentId && c.kind == kind;
        });
    });
}

} // namespace

std::vector<std::string> withEnvironmentContent(const Topology& topology,
                                                const std::vector<std::string>& ids)
{
    std::vector<std::string> out;
    std::unordered_set<std::string> seen;
    auto add = [&](const std::string& id) {
        if (seen.insert(id).second)
            out.push_back(id);
    };
    for (const std::string& id : ids)
        add(id);
    std::unordered_set<std::string> environments;
    for (const Environment& env : topology.environments)
        if (seen.count(env.id))
            environments.insert(env.id);
    if (environments.empty())
        return out;
    auto addContent = [&](const auto& items) {
        for (const auto& item : items)
            if (environments.count(item.environment))
                add(item.id);
    };
    addContent(topology.servers);
    addContent(topology.loadBalancers);
    for (const Database& db : topology.databases)
        if (!db.catalogs.empty() && environments.count(db.catalogs.front().environment) &&
            ownedBy(db, db.catalogs.front().environment))
            add(db.id);
    addContent(topology.messageQueues);
    return out;
}

void CloneNaming::addEnvironment(const Environment& source, const Environment& clone)
{
    m_tags[source.id] = {environmentTag(source), environmentTag(clone)};
}

std::string CloneNaming::nameFor(const std::string& name,
                                 const std::string& sourceEnvironment) const
{
    const auto found = m_tags.find(sourceEnvironment);
    if (found == m_tags.end())
        return name;
    return retagged(name, found->second.first, found->second.second);
}

TopologyPatch followTags(const Topology& topology, Topology edited)
{
    NameAllocator allocator(topology); // environments' names aside, the same names as `edited`
    for (const Environment& env : edited.environments) {
        const Environment* before = findById(topology.environments, env.id);
        if (!before)
            continue;
        const std::string from = environmentTag(*before);
        const std::string to = environmentTag(env);
        if (from == to)
            continue;
        auto follow = [&](auto& element) {
            const std::string name = retagged(element.name, from, to);
            if (name != element.name)
                element.name = allocator.uniqueName(name);
        };
        auto followAll = [&](auto& items) {
            for (auto& item : items)
                if (item.environment == env.id)
                    follow(item);
        };
        followAll(edited.servers);
        followAll(edited.loadBalancers);
        followAll(edited.messageQueues);
        for (Database& db : edited.databases)
            if (ownedBy(db, env.id))
                follow(db);
    }
    return TopologyPatch::between(topology, edited);
}

void shareCatalogs(Topology& topology, const std::string& sourceId, const std::string& cloneId)
{
    std::vector<std::pair<std::size_t, CatalogKind>> shared; // database, kind
    for (std::size_t i = 0; i < topology.databases.size(); ++i) {
        if (ownedBy(topology.databases[i], sourceId))
            continue; // cloned with the environment
        for (const Catalog& c : topology.databases[i].catalogs)
            if (c.environment == sourceId)
                shared.emplace_back(i, c.kind);
    }
    for (const auto& [index, kind] : shared)
        if (!holdsCatalog(topology, cloneId, kind))
            topology.databases[index].catalogs.push_back(Catalog{cloneId, kind, emptyExtra()});
}

} // namespace topo
