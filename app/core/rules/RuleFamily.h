#pragma once

#include "core/rules/DesignIndex.h"
#include "core/rules/Finding.h"

#include <string>
#include <vector>

namespace topo {

// Collects the findings of one validation run, taking each finding's rule id and severity
// from the rule's catalogue entry so that they cannot disagree.
class FindingSink {
public:
    void add(const RuleInfo& rule, std::string message, std::vector<std::string> subjects,
             std::string environment)
    {
        m_findings.push_back(Finding{rule.id, rule.severity, std::move(message),
                                     std::move(subjects), std::move(environment)});
    }
    std::vector<Finding> take() { return std::move(m_findings); }

private:
    std::vector<Finding> m_findings;
};

// One family of rules: its catalogue entries and the check that emits their findings.
struct RuleFamily {
    const std::vector<RuleInfo>* rules;
    void (*check)(const DesignIndex& index, FindingSink& sink);
};

// The families of domain-rules.md, one per source file.
RuleFamily environmentRules();
RuleFamily roleRules();
RuleFamily loadBalancerRules();
RuleFamily hardwareRules();
RuleFamily capacityRules();
RuleFamily databaseRules();
RuleFamily queueRules();
RuleFamily zoneRules();
RuleFamily softwareRules();
RuleFamily timeZoneRules();
RuleFamily nameRules();

} // namespace topo
