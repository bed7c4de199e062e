// topology-cli export --view scaling: the scaling picture of the fixtures as SVG and PNG, one
// environment or the whole design, with the names of the servers as real text.

#include "CliRunner.h"
#include "ExportTestSupport.h"
#include "editor/export/DesignExporter.h"
#include "editor/export/ViewPicture.h"
#include "editor/paint/ScalingPainter.h"

#include <QFileInfo>
#include <QImage>

#include <gtest/gtest.h>

#include <cmath>

namespace topo::test {
namespace {

CliRun exportScaling(const std::string& fixture, const QString& out, const QStringList& extra = {})
{
    return runCli(QStringList{QStringLiteral("export"), fixturePath(fixture),
                              QStringLiteral("--view"), QStringLiteral("scaling"),
                              QStringLiteral("-o"), out} +
                  extra);
}

class ScalingExport : public ::testing::TestWithParam<std::string> {};

TEST_P(ScalingExport, SvgNamesTheSectionsAndEveryFrontEndAndController)
{
    const std::string fixture = GetParam();
    const QString out = scratchDir(QString::fromStdString("scaling-svg-" + fixture)) +
                        QStringLiteral("/scaling.svg");
    const CliRun run = exportScaling(fixture, out);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QByteArray bytes = readBytes(out);
    const XmlContent xml = parseXml(bytes);
    ASSERT_TRUE(xml.error.isEmpty()) << xml.error.toStdString();
    EXPECT_TRUE(bytes.contains("<text"));
    EXPECT_TRUE(xml.hasText(QStringLiteral("Front-ends — scale out (horizontal)")));
    EXPECT_TRUE(xml.hasText(QStringLiteral("Deployment controller — scale up (vertical)")));
    EXPECT_TRUE(xml.hasText(QStringLiteral("Timers per zone")));
    EXPECT_TRUE(xml.hasText(QStringLiteral("+ Next node")));
    EXPECT_TRUE(xml.hasText(QStringLiteral("Next size up")));
    const Topology topology = loadPlacedFixture(fixture);
    for (const Server& server : topology.servers) {
        if (server.hasRole(Role::Frontend) || server.hasRole(Role::DeploymentController)) {
            EXPECT_TRUE(xml.hasText(QString::fromStdString(server.name))) << server.name;
        }
    }
}

TEST_P(ScalingExport, PngIsThePictureSizeAndNotBlank)
{
    const std::string fixture = GetParam();
    const QString out = scratchDir(QString::fromStdString("scaling-png-" + fixture)) +
                        QStringLiteral("/scaling.png");
    ASSERT_EQ(
        exportScaling(fixture, out, {QStringLiteral("--scale"), QStringLiteral("1")}).exitCode, 0);
    const QImage image(out);
    ASSERT_FALSE(image.isNull());
    const QRectF bounds = ScalingPainter(loadPlacedFixture(fixture)).bounds();
    EXPECT_EQ(image.width(), static_cast<int>(std::ceil(bounds.width())));
    EXPECT_EQ(image.height(), static_cast<int>(std::ceil(bounds.height())));
    EXPECT_GT(distinctColours(image), 50);
    EXPECT_GT(foregroundShare(image, image.pixelColor(0, 0)), 0.2);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, ScalingExport,
                         ::testing::Values("factory-standard", "example-2-production-farm",
                                           "example-4-production-zones", "software-and-time"),
                         [](const auto& info) {
                             std::string name = info.param;
                             for (char& c : name)
                                 if (c == '-')
                                     c = '_';
                             return name;
                         });

TEST(ScalingExportOptions, EnvironmentDrawsOnlyThatEnvironment)
{
    const QString dir = scratchDir(QStringLiteral("scaling-environment"));
    const QString prod = dir + QStringLiteral("/prod.svg");
    ASSERT_EQ(exportScaling("factory-standard", prod,
                            {QStringLiteral("--environment"), QStringLiteral("prod")})
                  .exitCode,
              0);
    const XmlContent xml = parseXml(readBytes(prod));
    EXPECT_TRUE(xml.hasText(QStringLiteral("PROD-DC")));
    EXPECT_TRUE(xml.hasText(QStringLiteral("PROD-BATCH-01")));
    EXPECT_TRUE(xml.hasText(QStringLiteral("dedicated scheduler")));
    EXPECT_FALSE(xml.hasText(QStringLiteral("DEV-01")));
    EXPECT_FALSE(xml.hasText(QStringLiteral("LT-01")));

    const QString png = dir + QStringLiteral("/prod.png");
    ASSERT_EQ(exportScaling("factory-standard", png,
                            {QStringLiteral("--environment"), QStringLiteral("prod"),
                             QStringLiteral("--scale"), QStringLiteral("1")})
                  .exitCode,
              0);
    const QRectF bounds = ScalingPainter(loadPlacedFixture("factory-standard"), "prod").bounds();
    EXPECT_EQ(QImage(png).height(), static_cast<int>(std::ceil(bounds.height())));
    EXPECT_LT(bounds.height(),
              ScalingPainter(loadPlacedFixture("factory-standard")).bounds().height() / 2);
}

// One environment's picture holds that environment's servers and balancers, by name, and
// none of another environment's.
TEST(ScalingExportOptions, OneEnvironmentDrawsItsOwnServersAndBalancersAlone)
{
    const Topology t = loadPlacedFixture("factory-standard");
    ExportOptions options;
    options.view = ExportView::Scaling;
    options.environment = "prod";
    const ExportContent prod = exportContent(t, ExportFormat::Svg, options);
    ASSERT_TRUE(prod.ok());
    const XmlContent xml = parseXml(*prod.bytes);
    ASSERT_TRUE(xml.error.isEmpty()) << xml.error.toStdString();
    for (const LoadBalancer& lb : t.loadBalancers) {
        EXPECT_EQ(xml.hasText(QString::fromStdString(lb.name)), lb.environment == "prod")
            << lb.name;
    }
    for (const Server& server : t.servers) {
        if (server.hasRole(Role::Frontend) || server.hasRole(Role::DeploymentController)) {
            EXPECT_EQ(xml.hasText(QString::fromStdString(server.name)),
                      server.environment == "prod")
                << server.name;
        }
    }
}

TEST(ScalingExportOptions, DarkThemeIsDarkAndTheViewIsAvailable)
{
    EXPECT_TRUE(viewAvailable(ExportView::Scaling));
    const QString dark = scratchDir(QStringLiteral("scaling-dark")) + QStringLiteral("/dark.png");
    ASSERT_EQ(exportScaling("example-2-production-farm", dark,
                            {QStringLiteral("--theme"), QStringLiteral("dark")})
                  .exitCode,
              0);
    EXPECT_LT(QImage(dark).pixelColor(2, 2).lightness(), 100);
}

// Pages of a PDF: "/Type /Page" objects, not the "/Type /Pages" tree.
int pdfPageCount(const QByteArray& pdf)
{
    return static_cast<int>(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r"));
}

TEST(ScalingExportOptions, PdfPrintsEachEnvironmentOnItsOwnPage)
{
    const Topology t = loadPlacedFixture("factory-standard");
    ExportOptions options;
    options.view = ExportView::Scaling;
    const ExportContent whole = exportContent(t, ExportFormat::Pdf, options);
    ASSERT_TRUE(whole.ok());
    EXPECT_EQ(pdfPageCount(*whole.bytes), static_cast<int>(t.environments.size()));

    options.environment = "prod";
    const ExportContent prod = exportContent(t, ExportFormat::Pdf, options);
    ASSERT_TRUE(prod.ok());
    EXPECT_EQ(pdfPageCount(*prod.bytes), 1);
}

TEST(ScalingExportOptions, UnknownEnvironmentFailsAndWritesNothing)
{
    const QString out = scratchDir(QStringLiteral("scaling-unknown")) + QStringLiteral("/x.svg");
    const CliRun run = exportScaling("factory-standard", out,
                                     {QStringLiteral("--environment"), QStringLiteral("nope")});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_FALSE(run.err.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(out));
}

} // namespace
} // namespace topo::test
