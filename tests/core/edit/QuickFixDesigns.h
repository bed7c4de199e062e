#pragma once

#include "EditTestSupport.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace topo::test {

// A design breaking many rules with a quick fix, built from the official examples.
inline Topology brokenDesign()
{
    Topology t = loadFixture("example-2-production-farm");
    t.loadBalancers.front().stickySessions = true;
    t.loadBalancers.front().policy = LbPolicy::Ratio;
    t.servers[0].roles = {Role::Frontend, Role::DeploymentController};
    t.servers[1].roles = {Role::Frontend, Role::DeploymentController};
    t.servers[2].roles = {};
    t.servers[1].hardware.cpuCores = 1;
    t.servers[1].hardware.ramGb = 2;
    t.servers[1].hardware.diskGb = 40;
    t.messageQueues.front().nodes = 2;
    t.messageQueues.front().tcpLoadBalancer = false;
    t.databases.front().catalogs.clear();
    return t;
}

// The farm of example 2 with no load balancer, no queue and the only scheduler on a server
// that is no front-end (LB-REQUIRED, MQ-MISSING, SCHED-HOST).
inline Topology farmWithoutBalancerQueueOrScheduler()
{
    Topology t = loadFixture("example-2-production-farm");
    t.loadBalancers.clear();
    t.messageQueues.clear();
    for (Server& s : t.servers)
        std::erase(s.roles, Role::Scheduler);
    t.servers[0].roles = {Role::Scheduler};
    return t;
}

// The farm of example 2 with one front-end left, pointed at by nothing (HA-FE-MIN, LB-EMPTY).
inline Topology farmWithOneFrontEnd()
{
    Topology t = loadFixture("example-2-production-farm");
    t.servers.erase(t.servers.begin() + 1, t.servers.end());
    t.loadBalancers.front().targets.clear();
    return t;
}

// The farm of example 2 whose load balancer targets nothing (LB-REQUIRED with a balancer to
// point at the front-ends, LB-EMPTY).
inline Topology farmWithAnIdleBalancer()
{
    Topology t = loadFixture("example-2-production-farm");
    t.loadBalancers.front().targets.clear();
    return t;
}

// The farm of example 2 where no server is a front-end or a deployment controller
// (FE-MISSING, DC-MISSING, SCHED-MISSING).
inline Topology farmWithoutFrontEndOrController()
{
    Topology t = loadFixture("example-2-production-farm");
    for (Server& s : t.servers)
        s.roles = {Role::Scheduler};
    return t;
}

// The farm of example 2 whose database lost the session catalog (DB-MISSING with a
// database to complete).
inline Topology farmWithoutSessionCatalog()
{
    Topology t = loadFixture("example-2-production-farm");
    std::erase_if(t.databases.front().catalogs,
                  [](const Catalog& c) { return c.kind == CatalogKind::Session; });
    return t;
}

// The zones of example 4 with a zone address that is a URL (ZONE-ADDRESS).
inline Topology zonesWithAUrlAddress()
{
    Topology t = loadFixture("example-4-production-zones");
    t.environments.front().zones.back().address = "https://internal-lb.corp.example:443/apps";
    return t;
}

// The fixtures and the designs above: together they raise every rule with a quick fix.
inline std::vector<std::pair<std::string, Topology>> quickFixDesigns()
{
    std::vector<std::pair<std::string, Topology>> designs;
    for (const std::string& name : fixtureNames())
        designs.emplace_back(name, loadFixture(name));
    designs.emplace_back("broken", brokenDesign());
    designs.emplace_back("farm without balancer", farmWithoutBalancerQueueOrScheduler());
    designs.emplace_back("farm with one front-end", farmWithOneFrontEnd());
    designs.emplace_back("farm with an idle balancer", farmWithAnIdleBalancer());
    designs.emplace_back("farm without front-end", farmWithoutFrontEndOrController());
    designs.emplace_back("farm without session catalog", farmWithoutSessionCatalog());
    designs.emplace_back("zone URL", zonesWithAUrlAddress());
    return designs;
}

} // namespace topo::test
