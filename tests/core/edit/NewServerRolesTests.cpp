// The roles a new server gets: never a design that raises DC-MISSING the moment a server is
// dropped, never a second controller.
#include "EditTestSupport.h"

#include "core/edit/ElementArrays.h"
#include "core/edit/ElementFactory.h"
#include "core/edit/QuickFixes.h"
#include "core/rules/Validator.h"

#include <algorithm>

namespace topo {
namespace {

using test::loadFixture;

const std::vector<Role> kAllRoles{Role::Frontend, Role::DeploymentController, Role::Scheduler};
const std::vector<Role> kFrontEnd{Role::Frontend, Role::Scheduler};

bool firesIn(const Topology& topology, const std::string& rule, const std::string& environment)
{
    const auto findings = validate(topology);
    return std::any_of(findings.begin(), findings.end(), [&](const Finding& f) {
        return f.rule == rule && f.environment == environment;
    });
}

// Drops a new server into `environment` as the palette does; returns the new server.
Server dropServer(Topology& topology, const std::string& environment)
{
    ElementFactory factory(topology);
    const auto created = factory.create(ElementKind::Server, environment, Point{});
    EXPECT_TRUE(created);
    if (!created)
        return {};
    created->patch.apply(topology);
    return *findById(topology.servers, created->id);
}

// Adds an empty environment as the palette does; returns its id.
std::string addEnvironment(Topology& topology)
{
    ElementFactory factory(topology);
    const auto env = factory.create(ElementKind::Environment, "", Point{2000, 60, {}});
    EXPECT_TRUE(env);
    if (!env)
        return {};
    env->patch.apply(topology);
    return env->id;
}

TEST(NewServerRoles, TheFirstServerOfAnEnvironmentHoldsAllThreeRoles)
{
    Topology t = loadFixture("factory-standard");
    const std::string env = addEnvironment(t);

    EXPECT_EQ(dropServer(t, env).roles, kAllRoles);
    for (const char* rule : {"DC-MISSING", "FE-MISSING", "SCHED-MISSING"})
        EXPECT_FALSE(firesIn(t, rule, env)) << rule;
    // The second one is a front-end: one controller per environment.
    EXPECT_EQ(dropServer(t, env).roles, kFrontEnd);
    EXPECT_FALSE(firesIn(t, "DC-MULTIPLE", env));
}

TEST(NewServerRoles, AnEnvironmentWithoutAnActiveControllerGetsOneWithTheNewServer)
{
    Topology t = loadFixture("factory-standard");
    findById(t.servers, "prod-dc")->standby = true; // a cold spare is no active controller
    ASSERT_TRUE(firesIn(t, "DC-MISSING", "prod"));

    EXPECT_EQ(dropServer(t, "prod").roles, kAllRoles);
    EXPECT_FALSE(firesIn(t, "DC-MISSING", "prod"));
    EXPECT_FALSE(firesIn(t, "DC-MULTIPLE", "prod"));
}

TEST(NewServerRoles, AnEnvironmentWithAControllerGetsAFrontEndAndScheduler)
{
    Topology t = loadFixture("factory-standard");
    EXPECT_EQ(dropServer(t, "prod").roles, kFrontEnd);
    EXPECT_EQ(dropServer(t, "lt").roles, kFrontEnd);
    EXPECT_FALSE(firesIn(t, "DC-MULTIPLE", "prod"));
}

TEST(NewServerRoles, ServersMadeTogetherGiveTheControllerToOneOfThem)
{
    Topology t = loadFixture("factory-standard");
    findById(t.servers, "prod-dc")->standby = true;
    ElementFactory factory(t);
    EXPECT_EQ(factory.makeServer("prod").roles, kAllRoles);
    EXPECT_EQ(factory.makeServer("prod").roles, kFrontEnd);
    EXPECT_EQ(factory.makeServer("qa").roles, kFrontEnd) << "QA-01 is its controller";
}

TEST(NewServerRoles, TheEmptyEnvironmentFixAddsAServerThatCompletesIt)
{
    Topology t = loadFixture("factory-standard");
    const std::string env = addEnvironment(t);
    const auto findings = validate(t);
    const auto empty = std::find_if(findings.begin(), findings.end(),
                                    [](const Finding& f) { return f.rule == "ENV-EMPTY"; });
    ASSERT_NE(empty, findings.end());
    auto fixes = quickFixesFor(t, *empty);
    ASSERT_FALSE(fixes.empty());
    EXPECT_EQ(fixes.front().title.rfind("Add a server ", 0), 0u) << fixes.front().title;
    fixes.front().patch.apply(t);
    for (const char* rule : {"ENV-EMPTY", "DC-MISSING", "FE-MISSING", "SCHED-MISSING"})
        EXPECT_FALSE(firesIn(t, rule, env)) << rule;
}

} // namespace
} // namespace topo
