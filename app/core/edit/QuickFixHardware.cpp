#include "core/edit/ElementArrays.h"
#include "core/edit/ElementFactory.h"
#include "core/edit/NameAllocator.h"
#include "core/edit/QuickFixSupport.h"
#include "core/rules/DesignIndex.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace topo::fixes {

namespace {

using Triple = std::tuple<int, double, double>;

Triple tripleOf(const Hardware& h)
{
    return {h.cpuCores, h.ramGb, h.diskGb};
}

// The FE-HW-UNIFORM group holding `server`: the traffic front-ends of a load balancer of
// its environment that targets it, else the environment's traffic front-ends no load
// balancer targets. In file order.
std::vector<const Server*> groupOf(const Topology& topology, const Server& server)
{
    auto trafficFe = [&](const Server& s) {
        return s.environment == server.environment && isTrafficFrontEnd(s);
    };
    std::vector<const Server*> group;
    for (const LoadBalancer& lb : topology.loadBalancers) {
        if (lb.environment != server.environment ||
            std::find(lb.targets.begin(), lb.targets.end(), server.id) == lb.targets.end())
            continue;
        for (const Server& s : topology.servers)
            if (trafficFe(s) &&
                std::find(lb.targets.begin(), lb.targets.end(), s.id) != lb.targets.end())
                group.push_back(&s);
        return group;
    }
    for (const Server& s : topology.servers) {
        if (!trafficFe(s))
            continue;
        const bool targeted = std::any_of(
            topology.loadBalancers.begin(), topology.loadBalancers.end(),
            [&](const LoadBalancer& lb) {
                return lb.environment == s.environment &&
                       std::find(lb.targets.begin(), lb.targets.end(), s.id) != lb.targets.end();
            });
        if (!targeted)
            group.push_back(&s);
    }
    return group;
}

// The group's most common fully specified spec; a tie goes to the earliest member.
std::optional<Hardware> commonSpec(const std::vector<const Server*>& group)
{
    std::map<Triple, std::pair<int, std::size_t>> counts;
    for (std::size_t i = 0; i < group.size(); ++i) {
        if (group[i]->hardware.anyUnspecified())
            continue;
        auto& entry = counts[tripleOf(group[i]->hardware)];
        if (entry.first++ == 0)
            entry.second = i;
    }
    const std::pair<int, std::size_t>* best = nullptr;
    for (const auto& [triple, entry] : counts)
        if (!best || entry.first > best->first ||
            (entry.first == best->first && entry.second < best->second))
            best = &entry;
    if (!best)
        return std::nullopt;
    return group[best->second]->hardware;
}

void offerMinimum(Fixes& out, const Topology& topology, const Server& server,
                  const std::string& rule)
{
    const std::string id = server.id;
    std::string what;
    Hardware raised = server.hardware;
    if (rule == "HW-MIN-CPU") {
        raised.cpuCores = std::max(raised.cpuCores, 2);
        what = "2 vCPU";
    } else if (rule == "HW-MIN-RAM") {
        raised.ramGb = std::max(raised.ramGb, 4.0);
        what = "4 GB of RAM";
    } else {
        raised.diskGb = std::max(raised.diskGb, 80.0);
        what = "80 GB of disk";
    }
    offer(out, topology, FixKind::RaiseHardware, "Raise " + server.name + " to " + what,
          [&](Topology& t) {
              findById(t.servers, id)->hardware = raised;
              return true;
          });
}

} // namespace

Fixes hardwareFixes(const Topology& topology, const Finding& finding)
{
    Fixes out;
    if (finding.subjects.empty())
        return out;
    const Server* server = findById(topology.servers, finding.subjects.front());
    if (!server)
        return out;
    const std::string& rule = finding.rule;
    if (rule == "HW-MIN-CPU" || rule == "HW-MIN-RAM" || rule == "HW-MIN-DISK") {
        offerMinimum(out, topology, *server, rule);
    } else if (rule == "HW-UNSPECIFIED") {
        const Hardware spec = ElementFactory::frontEndSpec(topology, server->environment);
        const std::string id = server->id;
        offer(out, topology, FixKind::SetHardware, "Give " + server->name + " " + specText(spec),
              [&](Topology& t) {
                  Hardware& h = findById(t.servers, id)->hardware;
                  h.cpuCores = h.cpuCores ? h.cpuCores : spec.cpuCores;
                  h.ramGb = h.ramGb ? h.ramGb : spec.ramGb;
                  h.diskGb = h.diskGb ? h.diskGb : spec.diskGb;
                  return true;
              });
    } else if (rule == "FE-HW-UNIFORM") {
        const auto spec = commonSpec(groupOf(topology, *server));
        if (!spec)
            return out;
        std::string names;
        for (const std::string& id : finding.subjects)
            names += (names.empty() ? "" : ", ") + displayName(topology, id);
        offer(out, topology, FixKind::SetHardware,
              "Give " + names + " the farm's spec (" + specText(*spec) + ")", [&](Topology& t) {
                  for (const std::string& id : finding.subjects)
                      if (Server* s = findById(t.servers, id)) {
                          s->hardware.cpuCores = spec->cpuCores;
                          s->hardware.ramGb = spec->ramGb;
                          s->hardware.diskGb = spec->diskGb;
                      }
                  return true;
              });
    } else if (rule == "NAME-DUPLICATE") {
        offer(out, topology, FixKind::Rename, "Rename the duplicates of " + server->name,
              [&](Topology& t) {
                  NameAllocator names(topology);
                  for (std::size_t i = 1; i < finding.subjects.size(); ++i)
                      if (Server* s = findById(t.servers, finding.subjects[i]))
                          s->name = names.nextNameLike(s->name);
                  return true;
              });
    }
    return out;
}

} // namespace topo::fixes
