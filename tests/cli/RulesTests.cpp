// `topology-cli rules`: the whole catalogue, in text and JSON.
#include "CliRunner.h"

#include "core/rules/Validator.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace topo::test {
namespace {

TEST(Rules, JsonIsTheWholeCatalogue)
{
    const CliRun run =
        runCli({QStringLiteral("rules"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const Json rules = run.outJson().at("rules");
    const std::vector<RuleInfo>& catalog = ruleCatalog();
    ASSERT_FALSE(catalog.empty());
    ASSERT_EQ(rules.size(), catalog.size());
    for (std::size_t i = 0; i < catalog.size(); ++i) {
        const RuleInfo& rule = catalog[i];
        EXPECT_EQ(rules[i], (Json{{"id", rule.id},
                                  {"severity", std::string(toString(rule.severity))},
                                  {"title", rule.title},
                                  {"rationale", rule.rationale},
                                  {"reference", rule.reference}}));
        EXPECT_FALSE(rule.title.empty()) << rule.id;
        EXPECT_FALSE(rule.rationale.empty()) << rule.id;
        EXPECT_FALSE(rule.reference.empty()) << rule.id;
    }
}

TEST(Rules, JsonListsTheSixtySixRulesWithTheirPageTitles)
{
    const Json rules =
        runCli({QStringLiteral("rules"), QStringLiteral("--format"), QStringLiteral("json")})
            .outJson()
            .at("rules");
    ASSERT_EQ(rules.size(), 66u);
    // A sample of the specification's assignments, one per page.
    const std::map<std::string, std::string> titles{
        {"CAPACITY-BALANCED", "Balanced application deployment"},
        {"TZ-MISMATCH", "Timezone considerations in the OutSystems Platform"},
        {"PS-VERSION-MIX", "OutSystems Platform Server failover procedures"},
        {"ZONE-ADDRESS", "Deployment Zones Reference"},
        {"LT-VERSION-LAG", "Upgrade OutSystems platform"},
        {"ZONE-ZDT", "Upgrade OutSystems platform"},
        {"ZONE-DC-HTTPS", "Selective Deployment Using Deployment Zones"},
        {"MQ-CLUSTER-NO-LB", "OutSystems cache invalidation with high-availability"},
        {"MQ-HOST-ENV", "Cache Invalidation in OutSystems 11"},
        {"HA-SITES", "Disaster Recovery and High Availability for OutSystems Platform servers"},
        {"LB-STICKY", "Recommended configurations for Load Balancing"},
        {"LB-SCOPE", "High availability and scalability strategies"},
        {"DB-NO-CATALOGS", "Infrastructure architecture and deployment options"},
        {"OS-SUPPORTED", "OutSystems system requirements"},
        {"DB-SIZE-PROD", "Sizing OutSystems Platform"},
        {"ENV-SET", "Setting Up OutSystems"},
        {"DC-MISSING", "OutSystems Platform Server Roles"},
        {"DB-HA", "Scaling and high availability for OutSystems Platform servers"},
    };
    std::size_t checked = 0;
    for (const Json& rule : rules) {
        const auto title = titles.find(rule.at("id").get<std::string>());
        if (title == titles.end())
            continue;
        EXPECT_EQ(rule.at("reference").get<std::string>(), title->second) << title->first;
        ++checked;
    }
    EXPECT_EQ(checked, titles.size());
}

TEST(Rules, TextListsEveryRuleWithItsDetails)
{
    const CliRun run = runCli({QStringLiteral("rules")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.outLines();
    const std::vector<RuleInfo>& catalog = ruleCatalog();
    ASSERT_EQ(lines.size(), static_cast<qsizetype>(catalog.size() * 4));
    for (std::size_t i = 0; i < catalog.size(); ++i) {
        const RuleInfo& rule = catalog[i];
        const qsizetype at = static_cast<qsizetype>(i * 4);
        EXPECT_EQ(lines[at].toStdString(),
                  rule.id + " " + std::string(toString(rule.severity)) + ": " + rule.title);
        EXPECT_EQ(lines[at + 1].toStdString(), "  " + rule.rationale);
        EXPECT_EQ(lines[at + 2].toStdString(), "  " + rule.reference);
        EXPECT_TRUE(lines[at + 3].isEmpty());
    }
}

TEST(Rules, EveryRuleTheFixturesExpectIsListed)
{
    const Json rules =
        runCli({QStringLiteral("rules"), QStringLiteral("--format"), QStringLiteral("json")})
            .outJson()
            .at("rules");
    std::set<std::string> ids;
    for (const Json& rule : rules)
        ids.insert(rule.at("id").get<std::string>());
    for (const std::string& name : fixtureNames()) {
        for (const Json& finding : expectedFindings(name))
            EXPECT_TRUE(ids.count(finding.at("rule").get<std::string>())) << finding.dump();
    }
}

} // namespace
} // namespace topo::test
