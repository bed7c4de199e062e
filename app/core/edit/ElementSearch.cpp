#include "core/edit/ElementSearch.h"

#include "core/edit/ElementArrays.h"

#include <algorithm>
#include <cctype>
#include <type_traits>

namespace topo {

namespace {

std::string_view trimmed(std::string_view text)
{
    const auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    while (!text.empty() && space(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && space(text.back()))
        text.remove_suffix(1);
    return text;
}

// The words a role is found by: its spelling in the file and the words people use.
std::vector<std::string_view> roleWords(Role role)
{
    switch (role) {
    case Role::Frontend:
        return {toString(role), "front-end", "front end"};
    case Role::DeploymentController:
        return {toString(role), "deployment controller"};
    case Role::Scheduler:
        return {toString(role), "scheduler"};
    }
    return {};
}

bool roleMatches(const Server& server, std::string_view query)
{
    for (Role role : server.roles)
        for (std::string_view word : roleWords(role))
            if (containsIgnoringCase(word, query))
                return true;
    return false;
}

std::string firstLine(const std::string& text)
{
    return text.substr(0, text.find('\n'));
}

// Collects hits in order; each element at most once, by the first field that matches.
class HitList {
public:
    explicit HitList(std::string_view query) : m_query(query) {}

    bool matches(std::string_view text) const { return containsIgnoringCase(text, m_query); }

    template <typename T>
    void consider(const T& element, ElementKind kind, std::string environment,
                  std::string_view hostName = {}, bool roleMatched = false)
    {
        std::string name;
        if constexpr (std::is_same_v<T, Note>)
            name = firstLine(element.text);
        else
            name = element.name;
        SearchField field;
        if (matches(name))
            field = SearchField::Name;
        else if (matches(element.id))
            field = SearchField::Id;
        else if (roleMatched)
            field = SearchField::Role;
        else if (!hostName.empty() && matches(hostName))
            field = SearchField::HostName;
        else if (kind == ElementKind::Note && matches(noteText(element)))
            field = SearchField::Text;
        else
            return;
        m_hits.push_back(SearchHit{element.id, kind, name, std::move(environment), field});
    }

    std::vector<SearchHit> take() { return std::move(m_hits); }

private:
    template <typename T> static std::string_view noteText(const T& element)
    {
        if constexpr (std::is_same_v<T, Note>)
            return element.text;
        else
            return {};
    }

    std::string_view m_query;
    std::vector<SearchHit> m_hits;
};

} // namespace

bool containsIgnoringCase(std::string_view text, std::string_view query)
{
    const auto same = [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) ==
               std::tolower(static_cast<unsigned char>(b));
    };
    return std::search(text.begin(), text.end(), query.begin(), query.end(), same) != text.end();
}

std::vector<SearchHit> searchElements(const Topology& topology, std::string_view query)
{
    query = trimmed(query);
    if (query.empty())
        return {};
    HitList hits(query);
    for (const Environment& env : topology.environments) {
        hits.consider(env, ElementKind::Environment, env.id);
        for (const Zone& zone : env.zones)
            hits.consider(zone, ElementKind::Zone, env.id, zone.address);
    }
    for (const Server& server : topology.servers)
        hits.consider(server, ElementKind::Server, server.environment, {},
                      roleMatches(server, query));
    for (const LoadBalancer& balancer : topology.loadBalancers)
        hits.consider(balancer, ElementKind::LoadBalancer, balancer.environment);
    for (const Database& database : topology.databases)
        hits.consider(database, ElementKind::Database, environmentOf(topology, database.id));
    for (const MessageQueue& queue : topology.messageQueues) {
        const Server* host = findById(topology.servers, queue.hostServer);
        hits.consider(queue, ElementKind::MessageQueue, queue.environment,
                      host ? std::string_view(host->name) : std::string_view());
    }
    for (const Site& site : topology.sites)
        hits.consider(site, ElementKind::Site, "");
    for (const Note& note : topology.notes)
        hits.consider(note, ElementKind::Note, "");
    return hits.take();
}

} // namespace topo
