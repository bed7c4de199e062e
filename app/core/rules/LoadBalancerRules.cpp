#include "core/rules/RuleFamily.h"
#include "core/rules/RuleText.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace topo {
namespace {

enum : std::size_t {
    kLbRequired,
    kLbCoverage,
    kLbScope,
    kLbEmpty,
    kLbSticky,
    kLbPolicy,
    kFeHwUniform,
    kHaFeMin,
    kHaSites
};

const std::vector<RuleInfo>& catalogue()
{
    static const std::vector<RuleInfo> rules{
        {"LB-REQUIRED", Severity::Error, "Front-end farm without a load balancer",
         "A farm of two or more front-ends needs a load balancer (not part of OutSystems) to "
         "spread the users' requests and skip a dead node.",
         ref::kScaling},
        {"LB-COVERAGE", Severity::Warning, "Front-end outside the load balancer",
         "A front-end that serves traffic but is not a target of any load balancer receives no "
         "users' requests and gives no failover.",
         ref::kHaStrategies},
        {"LB-SCOPE", Severity::Error, "Load balancer target is not a front-end of its environment",
         "A load balancer spreads requests over the front-ends of one environment; a server of "
         "another environment or without the front-end role cannot serve them.",
         ref::kHaStrategies},
        {"LB-EMPTY", Severity::Warning, "Load balancer without targets",
         "A load balancer without targets forwards requests to nothing.", ref::kHaStrategies},
        {"LB-STICKY", Severity::Warning, "Sticky sessions",
         "OutSystems keeps sessions in the database, so sticky sessions are not needed and "
         "unbalance the load between front-ends.",
         ref::kLoadBalancing},
        {"LB-POLICY", Severity::Info, "Ratio load-balancing policy",
         "Round-robin is the recommended policy (least-connections is fine); a ratio policy "
         "assumes front-ends of different capacities.",
         ref::kHaStrategies},
        {"FE-HW-UNIFORM", Severity::Warning, "Front-ends of different sizes in one farm",
         "Front-ends scale horizontally best with identical machines: the load balancer gives "
         "each the same share of requests.",
         ref::kScaling},
        {"HA-FE-MIN", Severity::Warning, "High availability with fewer than two front-ends",
         "High availability of the front-end tier needs at least two front-ends that serve "
         "traffic, so that the load balancer can skip a dead node.",
         ref::kScaling},
        {"HA-SITES", Severity::Info, "Every front-end on one site",
         "Spreading front-ends over several sites (data centres, availability zones) contains "
         "incidents that take a whole site down.",
         ref::kDisasterRecovery},
    };
    return rules;
}

using Triple = std::tuple<int, double, double>;

Triple tripleOf(const Server& s)
{
    return {s.hardware.cpuCores, s.hardware.ramGb, s.hardware.diskGb};
}

// FE-HW-UNIFORM for one group; `members` in file order. Members with unspecified hardware
// cannot be compared and are left out.
void checkUniform(const std::vector<const Server*>& members, const std::string& what,
                  const std::string& environment, FindingSink& sink)
{
    std::vector<const Server*> sized;
    for (const Server* s : members)
        if (!s->hardware.anyUnspecified())
            sized.push_back(s);
    if (sized.size() < 2)
        return;
    struct Tally {
        std::size_t count = 0;
        const Server* first = nullptr; // earliest member in file order
    };
    std::map<Triple, Tally> tallies;
    for (const Server* s : sized) {
        Tally& tally = tallies[tripleOf(*s)];
        tally.first = tally.first ? tally.first : s;
        ++tally.count;
    }
    if (tallies.size() < 2)
        return;
    // The most common triple; on a tie, the one whose first member comes first in the file
    // (members point into the servers array, so pointer order is file order).
    const Tally* best = nullptr;
    for (const auto& [triple, tally] : tallies)
        if (!best || tally.count > best->count ||
            (tally.count == best->count && tally.first < best->first))
            best = &tally;
    const Server* common = best->first;
    const Triple reference = tripleOf(*common);
    std::vector<const Server*> odd;
    std::vector<std::string> ids;
    for (const Server* s : sized)
        if (tripleOf(*s) != reference) {
            odd.push_back(s);
            ids.push_back(s->id);
        }
    sink.add(catalogue()[kFeHwUniform],
             what + " has front-ends of different sizes: " + text::serverNames(odd) +
                 (odd.size() == 1 ? " differs" : " differ") + " from the most common " +
                 text::hardware(common->hardware) +
                 "; give every front-end of the group the same hardware.",
             std::move(ids), environment);
}

void checkLoadBalancer(const DesignIndex& index, const LoadBalancer& lb, ServerMarks& seen,
                       FindingSink& sink)
{
    const auto& rules = catalogue();
    const std::string_view envName = index.name(lb.environment);
    seen.clear();
    std::vector<const Server*> members;
    for (const Server* s : index.targets(lb)) {
        if (!s || !seen.insert(*s))
            continue;
        const bool otherEnv = s->environment != lb.environment;
        if (otherEnv || !s->hasRole(Role::Frontend)) {
            const std::string why = otherEnv
                                        ? "belongs to " + std::string(index.name(s->environment))
                                        : "has no frontend role";
            sink.add(rules[kLbScope],
                     lb.name + " (" + std::string(envName) + ") targets " + s->name + ", which " +
                         why + "; remove it from the targets or target a front-end of " +
                         std::string(envName) + ".",
                     {lb.id, s->id}, lb.environment);
        } else if (isTrafficFrontEnd(*s)) {
            members.push_back(s);
        }
    }
    std::sort(members.begin(), members.end(),
              [&](const Server* a, const Server* b) { return index.order(*a) < index.order(*b); });
    checkUniform(members, lb.name, lb.environment, sink);
    if (lb.targets.empty())
        sink.add(rules[kLbEmpty],
                 lb.name + " has no targets; add the front-ends of " + std::string(envName) +
                     " that serve traffic, or remove it.",
                 {lb.id}, lb.environment);
    if (lb.stickySessions)
        sink.add(rules[kLbSticky],
                 lb.name + " uses sticky sessions; turn them off: sessions live in the database "
                           "and stickiness unbalances the front-ends.",
                 {lb.id}, lb.environment);
    if (lb.policy == LbPolicy::Ratio)
        sink.add(rules[kLbPolicy],
                 lb.name + " uses the ratio policy; prefer round-robin (or least-connections) "
                           "over identical front-ends.",
                 {lb.id}, lb.environment);
}

void checkFarm(const DesignIndex& index, const EnvironmentFacts& f, FindingSink& sink)
{
    const auto& rules = catalogue();
    const Environment& e = *f.environment;
    const std::size_t traffic = f.trafficFrontEnds.size();
    const bool balanced = std::any_of(f.loadBalancers.begin(), f.loadBalancers.end(),
                                      [](const LoadBalancer* lb) { return !lb->targets.empty(); });
    if (traffic >= 2 && !balanced)
        sink.add(rules[kLbRequired],
                 e.name + " has " + std::to_string(traffic) + " front-ends that serve traffic (" +
                     text::serverNames(f.trafficFrontEnds) +
                     ") and no load balancer in front of them; add a load balancer that "
                     "targets them.",
                 {e.id}, e.id);
    std::vector<const Server*> outside;
    for (const Server* s : f.trafficFrontEnds)
        if (!index.targetedInOwnEnvironment(*s))
            outside.push_back(s);
    if (traffic >= 2 && balanced)
        for (const Server* s : outside)
            sink.add(rules[kLbCoverage],
                     s->name + " serves traffic but no load balancer of " + e.name +
                         " targets it; add it to a load balancer, or set servesTraffic to "
                         "false if it is a dedicated scheduler.",
                     {s->id}, e.id);
    checkUniform(outside, e.name + ", outside any load balancer,", e.id, sink);
    if (f.populated() && e.haRequired && traffic < 2)
        sink.add(rules[kHaFeMin],
                 e.name + " requires high availability but has " +
                     text::count(traffic, "front-end", "front-ends") +
                     " serving traffic; add front-ends until at least two serve traffic "
                     "behind a load balancer.",
                 {e.id}, e.id);
    if (e.haRequired && traffic >= 2 && !index.topology().sites.empty()) {
        const std::string& site = f.trafficFrontEnds.front()->site;
        const bool oneSite = std::all_of(f.trafficFrontEnds.begin(), f.trafficFrontEnds.end(),
                                         [&](const Server* s) { return s->site == site; });
        if (oneSite) {
            const std::string where = site.empty() ? std::string("without a site")
                                                   : "on site " + std::string(index.name(site));
            sink.add(rules[kHaSites],
                     "Every front-end of " + e.name + " that serves traffic is " + where +
                         "; spread them over at least two sites.",
                     {e.id}, e.id);
        }
    }
}

void check(const DesignIndex& index, FindingSink& sink)
{
    ServerMarks seen(index);
    for (const LoadBalancer& lb : index.topology().loadBalancers)
        checkLoadBalancer(index, lb, seen, sink);
    for (const EnvironmentFacts& f : index.environments())
        checkFarm(index, f, sink);
}

} // namespace

RuleFamily loadBalancerRules()
{
    return {&catalogue(), &check};
}

} // namespace topo
