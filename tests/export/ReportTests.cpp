// The HTML design report: tables, totals, findings with rationale and reference.

#include "CliRunner.h"
#include "ExportTestSupport.h"
#include "core/rules/Validator.h"
#include "editor/export/DesignExporter.h"

#include <gtest/gtest.h>

namespace topo::test {
namespace {

QByteArray report(const Topology& t, const std::string& environment = {})
{
    ExportOptions options;
    options.environment = environment;
    options.date = QStringLiteral("2026-03-04");
    const ExportContent content = exportContent(t, ExportFormat::Html, options);
    EXPECT_TRUE(content.ok()) << content.errorText.toStdString();
    return content.bytes.value_or(QByteArray());
}

TEST(HtmlReport, ContainsEveryFindingWithItsRationaleAndReference)
{
    for (const std::string& fixture : fixtureNames()) {
        const Topology t = loadPlacedFixture(fixture);
        const XmlContent xml = parseXml(report(t));
        ASSERT_TRUE(xml.error.isEmpty()) << fixture << ": " << xml.error.toStdString();
        for (const Finding& f : validate(t)) {
            EXPECT_TRUE(xml.hasText(QString::fromStdString(f.rule))) << fixture << " " << f.rule;
            EXPECT_TRUE(xml.hasText(QString::fromStdString(f.message))) << f.message;
            const RuleInfo* rule = findRule(f.rule);
            ASSERT_NE(rule, nullptr);
            EXPECT_TRUE(xml.hasText(QString::fromStdString(rule->rationale))) << f.rule;
        }
    }
}

TEST(HtmlReport, NamesWhatAFindingConcernsNotItsIds)
{
    const Topology t = loadPlacedFixture("design-with-problems");
    const QString html = QString::fromUtf8(report(t));
    // LB-SCOPE concerns the load balancer LB-1 (lb-1) and the server prod-01 (d-1).
    EXPECT_TRUE(html.contains(QStringLiteral("Concerns: LB-1, prod-01")));
    EXPECT_FALSE(html.contains(QStringLiteral("<code>lb-1</code>"))) << "single points of failure";
    // The environments' headings: names only.
    EXPECT_TRUE(html.contains(QStringLiteral("<h3>Production</h3>")));
    EXPECT_FALSE(html.contains(QStringLiteral("<code>prod</code>")));
}

TEST(HtmlReport, IsSelfContainedWithTablesTotalsAndThePicture)
{
    const Topology t = loadPlacedFixture("factory-standard");
    const QByteArray bytes = report(t);
    const XmlContent xml = parseXml(bytes);
    EXPECT_TRUE(xml.elements.contains(QStringLiteral("svg")));
    EXPECT_TRUE(xml.elements.contains(QStringLiteral("style")));
    EXPECT_FALSE(xml.elements.contains(QStringLiteral("script")));
    EXPECT_FALSE(xml.elements.contains(QStringLiteral("link")));
    EXPECT_FALSE(bytes.contains("src=\"http"));
    EXPECT_TRUE(xml.hasText(QString::fromStdString(t.name)));
    EXPECT_TRUE(xml.hasText(QString::fromStdString(t.description)));
    EXPECT_TRUE(xml.hasText(QStringLiteral("2026-03-04")));
    for (const Server& s : t.servers)
        EXPECT_TRUE(xml.hasText(QString::fromStdString(s.name))) << s.name;
    // Totals of cores for production, as a table cell.
    long long cores = 0;
    for (const Server& s : t.servers)
        if (s.environment == "prod")
            cores += s.hardware.cpuCores;
    EXPECT_TRUE(xml.texts.contains(QString::number(cores)));
}

TEST(HtmlReport, OneEnvironmentShowsOnlyItsServers)
{
    const Topology t = loadPlacedFixture("factory-standard");
    const QString text = QString::fromUtf8(report(t, "dev"));
    for (const Server& s : t.servers)
        EXPECT_EQ(
            text.contains(QStringLiteral("<code>%1</code>").arg(QString::fromStdString(s.id))),
            s.environment == "dev")
            << s.id;
}

// The part of the report between the heading `title` and the next section heading.
QString section(const QString& report, const QString& title)
{
    const qsizetype start = report.indexOf(QStringLiteral("<h2>%1</h2>").arg(title));
    if (start < 0)
        return {};
    const qsizetype end = report.indexOf(QStringLiteral("<h2>"), start + 4);
    return report.mid(start, end < 0 ? -1 : end - start);
}

TEST(HtmlReport, ListsTheSinglePointsOfFailureThatTheSimulationFinds)
{
    for (const std::string fixture : {"design-with-problems", "example-4-production-zones"}) {
        const CliRun run =
            runCli({QStringLiteral("simulate"), fixturePath(fixture), QStringLiteral("--fail"),
                    QStringLiteral("each"), QStringLiteral("--format"), QStringLiteral("json")});
        ASSERT_TRUE(run.finished) << fixture;
        const Json points = run.outJson().at("singlePointsOfFailure");
        ASSERT_FALSE(points.empty()) << fixture;
        const QString text = section(QString::fromUtf8(report(loadPlacedFixture(fixture))),
                                     QStringLiteral("Capacity and single points of failure"));
        ASSERT_FALSE(text.isEmpty()) << fixture;
        int breaks = 0;
        for (const Json& point : points) {
            const QString name = QString::fromStdString(point.at("name").get<std::string>());
            EXPECT_TRUE(text.contains(QStringLiteral("<td>%1</td>").arg(name.toHtmlEscaped())))
                << fixture << ": " << name.toStdString();
            breaks += static_cast<int>(point.at("breaks").size());
        }
        // One row per element and environment it breaks, nothing else.
        int rows = 0;
        const QStringList tables =
            text.split(QStringLiteral("<caption>Single points of failure, worst first</caption>"));
        for (qsizetype i = 1; i < tables.size(); ++i)
            rows += int(tables[i]
                            .section(QStringLiteral("</tbody>"), 0, 0)
                            .count(QStringLiteral("<tr><td>")));
        EXPECT_EQ(rows, breaks) << fixture;
    }
}

// The report says what to do: the flows of `flows --group`, the installation runbook of
// `runbook`, and the failover runbook of each single point of failure.
TEST(HtmlReport, CarriesTheNetworkFlowsAndTheRunbooks)
{
    const QString page = QString::fromUtf8(report(loadPlacedFixture("factory-standard")));
    const QString network = section(page, QStringLiteral("Network flows"));
    ASSERT_FALSE(network.isEmpty());
    EXPECT_TRUE(network.contains(QStringLiteral("<td>Production front-ends (4)</td><td>PROD-DC"
                                                "</td><td>12000/TCP</td><td>internal</td>")))
        << network.toStdString();
    const QString runbook = section(page, QStringLiteral("Installation runbook"));
    ASSERT_FALSE(runbook.isEmpty());
    EXPECT_TRUE(runbook.contains(QStringLiteral("<h4>Build sheet PROD-FE-01</h4>")));
    EXPECT_TRUE(runbook.contains(QStringLiteral("<h3>LifeTime registration</h3>")));
    EXPECT_TRUE(runbook.contains(QStringLiteral("<h3>Failover runbooks</h3>")));
    EXPECT_TRUE(runbook.contains(QStringLiteral(
        "“Move controller and front-end roles to a different server” (OutSystems Platform "
        "Server failover procedures)")))
        << runbook.toStdString();
}

TEST(HtmlReport, GivesTheCapacityOfEachEnvironment)
{
    const Topology t = loadPlacedFixture("example-4-production-zones");
    const QString text = section(QString::fromUtf8(report(t)),
                                 QStringLiteral("Capacity and single points of failure"));
    for (const Environment& env : t.environments)
        EXPECT_TRUE(text.contains(
            QStringLiteral("<h3>%1</h3>").arg(QString::fromStdString(env.name).toHtmlEscaped())))
            << env.id;
    EXPECT_TRUE(text.contains(QStringLiteral("N−1")));
    EXPECT_TRUE(text.contains(QStringLiteral("Verdict")));
}

TEST(HtmlReport, ShowsThePlatformSoftwareAndTimeZones)
{
    const Topology t = loadPlacedFixture("software-and-time");
    const QString text = QString::fromUtf8(report(t));
    for (const char* header :
         {"<th>Platform Server</th>", "<th>Time zone</th>", "<th>Version</th>"})
        EXPECT_TRUE(text.contains(QLatin1String(header))) << header;
    // P-4 runs its own Platform Server version; P-3 another time zone.
    EXPECT_TRUE(text.contains(QStringLiteral("<td>11.19.1</td>")));
    EXPECT_TRUE(text.contains(QStringLiteral("<td>W. Europe Standard Time</td>")));
    EXPECT_TRUE(text.contains(QStringLiteral("<td>Ubuntu 22.04</td>")));
    // Databases: version and edition, an Azure SQL service tier.
    EXPECT_TRUE(text.contains(QStringLiteral("<td>2014 · Standard</td>")));
    EXPECT_TRUE(text.contains(QStringLiteral("<td>S2</td>")));
    EXPECT_TRUE(text.contains(QStringLiteral("<td>GMT Standard Time</td>")));
}

} // namespace
} // namespace topo::test
