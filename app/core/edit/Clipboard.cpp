#include "core/edit/Clipboard.h"

#include "core/edit/ClipboardPaste.h"
#include "core/edit/ElementArrays.h"
#include "core/edit/EnvironmentClone.h"
#include "core/io/TopologyReader.h"
#include "core/io/TopologyWriter.h"

#include <unordered_set>

namespace topo {

namespace {

using IdSet = std::unordered_set<std::string>;

constexpr std::string_view kClipboardMember = "clipboard";
constexpr std::string_view kElementsMember = "elements";

// What the copied elements refer to; the fragment carries it so that it reads as a valid
// document, and the paste knows what the references meant.
struct Needs {
    IdSet environments;
    IdSet servers;
    IdSet sites;

    void server(const Server& s)
    {
        environments.insert(s.environment);
        if (!s.site.empty())
            sites.insert(s.site);
    }
};

Needs needsOf(const Topology& topology, const IdSet& copied)
{
    Needs needs;
    for (const Environment& env : topology.environments)
        if (copied.count(env.id))
            for (const Zone& zone : env.zones)
                needs.servers.insert(zone.members.begin(), zone.members.end());
    for (const Server& s : topology.servers)
        if (copied.count(s.id))
            needs.server(s);
    for (const LoadBalancer& lb : topology.loadBalancers)
        if (copied.count(lb.id)) {
            needs.environments.insert(lb.environment);
            needs.servers.insert(lb.targets.begin(), lb.targets.end());
            if (!lb.site.empty())
                needs.sites.insert(lb.site);
        }
    for (const Database& db : topology.databases)
        if (copied.count(db.id)) {
            for (const Catalog& c : db.catalogs)
                needs.environments.insert(c.environment);
            if (!db.site.empty())
                needs.sites.insert(db.site);
        }
    for (const MessageQueue& mq : topology.messageQueues)
        if (copied.count(mq.id)) {
            needs.environments.insert(mq.environment);
            if (!mq.hostServer.empty())
                needs.servers.insert(mq.hostServer);
        }
    // Servers carried as context bring their own environment and site.
    for (const Server& s : topology.servers)
        if (needs.servers.count(s.id))
            needs.server(s);
    return needs;
}

Topology buildFragment(const Topology& topology, const std::vector<std::string>& selected)
{
    const std::vector<std::string> ids = withEnvironmentContent(topology, selected);
    const IdSet wanted(ids.begin(), ids.end());
    Topology fragment;
    fragment.name = "Clipboard";
    fragment.scope = Scope::Fragment;
    fragment.assumptions = topology.assumptions;

    Json copiedIds = Json::array();
    auto take = [&](const auto& items, auto& out, const IdSet& context) {
        for (const auto& item : items) {
            const bool copied = wanted.count(item.id) > 0;
            if (copied)
                copiedIds.push_back(item.id);
            if (copied || context.count(item.id))
                out.push_back(item);
        }
    };
    const Needs needs = needsOf(topology, wanted);
    const IdSet none;
    take(topology.sites, fragment.sites, needs.sites);
    take(topology.environments, fragment.environments, needs.environments);
    // Environments there only as context do not bring their zones (nor those zones' members).
    for (Environment& env : fragment.environments)
        if (!wanted.count(env.id))
            env.zones.clear();
    take(topology.servers, fragment.servers, needs.servers);
    take(topology.loadBalancers, fragment.loadBalancers, none);
    take(topology.databases, fragment.databases, none);
    take(topology.messageQueues, fragment.messageQueues, none);
    take(topology.notes, fragment.notes, none);

    if (fragment.environments.empty()) {
        // A document needs an environment; this one is context only and never pasted.
        Environment holder;
        holder.id = "clipboard-context";
        while (wanted.count(holder.id))
            holder.id += "-x";
        holder.name = "Clipboard";
        fragment.environments.push_back(holder);
    }
    fragment.extra[std::string(kClipboardMember)] = Json{{std::string(kElementsMember), copiedIds}};
    return fragment;
}

// The ids the fragment's author copied: its "clipboard" list, or everything in a plain
// design document.
IdSet copiedIdsOf(const Topology& fragment)
{
    IdSet ids;
    const auto member = fragment.extra.find(std::string(kClipboardMember));
    if (member != fragment.extra.end() && member->is_object()) {
        const auto list = member->find(std::string(kElementsMember));
        if (list != member->end() && list->is_array())
            for (const Json& id : *list)
                if (id.is_string())
                    ids.insert(id.get<std::string>());
        return ids;
    }
    forEachArray(fragment, [&](const auto& items) {
        for (const auto& item : items)
            ids.insert(item.id);
    });
    return ids;
}

} // namespace

std::string copyFragment(const Topology& topology, const std::vector<std::string>& ids)
{
    return writeTopology(buildFragment(topology, ids));
}

std::optional<PasteResult> pasteFragment(const Topology& topology, std::string_view text,
                                         const PasteOptions& options)
{
    LoadResult read = readTopology(text);
    if (!read.ok())
        return std::nullopt;
    return pasteInto(topology, *read.topology, copiedIdsOf(*read.topology), options);
}

std::optional<PasteResult> duplicateElements(const Topology& topology,
                                             const std::vector<std::string>& ids,
                                             const PasteOptions& options)
{
    const Topology fragment = buildFragment(topology, ids);
    return pasteInto(topology, fragment, copiedIdsOf(fragment), options);
}

} // namespace topo
