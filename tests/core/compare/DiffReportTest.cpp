#include "Fixtures.h"
#include "core/compare/DesignDiff.h"
#include "core/io/TopologyReader.h"

#include "core/rules/Validator.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace topo {
namespace {

using test::loadFixture;

DesignDiff sampleDiff()
{
    DesignDiff diff;
    ElementDiff server{ElementDiff::Kind::Changed,
                       "prod-fe1",
                       "server",
                       "PROD-FE-01",
                       "prod",
                       {{"hardware.cpuCores", "4", "8", {}, {}},
                        {"roles", "[frontend]", "[frontend, scheduler]", {"scheduler"}, {}}}};
    ElementDiff balancer{ElementDiff::Kind::Added, "lb-2", "loadBalancer", "LB-2", "prod", {}};
    diff.elements = {balancer, server};
    Finding finding{"FE-HW-UNIFORM", Severity::Warning, "sizes differ", {"prod-fe1"}, "prod"};
    diff.findings = {{true, finding}};
    diff.environments = {
        {"prod", "Production", {{"capacity", "750 req/s", "1000 req/s"}}, {"lb-2"}, {"lb-1"}}};
    return diff;
}

TEST(DiffReport, TextListsChangesFindingsFiguresThenTheSummary)
{
    const std::vector<std::string> expected{
        "added loadBalancer lb-2 \"LB-2\" in prod",
        "changed server prod-fe1 \"PROD-FE-01\" in prod",
        "  hardware.cpuCores: 4 → 8",
        "  roles: +scheduler",
        "finding appeared: FE-HW-UNIFORM (warning) prod-fe1: sizes differ",
        "environment prod \"Production\"",
        "  capacity: 750 req/s → 1000 req/s",
        "  single point of failure appeared: lb-2",
        "  single point of failure disappeared: lb-1",
        "2 element changes (1 added, 0 removed, 1 changed, 0 moved), 1 finding appeared, 0 "
        "disappeared, 1 environment with other figures."};
    EXPECT_EQ(diffLines(sampleDiff()), expected);
}

TEST(DiffReport, SameDesignsGiveOnlyTheSummaryLine)
{
    EXPECT_EQ(diffLines(DesignDiff{}), std::vector<std::string>{"The designs are the same."});
    EXPECT_EQ(toJson(DesignDiff{})["same"], true);
}

TEST(DiffReport, JsonHasSortedKeysAndEveryValue)
{
    const nlohmann::json json = toJson(sampleDiff());
    const std::string expected =
        R"({"elements":[{"environment":"prod","id":"lb-2","kind":"added","members":[],)"
        R"("name":"LB-2","type":"loadBalancer"},{"environment":"prod","id":"prod-fe1",)"
        R"("kind":"changed","members":[{"added":[],"after":"8","before":"4","member":)"
        R"("hardware.cpuCores","removed":[]},{"added":["scheduler"],"after":)"
        R"("[frontend, scheduler]","before":"[frontend]","member":"roles","removed":[]}],)"
        R"("name":"PROD-FE-01","type":"server"}],"environments":[{"figures":[{"after":)"
        R"("1000 req/s","before":"750 req/s","figure":"capacity"}],"id":"prod","name":)"
        R"("Production","singlePointsOfFailure":{"appeared":["lb-2"],"disappeared":)"
        R"(["lb-1"]}}],"findings":[{"change":"appeared","environment":"prod","message":)"
        R"("sizes differ","rule":"FE-HW-UNIFORM","severity":"warning","subjects":)"
        R"(["prod-fe1"]}],"same":false,"summary":{"added":1,"changed":1,"environments":1,)"
        R"("findingsAppeared":1,"findingsDisappeared":0,"moved":0,"removed":0}})";
    EXPECT_EQ(json.dump(), expected);
}

TEST(DesignLines, OneLinePerMemberFindingFigureAndSinglePoint)
{
    const Topology design = loadFixture("factory-standard");
    ASSERT_FALSE(design.environments.empty());
    const std::vector<std::string> lines = designLines(design);
    const auto has = [&lines](const std::string& line) {
        return std::find(lines.begin(), lines.end(), line) != lines.end();
    };
    EXPECT_TRUE(has("server prod-fe1 hardware.cpuCores: 4"));
    EXPECT_TRUE(has("server prod-fe1 layout.x: 940"));
    EXPECT_TRUE(has("loadBalancer lb-prod targets: [prod-fe1, prod-fe2, prod-fe3]"));
    EXPECT_TRUE(has("environment prod N-1: 500 req/s"));
    EXPECT_TRUE(has("environment prod single point of failure: dc-b"));
    EXPECT_TRUE(has("design scope: \"infrastructure\""));
    const auto findings = std::count_if(lines.begin(), lines.end(), [](const std::string& line) {
        return line.rfind("finding ", 0) == 0;
    });
    EXPECT_EQ(static_cast<std::size_t>(findings), validate(design).size());

    const std::vector<std::string> withoutLayout = designLines(design, DiffOptions{true});
    EXPECT_EQ(std::count_if(withoutLayout.begin(), withoutLayout.end(),
                            [](const std::string& line) {
                                return line.find(" layout.") != std::string::npos;
                            }),
              0);
    EXPECT_LT(withoutLayout.size(), lines.size());
}

} // namespace
} // namespace topo
