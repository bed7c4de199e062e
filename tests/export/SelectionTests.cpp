// Exports of a selection: only the chosen elements with the frames that hold them, in a
// picture cut to them.

#include "CliRunner.h"
#include "ExportTestSupport.h"
#include "editor/export/DesignExporter.h"
#include "editor/export/PictureWriters.h"
#include "editor/export/ViewPicture.h"
#include "editor/paint/SceneGeometry.h"

#include <QImage>

#include <gtest/gtest.h>

namespace topo::test {
namespace {

QByteArray exported(const Topology& t, ExportFormat format, const ExportOptions& options)
{
    const ExportContent content = exportContent(t, format, options);
    EXPECT_TRUE(content.ok()) << content.errorText.toStdString();
    return content.bytes.value_or(QByteArray());
}

ExportOptions selectionOf(std::vector<std::string> ids)
{
    ExportOptions options;
    options.selection = std::move(ids);
    options.scale = 1;
    return options;
}

TEST(SelectionExport, SvgShowsTheChosenServersAndTheirFrameOnly)
{
    const Topology t = loadPlacedFixture("factory-standard");
    const XmlContent xml =
        parseXml(exported(t, ExportFormat::Svg, selectionOf({"prod-fe1", "prod-fe2"})));
    ASSERT_TRUE(xml.error.isEmpty()) << xml.error.toStdString();
    EXPECT_TRUE(xml.texts.contains(QStringLiteral("PROD-FE-01")));
    EXPECT_TRUE(xml.texts.contains(QStringLiteral("PROD-FE-02")));
    // The frame of their environment gives the context.
    EXPECT_TRUE(xml.hasText(QStringLiteral("Production")));
    for (const char* other : {"PROD-FE-03", "PROD-DC", "PROD-BATCH-01", "DEV-01", "LT-01"})
        EXPECT_FALSE(xml.hasText(QString::fromUtf8(other))) << other;
    // The frame of an environment none of them is in stays out (the title names them all).
    EXPECT_FALSE(xml.texts.contains(QStringLiteral("Development")));
}

TEST(SelectionExport, PictureIsCutToTheChosenElementsWithAMargin)
{
    const Topology t = loadPlacedFixture("factory-standard");
    const ExportOptions options = selectionOf({"prod-fe1", "prod-fe2"});
    const std::optional<Picture> picture = viewPicture(t, {}, options, true);
    ASSERT_TRUE(picture.has_value());
    QRectF expected;
    for (const Server& s : t.servers)
        if (s.id == "prod-fe1" || s.id == "prod-fe2")
            expected = expected.isNull() ? serverRect(s) : expected.united(serverRect(s));
    EXPECT_EQ(picture->bounds, expected.adjusted(-48, -48, 48, 48));
    EXPECT_LT(picture->bounds.width(), environmentBounds(t, "prod").width());

    const QImage png = QImage::fromData(exported(t, ExportFormat::Png, options), "PNG");
    ASSERT_FALSE(png.isNull());
    EXPECT_EQ(png.size(), imageSize(*picture, 1));
    EXPECT_GT(distinctColours(png), 10);
}

TEST(SelectionExport, AChosenEnvironmentStandsForItsContents)
{
    const Topology t = loadPlacedFixture("factory-standard");
    const std::optional<Picture> picture = viewPicture(t, {}, selectionOf({"prod"}), true);
    ASSERT_TRUE(picture.has_value());
    EXPECT_EQ(picture->bounds, environmentBounds(t, "prod"));
    const XmlContent xml = parseXml(exported(t, ExportFormat::Svg, selectionOf({"prod"})));
    for (const Server& s : t.servers)
        EXPECT_EQ(xml.texts.contains(QString::fromStdString(s.name)), s.environment == "prod")
            << s.id;
}

TEST(SelectionExport, PdfOfASelectionIsWritten)
{
    const Topology t = loadPlacedFixture("factory-standard");
    const QByteArray pdf = exported(t, ExportFormat::Pdf, selectionOf({"lb-prod", "prod-fe3"}));
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_GT(pdf.size(), 1000);
}

TEST(SelectionExport, ASelectionOfUnknownIdsIsRefused)
{
    const Topology t = loadPlacedFixture("factory-standard");
    for (ExportFormat format : {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Drawio}) {
        const ExportContent content = exportContent(t, format, selectionOf({"no-such-server"}));
        EXPECT_FALSE(content.ok()) << toString(format).toStdString();
        EXPECT_TRUE(content.errorText.contains(QStringLiteral("selection")))
            << content.errorText.toStdString();
    }
}

TEST(SelectionExport, TheReportIgnoresTheSelection)
{
    const Topology t = loadPlacedFixture("factory-standard");
    const XmlContent xml = parseXml(exported(t, ExportFormat::Html, selectionOf({"prod-fe1"})));
    for (const Server& s : t.servers)
        EXPECT_TRUE(xml.hasText(QString::fromStdString(s.name))) << s.id;
}

TEST(SelectionExport, TheCommandLineExportsASelection)
{
    const QString dir = scratchDir(QStringLiteral("cli-selection"));
    const QString svg = dir + QStringLiteral("/farm.svg");
    const CliRun run =
        runCli({QStringLiteral("export"), fixturePath("factory-standard"), QStringLiteral("-o"),
                svg, QStringLiteral("--select"), QStringLiteral("lb-prod,prod-fe1")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const XmlContent xml = parseXml(readBytes(svg));
    EXPECT_TRUE(xml.texts.contains(QStringLiteral("PROD-FE-01")));
    EXPECT_FALSE(xml.texts.contains(QStringLiteral("PROD-FE-02")));

    for (const QStringList& wrong :
         {QStringList{QStringLiteral("--select"), QStringLiteral("prod-fe1"),
                      QStringLiteral("--environment"), QStringLiteral("prod")},
          QStringList{QStringLiteral("--select"), QStringLiteral("bad id!")},
          QStringList{QStringLiteral("--select"), QStringLiteral(",")}}) {
        const CliRun refused =
            runCli(QStringList{QStringLiteral("export"), fixturePath("factory-standard"),
                               QStringLiteral("-o"), svg} +
                   wrong);
        EXPECT_EQ(refused.exitCode, 2) << wrong.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(refused.errLines().size(), 1);
    }
    const CliRun report = runCli({QStringLiteral("export"), fixturePath("factory-standard"),
                                  QStringLiteral("-o"), dir + QStringLiteral("/r.html"),
                                  QStringLiteral("--select"), QStringLiteral("prod-fe1")});
    EXPECT_EQ(report.exitCode, 2);
    EXPECT_TRUE(report.err.contains("--select does not apply to html"));
}

} // namespace
} // namespace topo::test
