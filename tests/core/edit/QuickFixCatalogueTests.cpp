#include "EditTestSupport.h"
#include "QuickFixDesigns.h"

#include "core/edit/QuickFixCatalogue.h"
#include "core/edit/QuickFixes.h"
#include "core/rules/Validator.h"

#include <algorithm>
#include <map>
#include <set>
#include <type_traits>

namespace topo {
namespace {

bool lists(std::span<const FixKind> kinds, FixKind kind)
{
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

TEST(QuickFixCatalogue, EveryRuleThatClaimsAFixChangesADesignThatRaisesIt)
{
    std::map<std::string, std::set<FixKind>> offered; // rule -> kinds seen
    for (const auto& [label, design] : test::quickFixDesigns()) {
        for (const Finding& finding : validate(design)) {
            const std::vector<QuickFix> fixes = quickFixesFor(design, finding);
            // The table never hides a fix the design has.
            if (!fixes.empty()) {
                EXPECT_TRUE(hasQuickFix(finding)) << label << ": " << finding.rule;
            }
            for (const QuickFix& fix : fixes) {
                EXPECT_TRUE(lists(quickFixKinds(finding.rule), fix.kind))
                    << label << ": " << finding.rule << " offered \"" << fix.title
                    << "\" of a kind its table entry does not list";
                Topology after = design;
                fix.patch.apply(after);
                EXPECT_NE(test::saved(after), test::saved(design))
                    << label << ": \"" << fix.title << "\" changes nothing";
                offered[finding.rule].insert(fix.kind);
            }
        }
    }
    for (const QuickFixRule& entry : quickFixCatalogue())
        for (FixKind kind : entry.kinds)
            EXPECT_TRUE(offered[entry.rule].count(kind))
                << entry.rule << " claims a fix to " << describe(kind)
                << " that no test design got";
}

TEST(QuickFixCatalogue, AvailabilityIsReadFromTheFindingAlone)
{
    // The check takes no design: it cannot copy one.
    static_assert(std::is_same_v<decltype(&hasQuickFix), bool (*)(const Finding&)>);
    EXPECT_TRUE(hasQuickFix(Finding{"HW-MIN-CPU", Severity::Error, "", {"any-server"}, ""}));
    EXPECT_TRUE(hasQuickFix(Finding{"MQ-MISSING", Severity::Error, "", {}, "prod"}));
    // A rule without a fix, an unknown rule, and a finding naming nothing to fix.
    EXPECT_FALSE(hasQuickFix(Finding{"DC-SPOF", Severity::Warning, "", {"prod"}, "prod"}));
    EXPECT_FALSE(hasQuickFix(Finding{"NO-SUCH-RULE", Severity::Error, "", {"x"}, "prod"}));
    EXPECT_FALSE(hasQuickFix(Finding{"HW-MIN-CPU", Severity::Error, "", {}, ""}));
    EXPECT_EQ(quickFixKinds("DC-MULTIPLE").size(), 2u);
    EXPECT_TRUE(quickFixKinds("DC-SPOF").empty());
}

TEST(QuickFixCatalogue, NamesRulesOfTheCatalogueInIdOrder)
{
    const auto& entries = quickFixCatalogue();
    ASSERT_GE(entries.size(), 30u);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        EXPECT_NE(findRule(entries[i].rule), nullptr) << entries[i].rule;
        EXPECT_FALSE(entries[i].kinds.empty()) << entries[i].rule;
        if (i > 0) {
            EXPECT_LT(entries[i - 1].rule, entries[i].rule); // quickFixKinds searches by id
        }
    }
    EXPECT_EQ(rulesWithQuickFixes().size(), entries.size());
}

} // namespace
} // namespace topo
