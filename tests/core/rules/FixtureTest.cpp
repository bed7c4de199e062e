#include "Fixtures.h"
#include "RuleTestSupport.h"

#include "core/io/TopologyReader.h"
#include "core/model/Json.h"
#include "core/rules/Validator.h"

#include <gtest/gtest.h>

#include <fstream>

namespace topo::test {
namespace {

const std::string kFixtures = testDataDir() + "/fixtures/";

// A finding as the expected files give it: rule, severity, subjects, environment.
std::string describe(std::string_view rule, std::string_view severity,
                     const std::vector<std::string>& subjects, std::string_view environment)
{
    std::string line = std::string(rule) + " " + std::string(severity) + " [";
    for (const std::string& id : subjects)
        line += id + " ";
    return line + "] @" + std::string(environment);
}

TEST(Fixtures, TheEightOfficialDesignsArePresent)
{
    EXPECT_EQ(fixtureNames(),
              (std::vector<std::string>{"design-with-problems", "example-1-nonproduction",
                                        "example-2-production-farm", "example-3-lifetime",
                                        "example-4-production-zones", "factory-standard",
                                        "software-and-time", "upgrade-readiness"}));
}

class FixtureTest : public ::testing::TestWithParam<std::string> {};

TEST_P(FixtureTest, FindingsMatchTheExpectedFile)
{
    const LoadResult loaded = readTopologyFile(kFixtures + GetParam() + ".topology.json");
    ASSERT_TRUE(loaded.ok()) << loaded.error.message << " at " << loaded.error.pointer;

    std::ifstream file(kFixtures + GetParam() + ".expected.json");
    ASSERT_TRUE(file) << "missing expected file";
    const Json expectedJson = Json::parse(file);
    std::vector<std::string> expected;
    for (const Json& f : expectedJson.at("findings"))
        expected.push_back(describe(f.at("rule").get<std::string>(),
                                    f.at("severity").get<std::string>(),
                                    f.at("subjects").get<std::vector<std::string>>(),
                                    f.at("environment").get<std::string>()));

    std::vector<std::string> actual;
    for (const Finding& f : runRules(*loaded.topology))
        actual.push_back(describe(f.rule, toString(f.severity), f.subjects, f.environment));
    EXPECT_EQ(actual, expected);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FixtureTest, ::testing::ValuesIn(fixtureNames()),
                         [](const auto& info) {
                             std::string name = info.param;
                             for (char& c : name)
                                 if (c == '-')
                                     c = '_';
                             return name;
                         });

} // namespace
} // namespace topo::test
