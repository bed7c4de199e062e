// EnvironmentAnalysis: the figures of one environment with their arithmetic, as every analysis
// dock, the report and `topology-cli analyze` show them.
#include "AnalysisDesigns.h"

#include "core/analysis/AnalysisReport.h"
#include "core/analysis/Arithmetic.h"
#include "core/analysis/EnvironmentAnalysis.h"

#include <gtest/gtest.h>

namespace topo::test {
namespace {

TEST(EnvironmentAnalysis, IdenticalFrontEndsSayTheirProduct)
{
    const Topology design = farm(3, 4);
    const EnvironmentAnalysis analysis = analyzeEnvironment(design, production(design));
    EXPECT_EQ(analysis.frontEnds.traffic, 3);
    EXPECT_EQ(analysis.frontEnds.all, 3);
    EXPECT_FALSE(analysis.frontEnds.mixedCores());
    EXPECT_EQ(analysis.capacityArithmetic.total, "3 × 4 cores × 62.5 req/s per core = 750 req/s");
    EXPECT_EQ(analysis.capacityArithmetic.nMinus1,
              "750 req/s − 4 cores × 62.5 req/s per core (fe-1-name, the largest, down) = "
              "500 req/s");
    // 250 → A, 250 → B, 250 → A (tie: the first group).
    EXPECT_EQ(analysis.capacityArithmetic.balancedGroups[0],
              (std::vector<std::string>{"fe-1", "fe-3"}));
    EXPECT_EQ(analysis.capacityArithmetic.balancedGroups[1], (std::vector<std::string>{"fe-2"}));
    EXPECT_DOUBLE_EQ(analysis.capacity.balancedDeployment, 250);
    EXPECT_EQ(analysis.availabilityArithmetic.frontEndTier, "1 − (1 − 0.995)^3 = 0.999999875");
    EXPECT_FALSE(analysis.singlePointsKnown);
}

TEST(EnvironmentAnalysis, NoFrontEndAndOneFrontEnd)
{
    Topology design = farm(1, 8);
    const EnvironmentAnalysis one = analyzeEnvironment(design, production(design));
    EXPECT_EQ(one.capacityArithmetic.nMinus1,
              "500 req/s − 8 cores × 62.5 req/s per core (fe-1-name, the only one, down) = 0 "
              "req/s");
    EXPECT_EQ(one.capacityArithmetic.balancedDeployment,
              "fewer than two traffic front-ends: no split into two groups, 0 req/s");
    design.servers.erase(design.servers.begin());
    const EnvironmentAnalysis none = analyzeEnvironment(design, production(design));
    EXPECT_EQ(none.frontEnds.traffic, 0);
    EXPECT_EQ(none.capacityArithmetic.total, "no traffic front-end: 0 req/s");
    EXPECT_EQ(none.availabilityArithmetic.frontEndTier, "no traffic front-end: 0");
}

TEST(EnvironmentAnalysis, SinglePointsOnlyOfTheirEnvironment)
{
    Topology design = farm(2, 4);
    design.environments.push_back(environment("dev", Purpose::Development));
    design.servers.push_back(
        server("d-1", "dev", {Role::Frontend, Role::DeploymentController, Role::Scheduler}));
    design.databases.push_back(database("db-d", {"dev"}));
    const std::vector<EnvironmentAnalysis> all = analyzeEnvironments(design);
    ASSERT_EQ(all.size(), 2u);
    for (const EnvironmentAnalysis& analysis : all) {
        EXPECT_TRUE(analysis.singlePointsKnown);
        for (const SinglePointOfFailure& point : analysis.singlePointsOfFailure) {
            ASSERT_EQ(point.breaks.size(), 1u) << point.element;
            EXPECT_EQ(point.breaks[0].environment, analysis.environment) << point.element;
        }
    }
    EXPECT_EQ(all[1].singlePointsOfFailure.front().element, "d-1");
    EXPECT_EQ(analyzeEnvironments(design, "dev", SinglePoints::Skip).size(), 1u);
    EXPECT_TRUE(analyzeEnvironments(design, "nope").empty());
}

TEST(EnvironmentAnalysis, JsonNumbersAreTheFigures)
{
    const Topology design = farm(3, 4);
    const Json json = analysisJson(analyzeEnvironments(design).front());
    EXPECT_EQ(json.at("frontEnds").at("traffic"), 3);
    EXPECT_EQ(json.at("capacity").at("total"), 750.0);
    EXPECT_EQ(json.at("capacity").at("nMinus1"), 500.0);
    EXPECT_EQ(json.at("capacity").at("balancedDeployment"), 250.0);
    EXPECT_EQ(json.at("scaling").at("frontEndClusters").size(), 1u);
}

TEST(Arithmetic, FiguresWithoutTrailingZeros)
{
    EXPECT_EQ(figureText(62.5), "62.5");
    EXPECT_EQ(figureText(750), "750");
    EXPECT_EQ(figureText(-0.0001), "0");
    EXPECT_EQ(figureText(0.999975, 9), "0.999975");
    EXPECT_EQ(rateText(312.5), "312.5 req/s");
}

} // namespace
} // namespace topo::test
