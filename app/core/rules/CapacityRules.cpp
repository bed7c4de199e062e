#include "core/analysis/CapacityModel.h"
#include "core/rules/RuleFamily.h"
#include "core/rules/RuleText.h"

#include <algorithm>
#include <cmath>

namespace topo {
namespace {

enum : std::size_t { kCapacityShort, kCapacityN1, kBalanced, kSizeDev };

const std::vector<RuleInfo>& catalogue()
{
    static const std::vector<RuleInfo> rules{
        {"CAPACITY-SHORT", Severity::Warning, "Front-end capacity below the expected load",
         "The sizing tables give about 250 requests/s per 4-core front-end for reactive apps "
         "and 60 for traditional web; beyond that, add identical front-ends.",
         ref::kSizing},
        {"CAPACITY-N1", Severity::Warning, "Expected load needs every front-end",
         "In a highly available farm the remaining front-ends must carry the peak load when "
         "one fails; otherwise losing one node overloads the others.",
         ref::kSizing},
        {"CAPACITY-BALANCED", Severity::Info, "Farm too small for a balanced deployment",
         "A balanced deployment updates the front-ends in two groups while the other group "
         "alone serves every user, so each group must carry the whole expected load.",
         ref::kBalancedDeployment},
        {"SIZE-DEV", Severity::Info, "Development server under the sizing for its developers",
         "Development sizing grows with active developers: 5+ need 2 cores / 8 GB / 100 GB, "
         "8+ need 4 cores / 12 GB / 200 GB, 16+ a separate controller (4 cores / 16 GB / "
         "500 GB) and front-end (4 cores / 12 GB / 300 GB); each extra developer adds 0.25 "
         "core and 0.5 GB RAM.",
         ref::kSizing},
    };
    return rules;
}

// CAPACITY-BALANCED, once the farm carries the load with all its front-ends and with one down.
// The split is the capacity model's own (balancedDeploymentCapacity), over the same shares as
// EnvironmentCapacity::balancedDeployment, so that the rule and the analysis docks never
// disagree. The rule does not build the whole EnvironmentCapacity: that scans every server of
// the design per environment, which made validating a 10,000-server design eight times slower.
void checkBalancedDeployment(const Environment& e, const std::vector<double>& shares,
                             const std::string& figures, FindingSink& sink)
{
    const double smallerGroup = balancedDeploymentCapacity(shares);
    if (smallerGroup >= e.expectedRequestsPerSecond)
        return;
    sink.add(catalogue()[kBalanced],
             e.name + " cannot take a balanced deployment" + figures +
                 ": the smaller of its two front-end groups carries " + text::number(smallerGroup) +
                 " requests/s alone; add front-ends so that each group carries the expected "
                 "load.",
             {e.id}, e.id);
}

void checkCapacity(const DesignIndex& index, const EnvironmentFacts& f, FindingSink& sink)
{
    const auto& rules = catalogue();
    const Environment& e = *f.environment;
    const double expected = e.expectedRequestsPerSecond;
    if (expected <= 0)
        return;
    const double perCore = index.topology().assumptions.perCore(e.appKind);
    double capacity = 0;
    double largest = 0;
    std::vector<double> shares; // per traffic front-end, in file order
    shares.reserve(f.trafficFrontEnds.size());
    for (const Server* s : f.trafficFrontEnds) {
        const double share = s->hardware.cpuCores * perCore;
        capacity += share;
        largest = std::max(largest, share);
        shares.push_back(share);
    }
    const std::string figures =
        " (" + text::number(capacity) + " requests/s for " + text::number(expected) + " expected)";
    if (capacity < expected)
        sink.add(rules[kCapacityShort],
                 "The front-ends of " + e.name +
                     " that serve traffic fall short of the expected "
                     "load" +
                     figures + "; add identical front-ends or cores.",
                 {e.id}, e.id);
    else if (e.haRequired && capacity - largest < expected)
        sink.add(rules[kCapacityN1],
                 e.name + " needs every front-end for its expected load" + figures +
                     ": losing the largest leaves " + text::number(capacity - largest) +
                     " requests/s; add a front-end so that the farm survives one failure.",
                 {e.id}, e.id);
    else if (e.haRequired && e.zones.empty() && f.trafficFrontEnds.size() >= 2)
        checkBalancedDeployment(e, shares, figures, sink);
}

struct SizeTarget {
    double cores;
    double ramGb;
    double diskGb;
};

void checkSize(const Server& s, const SizeTarget& target, const Environment& e,
               std::string_view roleName, FindingSink& sink)
{
    const Hardware& hw = s.hardware;
    const double cores = std::ceil(target.cores);
    std::vector<std::string_view> low;
    if (hw.cpuCores > 0 && hw.cpuCores < cores)
        low.push_back("cores");
    if (hw.ramGb > 0 && hw.ramGb < target.ramGb)
        low.push_back("RAM");
    if (hw.diskGb > 0 && hw.diskGb < target.diskGb)
        low.push_back("disk");
    if (low.empty())
        return;
    sink.add(catalogue()[kSizeDev],
             s.name + " (" + std::string(roleName) + " of " + e.name + ", " +
                 std::to_string(e.activeDevelopers) +
                 " active developers) is below the sizing "
                 "for its " +
                 text::joinWords(low) + ": it has " + text::hardware(hw) + "; give it at least " +
                 text::number(cores) + " cores / " + text::number(target.ramGb) + " GB RAM / " +
                 text::number(target.diskGb) + " GB disk.",
             {s.id}, e.id);
}

void checkDevelopmentSizing(const EnvironmentFacts& f, FindingSink& sink)
{
    const Environment& e = *f.environment;
    if (e.purpose != Purpose::Development || e.activeDevelopers < 5)
        return;
    const double n = static_cast<double>(e.activeDevelopers);
    SizeTarget controller{2 + 0.25 * (n - 5), 8 + 0.5 * (n - 5), 100};
    if (n >= 16)
        controller = {4 + 0.25 * (n - 16), 16 + 0.5 * (n - 16), 500};
    else if (n >= 8)
        controller = {4 + 0.25 * (n - 8), 12 + 0.5 * (n - 8), 200};
    const SizeTarget frontEnd{4 + 0.25 * (n - 16), 12 + 0.5 * (n - 16), 300};
    for (const Server* s : f.servers) {
        if (isController(*s))
            checkSize(*s, controller, e, "deployment controller", sink);
        else if (n >= 16 && isFrontEnd(*s))
            checkSize(*s, frontEnd, e, "front-end", sink);
    }
}

void check(const DesignIndex& index, FindingSink& sink)
{
    for (const EnvironmentFacts& f : index.environments()) {
        checkCapacity(index, f, sink);
        checkDevelopmentSizing(f, sink);
    }
}

} // namespace

RuleFamily capacityRules()
{
    return {&catalogue(), &check};
}

} // namespace topo
