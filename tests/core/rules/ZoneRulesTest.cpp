#include "DesignBuilder.h"
#include "RuleTestSupport.h"

#include <gtest/gtest.h>

namespace topo::test {
namespace {

// Production with four traffic front-ends (a-1, a-2, b-1, b-2), a standalone controller,
// a load balancer per pair and zones: Global (default, every front-end, hosts no apps),
// za (a-1, a-2) and zb (b-1, b-2). It raises no zone finding but ZONE-DC-HTTPS and
// ZONE-RPROXY.
DesignBuilder zoned()
{
    DesignBuilder b;
    b.env("prod", Purpose::Production);
    for (const char* id : {"a-1", "a-2", "b-1", "b-2"})
        b.frontEnd(id, "prod");
    b.server("dc", "prod", {Role::DeploymentController});
    b.lb("lb-a", "prod", {"a-1", "a-2"});
    b.lb("lb-b", "prod", {"b-1", "b-2"});
    b.zone("prod", "global", {"a-1", "a-2", "b-1", "b-2"}, true).hostsApps = false;
    b.zone("prod", "za", {"a-1", "a-2"}).address = "a.example.com";
    b.zone("prod", "zb", {"b-1", "b-2"}).address = "b.example.com";
    return b;
}

Zone& zoneAt(DesignBuilder& b, std::size_t index)
{
    return b.envAt("prod").zones.at(index);
}

TEST(ZoneRules, ZoneDcHttpsIsAnError)
{
    const std::optional<Finding> https = firstFinding(zoned().topology(), "ZONE-DC-HTTPS");
    ASSERT_TRUE(https);
    EXPECT_EQ(https->severity, Severity::Error);
}

TEST(ZoneRules, ZonedFarmRaisesOnlyTheExpectedAdvice)
{
    DesignBuilder b = zoned();
    std::vector<std::string> zoneRules;
    for (const std::string& rule : firedRules(b.topology()))
        if (rule.find("ZONE") != std::string::npos)
            zoneRules.push_back(rule);
    EXPECT_EQ(zoneRules, (std::vector<std::string>{"ZONE-DC-HTTPS", "ZONE-RPROXY"}));
    EXPECT_EQ(fired(b.topology(), "ZONE-DC-HTTPS"), (Fired{"global @prod"}));
    EXPECT_EQ(fired(b.topology(), "ZONE-RPROXY"), (Fired{"prod @prod"}));
}

TEST(ZoneRules, ZoneDefaultFiresOnTheEnvironmentForAWrongDefaultCount)
{
    DesignBuilder b = zoned();
    zoneAt(b, 1).isDefault = true;
    EXPECT_EQ(fired(b.topology(), "ZONE-DEFAULT"), (Fired{"prod @prod"}));
    zoneAt(b, 0).isDefault = false;
    zoneAt(b, 1).isDefault = false;
    EXPECT_EQ(fired(b.topology(), "ZONE-DEFAULT"), (Fired{"prod @prod"}));
}

TEST(ZoneRules, ZoneDefaultNamesTheZoneThenTheMissingFrontEnds)
{
    DesignBuilder b = zoned();
    zoneAt(b, 0).members = {"b-2", "a-1"};
    b.frontEnd("batch", "prod").servesTraffic = false; // a front-end all the same
    EXPECT_EQ(fired(b.topology(), "ZONE-DEFAULT"), (Fired{"global a-2 b-1 batch @prod"}));
}

TEST(ZoneRules, ZoneDefaultSilentWhenTheGlobalZoneHoldsEveryFrontEnd)
{
    DesignBuilder b = zoned();
    b.frontEnd("spare", "prod").standby = true; // not active: not required
    EXPECT_EQ(fired(b.topology(), "ZONE-DEFAULT"), Fired{});
}

TEST(ZoneRules, ZoneEmptyAndSchedZoneFireForAnEmptyAppZone)
{
    DesignBuilder b = zoned();
    b.zone("prod", "zc", {});
    EXPECT_EQ(fired(b.topology(), "ZONE-EMPTY"), (Fired{"zc @prod"}));
    EXPECT_EQ(fired(b.topology(), "SCHED-ZONE"), (Fired{"zc @prod"}));
}

TEST(ZoneRules, ZoneMemberFiresPerForeignOrNonFrontEndMember)
{
    DesignBuilder b = zoned();
    b.env("qa", Purpose::NonProduction);
    b.frontEnd("qa-1", "qa");
    zoneAt(b, 1).members = {"a-1", "qa-1", "dc", "a-2", "dc"};
    EXPECT_EQ(fired(b.topology(), "ZONE-MEMBER"), (Fired{"za dc @prod", "za qa-1 @prod"}));
}

TEST(ZoneRules, ZoneMemberAndEmptySilentForFrontEndMembers)
{
    DesignBuilder b = zoned();
    EXPECT_EQ(fired(b.topology(), "ZONE-MEMBER"), Fired{});
    EXPECT_EQ(fired(b.topology(), "ZONE-EMPTY"), Fired{});
}

TEST(ZoneRules, ZoneAddressFiresForAPortOrAPath)
{
    DesignBuilder b = zoned();
    zoneAt(b, 1).address = "a.example.com:8443";
    zoneAt(b, 2).address = "b.example.com/apps";
    EXPECT_EQ(fired(b.topology(), "ZONE-ADDRESS"), (Fired{"za @prod", "zb @prod"}));
    zoneAt(b, 1).address = "a-lb.corp.example";
    zoneAt(b, 2).address = "";
    EXPECT_EQ(fired(b.topology(), "ZONE-ADDRESS"), Fired{});
}

TEST(ZoneRules, ZoneAddressAcceptsBareIpAddresses)
{
    DesignBuilder b = zoned();
    for (const char* address : {"fe80::1", "2001:db8::8a2e:370:7334", "::1", "10.0.0.12"}) {
        SCOPED_TRACE(address);
        zoneAt(b, 1).address = address;
        EXPECT_EQ(fired(b.topology(), "ZONE-ADDRESS"), Fired{});
    }
}

TEST(ZoneRules, ZoneAddressRefusesAPortAfterAHostOrABracketedIpv6Address)
{
    DesignBuilder b = zoned();
    for (const char* address : {"host:443", "10.0.0.12:8080", "[fe80::1]:443", "fe80::1/apps"}) {
        SCOPED_TRACE(address);
        zoneAt(b, 1).address = address;
        EXPECT_EQ(fired(b.topology(), "ZONE-ADDRESS"), (Fired{"za @prod"}));
    }
}

TEST(ZoneRules, ZoneLbFiresWithoutABalancerInsideTheZone)
{
    DesignBuilder b = zoned();
    b.topology().loadBalancers.back().targets = {"b-1", "b-2", "a-1"};
    EXPECT_EQ(fired(b.topology(), "ZONE-LB"), (Fired{"zb @prod"}));
    b.topology().loadBalancers.back().targets = {};
    EXPECT_EQ(fired(b.topology(), "ZONE-LB"), (Fired{"zb @prod"}));
}

TEST(ZoneRules, ZoneLbSilentForOneTrafficMember)
{
    DesignBuilder b = zoned();
    b.topology().loadBalancers.back().targets = {};
    b.serverAt("b-2").servesTraffic = false;
    EXPECT_EQ(fired(b.topology(), "ZONE-LB"), Fired{});
}

TEST(ZoneRules, ZoneZdtFiresForAnAppZoneWithFewerThanTwoTrafficFrontEnds)
{
    DesignBuilder b = zoned();
    zoneAt(b, 2).members = {"b-1"};
    EXPECT_EQ(fired(b.topology(), "ZONE-ZDT"), (Fired{"zb @prod"}));
    const std::optional<Finding> one = firstFinding(b.topology(), "ZONE-ZDT");
    ASSERT_TRUE(one);
    EXPECT_EQ(one->severity, Severity::Info);
    EXPECT_NE(one->message.find("only one front-end serving traffic"), std::string::npos)
        << one->message;
    // A member kept out of the pool serves no traffic either.
    b.serverAt("b-1").servesTraffic = false;
    const std::optional<Finding> none = firstFinding(b.topology(), "ZONE-ZDT");
    ASSERT_TRUE(none);
    EXPECT_NE(none->message.find("no front-end serving traffic"), std::string::npos)
        << none->message;
}

TEST(ZoneRules, ZoneZdtSilentOutsideHighAvailabilityOrForAZoneWithoutApps)
{
    DesignBuilder b = zoned();
    zoneAt(b, 2).members = {"b-1"};
    b.envAt("prod").haRequired = false;
    EXPECT_EQ(fired(b.topology(), "ZONE-ZDT"), Fired{});
    b.envAt("prod").haRequired = true;
    zoneAt(b, 2).hostsApps = false;
    EXPECT_EQ(fired(b.topology(), "ZONE-ZDT"), Fired{});
    // A zone without members is ZONE-EMPTY's.
    zoneAt(b, 2).hostsApps = true;
    zoneAt(b, 2).members.clear();
    EXPECT_EQ(fired(b.topology(), "ZONE-ZDT"), Fired{});
}

TEST(ZoneRules, ZoneZdtSilentWhenTheEnvironmentHasOneTrafficFrontEnd)
{
    DesignBuilder b;
    b.env("prod", Purpose::Production);
    b.frontEnd("a-1", "prod");
    b.server("dc", "prod", {Role::DeploymentController});
    b.zone("prod", "global", {"a-1"}, true);
    EXPECT_EQ(fired(b.topology(), "ZONE-ZDT"), Fired{});
}

TEST(ZoneRules, ZoneRproxySilentForOneAppZone)
{
    DesignBuilder b = zoned();
    zoneAt(b, 2).hostsApps = false;
    EXPECT_EQ(fired(b.topology(), "ZONE-RPROXY"), Fired{});
}

TEST(ZoneRules, ZoneDcHttpsSilentWithHttpsOrAControllerThatIsAFrontEnd)
{
    DesignBuilder b = zoned();
    zoneAt(b, 0).httpsInternal = true;
    EXPECT_EQ(fired(b.topology(), "ZONE-DC-HTTPS"), Fired{});
    zoneAt(b, 0).httpsInternal = false;
    b.serverAt("dc").roles = {Role::DeploymentController, Role::Frontend};
    zoneAt(b, 0).members.push_back("dc");
    EXPECT_EQ(fired(b.topology(), "ZONE-DC-HTTPS"), Fired{});
}

TEST(ZoneRules, SchedZoneFiresWhenNoMemberIsAnActiveScheduler)
{
    DesignBuilder b = zoned();
    b.serverAt("a-1").roles = {Role::Frontend};
    b.serverAt("a-2").standby = true;
    EXPECT_EQ(fired(b.topology(), "SCHED-ZONE"), (Fired{"za @prod"}));
}

TEST(ZoneRules, SchedZoneSilentForAZoneThatHostsNoApps)
{
    DesignBuilder b = zoned();
    zoneAt(b, 1).hostsApps = false;
    b.serverAt("a-1").roles = {Role::Frontend};
    b.serverAt("a-2").roles = {Role::Frontend};
    EXPECT_EQ(fired(b.topology(), "SCHED-ZONE"), Fired{});
}

TEST(ZoneRules, EnvironmentsWithoutZonesAreNotChecked)
{
    DesignBuilder b;
    b.healthyFactory();
    for (const std::string& rule : firedRules(b.topology()))
        EXPECT_EQ(rule.find("ZONE"), std::string::npos) << rule;
}

} // namespace
} // namespace topo::test
