// topology-cli export for every fixture and format, the options of cli.md and the failures
// that must leave the output file alone.

#include "CliRunner.h"
#include "ExportTestSupport.h"
#include "editor/export/ViewPicture.h"
#include "editor/paint/SceneGeometry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <cmath>
#include <tuple>

namespace topo::test {
namespace {

using FixtureFormat = std::tuple<std::string, std::string>;

class FixtureExport : public ::testing::TestWithParam<FixtureFormat> {};

TEST_P(FixtureExport, WritesAWellFormedFile)
{
    const auto& [fixture, format] = GetParam();
    const QString dir = scratchDir(QString::fromStdString("cli-" + fixture + "-" + format));
    const QString out = dir + QStringLiteral("/out.") + QString::fromStdString(format);
    const CliRun run =
        runCli({QStringLiteral("export"), fixturePath(fixture), QStringLiteral("-o"), out});
    ASSERT_TRUE(run.finished);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    const QByteArray bytes = readBytes(out);
    ASSERT_GT(bytes.size(), 500);

    if (format == "svg" || format == "drawio" || format == "html") {
        const XmlContent xml = parseXml(bytes);
        EXPECT_TRUE(xml.error.isEmpty()) << xml.error.toStdString();
        EXPECT_FALSE(xml.elements.contains(QStringLiteral("script")));
    }
    if (format == "svg") {
        EXPECT_TRUE(bytes.contains("viewBox=\"0 0 "));
        EXPECT_TRUE(bytes.contains("<text"));
        EXPECT_TRUE(bytes.contains("<title>"));
    } else if (format == "drawio") {
        EXPECT_TRUE(bytes.contains("<mxGraphModel"));
    } else if (format == "html") {
        // Every expected finding is in the report.
        for (const Json& finding : expectedFindings(fixture)) {
            const std::string rule = finding.at("rule").get<std::string>();
            EXPECT_TRUE(bytes.contains(rule.c_str())) << rule;
        }
        EXPECT_TRUE(bytes.contains("<svg"));
    } else if (format == "pdf") {
        EXPECT_TRUE(bytes.startsWith("%PDF-"));
    } else if (format == "png") {
        const QImage image = QImage::fromData(bytes, "PNG");
        ASSERT_FALSE(image.isNull());
        const QRectF bounds = designBounds(loadPlacedFixture(fixture));
        EXPECT_EQ(image.width(), static_cast<int>(std::ceil(bounds.width() * 2)));
        EXPECT_EQ(image.height(), static_cast<int>(std::ceil(bounds.height() * 2)));
        EXPECT_GT(distinctColours(image), 20);
        EXPECT_GT(foregroundShare(image, image.pixelColor(0, 0)), 0.05);
    }
}

std::string caseName(const ::testing::TestParamInfo<FixtureFormat>& info)
{
    std::string name = std::get<0>(info.param) + "_" + std::get<1>(info.param);
    for (char& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    return name;
}

INSTANTIATE_TEST_SUITE_P(AllFixtures, FixtureExport,
                         ::testing::Combine(::testing::ValuesIn(fixtureNames()),
                                            ::testing::Values("png", "svg", "pdf", "drawio",
                                                              "html")),
                         caseName);

// The other views of every fixture, in each picture format: a readable file with content.
using FixtureViewFormat = std::tuple<std::string, std::string, std::string>;

class FixtureViewExport : public ::testing::TestWithParam<FixtureViewFormat> {};

TEST_P(FixtureViewExport, WritesAReadablePicture)
{
    const auto& [fixture, view, format] = GetParam();
    const QString dir =
        scratchDir(QString::fromStdString("cli-" + fixture + "-" + view + "-" + format));
    const QString out = dir + QStringLiteral("/out.") + QString::fromStdString(format);
    const CliRun run = runCli({QStringLiteral("export"), fixturePath(fixture), QStringLiteral("-o"),
                               out, QStringLiteral("--view"), QString::fromStdString(view)});
    ASSERT_TRUE(run.finished);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    const QByteArray bytes = readBytes(out);
    ASSERT_GT(bytes.size(), 500);
    if (format == "svg") {
        const XmlContent xml = parseXml(bytes);
        EXPECT_TRUE(xml.error.isEmpty()) << xml.error.toStdString();
        EXPECT_TRUE(bytes.contains("<text"));
    } else if (format == "pdf") {
        EXPECT_TRUE(bytes.startsWith("%PDF-"));
        EXPECT_TRUE(bytes.contains("%%EOF"));
    } else {
        const QImage image = QImage::fromData(bytes, "PNG");
        ASSERT_FALSE(image.isNull());
        EXPECT_GT(distinctColours(image), 20);
        EXPECT_GT(foregroundShare(image, image.pixelColor(0, 0)), 0.02);
    }
}

INSTANTIATE_TEST_SUITE_P(AllFixtures, FixtureViewExport,
                         ::testing::Combine(::testing::ValuesIn(fixtureNames()),
                                            ::testing::Values("scaling", "charts"),
                                            ::testing::Values("png", "svg", "pdf")),
                         [](const ::testing::TestParamInfo<FixtureViewFormat>& info) {
                             std::string name = std::get<0>(info.param) + "_" +
                                                std::get<1>(info.param) + "_" +
                                                std::get<2>(info.param);
                             for (char& c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c)))
                                     c = '_';
                             return name;
                         });

QStringList exportArgs(const QString& out, const QStringList& extra = {})
{
    return QStringList{QStringLiteral("export"), fixturePath("factory-standard"),
                       QStringLiteral("-o"), out} +
           extra;
}

TEST(CliExport, ScaleAndDpiSetThePixelSizeAndTheStoredResolution)
{
    const QString dir = scratchDir(QStringLiteral("cli-dpi"));
    const QRectF bounds = designBounds(loadPlacedFixture("factory-standard"));
    const QString scaled = dir + QStringLiteral("/scale3.png");
    ASSERT_EQ(runCli(exportArgs(scaled, {QStringLiteral("--scale"), QStringLiteral("3")})).exitCode,
              0);
    EXPECT_EQ(QImage(scaled).width(), static_cast<int>(std::ceil(bounds.width() * 3)));

    const QString dpi = dir + QStringLiteral("/dpi144.png");
    ASSERT_EQ(runCli(exportArgs(dpi, {QStringLiteral("--dpi"), QStringLiteral("144")})).exitCode,
              0);
    const QImage image(dpi);
    EXPECT_EQ(image.width(), static_cast<int>(std::ceil(bounds.width() * 1.5)));
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 144, 0.5);
}

TEST(CliExport, TransparentPngHasTransparentCornersAndDarkThemeIsDark)
{
    const QString dir = scratchDir(QStringLiteral("cli-transparent"));
    const QString clear = dir + QStringLiteral("/clear.png");
    ASSERT_EQ(runCli(exportArgs(clear, {QStringLiteral("--transparent")})).exitCode, 0);
    EXPECT_EQ(QImage(clear).pixelColor(1, 1).alpha(), 0);

    const QString dark = dir + QStringLiteral("/dark.png");
    ASSERT_EQ(
        runCli(exportArgs(dark, {QStringLiteral("--theme"), QStringLiteral("dark")})).exitCode, 0);
    EXPECT_LT(QImage(dark).pixelColor(1, 1).lightness(), 100);
    const QString light = dir + QStringLiteral("/light.png");
    ASSERT_EQ(runCli(exportArgs(light)).exitCode, 0);
    EXPECT_GT(QImage(light).pixelColor(1, 1).lightness(), 200);
}

TEST(CliExport, EnvironmentLimitsThePictureAndTheDrawioFile)
{
    const QString dir = scratchDir(QStringLiteral("cli-environment"));
    const QString whole = dir + QStringLiteral("/whole.png");
    const QString prod = dir + QStringLiteral("/prod.png");
    ASSERT_EQ(runCli(exportArgs(whole)).exitCode, 0);
    ASSERT_EQ(runCli(exportArgs(prod, {QStringLiteral("--environment"), QStringLiteral("prod")}))
                  .exitCode,
              0);
    const Topology t = loadPlacedFixture("factory-standard");
    const QRectF envBounds = environmentBounds(t, "prod");
    EXPECT_EQ(QImage(prod).width(), static_cast<int>(std::ceil(envBounds.width() * 2)));
    EXPECT_LT(QImage(prod).width(), QImage(whole).width());

    const QString drawio = dir + QStringLiteral("/prod.drawio");
    ASSERT_EQ(runCli(exportArgs(drawio, {QStringLiteral("--environment"), QStringLiteral("prod")}))
                  .exitCode,
              0);
    const QByteArray bytes = readBytes(drawio);
    for (const Server& s : t.servers)
        EXPECT_EQ(bytes.contains(("id=\"" + s.id + "\"").c_str()), s.environment == "prod") << s.id;
}

TEST(CliExport, PdfPageFollowsSizeAndOrientation)
{
    const QString dir = scratchDir(QStringLiteral("cli-pdf"));
    const QString landscape = dir + QStringLiteral("/a4.pdf");
    const QString portrait = dir + QStringLiteral("/letter.pdf");
    ASSERT_EQ(runCli(exportArgs(landscape)).exitCode, 0);
    ASSERT_EQ(
        runCli(exportArgs(portrait, {QStringLiteral("--page-size"), QStringLiteral("Letter"),
                                     QStringLiteral("--orientation"), QStringLiteral("portrait")}))
            .exitCode,
        0);
    // A4 is 595 x 842 points, Letter 612 x 792.
    auto mediaBox = [](const QString& path) {
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"))
                .match(QString::fromLatin1(readBytes(path)));
        return match.hasMatch() ? QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble())
                                : QSizeF();
    };
    EXPECT_EQ(mediaBox(landscape).toSize(), QSize(842, 595));
    EXPECT_EQ(mediaBox(portrait).toSize(), QSize(612, 792));
}

TEST(CliExport, AnUnknownViewIsRefusedWithOneClearLine)
{
    // Every view of cli.md is drawn (charts: ChartsExportTests.cpp); a misspelt one is refused.
    const QString out = scratchDir(QStringLiteral("cli-views")) + QStringLiteral("/view.svg");
    const CliRun run = runCli(exportArgs(out, {QStringLiteral("--view"), QStringLiteral("pie")}));
    EXPECT_EQ(run.exitCode, 2);
    ASSERT_EQ(run.errLines().size(), 1);
    const QString line = run.errLines().constFirst();
    EXPECT_TRUE(line.contains(QStringLiteral("pie"))) << line.toStdString();
    EXPECT_TRUE(line.contains(QStringLiteral("charts"))) << line.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST(CliExport, FailuresLeaveThePreviousFileUntouched)
{
    const QString dir = scratchDir(QStringLiteral("cli-failures"));
    for (const QString& name :
         {QStringLiteral("keep.png"), QStringLiteral("keep.svg"), QStringLiteral("keep.html")}) {
        const QString out = dir + QLatin1Char('/') + name;
        writeBytes(out, "previous content");
        const CliRun unknown =
            runCli(exportArgs(out, {QStringLiteral("--environment"), QStringLiteral("nowhere")}));
        EXPECT_EQ(unknown.exitCode, 2);
        EXPECT_TRUE(unknown.err.contains("nowhere"));
        const CliRun missing = runCli({QStringLiteral("export"), dir + QStringLiteral("/none.json"),
                                       QStringLiteral("-o"), out});
        EXPECT_EQ(missing.exitCode, 2);
        EXPECT_EQ(readBytes(out), QByteArray("previous content"));
    }
    // A file that cannot be replaced (its path is a folder): exit 2 and the folder survives.
    const QString blocked = dir + QStringLiteral("/blocked.svg");
    QDir().mkpath(blocked + QStringLiteral("/inside"));
    EXPECT_EQ(runCli(exportArgs(blocked)).exitCode, 2);
    EXPECT_TRUE(QFileInfo(blocked + QStringLiteral("/inside")).isDir());
    // A folder that does not exist: nothing is created.
    const QString nowhere = dir + QStringLiteral("/no/such/folder/out.png");
    EXPECT_EQ(runCli(exportArgs(nowhere)).exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(nowhere));
    // No temporary file is left behind in the folder.
    EXPECT_EQ(QDir(dir).entryList(QDir::Files).size(), 3);
}

TEST(CliExport, WrongOptionValuesAreRefused)
{
    const QString out = scratchDir(QStringLiteral("cli-wrong")) + QStringLiteral("/out.png");
    for (const QStringList& extra :
         {QStringList{QStringLiteral("--scale"), QStringLiteral("9")},
          QStringList{QStringLiteral("--dpi"), QStringLiteral("20")},
          QStringList{QStringLiteral("--page-size"), QStringLiteral("B9")},
          QStringList{QStringLiteral("--orientation"), QStringLiteral("sideways")},
          QStringList{QStringLiteral("--theme"), QStringLiteral("blue")},
          QStringList{QStringLiteral("--environment"), QStringLiteral("a b")}}) {
        const CliRun run = runCli(exportArgs(out, extra));
        EXPECT_EQ(run.exitCode, 2) << extra.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(QFileInfo::exists(out));
    }
}

} // namespace
} // namespace topo::test
