// SizingAdvisor: the arithmetic of the production and development sizing figures.
#include "AnalysisDesigns.h"

#include "core/analysis/SizingAdvisor.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace topo::test {
namespace {

bool hasLine(const SizingAdvice& advice, const std::string& line)
{
    return std::find(advice.lines.begin(), advice.lines.end(), line) != advice.lines.end();
}

SizingAdvice productionAdvice(double expected, AppKind kind, bool ha)
{
    Topology design;
    Environment prod = environment("prod", Purpose::Production);
    prod.expectedRequestsPerSecond = expected;
    prod.appKind = kind;
    prod.haRequired = ha;
    design.environments.push_back(prod);
    return SizingAdvisor(design).advise(design.environments[0]);
}

SizingAdvice developmentAdvice(long long developers)
{
    Topology design;
    Environment dev = environment("dev", Purpose::Development);
    dev.activeDevelopers = developers;
    design.environments.push_back(dev);
    return SizingAdvisor(design).advise(design.environments[0]);
}

TEST(SizingAdvisor, ProductionNeedsFourFrontEndsPlusOne)
{
    const SizingAdvice advice = productionAdvice(900, AppKind::Reactive, true);
    ASSERT_EQ(advice.servers.size(), 1u);
    EXPECT_EQ(advice.servers[0].count, 5);
    EXPECT_EQ(advice.servers[0].cpuCores, 4);
    EXPECT_DOUBLE_EQ(advice.servers[0].ramGb, 8);
    EXPECT_TRUE(hasLine(advice, "One front-end of 4 cores / 8 GB: 4 × 62.5 req/s per core = 250 "
                                "req/s."));
    EXPECT_TRUE(hasLine(advice, "900 / 250 = 3.6 → 4 front-ends carry the load."));
    EXPECT_TRUE(hasLine(advice, "High availability: N+1 = 5 front-ends, so that the load is "
                                "carried with one down."));
}

TEST(SizingAdvisor, WithoutHighAvailabilityNoSpare)
{
    EXPECT_EQ(productionAdvice(900, AppKind::Reactive, false).servers[0].count, 4);
}

TEST(SizingAdvisor, SmallLoadFitsTwoCores)
{
    const SizingAdvice advice = productionAdvice(100, AppKind::Reactive, false);
    ASSERT_EQ(advice.servers.size(), 1u);
    EXPECT_EQ(advice.servers[0].count, 1);
    EXPECT_EQ(advice.servers[0].cpuCores, 2);
    EXPECT_DOUBLE_EQ(advice.servers[0].ramGb, 4);
}

TEST(SizingAdvisor, TraditionalAppsUseFifteenPerCore)
{
    const SizingAdvice advice = productionAdvice(100, AppKind::Traditional, true);
    EXPECT_TRUE(hasLine(advice, "100 / 60 = 1.66667 → 2 front-ends carry the load."));
    EXPECT_EQ(advice.servers[0].count, 3);
}

TEST(SizingAdvisor, NoExpectedLoadNoAdvice)
{
    const SizingAdvice advice = productionAdvice(0, AppKind::Reactive, true);
    EXPECT_TRUE(advice.servers.empty());
    EXPECT_EQ(advice.lines.size(), 1u);
}

// A load no design can hold gets no count: it would not fit an int, and Apply would try to
// add that many servers.
TEST(SizingAdvisor, ALoadBeyondWhatADesignHoldsIsNotSized)
{
    const SizingAdvice advice = productionAdvice(1e300, AppKind::Reactive, true);
    EXPECT_TRUE(advice.servers.empty());
    EXPECT_TRUE(hasLine(advice, "1e+300 / 250 = 4e+297: more than 100000 front-ends, beyond what "
                                "a design holds; check the expected load."));
    EXPECT_EQ(productionAdvice(25'000'000, AppKind::Reactive, false).servers[0].count, 100'000);
}

TEST(SizingAdvisor, MoreDevelopersThanTheFiguresCoverAreNotSized)
{
    const SizingAdvice advice = developmentAdvice(9'000'000'000'000'000'000);
    EXPECT_TRUE(advice.servers.empty());
    EXPECT_TRUE(hasLine(advice, "9000000000000000000 active developers: more than the sizing "
                                "figures cover (100000); check the number of active "
                                "developers."));
    EXPECT_EQ(developmentAdvice(100'000).servers[0].cpuCores, 25'000); // 4 + 0.25 × 99,984
}

TEST(SizingAdvisor, DevelopmentTables)
{
    EXPECT_TRUE(developmentAdvice(4).servers.empty());

    const SizingAdvice six = developmentAdvice(6);
    ASSERT_EQ(six.servers.size(), 1u);
    EXPECT_EQ(six.servers[0],
              (ServerRecommendation{"one server with every role",
                                    {Role::Frontend, Role::DeploymentController, Role::Scheduler},
                                    1,
                                    3,
                                    8.5,
                                    100}));

    const SizingAdvice ten = developmentAdvice(10);
    ASSERT_EQ(ten.servers.size(), 1u);
    EXPECT_EQ(ten.servers[0].cpuCores, 5); // 4 + 0.25 × 2 = 4.5, rounded up
    EXPECT_DOUBLE_EQ(ten.servers[0].ramGb, 13);
    EXPECT_DOUBLE_EQ(ten.servers[0].diskGb, 200);

    const SizingAdvice twenty = developmentAdvice(20);
    ASSERT_EQ(twenty.servers.size(), 2u);
    EXPECT_EQ(twenty.servers[0],
              (ServerRecommendation{
                  "deployment controller", {Role::DeploymentController}, 1, 5, 18, 500}));
    EXPECT_EQ(
        twenty.servers[1],
        (ServerRecommendation{"front-end", {Role::Frontend, Role::Scheduler}, 1, 5, 14, 300}));
    EXPECT_TRUE(hasLine(twenty, "deployment controller: cores 4 + 0.25 × 4 = 5 → 5; RAM 16 + "
                                "0.5 × 4 = 18 GB; disk 500 GB."));
}

} // namespace
} // namespace topo::test
