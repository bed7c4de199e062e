#include "DesignGenerator.h"

#include <string>

namespace topo::bench {

namespace {

constexpr int kServersPerEnvironment = 25;
constexpr int kFrontendsPerBalancer = 10;

struct Builder {
    Topology topology;
    int placed = 0;

    std::string next(const std::string& prefix) { return prefix + "-" + std::to_string(++placed); }

    Server& addServer(const Environment& env, std::vector<Role> roles, const std::string& site)
    {
        Server server;
        server.id = next("srv");
        server.name = "HOST-" + server.id;
        server.environment = env.id;
        server.roles = std::move(roles);
        server.hardware = Hardware{8, 16, 200};
        server.os = "windows-server-2022";
        server.site = site;
        server.layout = Point{double(placed % 40) * 160, double(placed / 40) * 120};
        topology.servers.push_back(std::move(server));
        return topology.servers.back();
    }

    void addEnvironment(int index, Purpose purpose, int servers)
    {
        Environment env;
        env.id = "env-" + std::to_string(index);
        env.name = "Environment " + std::to_string(index);
        env.purpose = purpose;
        env.haRequired = purpose == Purpose::Production;
        env.platformVersion = "11.38.0";
        env.activeDevelopers = purpose == Purpose::Development ? 12 : 0;
        env.expectedRequestsPerSecond = purpose == Purpose::Production ? 900 : 0;
        env.layout = Rect{double(index % 8) * 1200, double(index / 8) * 900, 1100, 800};
        topology.environments.push_back(env);

        const std::string siteA = topology.sites[0].id;
        const std::string siteB = topology.sites[1].id;
        addServer(env, {Role::DeploymentController, Role::Scheduler}, siteA);
        addServer(env, {Role::Frontend, Role::Scheduler}, siteA).servesTraffic = false;
        addServer(env, {Role::DeploymentController}, siteB).standby = true;
        std::vector<std::string> pool;
        for (int i = 3; i < servers; ++i) {
            Server& fe = addServer(env, {Role::Frontend, Role::Scheduler}, i % 2 ? siteA : siteB);
            pool.push_back(fe.id);
            if (pool.size() == kFrontendsPerBalancer || i + 1 == servers) {
                LoadBalancer lb;
                lb.id = next("lb");
                lb.name = "LB " + lb.id;
                lb.environment = env.id;
                lb.targets = std::move(pool);
                lb.policy = LbPolicy::LeastConnections;
                lb.site = siteA;
                topology.loadBalancers.push_back(std::move(lb));
                pool.clear();
            }
        }

        Database db;
        db.id = next("db");
        db.name = "SQL " + env.name;
        db.nodes = purpose == Purpose::Production ? 2 : 1;
        db.haMode = purpose == Purpose::Production ? DbHaMode::AlwaysOnAg : DbHaMode::None;
        for (CatalogKind kind : {CatalogKind::Platform, CatalogKind::Session, CatalogKind::Log})
            db.catalogs.push_back(Catalog{env.id, kind});
        db.hardware = Hardware{16, 64, 2000};
        db.site = siteA;
        topology.databases.push_back(std::move(db));

        MessageQueue mq;
        mq.id = next("mq");
        mq.name = "RabbitMQ " + env.name;
        mq.environment = env.id;
        mq.nodes = purpose == Purpose::Production ? 3 : 1;
        mq.tcpLoadBalancer = purpose == Purpose::Production;
        mq.version = "4.1.2";
        topology.messageQueues.push_back(std::move(mq));
    }
};

} // namespace

Topology generateDesign(int serverCount)
{
    Builder b;
    b.topology.name = "Generated design with " + std::to_string(serverCount) + " servers";
    b.topology.description = "Factories of development, test, production and LifeTime.";
    b.topology.sites = {Site{"site-a", "Site A", std::nullopt},
                        Site{"site-b", "Site B", std::nullopt}};
    const Purpose cycle[] = {Purpose::Development, Purpose::NonProduction, Purpose::Production,
                             Purpose::Production};
    int index = 0;
    // One LifeTime environment of four servers, then factories until the count is reached.
    b.addEnvironment(index++, Purpose::Lifetime, 4);
    while (static_cast<int>(b.topology.servers.size()) < serverCount) {
        const int left = serverCount - static_cast<int>(b.topology.servers.size());
        b.addEnvironment(index, cycle[index % 4],
                         std::max(4, std::min(kServersPerEnvironment, left)));
        ++index;
    }
    Note note;
    note.id = "note-1";
    note.text = "Generated for benchmarks.";
    note.layout = Rect{0, -200, 400, 120};
    b.topology.notes.push_back(std::move(note));
    return b.topology;
}

} // namespace topo::bench
