#include "core/io/ReferenceChecker.h"

#include "core/io/JsonFieldReader.h"

#include <string_view>
#include <unordered_map>

namespace topo {

namespace {

enum class Kind { Site, Environment, Zone, Server, LoadBalancer, Database, MessageQueue, Note };

std::string_view kindName(Kind kind)
{
    switch (kind) {
    case Kind::Site:
        return "site";
    case Kind::Environment:
        return "environment";
    case Kind::Zone:
        return "zone";
    case Kind::Server:
        return "server";
    case Kind::LoadBalancer:
        return "load balancer";
    case Kind::Database:
        return "database";
    case Kind::MessageQueue:
        return "message queue";
    case Kind::Note:
        return "note";
    }
    return "element";
}

std::string_view arrayName(Kind kind)
{
    switch (kind) {
    case Kind::Site:
        return "sites";
    case Kind::Environment:
        return "environments";
    case Kind::Zone:
        return "environments";
    case Kind::Server:
        return "servers";
    case Kind::LoadBalancer:
        return "loadBalancers";
    case Kind::Database:
        return "databases";
    case Kind::MessageQueue:
        return "messageQueues";
    case Kind::Note:
        return "notes";
    }
    return {};
}

// Where an element sits: its array index, and for a zone the zone's index in its environment.
struct Place {
    Kind kind;
    std::size_t index;
    std::size_t zoneIndex = 0;

    std::string pointer() const
    {
        std::string p = "/" + std::string(arrayName(kind)) + "/" + std::to_string(index);
        if (kind == Kind::Zone)
            p += "/zones/" + std::to_string(zoneIndex);
        return p;
    }
};

std::string withArticle(Kind kind)
{
    const std::string_view name = kindName(kind);
    const bool vowel = std::string_view("aeiou").find(name.front()) != std::string_view::npos;
    return (vowel ? "an " : "a ") + std::string(name);
}

class Checker {
public:
    explicit Checker(const Topology& t) : m_t(t) {}

    void run()
    {
        collectIds();
        checkTies();
    }

private:
    void add(const std::string& id, Place place)
    {
        const auto [it, inserted] = m_ids.emplace(id, place);
        if (!inserted)
            throw ReadFailure{"duplicate id " + quotedText(id) + ": already used by the " +
                                  std::string(kindName(it->second.kind)) + " at " +
                                  it->second.pointer(),
                              place.pointer() + "/id"};
    }

    void collectIds()
    {
        std::size_t count = m_t.sites.size() + m_t.environments.size() + m_t.servers.size() +
                            m_t.loadBalancers.size() + m_t.databases.size() +
                            m_t.messageQueues.size() + m_t.notes.size();
        for (const auto& e : m_t.environments)
            count += e.zones.size();
        m_ids.reserve(count);
        addAll(m_t.sites, Kind::Site);
        for (std::size_t i = 0; i < m_t.environments.size(); ++i) {
            add(m_t.environments[i].id, {Kind::Environment, i});
            const auto& zones = m_t.environments[i].zones;
            for (std::size_t z = 0; z < zones.size(); ++z)
                add(zones[z].id, {Kind::Zone, i, z});
        }
        addAll(m_t.servers, Kind::Server);
        addAll(m_t.loadBalancers, Kind::LoadBalancer);
        addAll(m_t.databases, Kind::Database);
        addAll(m_t.messageQueues, Kind::MessageQueue);
        addAll(m_t.notes, Kind::Note);
    }

    template <typename T> void addAll(const std::vector<T>& elements, Kind kind)
    {
        for (std::size_t i = 0; i < elements.size(); ++i)
            add(elements[i].id, {kind, i});
    }

    // `pointer` is only built when the reference is wrong.
    template <typename MakePointer>
    void expect(const std::string& id, Kind wanted, bool emptyAllowed, MakePointer&& pointer)
    {
        if (id.empty() && emptyAllowed)
            return;
        const auto it = m_ids.find(id);
        if (it == m_ids.end())
            throw ReadFailure{
                "no " + std::string(kindName(wanted)) + " has the id " + quotedText(id), pointer()};
        if (it->second.kind != wanted)
            throw ReadFailure{quotedText(id) + " is " + withArticle(it->second.kind) + ", not " +
                                  withArticle(wanted),
                              pointer()};
    }

    static std::string at(std::string_view array, std::size_t i, std::string_view tail)
    {
        return "/" + std::string(array) + "/" + std::to_string(i) + std::string(tail);
    }

    void checkTies()
    {
        for (std::size_t i = 0; i < m_t.environments.size(); ++i) {
            const auto& zones = m_t.environments[i].zones;
            for (std::size_t z = 0; z < zones.size(); ++z) {
                const auto& members = zones[z].members;
                for (std::size_t m = 0; m < members.size(); ++m)
                    expect(members[m], Kind::Server, false, [&] {
                        return at("environments", i,
                                  "/zones/" + std::to_string(z) + "/members/" + std::to_string(m));
                    });
            }
        }
        for (std::size_t i = 0; i < m_t.servers.size(); ++i) {
            const Server& s = m_t.servers[i];
            expect(s.environment, Kind::Environment, false,
                   [&] { return at("servers", i, "/environment"); });
            expect(s.site, Kind::Site, true, [&] { return at("servers", i, "/site"); });
        }
        for (std::size_t i = 0; i < m_t.loadBalancers.size(); ++i) {
            const LoadBalancer& lb = m_t.loadBalancers[i];
            expect(lb.environment, Kind::Environment, false,
                   [&] { return at("loadBalancers", i, "/environment"); });
            for (std::size_t t = 0; t < lb.targets.size(); ++t)
                expect(lb.targets[t], Kind::Server, false,
                       [&] { return at("loadBalancers", i, "/targets/" + std::to_string(t)); });
            expect(lb.site, Kind::Site, true, [&] { return at("loadBalancers", i, "/site"); });
        }
        for (std::size_t i = 0; i < m_t.databases.size(); ++i) {
            const Database& db = m_t.databases[i];
            for (std::size_t c = 0; c < db.catalogs.size(); ++c)
                expect(db.catalogs[c].environment, Kind::Environment, false, [&] {
                    return at("databases", i, "/catalogs/" + std::to_string(c) + "/environment");
                });
            expect(db.site, Kind::Site, true, [&] { return at("databases", i, "/site"); });
        }
        for (std::size_t i = 0; i < m_t.messageQueues.size(); ++i) {
            const MessageQueue& mq = m_t.messageQueues[i];
            expect(mq.environment, Kind::Environment, false,
                   [&] { return at("messageQueues", i, "/environment"); });
            expect(mq.hostServer, Kind::Server, true,
                   [&] { return at("messageQueues", i, "/hostServer"); });
        }
    }

    const Topology& m_t;
    std::unordered_map<std::string_view, Place> m_ids;
};

} // namespace

void checkReferences(const Topology& topology)
{
    Checker(topology).run();
}

} // namespace topo
