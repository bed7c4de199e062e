// `topology-cli diff`: hand-made pairs built from factory-standard (a hardware change, a role
// change, an added load balancer, a removed database, a moved server), each reported exactly;
// same and reordered designs; the exit statuses and the stable JSON.
#include "CliRunner.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

namespace topo::test {
namespace {

Json& byId(Json& array, const std::string& id)
{
    for (Json& element : array)
        if (element.at("id") == id)
            return element;
    ADD_FAILURE() << "no element " << id;
    return array.front();
}

// Every array of elements and of references in reverse order: the same design.
void reverseArrays(Json& document)
{
    for (const char* array :
         {"sites", "environments", "servers", "loadBalancers", "databases", "messageQueues"}) {
        Json& elements = document.at(array);
        std::reverse(elements.begin(), elements.end());
        for (Json& element : elements)
            for (const char* member : {"roles", "targets", "catalogs", "zones"})
                if (element.contains(member))
                    std::reverse(element.at(member).begin(), element.at(member).end());
    }
}

class Diff : public testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_before = fixturePath("factory-standard");
    }

    // factory-standard changed by `edit`, written as NAME.topology.json.
    QString variant(const QString& name, const std::function<void(Json&)>& edit)
    {
        Json document = Json::parse(readBytes(m_before).toStdString());
        edit(document);
        const QString path = m_dir.filePath(name + QStringLiteral(".topology.json"));
        writeBytes(path, QByteArray::fromStdString(document.dump(2)));
        return path;
    }

    CliRun diff(const QString& after, const QStringList& options = {}) const
    {
        return runCli(QStringList{QStringLiteral("diff"), m_before, after} + options);
    }

    static QStringList json() { return {QStringLiteral("--format"), QStringLiteral("json")}; }

    QTemporaryDir m_dir;
    QString m_before;
};

TEST_F(Diff, HardwareChangeListsTheMemberTheFindingsAndTheFigures)
{
    const QString after = variant(QStringLiteral("bigger"), [](Json& d) {
        byId(d.at("servers"), "prod-fe1").at("hardware").at("cpuCores") = 8;
    });
    const CliRun run = diff(after);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    const QStringList expected{
        QStringLiteral("changed server prod-fe1 \"PROD-FE-01\" in prod"),
        QStringLiteral("  hardware.cpuCores: 4 → 8"),
        QStringLiteral("finding disappeared: CAPACITY-BALANCED (info) prod: Production cannot "
                       "take a balanced deployment (750 requests/s for 450 expected): the smaller "
                       "of its two front-end groups carries 250 requests/s alone; add front-ends "
                       "so that each group carries the expected load."),
        QStringLiteral("finding appeared: FE-HW-UNIFORM (warning) prod-fe1: LB-PROD has "
                       "front-ends of different sizes: PROD-FE-01 differs from the most common 4 "
                       "cores / 8 GB RAM / 100 GB disk; give every front-end of the group the "
                       "same hardware."),
        QStringLiteral("environment prod \"Production\""),
        // 3 × 4 × 62.5 = 750 → 16 × 62.5 = 1000; the smaller balanced group {4} → {4, 4}.
        QStringLiteral("  capacity: 750 req/s → 1000 req/s"),
        QStringLiteral("  balanced deployment: 250 req/s → 500 req/s"),
        // 1000 req/s without site dc-b's front-ends still carry the 450 expected.
        QStringLiteral("  single point of failure disappeared: dc-b"),
        QStringLiteral("1 element change (0 added, 0 removed, 1 changed, 0 moved), 1 finding "
                       "appeared, 1 disappeared, 1 environment with other figures.")};
    EXPECT_EQ(run.outLines(), expected);
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
}

TEST_F(Diff, RoleChangeListsTheRoleAddedInJson)
{
    const QString after = variant(QStringLiteral("roles"), [](Json& d) {
        byId(d.at("servers"), "prod-fe1").at("roles").push_back("deploymentController");
    });
    const CliRun run = diff(after, json());
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    const Json out = run.outJson();
    EXPECT_EQ(out.at("elements").dump(),
              R"([{"environment":"prod","id":"prod-fe1","kind":"changed","members":[{"added":)"
              R"(["deploymentController"],"after":"[deploymentController, frontend, scheduler]",)"
              R"("before":"[frontend, scheduler]","member":"roles","removed":[]}],"name":)"
              R"("PROD-FE-01","type":"server"}])");
    ASSERT_EQ(out.at("findings").size(), 2u);
    EXPECT_EQ(out.at("findings")[0].at("change"), "appeared");
    EXPECT_EQ(out.at("findings")[0].at("rule"), "DC-MULTIPLE");
    EXPECT_EQ(out.at("findings")[0].at("subjects"), Json({"prod-dc", "prod-fe1"}));
    EXPECT_EQ(out.at("findings")[1].at("change"), "disappeared");
    EXPECT_EQ(out.at("findings")[1].at("rule"), "DC-SPOF");
    EXPECT_EQ(out.at("environments").dump(),
              R"([{"figures":[],"id":"prod","name":"Production","singlePointsOfFailure":)"
              R"({"appeared":[],"disappeared":["prod-dc"]}}])");
    EXPECT_EQ(out.at("summary").dump(),
              R"({"added":0,"changed":1,"environments":1,"findingsAppeared":1,)"
              R"("findingsDisappeared":1,"moved":0,"removed":0})");
    EXPECT_EQ(out.at("same"), false);
}

TEST_F(Diff, AddedLoadBalancerRaisesTheServingAvailability)
{
    const QString after = variant(QStringLiteral("second-lb"), [](Json& d) {
        Json second = byId(d.at("loadBalancers"), "lb-prod");
        second.at("id") = "lb-prod-2";
        second.at("name") = "LB-PROD-2";
        d.at("loadBalancers").push_back(second);
    });
    const CliRun run = diff(after);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    // Front-ends 1 − 0.005³, load balancers 0.995 → 1 − 0.005², database 1 − 0.005².
    const QStringList expected{
        QStringLiteral("added loadBalancer lb-prod-2 \"LB-PROD-2\" in prod"),
        QStringLiteral("environment prod \"Production\""),
        QStringLiteral("  serving availability: 0.994975001 → 0.999949876"),
        QStringLiteral("  single point of failure disappeared: lb-prod"),
        QStringLiteral("1 element change (1 added, 0 removed, 0 changed, 0 moved), 0 findings "
                       "appeared, 0 disappeared, 1 environment with other figures.")};
    EXPECT_EQ(run.outLines(), expected);
}

TEST_F(Diff, RemovedDatabaseStopsServing)
{
    const QString after = variant(QStringLiteral("no-db"), [](Json& d) {
        Json& databases = d.at("databases");
        databases.erase(std::remove_if(databases.begin(), databases.end(),
                                       [](const Json& db) { return db.at("id") == "db-prod"; }),
                        databases.end());
    });
    const CliRun run = diff(after);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    const QStringList expected{
        QStringLiteral("removed database db-prod \"SQL-PROD-AG\""),
        QStringLiteral("finding appeared: DB-MISSING (error) prod: The platform and session "
                       "catalogs of Production are in no database; add them to a database."),
        QStringLiteral("environment prod \"Production\""),
        QStringLiteral("  serving availability: 0.994975001 → 0"),
        QStringLiteral("  single point of failure disappeared: dc-b"),
        QStringLiteral("  single point of failure disappeared: lb-prod"),
        QStringLiteral("1 element change (0 added, 1 removed, 0 changed, 0 moved), 1 finding "
                       "appeared, 0 disappeared, 1 environment with other figures.")};
    EXPECT_EQ(run.outLines(), expected);
}

TEST_F(Diff, MovedServerIsReportedApartAndIgnoredWithIgnoreLayout)
{
    const QString after = variant(QStringLiteral("moved"), [](Json& d) {
        Json& layout = byId(d.at("servers"), "prod-fe2").at("layout");
        layout.at("x") = 1150;
        layout.at("y") = 220;
    });
    const CliRun moved = diff(after);
    EXPECT_EQ(moved.exitCode, 1) << moved.err.toStdString();
    const QStringList expected{
        QStringLiteral("moved server prod-fe2 \"PROD-FE-02\" in prod"),
        QStringLiteral("  layout.x: 1120 → 1150"), QStringLiteral("  layout.y: 200 → 220"),
        QStringLiteral("1 element change (0 added, 0 removed, 0 changed, 1 moved), 0 findings "
                       "appeared, 0 disappeared, 0 environments with other figures.")};
    EXPECT_EQ(moved.outLines(), expected);

    const CliRun ignored = diff(after, {QStringLiteral("--ignore-layout")});
    EXPECT_EQ(ignored.exitCode, 0) << ignored.err.toStdString();
    EXPECT_EQ(ignored.outLines(), QStringList{QStringLiteral("The designs are the same.")});
}

TEST_F(Diff, SameDesignPrintsOnlyTheSummaryAndExitsZero)
{
    const CliRun run = diff(m_before);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.outLines(), QStringList{QStringLiteral("The designs are the same.")});
    EXPECT_TRUE(run.err.isEmpty());

    const CliRun json = diff(m_before, Diff::json());
    EXPECT_EQ(json.exitCode, 0);
    EXPECT_EQ(json.outJson().at("same"), true);
    EXPECT_EQ(json.outJson().at("elements"), Json::array());
}

TEST_F(Diff, ReorderedArraysAreTheSameDesign)
{
    const QString after = variant(QStringLiteral("reordered"), reverseArrays);
    ASSERT_NE(readBytes(after), readBytes(m_before));
    const CliRun run = diff(after);
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString();
    EXPECT_EQ(run.outLines(), QStringList{QStringLiteral("The designs are the same.")});
}

TEST_F(Diff, JsonDoesNotDependOnTheOrderOfTheArrays)
{
    const auto bigger = [](Json& d) {
        byId(d.at("servers"), "prod-fe1").at("hardware").at("cpuCores") = 8;
        byId(d.at("loadBalancers"), "lb-prod").at("targets").push_back("prod-batch");
    };
    const QString after = variant(QStringLiteral("after"), bigger);
    const QString shuffledBefore = variant(QStringLiteral("before-reordered"), reverseArrays);
    const QString shuffledAfter = variant(QStringLiteral("after-reordered"), [&](Json& d) {
        bigger(d);
        reverseArrays(d);
    });
    const CliRun plain = runCli(QStringList{QStringLiteral("diff"), m_before, after} + json());
    const CliRun shuffled =
        runCli(QStringList{QStringLiteral("diff"), shuffledBefore, shuffledAfter} + json());
    EXPECT_EQ(plain.exitCode, 1);
    EXPECT_EQ(shuffled.exitCode, 1);
    Json a = plain.outJson();
    Json b = shuffled.outJson();
    EXPECT_EQ(a.at("summary").at("changed"), 2);
    for (Json* document : {&a, &b}) {
        document->erase("before");
        document->erase("after");
    }
    EXPECT_EQ(a.dump(), b.dump());
}

TEST_F(Diff, FileThatCannotBeLoadedExitsTwoNamingIt)
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.topology.json"));
    const CliRun run = diff(missing);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_EQ(run.errLines(),
              QStringList{missing + QStringLiteral(": error: cannot open the file: No such file or "
                                                   "directory")});

    const QString broken = m_dir.filePath(QStringLiteral("broken.topology.json"));
    writeBytes(broken, "{\"format\": ");
    const CliRun syntax = runCli({QStringLiteral("diff"), broken, m_before});
    EXPECT_EQ(syntax.exitCode, 2);
    ASSERT_EQ(syntax.errLines().size(), 1);
    EXPECT_TRUE(syntax.errLines().front().startsWith(broken + QStringLiteral(":1:")))
        << syntax.err.toStdString();
}

TEST_F(Diff, WrongArgumentsExitTwo)
{
    const CliRun one = runCli({QStringLiteral("diff"), m_before});
    EXPECT_EQ(one.exitCode, 2);
    EXPECT_EQ(one.errLines(), QStringList{QStringLiteral(
                                  "topology-cli: diff needs two files, BEFORE and AFTER (see "
                                  "'topology-cli diff --help')")});
    const CliRun format = diff(m_before, {QStringLiteral("--format"), QStringLiteral("xml")});
    EXPECT_EQ(format.exitCode, 2);
}

TEST_F(Diff, TextThatATerminalWouldActOnIsShownAsEscapes)
{
    // The loader refuses control characters in names, not a right-to-left override.
    const QString after = variant(QStringLiteral("bidi"), [](Json& d) {
        byId(d.at("servers"), "prod-fe1").at("name") = "PROD\u202E10-EF";
    });
    const CliRun run = diff(after);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_FALSE(run.out.contains("\u202E")) << run.out.toStdString();
    EXPECT_EQ(run.outLines().value(0),
              QStringLiteral("changed server prod-fe1 \"PROD\\u202E10-EF\" in prod"));
    EXPECT_EQ(run.outLines().value(1),
              QStringLiteral("  name: \"PROD-FE-01\" → \"PROD\\u202E10-EF\""));

    // A file name with ESC [2J (clear screen) in the load error.
#ifdef _WIN32
    GTEST_SKIP() << "Windows file names cannot hold control characters such as ESC";
#endif
    const QString evil = m_dir.filePath(QStringLiteral("evil\x1b[2J.topology.json"));
    writeBytes(evil, "[");
    const CliRun refused = diff(evil);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_FALSE(refused.err.contains('\x1b')) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains("evil\\x1B[2J.topology.json:")) << refused.err.toStdString();
}

TEST_F(Diff, TextconvPrintsOneLinePerMember)
{
    const CliRun run = runCli({QStringLiteral("diff"), QStringLiteral("--textconv"), m_before});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.outLines();
    EXPECT_TRUE(lines.contains(QStringLiteral("server prod-fe1 hardware.cpuCores: 4")));
    EXPECT_TRUE(lines.contains(QStringLiteral("server prod-fe1 roles: [frontend, scheduler]")));
    EXPECT_TRUE(lines.contains(QStringLiteral("environment prod capacity: 750 req/s")));
    EXPECT_TRUE(lines.contains(QStringLiteral("environment prod single point of failure: dc-b")));
    EXPECT_EQ(lines.value(0),
              QStringLiteral("design assumptions.requestsPerSecondPerCore.reactive: 62.5"));

    const QString reordered = variant(QStringLiteral("reordered"), reverseArrays);
    const CliRun same = runCli({QStringLiteral("diff"), QStringLiteral("--textconv"), reordered});
    EXPECT_EQ(same.out, run.out);
}

} // namespace
} // namespace topo::test
