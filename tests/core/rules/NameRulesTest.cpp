#include "DesignBuilder.h"
#include "RuleTestSupport.h"

#include <gtest/gtest.h>

namespace topo::test {
namespace {

TEST(NameRules, NameDuplicateFiresOncePerCaseInsensitiveName)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction);
    b.healthyEnv("dev", Purpose::Development);
    b.frontEnd("x-1", "dev").name = "Web";
    b.frontEnd("x-2", "qa").name = "Spare";
    b.frontEnd("x-3", "qa").name = "WEB";
    b.frontEnd("x-4", "dev").name = "web";
    b.frontEnd("x-5", "qa").name = "spare";
    EXPECT_EQ(fired(b.topology(), "NAME-DUPLICATE"), (Fired{"x-1 x-3 x-4 @", "x-2 x-5 @qa"}));
}

TEST(NameRules, NameDuplicateSilentForDistinctNames)
{
    DesignBuilder b;
    b.healthyFactory();
    b.frontEnd("x-1", "dev").name = "web-1";
    b.frontEnd("x-2", "dev").name = "web-10";
    EXPECT_EQ(fired(b.topology(), "NAME-DUPLICATE"), Fired{});
}

} // namespace
} // namespace topo::test
