#include "core/rules/Validator.h"

#include "core/rules/DesignIndex.h"
#include "core/rules/RuleFamily.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <numeric>

namespace topo {
namespace {

const std::array<RuleFamily, 11>& families()
{
    static const std::array<RuleFamily, 11> all{
        environmentRules(), roleRules(),     loadBalancerRules(), hardwareRules(),
        capacityRules(),    databaseRules(), queueRules(),        zoneRules(),
        softwareRules(),    timeZoneRules(), nameRules(),
    };
    return all;
}

} // namespace

const std::vector<RuleInfo>& ruleCatalog()
{
    static const std::vector<RuleInfo> catalog = [] {
        std::vector<RuleInfo> rules;
        for (const RuleFamily& family : families())
            rules.insert(rules.end(), family.rules->begin(), family.rules->end());
        std::sort(rules.begin(), rules.end(),
                  [](const RuleInfo& a, const RuleInfo& b) { return a.id < b.id; });
        return rules;
    }();
    return catalog;
}

const RuleInfo* findRule(std::string_view id)
{
    const auto& rules = ruleCatalog();
    const auto it =
        std::lower_bound(rules.begin(), rules.end(), id,
                         [](const RuleInfo& r, std::string_view key) { return r.id < key; });
    return it != rules.end() && it->id == id ? &*it : nullptr;
}

std::vector<Finding> validate(const Topology& topology)
{
    const DesignIndex index(topology);
    FindingSink sink;
    for (const RuleFamily& family : families())
        family.check(index, sink);
    std::vector<Finding> findings = sink.take();
    // Sorting positions and moving each finding once is much cheaper than moving findings
    // around while sorting. Stable: findings with equal rule and subjects keep the order the
    // families gave them.
    std::vector<std::uint32_t> order(findings.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const Finding& x = findings[a];
        const Finding& y = findings[b];
        if (const int c = x.rule.compare(y.rule); c != 0)
            return c < 0;
        return x.subjects < y.subjects;
    });
    std::vector<Finding> sorted;
    sorted.reserve(findings.size());
    for (std::uint32_t i : order)
        sorted.push_back(std::move(findings[i]));
    return sorted;
}

} // namespace topo
