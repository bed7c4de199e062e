#include "DesignBuilder.h"

#include <stdexcept>

namespace topo::test {

Zone& DesignBuilder::zone(const std::string& environment, const std::string& id,
                          std::vector<std::string> members, bool isDefault)
{
    Zone z;
    z.id = id;
    z.name = upper(id);
    z.isDefault = isDefault;
    z.members = std::move(members);
    for (Environment& e : m_topology.environments)
        if (e.id == environment) {
            e.zones.push_back(std::move(z));
            return e.zones.back();
        }
    throw std::logic_error("zone of an unknown environment");
}

Database& DesignBuilder::db(const std::string& id, std::initializer_list<std::string> environments,
                            DbEngine engine)
{
    Database db;
    db.id = id;
    db.name = upper(id);
    db.engine = engine;
    for (const std::string& e : environments)
        for (CatalogKind kind : {CatalogKind::Platform, CatalogKind::Session, CatalogKind::Log})
            db.catalogs.push_back(Catalog{e, kind, emptyExtra()});
    m_topology.databases.push_back(std::move(db));
    return m_topology.databases.back();
}

Environment& DesignBuilder::healthyEnv(const std::string& id, Purpose purpose)
{
    allRoles(id + "-1", id);
    db("db-" + id, {id});
    queue("mq-" + id, id);
    Environment& e = env(id, purpose);
    e.haRequired = false;
    return e;
}

DesignBuilder& DesignBuilder::healthyFactory()
{
    healthyEnv("dev", Purpose::Development);
    healthyEnv("qa", Purpose::NonProduction);
    healthyEnv("lt", Purpose::Lifetime);
    env("prod", Purpose::Production);
    frontEnd("prod-fe1", "prod");
    frontEnd("prod-fe2", "prod");
    server("prod-dc", "prod", {Role::DeploymentController, Role::Scheduler});
    server("prod-dc2", "prod", {Role::DeploymentController}).standby = true;
    lb("lb-prod", "prod", {"prod-fe1", "prod-fe2"});
    Database& d = db("db-prod", {"prod"});
    d.nodes = 2;
    d.haMode = DbHaMode::AlwaysOnAg;
    MessageQueue& q = queue("mq-prod", "prod");
    q.nodes = 3;
    q.tcpLoadBalancer = true;
    // LifeTime needs two front-ends too, or LT-SINGLE-NODE advises one.
    frontEnd("lt-2", "lt");
    lb("lb-lt", "lt", {"lt-1", "lt-2"});
    return *this;
}

} // namespace topo::test
