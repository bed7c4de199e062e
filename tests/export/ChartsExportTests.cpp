// topology-cli export --view charts: the charts picture of an environment as SVG, PNG and
// PDF, drawn by the designer's chart renderer.

#include "CliRunner.h"
#include "ExportTestSupport.h"

#include <QFileInfo>
#include <QImage>

#include <gtest/gtest.h>

namespace topo::test {
namespace {

CliRun exportCharts(const std::string& fixture, const QString& out, const QStringList& extra = {})
{
    return runCli(QStringList{QStringLiteral("export"), fixturePath(fixture),
                              QStringLiteral("--view"), QStringLiteral("charts"),
                              QStringLiteral("-o"), out} +
                  extra);
}

const QStringList kChartTitles{
    QStringLiteral("Capacity by number of front-ends"), QStringLiteral("Scaling up or out"),
    QStringLiteral("Resources per role"), QStringLiteral("Serving availability (model)")};

TEST(ChartsExport, SvgHasTheChartTitlesAsText)
{
    const QString out = scratchDir(QStringLiteral("charts-svg")) + QStringLiteral("/charts.svg");
    const CliRun run = exportCharts("factory-standard", out);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    const QByteArray bytes = readBytes(out);
    const XmlContent xml = parseXml(bytes);
    EXPECT_TRUE(xml.error.isEmpty()) << xml.error.toStdString();
    EXPECT_TRUE(xml.elements.contains(QStringLiteral("text")));
    for (const QString& title : kChartTitles)
        EXPECT_TRUE(xml.hasText(title)) << title.toStdString();
    // The default environment is production; the model is stated with the availability.
    EXPECT_TRUE(xml.hasText(QStringLiteral("environment Production")));
    EXPECT_FALSE(xml.hasText(QStringLiteral("(prod)"))) << "the name, not the id";
    EXPECT_TRUE(xml.hasText(QStringLiteral("N = 3: 750")));
    EXPECT_TRUE(xml.hasText(QStringLiteral("A model, not a measurement")));
}

TEST(ChartsExport, PngIsAFullPictureInTheChosenTheme)
{
    const QString dir = scratchDir(QStringLiteral("charts-png"));
    const QString light = dir + QStringLiteral("/light.png");
    ASSERT_EQ(exportCharts("example-2-production-farm", light,
                           {QStringLiteral("--scale"), QStringLiteral("1")})
                  .exitCode,
              0);
    const QImage image(light);
    ASSERT_EQ(image.size(), QSize(1280, 900));
    EXPECT_GT(image.pixelColor(2, 2).lightness(), 200);
    EXPECT_GT(foregroundShare(image, image.pixelColor(2, 2)), 0.03);
    EXPECT_GT(distinctColours(image), 20);

    const QString dark = dir + QStringLiteral("/dark.png");
    ASSERT_EQ(exportCharts("example-2-production-farm", dark,
                           {QStringLiteral("--scale"), QStringLiteral("1"),
                            QStringLiteral("--theme"), QStringLiteral("dark")})
                  .exitCode,
              0);
    EXPECT_LT(QImage(dark).pixelColor(2, 2).lightness(), 60);
}

TEST(ChartsExport, PdfAndAChosenEnvironment)
{
    const QString dir = scratchDir(QStringLiteral("charts-pdf"));
    const QString pdf = dir + QStringLiteral("/charts.pdf");
    ASSERT_EQ(exportCharts("factory-standard", pdf).exitCode, 0);
    EXPECT_TRUE(readBytes(pdf).startsWith("%PDF-"));

    const QString svg = dir + QStringLiteral("/dev.svg");
    ASSERT_EQ(exportCharts("factory-standard", svg,
                           {QStringLiteral("--environment"), QStringLiteral("dev")})
                  .exitCode,
              0);
    const XmlContent xml = parseXml(readBytes(svg));
    EXPECT_TRUE(xml.hasText(QStringLiteral("environment Development")));
    EXPECT_TRUE(xml.hasText(QStringLiteral("N = 1: 312.5")));
}

TEST(ChartsExport, AnUnknownEnvironmentWritesNothing)
{
    const QString out = scratchDir(QStringLiteral("charts-unknown")) + QStringLiteral("/x.svg");
    const CliRun run = exportCharts("factory-standard", out,
                                    {QStringLiteral("--environment"), QStringLiteral("nope")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("nope"));
    EXPECT_FALSE(QFileInfo::exists(out));
}

} // namespace
} // namespace topo::test
