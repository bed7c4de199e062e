#include "core/runbook/BuildSheets.h"

#include "core/model/DomainWords.h"
#include "core/rules/PlatformSoftware.h"
#include "core/rules/RabbitMqVersions.h"

namespace topo {

namespace {

constexpr const char* kNotStated = "not stated: the current version";

bool atLeast(std::string_view version, std::string_view minimum)
{
    return !versionBelow(version, minimum);
}

bool below(std::string_view version, std::string_view limit)
{
    return versionBelow(version, limit);
}

const Database* holderOf(const Topology& topology, const Environment& environment, CatalogKind kind)
{
    for (const Database& db : topology.databases)
        for (const Catalog& c : db.catalogs)
            if (c.environment == environment.id && c.kind == kind)
                return &db;
    return nullptr;
}

// The database endpoint the Configuration Tool names: the listener or cluster name of a
// clustered database with one endpoint, else the database server.
std::string databaseHost(const Database& db)
{
    if (db.nodes > 1 && db.singleEndpoint)
        return db.name + " (the listener or cluster name, one endpoint for every node)";
    return db.name;
}

std::string cacheHost(const Topology& topology, const Environment& environment)
{
    for (const MessageQueue& q : topology.messageQueues) {
        if (q.environment != environment.id)
            continue;
        if (!q.hostServer.empty())
            for (const Server& s : topology.servers)
                if (s.id == q.hostServer)
                    return s.name;
        if (q.nodes > 1)
            return q.name + (q.tcpLoadBalancer ? " (the host name of its TCP load balancer)"
                                               : " (one node's host name: the cluster has no "
                                                 "TCP load balancer)");
        return q.name;
    }
    return {};
}

void addDatabase(std::vector<ConfigurationValue>& values, const Topology& topology,
                 const Environment& environment, CatalogKind kind, const char* tab,
                 const char* defaultCatalog)
{
    const Database* db = holderOf(topology, environment, kind);
    const std::string where = db ? databaseHost(*db) : std::string("no database holds it");
    values.push_back({tab, "Server", where,
                      "identical on every server of the environment, compared case-sensitively"});
    values.push_back({tab, "Database", defaultCatalog, "the catalog of " + environment.name});
}

} // namespace

std::string controllerHost(const Topology& topology, const Environment& environment)
{
    for (const Server& s : topology.servers)
        if (s.environment == environment.id && isController(s))
            return s.name;
    return {};
}

std::vector<std::string> prerequisitesFor(std::string_view version)
{
    std::vector<std::string> lines{
        "Hardware of at least 2 cores, 4 GB RAM and 80 GB free disk; a fixed MAC address.",
        "IIS 10.0 or higher with a valid certificate from a public certificate authority (or "
        "the certificate on the load balancer or reverse proxy).",
        std::string("Windows Server 2016, 2019") + (atLeast(version, "11.20.0") ? ", 2022" : "") +
            (atLeast(version, "11.35.0") ? " or 2025" : "") +
            ", Standard edition or higher (2022 and 2025 need more CPU and memory).",
        atLeast(version, "11.35.0") ? ".NET Framework 4.8.1."
                                    : ".NET Framework 4.7.2 (4.8 for FIPS)."};
    if (atLeast(version, "11.27.0"))
        lines.push_back(".NET 8.0 Runtime & Hosting Bundle.");
    else if (atLeast(version, "11.17.1"))
        lines.push_back(".NET 6.0 Runtime & Hosting Bundle.");
    else if (atLeast(version, "11.12.2"))
        lines.push_back(".NET Core 3.1 Runtime & Hosting Bundle.");
    else
        lines.push_back(".NET Core 2.1 Runtime & Hosting Bundle.");
    if (below(version, "11.35.0"))
        lines.push_back("Microsoft Build Tools 2015.");
    if (atLeast(version, "11.21.0"))
        lines.push_back("Visual C++ 2015–2022 redistributable (x64).");
    lines.push_back("The same time zone as the platform database, the controller and the other "
                    "front-ends, synchronised with the same NTP server.");
    return lines;
}

std::vector<ConfigurationValue> environmentConfiguration(const Topology& topology,
                                                         const Environment& environment)
{
    std::vector<ConfigurationValue> values;
    const std::string dc = controllerHost(topology, environment);
    values.push_back({"Controller", "Deployment Controller Server",
                      dc.empty() ? std::string("no deployment controller in the design") : dc,
                      "never localhost; identical on every server of the environment"});
    values.push_back({"Controller", "Deployment Controller Service Port", "12000", "default"});
    values.push_back({"Controller", "Deployment Service Port", "12001", "default"});
    values.push_back({"Scheduler", "Scheduler Service Port", "12002",
                      "default; the Scheduler tab is the one that may differ per server"});
    const std::string cache = cacheHost(topology, environment);
    values.push_back({"Cache", "Host",
                      cache.empty() ? std::string("no RabbitMQ in the design") : cache,
                      "never localhost"});
    values.push_back({"Cache", "Port", "5672", "default, without TLS"});
    values.push_back({"Cache", "Virtual Host", "/outsystems", "default"});
    addDatabase(values, topology, environment, CatalogKind::Platform, "Platform", "outsystems");
    addDatabase(values, topology, environment, CatalogKind::Session, "Session", "osSession");
    addDatabase(values, topology, environment, CatalogKind::Log, "Log", "outsystems_log");
    return values;
}

BuildSheet buildSheet(const Environment& environment, const Server& server,
                      const std::vector<ConfigurationValue>& configuration)
{
    const std::string_view version = platformVersionOf(server, &environment);
    const std::string shown = isSpecified(version) ? std::string(version) : std::string();
    BuildSheet sheet;
    sheet.server = server.id;
    sheet.name = server.name;
    sheet.environment = environment.id;
    const bool lifetime = environment.purpose == Purpose::Lifetime;
    const std::string versionInName = shown.empty() ? "<version>" : shown;
    sheet.installer =
        (lifetime ? "LifeTimeWithPlatformServer-" : "PlatformServer-") + versionInName + ".exe";
    const bool controller = server.hasRole(Role::DeploymentController);
    const bool frontEnd = server.hasRole(Role::Frontend);
    if (lifetime || (controller && frontEnd))
        sheet.checklistRole = "Deployment Controller + Server";
    else if (controller)
        sheet.checklistRole = "Deployment Controller";
    else
        sheet.checklistRole = "Server";
    sheet.os = isSpecified(server.os) ? server.os : std::string("not stated");
    sheet.platformVersion = shown.empty() ? std::string(kNotStated) : shown;
    sheet.prerequisites = prerequisitesFor(shown);
    if (server.standby)
        sheet.prerequisites.push_back("A standby (passive) server: installed and configured "
                                      "like the others, its services stopped until a failover.");
    sheet.configuration = configuration;
    return sheet;
}

} // namespace topo
