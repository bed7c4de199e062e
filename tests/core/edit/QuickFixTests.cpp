#include "EditTestSupport.h"
#include "QuickFixDesigns.h"
#include "Tidiness.h"

#include "core/edit/ElementArrays.h"
#include "core/edit/QuickFixes.h"
#include "core/rules/Validator.h"

#include <algorithm>
#include <set>

namespace topo {
namespace {

using test::loadFixture;
using test::placedFixture;

bool stillThere(const std::vector<Finding>& findings, const Finding& f)
{
    return std::any_of(findings.begin(), findings.end(), [&](const Finding& other) {
        return other.rule == f.rule && other.environment == f.environment &&
               (other.subjects.empty() ? f.subjects.empty()
                                       : !f.subjects.empty() && other.subjects[0] == f.subjects[0]);
    });
}

// Applies every fix offered for every finding of `t`; each must clear its finding and
// revert exactly. Returns the rules that were fixed.
std::set<std::string> fixAll(const Topology& t, const std::string& label)
{
    std::set<std::string> fixed;
    for (const Finding& finding : validate(t)) {
        for (const QuickFix& fix : quickFixesFor(t, finding)) {
            EXPECT_FALSE(fix.title.empty());
            Topology after = t;
            fix.patch.apply(after);
            EXPECT_FALSE(stillThere(validate(after), finding))
                << label << ": " << finding.rule << " on " << finding.subjects[0] << " after \""
                << fix.title << "\"";
            fix.patch.revert(after);
            EXPECT_EQ(test::saved(after), test::saved(t)) << label << ": " << fix.title;
            fixed.insert(finding.rule);
        }
    }
    return fixed;
}

TEST(QuickFixes, EveryOfferedFixClearsItsFindingOnTheFixtures)
{
    std::set<std::string> fixed;
    for (const std::string& name : test::fixtureNames()) {
        const auto rules = fixAll(loadFixture(name), name);
        fixed.insert(rules.begin(), rules.end());
    }
    EXPECT_GE(fixed.size(), 5u);
}

TEST(QuickFixes, ClearsAtLeastEightRulesOnABrokenDesign)
{
    const Topology t = test::brokenDesign();
    std::set<std::string> fixed = fixAll(t, "broken");
    for (const char* rule :
         {"LB-STICKY", "LB-POLICY", "DC-MULTIPLE", "SCHED-MISSING", "ROLES-EMPTY", "HW-MIN-CPU",
          "HW-MIN-RAM", "HW-MIN-DISK", "MQ-CLUSTER-EVEN", "MQ-CLUSTER-NO-LB", "DB-MISSING",
          "DB-NO-CATALOGS", "FE-HW-UNIFORM"})
        EXPECT_TRUE(fixed.count(rule)) << rule;
}

TEST(QuickFixes, FarmWithoutBalancerQueueOrScheduler)
{
    const Topology t = test::farmWithoutBalancerQueueOrScheduler();
    const std::set<std::string> fixed = fixAll(t, "farm");
    for (const char* rule : {"LB-REQUIRED", "MQ-MISSING", "SCHED-HOST"})
        EXPECT_TRUE(fixed.count(rule)) << rule;
}

TEST(QuickFixes, LoadBalancerFixCoversTheFarm)
{
    Topology t = loadFixture("example-2-production-farm");
    t.loadBalancers.clear();
    const auto findings = validate(t);
    const auto lbRequired = std::find_if(findings.begin(), findings.end(),
                                         [](const Finding& f) { return f.rule == "LB-REQUIRED"; });
    ASSERT_NE(lbRequired, findings.end());
    const auto fixes = quickFixesFor(t, *lbRequired);
    ASSERT_EQ(fixes.size(), 1u);
    fixes[0].patch.apply(t);
    ASSERT_EQ(t.loadBalancers.size(), 1u);
    EXPECT_EQ(t.loadBalancers[0].targets, (std::vector<std::string>{"p-1", "p-2", "p-3"}));
    EXPECT_TRUE(t.loadBalancers[0].layout.has_value());
}

TEST(QuickFixes, AQueueAddedWhereHighAvailabilityIsRequiredIsACluster)
{
    // As DB-MISSING's fix gives a two-node database there: MQ-SPOF does not follow the fix.
    for (const bool ha : {true, false}) {
        Topology t = loadFixture("example-2-production-farm");
        t.messageQueues.clear();
        t.environments[0].haRequired = ha;
        const auto findings = validate(t);
        const auto missing = std::find_if(findings.begin(), findings.end(),
                                          [](const Finding& f) { return f.rule == "MQ-MISSING"; });
        ASSERT_NE(missing, findings.end());
        const auto fixes = quickFixesFor(t, *missing);
        ASSERT_EQ(fixes.size(), 1u);
        fixes[0].patch.apply(t);
        ASSERT_EQ(t.messageQueues.size(), 1u);
        EXPECT_EQ(t.messageQueues[0].nodes, ha ? 3 : 1);
        EXPECT_EQ(t.messageQueues[0].tcpLoadBalancer, ha);
        for (const Finding& f : validate(t))
            EXPECT_TRUE(f.rule != "MQ-SPOF" && f.rule != "MQ-MISSING") << f.rule << " ha " << ha;
    }
}

const Finding* findingOf(const std::vector<Finding>& findings, const std::string& rule)
{
    const auto it = std::find_if(findings.begin(), findings.end(),
                                 [&](const Finding& f) { return f.rule == rule; });
    return it == findings.end() ? nullptr : &*it;
}

TEST(QuickFixes, OneTimeZoneForAnEnvironmentTakesTheZoneOfTheOthers)
{
    Topology t = loadFixture("example-2-production-farm");
    for (Server& s : t.servers)
        s.timezone = "GMT Standard Time";
    for (Database& db : t.databases)
        db.timezone = "GMT Standard Time";
    t.servers[1].timezone = "UTC";
    const auto findings = validate(t);
    const Finding* mismatch = findingOf(findings, "TZ-MISMATCH");
    ASSERT_NE(mismatch, nullptr);
    const auto fixes = quickFixesFor(t, *mismatch);
    ASSERT_EQ(fixes.size(), 1u);
    EXPECT_EQ(fixes[0].title, "Set Production to one time zone, GMT Standard Time");
    fixes[0].patch.apply(t);
    EXPECT_EQ(t.servers[1].timezone, "GMT Standard Time");
    EXPECT_EQ(findingOf(validate(t), "TZ-MISMATCH"), nullptr);
}

TEST(QuickFixes, AFactoryWithoutLifeTimeGetsALifeTimeEnvironmentBesideTheOthers)
{
    Topology t = placedFixture("example-2-production-farm");
    t.scope = Scope::Infrastructure; // the whole factory, not a fragment of it
    const auto findings = validate(t);
    const Finding* missing = findingOf(findings, "LT-MISSING");
    ASSERT_NE(missing, nullptr);
    ASSERT_TRUE(hasQuickFix(*missing));
    const auto fixes = quickFixesFor(t, *missing);
    ASSERT_EQ(fixes.size(), 1u);
    fixes[0].patch.apply(t);
    ASSERT_EQ(t.environments.size(), 2u);
    const Environment& lifetime = t.environments.back();
    EXPECT_EQ(lifetime.purpose, Purpose::Lifetime);
    EXPECT_EQ(lifetime.name, "LifeTime");
    EXPECT_EQ(std::count_if(t.servers.begin(), t.servers.end(),
                            [&](const Server& s) { return s.environment == lifetime.id; }),
              1);
    EXPECT_EQ(findingOf(validate(t), "LT-MISSING"), nullptr);
    EXPECT_EQ(test::untidiness(t), std::vector<std::string>{}) << "placed clear of the farm";
}

TEST(QuickFixes, ZoneAddressFixKeepsTheHostOrIpAddress)
{
    const std::vector<std::pair<std::string, std::string>> cases{
        {"https://a.example:443/apps", "a.example"},
        {"10.0.0.12:8080", "10.0.0.12"},
        {"[fe80::1]:443", "fe80::1"},
        {"fe80::1/apps", "fe80::1"},
    };
    for (const auto& [address, host] : cases) {
        SCOPED_TRACE(address);
        Topology t = loadFixture("example-4-production-zones");
        Zone& zone = t.environments.front().zones.back();
        zone.address = address;
        const Finding finding{"ZONE-ADDRESS", Severity::Error, "", {zone.id}, ""};
        const auto fixes = quickFixesFor(t, finding);
        ASSERT_EQ(fixes.size(), 1u);
        fixes[0].patch.apply(t);
        EXPECT_EQ(t.environments.front().zones.back().address, host);
    }
}

TEST(QuickFixes, UnknownRuleGivesNothing)
{
    const Topology t = loadFixture("factory-standard");
    EXPECT_TRUE(quickFixesFor(t, Finding{"ENV-SET", Severity::Info, "", {}, ""}).empty());
    EXPECT_GE(rulesWithQuickFixes().size(), 8u);
}

} // namespace
} // namespace topo
