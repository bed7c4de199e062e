#include "rules/Validator.h"

#include <gtest/gtest.h>

#include <map>

namespace topo {
namespace {

// Every rule of domain-rules.md with its severity.
const std::map<std::string, Severity> kSpecRules{
    {"ENV-SET", Severity::Info},
    {"LT-MISSING", Severity::Warning},
    {"LT-MULTIPLE", Severity::Error},
    {"ENV-EMPTY", Severity::Warning},
    {"DC-MISSING", Severity::Error},
    {"DC-MULTIPLE", Severity::Error},
    {"FE-MISSING", Severity::Error},
    {"SCHED-MISSING", Severity::Error},
    {"SCHED-HOST", Severity::Error},
    {"ROLES-EMPTY", Severity::Warning},
    {"SCHED-DEDICATED", Severity::Warning},
    {"DC-DEDICATED-DEV", Severity::Warning},
    {"DC-SPOF", Severity::Info},
    {"LT-SINGLE-NODE", Severity::Info},
    {"LB-REQUIRED", Severity::Error},
    {"LB-COVERAGE", Severity::Warning},
    {"LB-SCOPE", Severity::Error},
    {"LB-EMPTY", Severity::Warning},
    {"LB-STICKY", Severity::Warning},
    {"LB-POLICY", Severity::Info},
    {"FE-HW-UNIFORM", Severity::Warning},
    {"HA-FE-MIN", Severity::Warning},
    {"HA-SITES", Severity::Info},
    {"HW-MIN-CPU", Severity::Error},
    {"HW-MIN-RAM", Severity::Error},
    {"HW-MIN-DISK", Severity::Warning},
    {"HW-UNSPECIFIED", Severity::Info},
    {"CAPACITY-SHORT", Severity::Warning},
    {"CAPACITY-N1", Severity::Warning},
    {"SIZE-DEV", Severity::Info},
    {"DB-MISSING", Severity::Error},
    {"DB-CATALOG-DUPLICATE", Severity::Error},
    {"DB-ENGINE-MIX", Severity::Error},
    {"DB-PROD-SHARED", Severity::Warning},
    {"DB-HA", Severity::Warning},
    {"DB-HA-ENDPOINT", Severity::Error},
    {"DB-HA-NODES", Severity::Error},
    {"DB-NO-CATALOGS", Severity::Warning},
    {"MQ-MISSING", Severity::Warning},
    {"MQ-SPOF", Severity::Warning},
    {"MQ-CLUSTER-NO-LB", Severity::Warning},
    {"MQ-CLUSTER-EVEN", Severity::Warning},
    {"MQ-ON-DC", Severity::Info},
    {"MQ-HOST-ENV", Severity::Error},
    {"MQ-VERSION", Severity::Error},
    {"ZONE-DEFAULT", Severity::Error},
    {"ZONE-EMPTY", Severity::Error},
    {"ZONE-MEMBER", Severity::Error},
    {"ZONE-ADDRESS", Severity::Error},
    {"ZONE-LB", Severity::Warning},
    {"ZONE-RPROXY", Severity::Info},
    {"ZONE-DC-HTTPS", Severity::Warning},
    {"SCHED-ZONE", Severity::Warning},
    {"NAME-DUPLICATE", Severity::Warning},
};

TEST(RuleCatalogue, HoldsEveryRuleOfTheSpecificationOnceSortedById)
{
    const auto& catalog = ruleCatalog();
    std::vector<std::string> ids;
    for (const RuleInfo& rule : catalog)
        ids.push_back(rule.id);
    std::vector<std::string> expected;
    for (const auto& [id, severity] : kSpecRules)
        expected.push_back(id);
    EXPECT_EQ(ids, expected); // std::map keeps the spec ids sorted and unique
}

TEST(RuleCatalogue, EveryRuleHasTheSpecifiedSeverityAndItsTexts)
{
    for (const RuleInfo& rule : ruleCatalog()) {
        SCOPED_TRACE(rule.id);
        const auto spec = kSpecRules.find(rule.id);
        ASSERT_NE(spec, kSpecRules.end());
        EXPECT_EQ(rule.severity, spec->second);
        EXPECT_FALSE(rule.title.empty());
        EXPECT_FALSE(rule.reference.empty());
        ASSERT_FALSE(rule.rationale.empty());
        EXPECT_EQ(rule.rationale.back(), '.');
        // One to three sentences: at most two ". " inside.
        std::size_t ends = 0;
        for (std::size_t i = 0; i + 1 < rule.rationale.size(); ++i)
            ends += rule.rationale[i] == '.' && rule.rationale[i + 1] == ' ';
        EXPECT_LE(ends + 1, 3u) << rule.rationale;
    }
}

TEST(RuleCatalogue, FindRuleLooksUpById)
{
    const RuleInfo* rule = findRule("MQ-VERSION");
    ASSERT_NE(rule, nullptr);
    EXPECT_EQ(rule->id, "MQ-VERSION");
    EXPECT_EQ(rule->severity, Severity::Error);
    EXPECT_EQ(findRule("MQ-VERSIONS"), nullptr);
    EXPECT_EQ(findRule(""), nullptr);
    EXPECT_EQ(findRule("mq-version"), nullptr);
}

TEST(Severity, SpellsAndParsesTheFileWords)
{
    EXPECT_EQ(toString(Severity::Error), "error");
    EXPECT_EQ(toString(Severity::Warning), "warning");
    EXPECT_EQ(toString(Severity::Info), "info");
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Error})
        EXPECT_EQ(parseSeverity(toString(s)), s);
    EXPECT_EQ(parseSeverity("Error"), std::nullopt);
    EXPECT_EQ(parseSeverity(""), std::nullopt);
}

} // namespace
} // namespace topo
