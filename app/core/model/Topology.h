#pragma once

#include "core/model/Enums.h"
#include "core/model/Json.h"

#include <optional>
#include <string>
#include <vector>

namespace topo {

// Members of an object the program does not know, kept in their original order so that a
// save writes them back unchanged (after the known members).
using ExtraMembers = Json; // always an object (possibly empty)

inline ExtraMembers emptyExtra()
{
    return Json::object();
}

// A point on the canvas (scene units): a server's, load balancer's, database's or queue's
// top-left corner.
struct Point {
    double x = 0;
    double y = 0;
    ExtraMembers extra = emptyExtra();
    bool operator==(const Point&) const = default;
};

// A frame on the canvas (scene units): an environment's, site's or note's rectangle.
struct Rect {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    ExtraMembers extra = emptyExtra();
    bool operator==(const Rect&) const = default;
};

// A machine's size; 0 in a field means "not specified".
struct Hardware {
    int cpuCores = 0;
    double ramGb = 0;
    double diskGb = 0;
    ExtraMembers extra = emptyExtra();
    bool operator==(const Hardware&) const = default;
    bool anyUnspecified() const { return cpuCores == 0 || ramGb == 0 || diskGb == 0; }
};

struct RequestsPerSecondPerCore {
    double reactive = 62.5;
    double traditional = 15;
    ExtraMembers extra = emptyExtra();
    bool operator==(const RequestsPerSecondPerCore&) const = default;
};

// Figures the capacity and availability models use.
struct Assumptions {
    double serverAvailability = 0.995;
    RequestsPerSecondPerCore requestsPerSecondPerCore;
    ExtraMembers extra = emptyExtra();
    bool operator==(const Assumptions&) const = default;
    double perCore(AppKind kind) const
    {
        return kind == AppKind::Traditional ? requestsPerSecondPerCore.traditional
                                            : requestsPerSecondPerCore.reactive;
    }
};

struct Site {
    std::string id;
    std::string name;
    std::optional<Rect> layout;
    ExtraMembers extra = emptyExtra();
    bool operator==(const Site&) const = default;
};

// A deployment zone: a named subset of an environment's front-ends.
struct Zone {
    std::string id;
    std::string name;
    bool isDefault = false;
    std::string address;
    std::vector<std::string> members; // server ids
    bool hostsApps = true;
    bool httpsInternal = false;
    ExtraMembers extra = emptyExtra();
    bool operator==(const Zone&) const = default;
};

struct Environment {
    std::string id;
    std::string name;
    Purpose purpose = Purpose::Development;
    bool haRequired = false; // resolved on load: true for production unless the file says so
    bool heavyTimers = false;
    std::string platformVersion;
    long long activeDevelopers = 0;
    double expectedRequestsPerSecond = 0;
    AppKind appKind = AppKind::Reactive;
    std::vector<Zone> zones;
    std::optional<Rect> layout;
    ExtraMembers extra = emptyExtra();
    bool operator==(const Environment&) const = default;
};

// A platform server; holds roles.
struct Server {
    std::string id;
    std::string name;
    std::string environment; // environment id
    std::vector<Role> roles; // in file order, no duplicates
    bool servesTraffic = true;
    bool standby = false;
    Hardware hardware;
    std::string os;
    std::string platformVersion; // "" = the environment's
    std::string timezone;        // as the operator names it ("UTC"); "" = not stated
    std::string site;            // site id or ""
    std::optional<Point> layout;
    ExtraMembers extra = emptyExtra();
    bool operator==(const Server&) const = default;

    bool hasRole(Role r) const
    {
        for (Role x : roles)
            if (x == r)
                return true;
        return false;
    }
};

struct LoadBalancer {
    std::string id;
    std::string name;
    std::string environment;
    std::vector<std::string> targets; // server ids
    LbPolicy policy = LbPolicy::RoundRobin;
    bool stickySessions = false;
    std::string site;
    std::optional<Point> layout;
    ExtraMembers extra = emptyExtra();
    bool operator==(const LoadBalancer&) const = default;
};

struct Catalog {
    std::string environment;
    CatalogKind kind = CatalogKind::Platform;
    ExtraMembers extra = emptyExtra();
    bool operator==(const Catalog&) const = default;
};

struct Database {
    std::string id;
    std::string name;
    DbEngine engine = DbEngine::SqlServer;
    long long nodes = 1;
    DbHaMode haMode = DbHaMode::None;
    bool singleEndpoint = true;
    std::vector<Catalog> catalogs;
    std::string version;     // engine version ("2019", "19c"); "" = not stated
    std::string edition;     // "standard", "enterprise", ...; "" = not stated
    std::string serviceTier; // Azure SQL ("S3", "P1", ...); "" = not stated
    std::string timezone;    // "" = not stated
    Hardware hardware;
    std::string site;
    std::optional<Point> layout;
    ExtraMembers extra = emptyExtra();
    bool operator==(const Database&) const = default;
};

// A RabbitMQ cache-invalidation service.
struct MessageQueue {
    std::string id;
    std::string name;
    std::string environment;
    long long nodes = 1;
    std::string hostServer; // server id or "" (its own machines)
    bool tcpLoadBalancer = false;
    std::string version;
    std::optional<Point> layout;
    ExtraMembers extra = emptyExtra();
    bool operator==(const MessageQueue&) const = default;
};

struct Note {
    std::string id;
    std::string text;
    Rect layout;
    ExtraMembers extra = emptyExtra();
    bool operator==(const Note&) const = default;
};

// A whole design: the model of file format v1. Elements refer to each other by id.
struct Topology {
    int formatVersion = 1;
    std::string generator;
    std::string name;
    std::string description;
    Scope scope = Scope::Infrastructure;
    Assumptions assumptions;
    std::vector<Site> sites;
    std::vector<Environment> environments;
    std::vector<Server> servers;
    std::vector<LoadBalancer> loadBalancers;
    std::vector<Database> databases;
    std::vector<MessageQueue> messageQueues;
    std::vector<Note> notes;
    ExtraMembers extra = emptyExtra();
    bool operator==(const Topology&) const = default;
};

} // namespace topo
