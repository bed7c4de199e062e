#pragma once

#include "core/model/Topology.h"

#include <cctype>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <vector>

namespace topo::test {

// Builds designs for rule tests in a few lines. Each adder returns the new element so that a
// test can adjust a field at once; the reference is valid until the next element of the same
// kind is added. Names are the upper-cased ids (environments: "<ID> ENV"), so that a message
// naming an element by its id instead of its name is caught.
class DesignBuilder {
public:
    static std::string upper(std::string text)
    {
        for (char& c : text)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return text;
    }

    DesignBuilder& scope(Scope scope)
    {
        m_topology.scope = scope;
        return *this;
    }

    Site& site(const std::string& id)
    {
        m_topology.sites.push_back(Site{id, upper(id) + " SITE", {}, emptyExtra()});
        return m_topology.sites.back();
    }

    Environment& env(const std::string& id, Purpose purpose)
    {
        Environment e;
        e.id = id;
        e.name = upper(id) + " ENV";
        e.purpose = purpose;
        e.haRequired = purpose == Purpose::Production; // the loader's default
        m_topology.environments.push_back(std::move(e));
        return m_topology.environments.back();
    }

    Server& server(const std::string& id, const std::string& environment,
                   std::initializer_list<Role> roles, Hardware hardware = {4, 8, 100, {}})
    {
        Server s;
        s.id = id;
        s.name = upper(id);
        s.environment = environment;
        s.roles = roles;
        s.hardware = hardware;
        m_topology.servers.push_back(std::move(s));
        return m_topology.servers.back();
    }

    // A server with every role: front-end, deployment controller and scheduler.
    Server& allRoles(const std::string& id, const std::string& environment)
    {
        return server(id, environment,
                      {Role::Frontend, Role::DeploymentController, Role::Scheduler});
    }

    // A front-end that also runs the scheduler, the usual farm member.
    Server& frontEnd(const std::string& id, const std::string& environment)
    {
        return server(id, environment, {Role::Frontend, Role::Scheduler});
    }

    LoadBalancer& lb(const std::string& id, const std::string& environment,
                     std::vector<std::string> targets)
    {
        LoadBalancer lb;
        lb.id = id;
        lb.name = upper(id);
        lb.environment = environment;
        lb.targets = std::move(targets);
        m_topology.loadBalancers.push_back(std::move(lb));
        return m_topology.loadBalancers.back();
    }

    // A database holding the platform, session and log catalogs of each listed environment.
    Database& db(const std::string& id, std::initializer_list<std::string> environments,
                 DbEngine engine = DbEngine::SqlServer);

    MessageQueue& queue(const std::string& id, const std::string& environment,
                        const std::string& hostServer = "")
    {
        MessageQueue q;
        q.id = id;
        q.name = upper(id);
        q.environment = environment;
        q.hostServer = hostServer;
        m_topology.messageQueues.push_back(std::move(q));
        return m_topology.messageQueues.back();
    }

    // A zone of the environment `environment`, which must be the last one added with that id.
    Zone& zone(const std::string& environment, const std::string& id,
               std::vector<std::string> members, bool isDefault = false);

    // An environment no rule objects to (outside high availability): one server with every
    // role ("<id>-1"), a database with its catalogs ("db-<id>") and a queue ("mq-<id>").
    Environment& healthyEnv(const std::string& id, Purpose purpose);

    // A complete factory (development, non-production, production, LifeTime) whose only
    // finding is DC-SPOF (advice no highly available production can avoid): the production
    // farm has two front-ends behind a load balancer, a standalone controller with a standby
    // spare ("prod-dc2"), a database cluster and a three-node queue cluster.
    DesignBuilder& healthyFactory();

    Topology& topology() { return m_topology; }
    Server& serverAt(const std::string& id)
    {
        for (Server& s : m_topology.servers)
            if (s.id == id)
                return s;
        throw std::logic_error("unknown server " + id);
    }
    Environment& envAt(const std::string& id)
    {
        for (Environment& e : m_topology.environments)
            if (e.id == id)
                return e;
        throw std::logic_error("unknown environment " + id);
    }

private:
    Topology m_topology;
};

} // namespace topo::test
