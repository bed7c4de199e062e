#include "core/edit/EditOperations.h"
#include "core/edit/ElementArrays.h"
#include "core/edit/ElementFactory.h"
#include "core/edit/QuickFixSupport.h"
#include "core/rules/DesignIndex.h"

#include <algorithm>

namespace topo::fixes {

namespace {

std::vector<std::string> trafficFrontEnds(const Topology& topology, const std::string& envId)
{
    std::vector<std::string> ids;
    for (const Server& s : topology.servers)
        if (s.environment == envId && isTrafficFrontEnd(s))
            ids.push_back(s.id);
    return ids;
}

void offerTargets(Fixes& out, const Topology& topology, const LoadBalancer& lb)
{
    const std::vector<std::string> targets = trafficFrontEnds(topology, lb.environment);
    if (targets.empty())
        return;
    const std::string id = lb.id;
    offer(out, topology, FixKind::SetTargets, "Point " + lb.name + " at the front-ends",
          [&](Topology& t) {
              findById(t.loadBalancers, id)->targets = targets;
              return true;
          });
}

// A host name or IP address without a scheme, port or path, as ZONE-ADDRESS reads one:
// "https://a.example:443/x" -> "a.example", "[fe80::1]:443" -> "fe80::1"; a bare IPv6 address
// ("fe80::1", two or more ':') keeps its colons.
std::string hostOnly(std::string address)
{
    if (const auto scheme = address.find("://"); scheme != std::string::npos)
        address.erase(0, scheme + 3);
    if (const auto path = address.find('/'); path != std::string::npos)
        address.erase(path);
    if (!address.empty() && address.front() == '[') {
        const auto close = address.find(']');
        return address.substr(1, close == std::string::npos ? std::string::npos : close - 1);
    }
    if (std::count(address.begin(), address.end(), ':') == 1)
        address.erase(address.find(':'));
    return address;
}

void offerFrontEnds(Fixes& out, const Topology& topology, const std::string& envId)
{
    const auto traffic = trafficFrontEnds(topology, envId).size();
    if (traffic >= 2 || !findById(topology.environments, envId))
        return;
    ElementFactory factory(topology);
    std::vector<Server> added;
    for (std::size_t n = traffic; n < 2; ++n)
        added.push_back(factory.makeServer(envId));
    std::string names;
    for (const Server& s : added)
        names += (names.empty() ? "" : ", ") + s.name;
    offer(out, topology, FixKind::AddServer, "Add front-end " + names, [&](Topology& t) {
        for (const Server& s : added) {
            t.servers.push_back(s);
            joinPools(t, s.id);
        }
        return true;
    });
}

} // namespace

Fixes balancerFixes(const Topology& topology, const Finding& finding)
{
    Fixes out;
    const std::string& rule = finding.rule;
    const std::string subject =
        finding.subjects.empty() ? finding.environment : finding.subjects[0];
    const LoadBalancer* lb = findById(topology.loadBalancers, subject);
    if (rule == "LB-REQUIRED") {
        for (const LoadBalancer& other : topology.loadBalancers)
            if (other.environment == subject && other.targets.empty())
                offerTargets(out, topology, other);
        if (findById(topology.environments, subject)) {
            ElementFactory factory(topology);
            LoadBalancer added = factory.makeLoadBalancer(subject);
            added.targets = trafficFrontEnds(topology, subject);
            offer(out, topology, FixKind::AddLoadBalancer,
                  "Add load balancer " + added.name + " over the front-ends", [&](Topology& t) {
                      t.loadBalancers.push_back(added);
                      return true;
                  });
        }
    } else if (rule == "LB-COVERAGE") {
        const Server* server = findById(topology.servers, subject);
        if (!server)
            return out;
        for (const LoadBalancer& pool : topology.loadBalancers)
            if (pool.environment == server->environment && !pool.targets.empty()) {
                const std::string poolId = pool.id;
                offer(out, topology, FixKind::SetTargets,
                      "Add " + server->name + " to " + pool.name, [&](Topology& t) {
                          findById(t.loadBalancers, poolId)->targets.push_back(subject);
                          return true;
                      });
            }
    } else if (rule == "LB-EMPTY" && lb) {
        offerTargets(out, topology, *lb);
        out.push_back(QuickFix{FixKind::RemoveElement, "Remove " + lb->name,
                               removeElements(topology, {lb->id})});
    } else if (rule == "LB-STICKY" && lb) {
        offer(out, topology, FixKind::ChangeSetting, "Turn off sticky sessions on " + lb->name,
              [&](Topology& t) {
                  findById(t.loadBalancers, subject)->stickySessions = false;
                  return true;
              });
    } else if (rule == "LB-POLICY" && lb) {
        offer(out, topology, FixKind::ChangeSetting, "Use round-robin on " + lb->name,
              [&](Topology& t) {
                  findById(t.loadBalancers, subject)->policy = LbPolicy::RoundRobin;
                  return true;
              });
    } else if (rule == "HA-FE-MIN") {
        offerFrontEnds(out, topology, subject);
    } else if (rule == "ZONE-ADDRESS") {
        for (const Environment& env : topology.environments)
            for (const Zone& zone : env.zones)
                if (zone.id == subject) {
                    const std::string fixed = hostOnly(zone.address);
                    const std::string envId = env.id;
                    offer(out, topology, FixKind::ChangeSetting,
                          "Use the host name \"" + fixed + "\"", [&](Topology& t) {
                              for (Zone& z : findById(t.environments, envId)->zones)
                                  if (z.id == subject)
                                      z.address = fixed;
                              return true;
                          });
                }
    }
    return out;
}

} // namespace topo::fixes
