#include "core/io/TopologyWriter.h"

#include "core/io/TopologyReader.h"

#include <cmath>

namespace topo {

namespace {

// Doubles that hold a whole number are written as integers (12, not 12.0) when the integer is
// exact; others keep nlohmann's shortest round-trip form.
Json number(double v)
{
    constexpr double kExactIntegerLimit = 9007199254740992.0; // 2^53
    if (std::isfinite(v) && std::trunc(v) == v && std::fabs(v) <= kExactIntegerLimit)
        return Json(static_cast<std::int64_t>(v));
    return Json(v);
}

// Builds one object member by member in the order given; appending to the underlying vector
// keeps writing linear even for objects with very many unknown members.
class ObjectWriter {
public:
    ObjectWriter() : m_json(Json::object()) {}

    ObjectWriter& add(std::string_view key, Json value)
    {
        members().emplace_back(std::string(key), std::move(value));
        return *this;
    }

    // Unknown members go last, in their original order; one that now clashes with a known
    // member (the model was edited) is dropped so the object keeps unique names.
    Json finish(const ExtraMembers& extra)
    {
        if (extra.is_object()) {
            const std::size_t known = members().size();
            for (const auto& [key, value] : extra.get_ref<const Json::object_t&>()) {
                bool clash = false;
                for (std::size_t i = 0; i < known && !clash; ++i)
                    clash = (members().begin() + static_cast<std::ptrdiff_t>(i))->first == key;
                if (!clash)
                    members().emplace_back(key, value);
            }
        }
        return std::move(m_json);
    }

private:
    Json::object_t& members() { return m_json.get_ref<Json::object_t&>(); }
    Json m_json;
};

template <typename E> Json spelling(E value)
{
    return Json(std::string(toString(value)));
}

Json toJson(const Point& p)
{
    return ObjectWriter().add("x", number(p.x)).add("y", number(p.y)).finish(p.extra);
}

Json toJson(const Rect& r)
{
    return ObjectWriter()
        .add("x", number(r.x))
        .add("y", number(r.y))
        .add("width", number(r.width))
        .add("height", number(r.height))
        .finish(r.extra);
}

Json toJson(const Hardware& h)
{
    return ObjectWriter()
        .add("cpuCores", h.cpuCores)
        .add("ramGb", number(h.ramGb))
        .add("diskGb", number(h.diskGb))
        .finish(h.extra);
}

template <typename T> void addLayout(ObjectWriter& w, const std::optional<T>& layout)
{
    if (layout)
        w.add("layout", toJson(*layout));
}

Json toJson(const Assumptions& a)
{
    const auto& perCore = a.requestsPerSecondPerCore;
    Json rates = ObjectWriter()
                     .add("reactive", number(perCore.reactive))
                     .add("traditional", number(perCore.traditional))
                     .finish(perCore.extra);
    return ObjectWriter()
        .add("serverAvailability", number(a.serverAvailability))
        .add("requestsPerSecondPerCore", std::move(rates))
        .finish(a.extra);
}

Json toJson(const Site& s)
{
    ObjectWriter w;
    w.add("id", s.id).add("name", s.name);
    addLayout(w, s.layout);
    return w.finish(s.extra);
}

Json toJson(const Zone& z)
{
    return ObjectWriter()
        .add("id", z.id)
        .add("name", z.name)
        .add("default", z.isDefault)
        .add("address", z.address)
        .add("members", z.members)
        .add("hostsApps", z.hostsApps)
        .add("httpsInternal", z.httpsInternal)
        .finish(z.extra);
}

Json toJson(const Catalog& c);
Json toJson(const Environment& e);
Json toJson(const Server& s);
Json toJson(const LoadBalancer& lb);
Json toJson(const Database& db);
Json toJson(const MessageQueue& mq);
Json toJson(const Note& n);

template <typename T> Json array(const std::vector<T>& elements)
{
    Json out = Json::array();
    auto& items = out.get_ref<Json::array_t&>();
    items.reserve(elements.size());
    for (const T& e : elements)
        items.push_back(toJson(e));
    return out;
}

Json toJson(const Environment& e)
{
    ObjectWriter w;
    w.add("id", e.id)
        .add("name", e.name)
        .add("purpose", spelling(e.purpose))
        .add("haRequired", e.haRequired)
        .add("heavyTimers", e.heavyTimers)
        .add("platformVersion", e.platformVersion)
        .add("activeDevelopers", e.activeDevelopers)
        .add("expectedRequestsPerSecond", number(e.expectedRequestsPerSecond))
        .add("appKind", spelling(e.appKind))
        .add("zones", array(e.zones));
    addLayout(w, e.layout);
    return w.finish(e.extra);
}

Json toJson(const Server& s)
{
    Json roles = Json::array();
    for (Role r : s.roles)
        roles.push_back(spelling(r));
    ObjectWriter w;
    w.add("id", s.id)
        .add("name", s.name)
        .add("environment", s.environment)
        .add("roles", std::move(roles))
        .add("servesTraffic", s.servesTraffic)
        .add("standby", s.standby)
        .add("hardware", toJson(s.hardware))
        .add("os", s.os)
        .add("platformVersion", s.platformVersion)
        .add("timezone", s.timezone)
        .add("site", s.site);
    addLayout(w, s.layout);
    return w.finish(s.extra);
}

Json toJson(const LoadBalancer& lb)
{
    ObjectWriter w;
    w.add("id", lb.id)
        .add("name", lb.name)
        .add("environment", lb.environment)
        .add("targets", lb.targets)
        .add("policy", spelling(lb.policy))
        .add("stickySessions", lb.stickySessions)
        .add("site", lb.site);
    addLayout(w, lb.layout);
    return w.finish(lb.extra);
}

Json toJson(const Catalog& c)
{
    return ObjectWriter()
        .add("environment", c.environment)
        .add("kind", spelling(c.kind))
        .finish(c.extra);
}

Json toJson(const Database& db)
{
    ObjectWriter w;
    w.add("id", db.id)
        .add("name", db.name)
        .add("engine", spelling(db.engine))
        .add("nodes", db.nodes)
        .add("haMode", spelling(db.haMode))
        .add("singleEndpoint", db.singleEndpoint)
        .add("catalogs", array(db.catalogs))
        .add("version", db.version)
        .add("edition", db.edition)
        .add("serviceTier", db.serviceTier)
        .add("timezone", db.timezone)
        .add("hardware", toJson(db.hardware))
        .add("site", db.site);
    addLayout(w, db.layout);
    return w.finish(db.extra);
}

Json toJson(const MessageQueue& mq)
{
    ObjectWriter w;
    w.add("id", mq.id)
        .add("name", mq.name)
        .add("environment", mq.environment)
        .add("nodes", mq.nodes)
        .add("hostServer", mq.hostServer)
        .add("tcpLoadBalancer", mq.tcpLoadBalancer)
        .add("version", mq.version);
    addLayout(w, mq.layout);
    return w.finish(mq.extra);
}

Json toJson(const Note& n)
{
    return ObjectWriter()
        .add("id", n.id)
        .add("text", n.text)
        .add("layout", toJson(n.layout))
        .finish(n.extra);
}

} // namespace

Json topologyDocument(const Topology& t, std::string_view generator)
{
    return ObjectWriter()
        .add("format", "outsystems-topology")
        .add("formatVersion", kCurrentFormatVersion)
        .add("generator", generator.empty() ? t.generator : std::string(generator))
        .add("name", t.name)
        .add("description", t.description)
        .add("scope", spelling(t.scope))
        .add("assumptions", toJson(t.assumptions))
        .add("sites", array(t.sites))
        .add("environments", array(t.environments))
        .add("servers", array(t.servers))
        .add("loadBalancers", array(t.loadBalancers))
        .add("databases", array(t.databases))
        .add("messageQueues", array(t.messageQueues))
        .add("notes", array(t.notes))
        .finish(t.extra);
}

std::string writeTopology(const Topology& t, std::string_view generator)
{
    const Json document = topologyDocument(t, generator);
    // replace: a string with invalid UTF-8 (set through the model, never read from a file)
    // must not make saving throw.
    std::string text = document.dump(2, ' ', false, Json::error_handler_t::replace);
    text += '\n';
    return text;
}

} // namespace topo
