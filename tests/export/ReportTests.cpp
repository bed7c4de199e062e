// The HTML design report: tables, totals, findings with rationale and reference.

#include "CliRunner.h"
#include "ExportTestSupport.h"
#include "export/DesignExporter.h"
#include "rules/Validator.h"

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

} // namespace
} // namespace topo::test
