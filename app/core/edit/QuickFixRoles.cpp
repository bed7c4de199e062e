#include "core/edit/ElementArrays.h"
#include "core/edit/ElementFactory.h"
#include "core/edit/QuickFixSupport.h"
#include "core/rules/DesignIndex.h"

namespace topo::fixes {

namespace {

// The first server of the environment that `pick` accepts.
template <typename Pick>
const Server* firstServer(const Topology& topology, const std::string& envId, Pick pick)
{
    for (const Server& s : topology.servers)
        if (s.environment == envId && pick(s))
            return &s;
    return nullptr;
}

void offerRole(Fixes& out, const Topology& topology, const Server* server, Role role,
               const std::string& roleText)
{
    if (!server)
        return;
    const std::string id = server->id;
    offer(out, topology, FixKind::AddRole, "Add the " + roleText + " role to " + server->name,
          [&](Topology& t) {
              addRole(*findById(t.servers, id), role);
              return true;
          });
}

void offerNewServer(Fixes& out, const Topology& topology, const std::string& envId)
{
    if (!findById(topology.environments, envId))
        return;
    ElementFactory factory(topology);
    Server server = factory.makeServer(envId);
    offer(out, topology, FixKind::AddServer, "Add a server " + server.name, [&](Topology& t) {
        t.servers.push_back(server);
        return true;
    });
}

} // namespace

Fixes roleFixes(const Topology& topology, const Finding& finding)
{
    Fixes out;
    const std::string& rule = finding.rule;
    const std::string& subject =
        finding.subjects.empty() ? finding.environment : finding.subjects[0];
    const std::string& env = finding.environment.empty() ? subject : finding.environment;
    if (rule == "SCHED-MISSING") {
        const Server* host = firstServer(topology, env, isFrontEnd);
        if (!host)
            host = firstServer(topology, env, isController);
        offerRole(out, topology, host, Role::Scheduler, "scheduler");
    } else if (rule == "FE-MISSING") {
        offerRole(out, topology,
                  firstServer(topology, env, [](const Server& s) { return !s.standby; }),
                  Role::Frontend, "front-end");
    } else if (rule == "DC-MISSING") {
        offerRole(out, topology,
                  firstServer(topology, env, [](const Server& s) { return !s.standby; }),
                  Role::DeploymentController, "deployment controller");
    } else if (rule == "ROLES-EMPTY" || rule == "SCHED-HOST") {
        offerRole(out, topology, findById(topology.servers, subject), Role::Frontend, "front-end");
        if (rule == "SCHED-HOST")
            if (const Server* s = findById(topology.servers, subject))
                offer(out, topology, FixKind::RemoveRole,
                      "Remove the scheduler role from " + s->name, [&](Topology& t) {
                          std::erase(findById(t.servers, subject)->roles, Role::Scheduler);
                          return true;
                      });
    } else if (rule == "DC-MULTIPLE" && finding.subjects.size() > 1) {
        // The first controller stays; the others become cold spares or lose the role.
        const std::vector<std::string> extra(finding.subjects.begin() + 1, finding.subjects.end());
        std::string names;
        for (const std::string& id : extra)
            names += (names.empty() ? "" : ", ") + displayName(topology, id);
        offer(out, topology, FixKind::MarkStandby, "Mark " + names + " as standby",
              [&](Topology& t) {
                  for (const std::string& id : extra)
                      if (Server* s = findById(t.servers, id))
                          s->standby = true;
                  return true;
              });
        offer(out, topology, FixKind::RemoveRole,
              "Remove the deployment controller role from " + names, [&](Topology& t) {
                  for (const std::string& id : extra)
                      if (Server* s = findById(t.servers, id))
                          std::erase(s->roles, Role::DeploymentController);
                  return true;
              });
    } else if (rule == "ENV-EMPTY") {
        offerNewServer(out, topology, env);
    }
    return out;
}

} // namespace topo::fixes
