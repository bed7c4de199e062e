#include "DesignBuilder.h"
#include "RuleTestSupport.h"
#include "core/rules/RabbitMqVersions.h"

#include <gtest/gtest.h>

namespace topo::test {
namespace {

TEST(QueueRules, MqMissingFiresForAPopulatedEnvironmentWithoutQueue)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction);
    b.topology().messageQueues.clear();
    b.env("empty", Purpose::NonProduction);
    EXPECT_EQ(fired(b.topology(), "MQ-MISSING"), (Fired{"qa @qa"}));
    b.queue("mq", "qa");
    EXPECT_EQ(fired(b.topology(), "MQ-MISSING"), Fired{});
}

TEST(QueueRules, MqSpofFiresWhenEveryQueueHasOneNode)
{
    DesignBuilder b;
    b.healthyFactory();
    b.topology().messageQueues.back().nodes = 1; // mq-prod
    b.queue("mq-prod-2", "prod");
    EXPECT_EQ(fired(b.topology(), "MQ-SPOF"), (Fired{"prod @prod"}));
}

TEST(QueueRules, MqSpofSilentWithAClusterOrWithoutHa)
{
    DesignBuilder b;
    b.healthyFactory();
    b.queue("mq-prod-2", "prod"); // mq-prod has three nodes
    EXPECT_EQ(fired(b.topology(), "MQ-SPOF"), Fired{});
    b.topology().messageQueues[3].nodes = 1; // mq-prod
    b.envAt("prod").haRequired = false;
    EXPECT_EQ(fired(b.topology(), "MQ-SPOF"), Fired{});
}

TEST(QueueRules, ClusterRulesFirePerQueue)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction);
    b.queue("two", "qa").nodes = 2;
    b.queue("three", "qa").nodes = 3;
    b.queue("four", "qa").nodes = 4;
    b.topology().messageQueues.back().tcpLoadBalancer = true;
    const Topology& t = b.topology();
    EXPECT_EQ(fired(t, "MQ-CLUSTER-NO-LB"), (Fired{"three @qa", "two @qa"}));
    EXPECT_EQ(fired(t, "MQ-CLUSTER-EVEN"), (Fired{"four @qa", "two @qa"}));
}

TEST(QueueRules, ClusterNoLbAdvisesATcpLoadBalancerOrADynamicDnsName)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction);
    b.topology().messageQueues.front().nodes = 3;
    const std::optional<Finding> noLb = firstFinding(b.topology(), "MQ-CLUSTER-NO-LB");
    ASSERT_TRUE(noLb);
    EXPECT_NE(noLb->message.find("TCP load balancer"), std::string::npos) << noLb->message;
    EXPECT_NE(noLb->message.find("dynamic DNS name"), std::string::npos) << noLb->message;
}

TEST(QueueRules, ClusterRulesSilentForOneNodeOrAnOddBalancedCluster)
{
    DesignBuilder b;
    b.healthyFactory();
    EXPECT_EQ(fired(b.topology(), "MQ-CLUSTER-NO-LB"), Fired{});
    EXPECT_EQ(fired(b.topology(), "MQ-CLUSTER-EVEN"), Fired{});
}

TEST(QueueRules, HostRulesNameTheQueueThenTheServer)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction);
    b.healthyEnv("dev", Purpose::Development);
    b.queue("on-dc", "qa", "qa-1");
    b.queue("abroad", "qa", "dev-1");
    const Topology& t = b.topology();
    EXPECT_EQ(fired(t, "MQ-ON-DC"), (Fired{"abroad dev-1 @qa", "on-dc qa-1 @qa"}));
    EXPECT_EQ(fired(t, "MQ-HOST-ENV"), (Fired{"abroad dev-1 @qa"}));
}

TEST(QueueRules, MqHostEnvIsAWarning)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction);
    b.healthyEnv("dev", Purpose::Development);
    b.queue("abroad", "qa", "dev-1");
    const std::optional<Finding> host = firstFinding(b.topology(), "MQ-HOST-ENV");
    ASSERT_TRUE(host);
    EXPECT_EQ(host->severity, Severity::Warning);
}

TEST(QueueRules, HostRulesSilentForAFrontEndHostOrAStandbyController)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction);
    b.frontEnd("qa-fe", "qa");
    b.server("qa-spare", "qa", {Role::DeploymentController}).standby = true;
    b.queue("fe-host", "qa", "qa-fe");
    b.queue("spare-host", "qa", "qa-spare");
    EXPECT_EQ(fired(b.topology(), "MQ-ON-DC"), Fired{});
    EXPECT_EQ(fired(b.topology(), "MQ-HOST-ENV"), Fired{});
}

TEST(QueueRules, MqVersionFiresBelowTheMinimumOfThePlatformVersion)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction).platformVersion = "11.30.1"; // needs 3.13.0
    b.queue("old", "qa").version = "3.12.9";
    b.queue("ok", "qa").version = "3.13";
    b.queue("new", "qa").version = "4.0.0";
    b.queue("unset", "qa");
    b.queue("odd", "qa").version = "3.12-beta";
    EXPECT_EQ(fired(b.topology(), "MQ-VERSION"), (Fired{"old @qa"}));
}

TEST(QueueRules, MqVersionSilentWithoutAPlatformVersion)
{
    DesignBuilder b;
    b.healthyEnv("qa", Purpose::NonProduction);
    b.queue("old", "qa").version = "1.0";
    EXPECT_EQ(fired(b.topology(), "MQ-VERSION"), Fired{});
    b.envAt("qa").platformVersion = "eleven";
    EXPECT_EQ(fired(b.topology(), "MQ-VERSION"), Fired{});
}

TEST(RabbitMqVersions, MinimumFollowsThePlatformVersionTable)
{
    const std::vector<std::pair<std::string, std::string>> table{
        {"11.38", "4.1.2"},    {"11.40.1", "4.1.2"},  {"12", "4.1.2"},
        {"11.37.9", "3.13.0"}, {"11.27", "3.13.0"},   {"11.26.99", "3.10.14"},
        {"11.19", "3.10.14"},  {"11.18", "3.9.11"},   {"11.15.0", "3.9.11"},
        {"11.14", "3.8.21"},   {"11.13.2", "3.8.21"}, {"11.13.1", "3.8.3"},
        {"11.9", "3.8.3"},     {"11.8.9", "3.7.7"},   {"10", "3.7.7"},
    };
    for (const auto& [platform, minimum] : table)
        EXPECT_EQ(minimumRabbitMq(platform), std::optional<std::string_view>(minimum)) << platform;
    EXPECT_EQ(minimumRabbitMq("11.x"), std::nullopt);
    EXPECT_EQ(minimumRabbitMq(""), std::nullopt);
}

TEST(RabbitMqVersions, ComparesNumericallyWithMissingComponentsAsZero)
{
    EXPECT_EQ(compareVersions("3.10.0", "3.9.11"), 1);
    EXPECT_EQ(compareVersions("3.9", "3.9.0.0"), 0);
    EXPECT_EQ(compareVersions("3.9", "3.9.1"), -1);
    EXPECT_EQ(compareVersions("03.010", "3.10"), 0);
    EXPECT_EQ(compareVersions("99999999999999999999999.1", "99999999999999999999998.9"), 1);
    EXPECT_EQ(compareVersions("3..1", "3.1"), std::nullopt);
    EXPECT_EQ(compareVersions("3.1.", "3.1"), std::nullopt);
    EXPECT_EQ(compareVersions("v3.1", "3.1"), std::nullopt);
    EXPECT_EQ(compareVersions(" 11.20 ", "11.20.0"), 0); // surrounding spaces are no part
    EXPECT_EQ(compareVersions("11. 20", "11.20"), std::nullopt);
    EXPECT_EQ(compareVersions("", "11.20"), std::nullopt);
    EXPECT_EQ(compareVersions(".11", "11"), std::nullopt);
    EXPECT_TRUE(versionBelow("3.8.2", "3.8.3"));
    EXPECT_FALSE(versionBelow("3.8.3", "3.8.3"));
    EXPECT_FALSE(versionBelow("junk", "3.8.3"));
}

} // namespace
} // namespace topo::test
