#include "core/rules/Validator.h"

#include <gtest/gtest.h>

#include <map>

namespace topo {
namespace {

// The page titles of domain-rules.md's "Documentation references", written out here (not
// taken from the code) so that a reference with a wrong title fails.
constexpr const char* kScalingPage =
    "Scaling and high availability for OutSystems Platform servers";
constexpr const char* kRolesPage = "OutSystems Platform Server Roles";
constexpr const char* kSettingUpPage = "Setting Up OutSystems";
constexpr const char* kSizingPage = "Sizing OutSystems Platform";
constexpr const char* kRequirementsPage = "OutSystems system requirements";
constexpr const char* kArchitecturePage = "Infrastructure architecture and deployment options";
constexpr const char* kHaPage = "High availability and scalability strategies";
constexpr const char* kLoadBalancingPage = "Recommended configurations for Load Balancing";
constexpr const char* kDisasterRecoveryPage =
    "Disaster Recovery and High Availability for OutSystems Platform servers";
constexpr const char* kCachePage = "Cache Invalidation in OutSystems 11";
constexpr const char* kCacheHaPage = "OutSystems cache invalidation with high-availability";
constexpr const char* kZonesPage = "Selective Deployment Using Deployment Zones";
constexpr const char* kZonesReferencePage = "Deployment Zones Reference";
constexpr const char* kBalancedPage = "Balanced application deployment";
constexpr const char* kTimezonePage = "Timezone considerations in the OutSystems Platform";
constexpr const char* kFailoverPage = "OutSystems Platform Server failover procedures";
constexpr const char* kUpgradePage = "Upgrade OutSystems platform";
// NAME-DUPLICATE has no OutSystems page: its reference says the advice is the designer's own.
constexpr const char* kOwnAdvice = "Topology Designer's own advice (no OutSystems page): two "
                                   "servers with one host name cannot both be reached";

struct SpecRule {
    Severity severity;
    std::string reference;
};

// Every rule of domain-rules.md (revision 1.2) with its severity and documentation page.
const std::map<std::string, SpecRule> kSpecRules{
    {"ENV-SET", {Severity::Info, kSettingUpPage}},
    {"LT-MISSING", {Severity::Warning, kSettingUpPage}},
    {"LT-MULTIPLE", {Severity::Error, kSettingUpPage}},
    {"ENV-EMPTY", {Severity::Warning, kSettingUpPage}},
    {"DC-MISSING", {Severity::Error, kRolesPage}},
    {"DC-MULTIPLE", {Severity::Error, kScalingPage}},
    {"FE-MISSING", {Severity::Error, kRolesPage}},
    {"SCHED-MISSING", {Severity::Error, kRolesPage}},
    {"SCHED-HOST", {Severity::Error, kScalingPage}},
    {"ROLES-EMPTY", {Severity::Warning, kRolesPage}},
    {"SCHED-DEDICATED", {Severity::Warning, kScalingPage}},
    {"DC-DEDICATED-DEV", {Severity::Warning, kSizingPage}},
    {"DC-SPOF", {Severity::Info, kScalingPage}},
    {"LT-SINGLE-NODE", {Severity::Info, kScalingPage}},
    {"LB-REQUIRED", {Severity::Error, kScalingPage}},
    {"LB-COVERAGE", {Severity::Warning, kHaPage}},
    {"LB-SCOPE", {Severity::Error, kHaPage}},
    {"LB-EMPTY", {Severity::Warning, kHaPage}},
    {"LB-STICKY", {Severity::Warning, kLoadBalancingPage}},
    {"LB-POLICY", {Severity::Info, kHaPage}},
    {"FE-HW-UNIFORM", {Severity::Warning, kScalingPage}},
    {"HA-FE-MIN", {Severity::Warning, kScalingPage}},
    {"HA-SITES", {Severity::Info, kDisasterRecoveryPage}},
    {"HW-MIN-CPU", {Severity::Error, kRequirementsPage}},
    {"HW-MIN-RAM", {Severity::Error, kRequirementsPage}},
    {"HW-MIN-DISK", {Severity::Warning, kRequirementsPage}},
    {"HW-UNSPECIFIED", {Severity::Info, kRequirementsPage}},
    {"CAPACITY-SHORT", {Severity::Warning, kSizingPage}},
    {"CAPACITY-N1", {Severity::Warning, kSizingPage}},
    {"CAPACITY-BALANCED", {Severity::Info, kBalancedPage}},
    {"SIZE-DEV", {Severity::Info, kSizingPage}},
    {"DB-MISSING", {Severity::Error, kArchitecturePage}},
    {"DB-CATALOG-DUPLICATE", {Severity::Error, kArchitecturePage}},
    {"DB-ENGINE-MIX", {Severity::Error, kRequirementsPage}},
    {"DB-PROD-SHARED", {Severity::Warning, kArchitecturePage}},
    {"DB-HA", {Severity::Warning, kScalingPage}},
    {"DB-HA-ENDPOINT", {Severity::Error, kHaPage}},
    {"DB-HA-NODES", {Severity::Error, kHaPage}},
    {"DB-NO-CATALOGS", {Severity::Warning, kArchitecturePage}},
    {"MQ-MISSING", {Severity::Warning, kCachePage}},
    {"MQ-SPOF", {Severity::Warning, kCacheHaPage}},
    {"MQ-CLUSTER-NO-LB", {Severity::Warning, kCacheHaPage}},
    {"MQ-CLUSTER-EVEN", {Severity::Warning, kCacheHaPage}},
    {"MQ-ON-DC", {Severity::Info, kHaPage}},
    {"MQ-HOST-ENV", {Severity::Warning, kCachePage}},
    {"MQ-VERSION", {Severity::Error, kRequirementsPage}},
    {"ZONE-DEFAULT", {Severity::Error, kZonesPage}},
    {"ZONE-EMPTY", {Severity::Error, kZonesPage}},
    {"ZONE-MEMBER", {Severity::Error, kZonesPage}},
    {"ZONE-ADDRESS", {Severity::Error, kZonesReferencePage}},
    {"ZONE-LB", {Severity::Warning, kZonesReferencePage}},
    {"ZONE-ZDT", {Severity::Info, kUpgradePage}},
    {"ZONE-RPROXY", {Severity::Info, kZonesReferencePage}},
    {"ZONE-DC-HTTPS", {Severity::Error, kZonesPage}},
    {"SCHED-ZONE", {Severity::Warning, kZonesPage}},
    {"OS-SUPPORTED", {Severity::Error, kRequirementsPage}},
    {"OS-PLATFORM", {Severity::Error, kRequirementsPage}},
    {"PS-VERSION-MIX", {Severity::Error, kFailoverPage}},
    {"LT-VERSION-LAG", {Severity::Warning, kUpgradePage}},
    {"DB-VERSION", {Severity::Error, kRequirementsPage}},
    {"DB-EDITION", {Severity::Error, kRequirementsPage}},
    {"DB-AZURE-TIER", {Severity::Error, kRequirementsPage}},
    {"DB-SIZE-PROD", {Severity::Info, kSizingPage}},
    {"TZ-MISMATCH", {Severity::Error, kTimezonePage}},
    {"TZ-AZURE-UTC", {Severity::Error, kRequirementsPage}},
    {"NAME-DUPLICATE", {Severity::Warning, kOwnAdvice}},
};

TEST(RuleCatalogue, HoldsTheSixtySixRulesOfTheSpecification)
{
    EXPECT_EQ(kSpecRules.size(), 66u);
    EXPECT_EQ(ruleCatalog().size(), 66u);
}

TEST(RuleCatalogue, HoldsEveryRuleOfTheSpecificationOnceSortedById)
{
    const auto& catalog = ruleCatalog();
    std::vector<std::string> ids;
    for (const RuleInfo& rule : catalog)
        ids.push_back(rule.id);
    std::vector<std::string> expected;
    for (const auto& [id, spec] : kSpecRules)
        expected.push_back(id);
    EXPECT_EQ(ids, expected); // std::map keeps the spec ids sorted and unique
}

TEST(RuleCatalogue, EveryRuleHasTheSpecifiedSeverityAndItsTexts)
{
    for (const RuleInfo& rule : ruleCatalog()) {
        SCOPED_TRACE(rule.id);
        const auto spec = kSpecRules.find(rule.id);
        ASSERT_NE(spec, kSpecRules.end());
        EXPECT_EQ(rule.severity, spec->second.severity);
        EXPECT_FALSE(rule.title.empty());
        ASSERT_FALSE(rule.rationale.empty());
        EXPECT_EQ(rule.rationale.back(), '.');
        // One to three sentences: at most two ". " inside.
        std::size_t ends = 0;
        for (std::size_t i = 0; i + 1 < rule.rationale.size(); ++i)
            ends += rule.rationale[i] == '.' && rule.rationale[i + 1] == ' ';
        EXPECT_LE(ends + 1, 3u) << rule.rationale;
    }
}

TEST(RuleCatalogue, EveryReferenceIsThePageTitleTheSpecificationAssigns)
{
    for (const RuleInfo& rule : ruleCatalog()) {
        const auto spec = kSpecRules.find(rule.id);
        ASSERT_NE(spec, kSpecRules.end()) << rule.id;
        EXPECT_EQ(rule.reference, spec->second.reference) << rule.id;
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
