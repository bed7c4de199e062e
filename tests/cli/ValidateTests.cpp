// `topology-cli validate`: the findings of every fixture, both output formats, exit statuses.
#include "CliRunner.h"

#include "Fixtures.h"
#include "core/model/DisplayName.h"
#include "core/rules/Validator.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <tuple>

namespace topo::test {
namespace {

QString fixtureArg(const std::string& name)
{
    return fixturePath(name);
}

// The (rule, severity, subjects, environment) of each finding, in output order.
using FindingKey = std::tuple<std::string, std::string, std::vector<std::string>, std::string>;

std::vector<FindingKey> keys(const Json& findings)
{
    std::vector<FindingKey> result;
    for (const Json& f : findings) {
        result.emplace_back(f.at("rule").get<std::string>(), f.at("severity").get<std::string>(),
                            f.at("subjects").get<std::vector<std::string>>(),
                            f.at("environment").get<std::string>());
    }
    return result;
}

int severityRank(const std::string& severity)
{
    return severity == "error" ? 3 : severity == "warning" ? 2 : severity == "info" ? 1 : 0;
}

class ValidateFixture : public testing::TestWithParam<std::string> {};

TEST_P(ValidateFixture, JsonFindingsAreTheExpectedOnes)
{
    const QString file = fixtureArg(GetParam());
    const CliRun run =
        runCli({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("--fail-on"), QStringLiteral("never"), file});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty());
    const Json document = run.outJson();
    ASSERT_TRUE(document.is_object());
    ASSERT_EQ(document.size(), 1u);
    const Json& files = document.at("files");
    ASSERT_EQ(files.size(), 1u);
    const Json& entry = files.at(0);
    std::vector<std::string> members;
    for (const auto& item : entry.items())
        members.push_back(item.key());
    EXPECT_EQ(members, (std::vector<std::string>{"file", "loaded", "summary", "findings"}));
    EXPECT_EQ(entry.at("file"), file.toStdString());
    EXPECT_EQ(entry.at("loaded"), true);

    const Json& findings = entry.at("findings");
    EXPECT_EQ(keys(findings), keys(expectedFindings(GetParam())));

    int counts[4] = {0, 0, 0, 0};
    for (const Json& f : findings) {
        std::vector<std::string> fields;
        for (const auto& item : f.items())
            fields.push_back(item.key());
        EXPECT_EQ(fields, (std::vector<std::string>{"rule", "severity", "title", "message",
                                                    "subjects", "environment"}));
        const RuleInfo* rule = findRule(f.at("rule").get<std::string>());
        ASSERT_NE(rule, nullptr) << f.dump();
        EXPECT_EQ(f.at("title"), rule->title);
        EXPECT_EQ(f.at("severity"), std::string(toString(rule->severity)));
        EXPECT_FALSE(f.at("message").get<std::string>().empty());
        ++counts[severityRank(f.at("severity").get<std::string>())];
    }
    EXPECT_EQ(entry.at("summary"),
              (Json{{"error", counts[3]}, {"warning", counts[2]}, {"info", counts[1]}}));

    // Sorted by rule id, then by subjects.
    for (std::size_t i = 1; i < findings.size(); ++i) {
        const auto before =
            std::make_pair(findings[i - 1].at("rule").get<std::string>(),
                           findings[i - 1].at("subjects").get<std::vector<std::string>>());
        const auto after =
            std::make_pair(findings[i].at("rule").get<std::string>(),
                           findings[i].at("subjects").get<std::vector<std::string>>());
        EXPECT_LE(before, after) << "finding " << i;
    }
}

TEST_P(ValidateFixture, TextLinesMatchTheJsonFindings)
{
    const QString file = fixtureArg(GetParam());
    const CliRun json = runCli(
        {QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"), file});
    const CliRun text = runCli({QStringLiteral("validate"), file});
    EXPECT_EQ(text.exitCode, json.exitCode);
    EXPECT_TRUE(text.err.isEmpty()) << text.err.toStdString();

    // The text names the subjects as the user does; the JSON gives their ids.
    const Topology design = loadFixture(GetParam());
    QStringList expected;
    const Json entry = json.outJson().at("files").at(0);
    for (const Json& f : entry.at("findings")) {
        QStringList subjects;
        for (const Json& id : f.at("subjects"))
            subjects.append(QString::fromStdString(displayName(design, id.get<std::string>())));
        expected.append(QStringLiteral("%1: %2 %3: %4 [%5]")
                            .arg(file, QString::fromStdString(f.at("severity").get<std::string>()),
                                 QString::fromStdString(f.at("rule").get<std::string>()),
                                 QString::fromStdString(f.at("message").get<std::string>()),
                                 subjects.join(QStringLiteral(", "))));
    }
    const Json& summary = entry.at("summary");
    expected.append(QStringLiteral("%1: %2 errors, %3 warnings, %4 infos")
                        .arg(file, QString::number(summary.at("error").get<int>()),
                             QString::number(summary.at("warning").get<int>()),
                             QString::number(summary.at("info").get<int>())));
    EXPECT_EQ(text.outLines(), expected);

    const QRegularExpression pattern(
        QStringLiteral("^%1: (error|warning|info) [A-Z0-9-]+: .+ \\[.*\\]$")
            .arg(QRegularExpression::escape(file)));
    const QStringList lines = text.outLines();
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        EXPECT_TRUE(pattern.match(lines[i]).hasMatch()) << lines[i].toStdString();
}

TEST_P(ValidateFixture, ExitStatusFollowsFailOn)
{
    const Json expected = expectedFindings(GetParam());
    int worst = 0;
    for (const Json& f : expected)
        worst = std::max(worst, severityRank(f.at("severity").get<std::string>()));
    const std::pair<const char*, int> thresholds[] = {
        {"error", 3}, {"warning", 2}, {"info", 1}, {"never", 4}};
    for (const auto& [failOn, rank] : thresholds) {
        const CliRun run = runCli({QStringLiteral("validate"), QStringLiteral("--fail-on"),
                                   QLatin1String(failOn), fixtureArg(GetParam())});
        EXPECT_EQ(run.exitCode, worst >= rank ? 1 : 0) << "--fail-on " << failOn;
    }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, ValidateFixture, testing::ValuesIn(fixtureNames()),
                         [](const testing::TestParamInfo<std::string>& info) {
                             std::string name = info.param;
                             for (char& c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c)))
                                     c = '_';
                             return name;
                         });

TEST(Validate, FixturesArePresent)
{
    EXPECT_EQ(fixtureNames().size(), 8u);
}

TEST(Validate, DefaultFailOnIsError)
{
    // design-with-problems has errors; example-2 only infos.
    EXPECT_EQ(runCli({QStringLiteral("validate"), fixtureArg("design-with-problems")}).exitCode, 1);
    EXPECT_EQ(
        runCli({QStringLiteral("validate"), fixtureArg("example-2-production-farm")}).exitCode, 0);
}

TEST(Validate, UnloadableFileAmongOthersGivesTwoAndOneLine)
{
    const QString missing = QStringLiteral("no-such-dir/missing.topology.json");
    const QString good = fixtureArg("example-2-production-farm");
    const QString bad = fixtureArg("design-with-problems");
    for (const char* failOn : {"error", "never"}) {
        const CliRun run = runCli({QStringLiteral("validate"), QStringLiteral("--fail-on"),
                                   QLatin1String(failOn), good, missing, bad});
        EXPECT_EQ(run.exitCode, 2);
        ASSERT_EQ(run.errLines().size(), 1) << run.err.toStdString();
        EXPECT_TRUE(run.errLines().constFirst().startsWith(missing + QStringLiteral(": error: ")))
            << run.err.toStdString();
        // The files that loaded are still reported, each with its summary.
        const QStringList lines = run.outLines();
        EXPECT_TRUE(
            lines
                .filter(QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(good) +
                                           QStringLiteral(": \\d+ errors, ")))
                .size() == 1);
        EXPECT_TRUE(
            lines
                .filter(QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(bad) +
                                           QStringLiteral(": \\d+ errors, ")))
                .size() == 1);
        EXPECT_FALSE(run.out.contains(missing.toUtf8()));
    }
}

TEST(Validate, UnloadableFileInJsonHasAnErrorEntry)
{
    const QString missing = QStringLiteral("no-such-dir/missing.topology.json");
    const QString good = fixtureArg("example-2-production-farm");
    const CliRun run = runCli({QStringLiteral("validate"), QStringLiteral("--format"),
                               QStringLiteral("json"), good, missing});
    EXPECT_EQ(run.exitCode, 2);
    const Json files = run.outJson().at("files");
    ASSERT_EQ(files.size(), 2u);
    EXPECT_EQ(files[0].at("loaded"), true);
    const Json& failed = files[1];
    std::vector<std::string> members;
    for (const auto& item : failed.items())
        members.push_back(item.key());
    EXPECT_EQ(members, (std::vector<std::string>{"file", "loaded", "error"}));
    EXPECT_EQ(failed.at("file"), missing.toStdString());
    EXPECT_EQ(failed.at("loaded"), false);
    const Json& error = failed.at("error");
    EXPECT_FALSE(error.at("message").get<std::string>().empty());
    EXPECT_TRUE(error.at("pointer").is_string());
    EXPECT_TRUE(error.at("line").is_number_integer());
    EXPECT_TRUE(error.at("column").is_number_integer());
}

TEST(Validate, SyntaxErrorNamesLineAndColumn)
{
    const QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("broken.topology.json"));
    writeBytes(file, "{\n  \"format\": \"outsystems-topology\",\n  oops\n}\n");
    const CliRun run = runCli({QStringLiteral("validate"), file});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    ASSERT_EQ(run.errLines().size(), 1);
    const QRegularExpression pattern(
        QStringLiteral("^%1:3:\\d+: error: \\S").arg(QRegularExpression::escape(file)));
    EXPECT_TRUE(pattern.match(run.errLines().constFirst()).hasMatch()) << run.err.toStdString();
}

} // namespace
} // namespace topo::test
