#include "DesignBuilder.h"
#include "RuleTestSupport.h"

#include "core/rules/Validator.h"

#include <gtest/gtest.h>

namespace topo::test {
namespace {

// The editor validates designs while they are being changed; a reference to a missing
// element (a load error in a file) must not crash the rules, only be left out.
TEST(Robustness, DanglingReferencesAreLeftOut)
{
    DesignBuilder b;
    b.scope(Scope::Fragment);
    b.healthyEnv("qa", Purpose::NonProduction);
    b.lb("lb", "qa", {"ghost"});
    b.zone("qa", "global", {"ghost", "qa-1"}, true);
    b.queue("mq-ghost", "qa", "ghost");
    b.db("db-x", {}).catalogs = {Catalog{"nowhere", CatalogKind::Platform, emptyExtra()}};
    b.server("stray", "nowhere", {});
    b.lb("lb-stray", "nowhere", {"qa-1"});
    EXPECT_EQ(firedRules(b.topology()), (std::vector<std::string>{"LB-SCOPE", "ROLES-EMPTY"}));
    EXPECT_EQ(fired(b.topology(), "LB-SCOPE"), (Fired{"lb-stray qa-1 @nowhere"}));
}

TEST(Robustness, AnEmptyDesignOnlyLacksEnvironments)
{
    Topology empty;
    EXPECT_EQ(firedRules(empty), (std::vector<std::string>{"ENV-SET", "LT-MISSING"}));
    empty.scope = Scope::Fragment;
    EXPECT_TRUE(validate(empty).empty());
}

} // namespace
} // namespace topo::test
