#include "DesignBuilder.h"
#include "RuleTestSupport.h"

#include <gtest/gtest.h>

namespace topo::test {
namespace {

TEST(HardwareRules, MinimumsFirePerServerIncludingStandby)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction);
    b.frontEnd("small", "qa").hardware = {1, 3.5, 79.5, {}};
    b.frontEnd("spare", "qa").hardware = {1, 8, 100, {}};
    b.serverAt("spare").standby = true;
    const Topology& t = b.topology();
    EXPECT_EQ(fired(t, "HW-MIN-CPU"), (Fired{"small @qa", "spare @qa"}));
    EXPECT_EQ(fired(t, "HW-MIN-RAM"), (Fired{"small @qa"}));
    EXPECT_EQ(fired(t, "HW-MIN-DISK"), (Fired{"small @qa"}));
}

TEST(HardwareRules, MinimumsSilentAtTheLimitsAndForUnspecifiedFields)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction);
    b.frontEnd("edge", "qa").hardware = {2, 4, 80, {}};
    b.frontEnd("blank", "qa").hardware = {0, 0, 0, {}};
    const Topology& t = b.topology();
    EXPECT_EQ(fired(t, "HW-MIN-CPU"), Fired{});
    EXPECT_EQ(fired(t, "HW-MIN-RAM"), Fired{});
    EXPECT_EQ(fired(t, "HW-MIN-DISK"), Fired{});
}

TEST(HardwareRules, UnspecifiedFiresOncePerServerWithAnyZeroField)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction);
    b.frontEnd("no-disk", "qa").hardware = {4, 8, 0, {}};
    b.frontEnd("blank", "qa").hardware = {0, 0, 0, {}};
    EXPECT_EQ(fired(b.topology(), "HW-UNSPECIFIED"), (Fired{"blank @qa", "no-disk @qa"}));
}

TEST(HardwareRules, UnspecifiedSilentWhenEveryFieldIsSet)
{
    DesignBuilder b;
    b.healthyFactory();
    EXPECT_EQ(fired(b.topology(), "HW-UNSPECIFIED"), Fired{});
}

} // namespace
} // namespace topo::test
