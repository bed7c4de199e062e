#include "core/rules/RuleFamily.h"
#include "core/rules/RuleText.h"

namespace topo {
namespace {

enum : std::size_t {
    kDcMissing,
    kDcMultiple,
    kFeMissing,
    kSchedMissing,
    kSchedHost,
    kRolesEmpty,
    kSchedDedicated,
    kDcDedicatedDev,
    kDcSpof,
    kLtSingleNode
};

const std::vector<RuleInfo>& catalogue()
{
    static const std::vector<RuleInfo> rules{
        {"DC-MISSING", Severity::Error, "No deployment controller",
         "Every environment needs exactly one deployment controller: it compiles and deploys "
         "the apps and checks the license.",
         ref::kRoles},
        {"DC-MULTIPLE", Severity::Error, "More than one deployment controller",
         "The deployment controller role cannot be clustered: an environment has exactly one. "
         "A spare controller is a standby server that is started by a manual failover.",
         ref::kScaling},
        {"FE-MISSING", Severity::Error, "No front-end",
         "Front-end servers run the apps and serve the users; without one the environment "
         "serves nothing.",
         ref::kRoles},
        {"SCHED-MISSING", Severity::Error, "No scheduler",
         "The scheduler role runs timers, BPT processes and outgoing e-mail; every environment "
         "needs it on at least one server.",
         ref::kRoles},
        {"SCHED-HOST", Severity::Error, "Scheduler on a server without front-end or controller",
         "The scheduler service only runs on a node that also has the front-end or the "
         "deployment controller role.",
         ref::kScaling},
        {"ROLES-EMPTY", Severity::Warning, "Server without roles",
         "A platform server holds at least one role (front-end, deployment controller, "
         "scheduler); a server without roles does nothing for the environment.",
         ref::kRoles},
        {"SCHED-DEDICATED", Severity::Warning, "Heavy timers without a dedicated scheduler",
         "Heavy analytics or batch timers deserve dedicated scheduler nodes: front-ends kept "
         "out of the load balancer, so that timers do not slow down the users' requests.",
         ref::kScaling},
        {"DC-DEDICATED-DEV", Severity::Warning, "Deployment controller shared with a front-end",
         "With 16 or more active developers, the development environment needs a separate "
         "deployment controller: it compiles on every publish and competes with the "
         "front-end for CPU.",
         ref::kSizing},
        {"DC-SPOF", Severity::Info, "Single deployment controller",
         "The deployment controller cannot be clustered and fails over by a manual procedure "
         "only: while it is down, apps keep running but publishing and cache invalidation "
         "stop.",
         ref::kScaling},
        {"LT-SINGLE-NODE", Severity::Info, "LifeTime on a single front-end",
         "LifeTime front-ends scale horizontally, mainly for availability: with one node, a "
         "failure stops the management of the whole factory.",
         ref::kScaling},
    };
    return rules;
}

// Roles every populated environment needs somewhere.
void checkRequiredRoles(const EnvironmentFacts& f, FindingSink& sink)
{
    const auto& rules = catalogue();
    const Environment& e = *f.environment;
    if (f.controllers.empty())
        sink.add(rules[kDcMissing],
                 e.name + " has no active deployment controller; give the deploymentController "
                          "role to exactly one of its servers.",
                 {e.id}, e.id);
    if (f.controllers.size() > 1) {
        std::vector<std::string> ids;
        for (const Server* s : f.controllers)
            ids.push_back(s->id);
        sink.add(rules[kDcMultiple],
                 e.name + " has " + std::to_string(f.controllers.size()) +
                     " deployment controllers (" + text::serverNames(f.controllers) +
                     "); keep exactly one and mark the others as standby.",
                 std::move(ids), e.id);
    }
    if (f.frontEnds.empty())
        sink.add(rules[kFeMissing],
                 e.name + " has no active front-end; give the frontend role to at least one of "
                          "its servers.",
                 {e.id}, e.id);
    if (f.schedulers.empty())
        sink.add(rules[kSchedMissing],
                 e.name + " has no active scheduler; give the scheduler role to a front-end or "
                          "to the deployment controller.",
                 {e.id}, e.id);
}

void checkEnvironmentRoles(const EnvironmentFacts& f, FindingSink& sink)
{
    const auto& rules = catalogue();
    const Environment& e = *f.environment;
    if (e.heavyTimers && !f.schedulers.empty()) {
        bool dedicated = false;
        for (const Server* s : f.schedulers)
            dedicated = dedicated || !(isController(*s) || isTrafficFrontEnd(*s));
        if (!dedicated)
            sink.add(rules[kSchedDedicated],
                     e.name + " runs heavy timers but every scheduler also serves users or "
                              "deploys apps; add a dedicated scheduler: a front-end with the "
                              "scheduler role that does not serve traffic.",
                     {e.id}, e.id);
    }
    if (e.purpose == Purpose::Development && e.activeDevelopers >= 16) {
        for (const Server* s : f.controllers)
            if (s->hasRole(Role::Frontend))
                sink.add(rules[kDcDedicatedDev],
                         s->name + " is both deployment controller and front-end of " + e.name +
                             ", which has " + std::to_string(e.activeDevelopers) +
                             " active developers; move the front-end role to a separate "
                             "server.",
                         {s->id}, e.id);
    }
    if (e.haRequired && f.controllers.size() == 1) {
        const Server& dc = *f.controllers.front();
        std::vector<std::string> ids{dc.id};
        for (const Server* s : f.standbyServers)
            ids.push_back(s->id);
        std::string advice = f.standbyServers.empty()
                                 ? "prepare a standby server and document the manual failover."
                                 : "keep the failover to " + text::serverNames(f.standbyServers) +
                                       " documented and rehearsed.";
        sink.add(rules[kDcSpof],
                 dc.name + " is the only deployment controller of " + e.name +
                     ": if it fails, publishing stops until a manual failover; " + advice,
                 std::move(ids), e.id);
    }
    if (e.purpose == Purpose::Lifetime && f.trafficFrontEnds.size() == 1)
        sink.add(rules[kLtSingleNode],
                 e.name + " has a single LifeTime front-end (" + f.trafficFrontEnds.front()->name +
                     "); add a second front-end behind a load balancer for availability.",
                 {e.id}, e.id);
}

void checkServerRoles(const Server& s, FindingSink& sink)
{
    const auto& rules = catalogue();
    if (s.hasRole(Role::Scheduler) && !s.hasRole(Role::Frontend) &&
        !s.hasRole(Role::DeploymentController))
        sink.add(rules[kSchedHost],
                 s.name + " has the scheduler role without the frontend or deploymentController "
                          "role; add the frontend role (a front-end kept out of the load "
                          "balancer makes a dedicated scheduler).",
                 {s.id}, s.environment);
    if (s.roles.empty())
        sink.add(rules[kRolesEmpty],
                 s.name + " has no roles; give it the frontend, deploymentController or "
                          "scheduler role, or remove it.",
                 {s.id}, s.environment);
}

void check(const DesignIndex& index, FindingSink& sink)
{
    for (const EnvironmentFacts& f : index.environments()) {
        if (!f.populated())
            continue;
        checkRequiredRoles(f, sink);
        checkEnvironmentRoles(f, sink);
    }
    for (const Server& s : index.topology().servers)
        checkServerRoles(s, sink);
}

} // namespace

RuleFamily roleRules()
{
    return {&catalogue(), &check};
}

} // namespace topo
