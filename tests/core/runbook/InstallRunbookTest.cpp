#include "Fixtures.h"

#include "core/runbook/InstallRunbook.h"
#include "core/runbook/RunbookText.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace topo::test {
namespace {

// The position of the first step of `runbook` whose text starts with `start`, or npos.
std::size_t stepAt(const EnvironmentRunbook& runbook, const std::string& start)
{
    for (std::size_t i = 0; i < runbook.steps.size(); ++i)
        if (runbook.steps[i].text.starts_with(start))
            return i;
    return std::string::npos;
}

const EnvironmentRunbook& environment(const InstallRunbook& runbook, const std::string& id)
{
    return *std::find_if(runbook.environments.begin(), runbook.environments.end(),
                         [&id](const EnvironmentRunbook& e) { return e.environment == id; });
}

class FixtureRunbook : public ::testing::TestWithParam<std::string> {};

TEST_P(FixtureRunbook, DatabaseThenControllerThenFrontEndsAndLifetimeRegistrationLast)
{
    const Topology t = loadFixture(GetParam());
    const InstallRunbook runbook = installRunbook(t);
    ASSERT_FALSE(runbook.environments.empty());
    bool lifetimeSeen = false;
    for (const EnvironmentRunbook& e : runbook.environments) {
        SCOPED_TRACE(e.environment);
        const Environment& env =
            *std::find_if(t.environments.begin(), t.environments.end(),
                          [&e](const Environment& x) { return x.id == e.environment; });
        // LifeTime comes after every application environment.
        if (env.purpose == Purpose::Lifetime)
            lifetimeSeen = true;
        else
            EXPECT_FALSE(lifetimeSeen);
        const std::size_t database = stepAt(e, "Database ");
        const std::size_t controller = stepAt(e, "Deployment controller ");
        const std::size_t frontEnd = stepAt(e, "Front-end ");
        ASSERT_NE(database, std::string::npos);
        ASSERT_NE(controller, std::string::npos);
        EXPECT_LT(database, controller);
        if (frontEnd != std::string::npos) {
            EXPECT_LT(controller, frontEnd);
        }
        for (const RunbookStep& step : e.steps)
            EXPECT_FALSE(step.reference.empty()) << step.text;
    }
    // Every server of the design has a build sheet naming its installer and checklist role.
    std::size_t sheets = 0;
    for (const EnvironmentRunbook& e : runbook.environments)
        for (const BuildSheet& s : e.sheets) {
            ++sheets;
            EXPECT_TRUE(s.installer.ends_with(".exe")) << s.name;
            EXPECT_TRUE(s.checklistRole == "Server" || s.checklistRole == "Deployment Controller" ||
                        s.checklistRole == "Deployment Controller + Server")
                << s.name;
        }
    EXPECT_EQ(sheets, t.servers.size());
    // No value anywhere is localhost (only the advice never to use it names it).
    for (const EnvironmentRunbook& e : runbook.environments)
        for (const BuildSheet& s : e.sheets)
            for (const ConfigurationValue& v : s.configuration)
                EXPECT_EQ(v.value.find("localhost"), std::string::npos) << s.name << " " << v.field;
    // The registration in LifeTime comes last in every output.
    const std::string text = runbookText(runbook);
    if (!runbook.registration.empty()) {
        const std::size_t registration = text.find("LifeTime registration");
        ASSERT_NE(registration, std::string::npos);
        for (const EnvironmentRunbook& e : runbook.environments)
            EXPECT_LT(text.find(e.name + "\n"), registration);
    }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FixtureRunbook,
                         ::testing::Values("factory-standard", "example-4-production-zones",
                                           "upgrade-readiness"),
                         [](const auto& info) {
                             std::string name = info.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

TEST(InstallRunbook, FactoryStandardNamesItsHostsAndValues)
{
    const InstallRunbook runbook = installRunbook(loadFixture("factory-standard"));
    ASSERT_EQ(runbook.environments.back().environment, "lt");
    const EnvironmentRunbook& prod = environment(runbook, "prod");
    const BuildSheet& fe = prod.sheets.at(1); // PROD-FE-01
    EXPECT_EQ(fe.name, "PROD-FE-01");
    EXPECT_EQ(fe.installer, "PlatformServer-11.38.0.exe");
    EXPECT_EQ(fe.checklistRole, "Server");
    EXPECT_EQ(prod.sheets.at(0).checklistRole, "Deployment Controller");
    const auto value = [&fe](const std::string& tab, const std::string& field) {
        for (const ConfigurationValue& v : fe.configuration)
            if (v.tab == tab && v.field == field)
                return v.value;
        return std::string("(missing)");
    };
    EXPECT_EQ(value("Controller", "Deployment Controller Server"), "PROD-DC");
    EXPECT_EQ(value("Cache", "Host"), "RMQ-PROD (the host name of its TCP load balancer)");
    EXPECT_EQ(value("Platform", "Server"),
              "SQL-PROD-AG (the listener or cluster name, one endpoint for every node)");
    const EnvironmentRunbook& lifetime = environment(runbook, "lt");
    EXPECT_EQ(lifetime.sheets.at(0).installer, "LifeTimeWithPlatformServer-<version>.exe");
    EXPECT_EQ(lifetime.sheets.at(0).platformVersion, "not stated: the current version");
    EXPECT_NE(stepAt(prod, "Load balancer LB-PROD: put PROD-FE-01, PROD-FE-02, PROD-FE-03 in"),
              std::string::npos);
    ASSERT_EQ(runbook.registration.size(), 4u); // three environments, then the check
    EXPECT_TRUE(runbook.registration[2].text.starts_with(
        "Register Production in LifeTime with the environment address LB-PROD and the LifeTime "
        "address LB-LIFETIME"));
    EXPECT_NE(runbook.undocumented.front().find("not public"), std::string::npos);
}

TEST(InstallRunbook, OneEnvironmentOnly)
{
    const InstallRunbook runbook = installRunbook(loadFixture("factory-standard"), "qa");
    ASSERT_EQ(runbook.environments.size(), 1u);
    EXPECT_EQ(runbook.environments[0].environment, "qa");
    EXPECT_TRUE(installRunbook(loadFixture("factory-standard"), "nowhere").environments.empty());
}

TEST(InstallRunbook, PrerequisitesFollowThePlatformServerVersion)
{
    Topology t = loadFixture("factory-standard");
    t.environments[3].platformVersion = "11.18.0";
    const InstallRunbook runbook = installRunbook(t);
    const BuildSheet& old = environment(runbook, "prod").sheets.at(0);
    const auto has = [&old](const std::string& text) {
        return std::any_of(
            old.prerequisites.begin(), old.prerequisites.end(),
            [&text](const std::string& p) { return p.find(text) != std::string::npos; });
    };
    EXPECT_TRUE(has(".NET 6.0 Runtime & Hosting Bundle"));
    EXPECT_TRUE(has("Microsoft Build Tools 2015"));
    EXPECT_FALSE(has("Visual C++"));
    EXPECT_TRUE(has("Windows Server 2016, 2019, Standard edition"));
}

TEST(InstallRunbook, HtmlAndMarkdownCarryTheSameSteps)
{
    const InstallRunbook runbook = installRunbook(loadFixture("example-4-production-zones"));
    const std::string html = runbookHtmlSection(runbook);
    const std::string md = runbookMarkdown(runbook);
    for (const EnvironmentRunbook& e : runbook.environments)
        for (const RunbookStep& step : e.steps) {
            EXPECT_NE(md.find(step.text), std::string::npos) << step.text;
            if (step.text.find_first_of("<>&\"") == std::string::npos) {
                EXPECT_NE(html.find(step.text), std::string::npos) << step.text;
            }
        }
    EXPECT_EQ(runbookJson(runbook).at("environments").size(), runbook.environments.size());
}

} // namespace
} // namespace topo::test
