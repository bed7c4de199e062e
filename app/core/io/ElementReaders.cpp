#include "core/io/ElementReaders.h"

#include "core/io/JsonFieldReader.h"

#include <limits>

namespace topo {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr long long kMaxInt = std::numeric_limits<int>::max();

Point readPoint(Json& value, const JsonPath& path)
{
    ObjectReader r(value, path, "layout");
    Point p;
    p.x = r.requiredNumber("x", -kInf, kInf);
    p.y = r.requiredNumber("y", -kInf, kInf);
    p.extra = r.takeExtra();
    return p;
}

Rect readRect(Json& value, const JsonPath& path)
{
    ObjectReader r(value, path, "layout");
    Rect rect;
    rect.x = r.requiredNumber("x", -kInf, kInf);
    rect.y = r.requiredNumber("y", -kInf, kInf);
    rect.width = r.requiredNumber("width", -kInf, kInf);
    rect.height = r.requiredNumber("height", -kInf, kInf);
    rect.extra = r.takeExtra();
    return rect;
}

std::optional<Point> optionalPoint(ObjectReader& r)
{
    Json* v = r.find("layout");
    return v ? std::optional<Point>(readPoint(*v, r.pathOf("layout"))) : std::nullopt;
}

std::optional<Rect> optionalRect(ObjectReader& r)
{
    Json* v = r.find("layout");
    return v ? std::optional<Rect>(readRect(*v, r.pathOf("layout"))) : std::nullopt;
}

Hardware optionalHardware(ObjectReader& r)
{
    Json* v = r.find("hardware");
    if (!v)
        return {};
    const JsonPath path = r.pathOf("hardware");
    ObjectReader h(*v, path, "hardware");
    Hardware hw;
    hw.cpuCores = static_cast<int>(h.requiredInteger("cpuCores", 0, kMaxInt));
    hw.ramGb = h.requiredNumber("ramGb", 0, kInf);
    hw.diskGb = h.requiredNumber("diskGb", 0, kInf);
    hw.extra = h.takeExtra();
    return hw;
}

// An array of strings naming other elements; whether they exist is checked later.
std::vector<std::string> idList(Json& array, const JsonPath& path, std::string_view name)
{
    std::vector<std::string> ids;
    ids.reserve(array.size());
    for (std::size_t i = 0; i < array.size(); ++i)
        ids.push_back(takeString(array[i], path.child(i), name));
    return ids;
}

std::vector<std::string> requiredIdList(ObjectReader& r, std::string_view key,
                                        std::string_view itemName)
{
    return idList(r.requiredArray(key), r.pathOf(key), itemName);
}

Zone readZone(Json& value, const JsonPath& path)
{
    ObjectReader r(value, path, "zone");
    Zone z;
    z.id = r.requiredId("id");
    z.name = r.requiredString("name");
    z.isDefault = r.boolean("default", false);
    z.address = r.string("address");
    if (Json* members = r.optionalArray("members"))
        z.members = idList(*members, r.pathOf("members"), "member");
    z.hostsApps = r.boolean("hostsApps", true);
    z.httpsInternal = r.boolean("httpsInternal", false);
    z.extra = r.takeExtra();
    return z;
}

Catalog readCatalog(Json& value, const JsonPath& path)
{
    ObjectReader r(value, path, "catalog");
    Catalog c;
    c.environment = r.requiredString("environment");
    c.kind = r.enumValue<CatalogKind>("kind", std::nullopt);
    c.extra = r.takeExtra();
    return c;
}

} // namespace

Assumptions readAssumptions(Json& value, const JsonPath& path)
{
    ObjectReader r(value, path, "assumptions");
    Assumptions a;
    a.serverAvailability = r.number("serverAvailability", a.serverAvailability, 0, 1);
    if (Json* rates = r.find("requestsPerSecondPerCore")) {
        const JsonPath ratesPath = r.pathOf("requestsPerSecondPerCore");
        ObjectReader rr(*rates, ratesPath, "requestsPerSecondPerCore");
        auto& perCore = a.requestsPerSecondPerCore;
        perCore.reactive = rr.number("reactive", perCore.reactive, 0, kInf, true);
        perCore.traditional = rr.number("traditional", perCore.traditional, 0, kInf, true);
        perCore.extra = rr.takeExtra();
    }
    a.extra = r.takeExtra();
    return a;
}

Site readSite(Json& value, const JsonPath& path)
{
    ObjectReader r(value, path, "site");
    Site s;
    s.id = r.requiredId("id");
    s.name = r.requiredString("name");
    s.layout = optionalRect(r);
    s.extra = r.takeExtra();
    return s;
}

Environment readEnvironment(Json& value, const JsonPath& path)
{
    ObjectReader r(value, path, "environment");
    Environment e;
    e.id = r.requiredId("id");
    e.name = r.requiredString("name");
    e.purpose = r.enumValue<Purpose>("purpose", std::nullopt);
    e.haRequired = r.optionalBool("haRequired").value_or(e.purpose == Purpose::Production);
    e.heavyTimers = r.boolean("heavyTimers", false);
    e.platformVersion = r.string("platformVersion");
    e.activeDevelopers = r.integer("activeDevelopers", 0, 0);
    e.expectedRequestsPerSecond = r.number("expectedRequestsPerSecond", 0, 0, kInf);
    e.appKind = r.enumValue<AppKind>("appKind", AppKind::Reactive);
    if (Json* zones = r.optionalArray("zones")) {
        const JsonPath zonesPath = r.pathOf("zones");
        e.zones.reserve(zones->size());
        for (std::size_t i = 0; i < zones->size(); ++i)
            e.zones.push_back(readZone((*zones)[i], zonesPath.child(i)));
    }
    e.layout = optionalRect(r);
    e.extra = r.takeExtra();
    return e;
}

Server readServer(Json& value, const JsonPath& path)
{
    ObjectReader r(value, path, "server");
    Server s;
    s.id = r.requiredId("id");
    s.name = r.requiredString("name");
    s.environment = r.requiredString("environment");
    Json& roles = r.requiredArray("roles");
    const JsonPath rolesPath = r.pathOf("roles");
    for (std::size_t i = 0; i < roles.size(); ++i) {
        const JsonPath rolePath = rolesPath.child(i);
        const Role role = readEnum<Role>(roles[i], rolePath, "role");
        if (s.hasRole(role))
            failAt(rolePath, "role " + quotedText(toString(role)) + " is listed twice");
        s.roles.push_back(role);
    }
    s.servesTraffic = r.boolean("servesTraffic", true);
    s.standby = r.boolean("standby", false);
    s.hardware = optionalHardware(r);
    s.os = r.string("os");
    s.platformVersion = r.string("platformVersion");
    s.timezone = r.string("timezone");
    s.site = r.string("site");
    s.layout = optionalPoint(r);
    s.extra = r.takeExtra();
    return s;
}

LoadBalancer readLoadBalancer(Json& value, const JsonPath& path)
{
    ObjectReader r(value, path, "load balancer");
    LoadBalancer lb;
    lb.id = r.requiredId("id");
    lb.name = r.requiredString("name");
    lb.environment = r.requiredString("environment");
    lb.targets = requiredIdList(r, "targets", "target");
    lb.policy = r.enumValue<LbPolicy>("policy", LbPolicy::RoundRobin);
    lb.stickySessions = r.boolean("stickySessions", false);
    lb.site = r.string("site");
    lb.layout = optionalPoint(r);
    lb.extra = r.takeExtra();
    return lb;
}

Database readDatabase(Json& value, const JsonPath& path)
{
    ObjectReader r(value, path, "database");
    Database db;
    db.id = r.requiredId("id");
    db.name = r.requiredString("name");
    db.engine = r.enumValue<DbEngine>("engine", std::nullopt);
    db.nodes = r.integer("nodes", 1, 1);
    db.haMode = r.enumValue<DbHaMode>("haMode", DbHaMode::None);
    db.singleEndpoint = r.boolean("singleEndpoint", true);
    Json& catalogs = r.requiredArray("catalogs");
    const JsonPath catalogsPath = r.pathOf("catalogs");
    db.catalogs.reserve(catalogs.size());
    for (std::size_t i = 0; i < catalogs.size(); ++i)
        db.catalogs.push_back(readCatalog(catalogs[i], catalogsPath.child(i)));
    db.version = r.string("version");
    db.edition = r.string("edition");
    db.serviceTier = r.string("serviceTier");
    db.timezone = r.string("timezone");
    db.hardware = optionalHardware(r);
    db.site = r.string("site");
    db.layout = optionalPoint(r);
    db.extra = r.takeExtra();
    return db;
}

MessageQueue readMessageQueue(Json& value, const JsonPath& path)
{
    ObjectReader r(value, path, "message queue");
    MessageQueue mq;
    mq.id = r.requiredId("id");
    mq.name = r.requiredString("name");
    mq.environment = r.requiredString("environment");
    mq.nodes = r.integer("nodes", 1, 1);
    mq.hostServer = r.string("hostServer");
    mq.tcpLoadBalancer = r.boolean("tcpLoadBalancer", false);
    mq.version = r.string("version");
    mq.layout = optionalPoint(r);
    mq.extra = r.takeExtra();
    return mq;
}

Note readNote(Json& value, const JsonPath& path)
{
    ObjectReader r(value, path, "note");
    Note n;
    n.id = r.requiredId("id");
    n.text = r.requiredString("text");
    n.layout = readRect(r.require("layout"), r.pathOf("layout"));
    n.extra = r.takeExtra();
    return n;
}

} // namespace topo
