// The legend and title block of PNG, SVG and PDF exports: the picture grows by the strip, the
// strip is drawn in the theme, the texts are in the files, PDF pages are numbered, and an
// export without them is the picture it was.

#include "CliRunner.h"
#include "ExportTestSupport.h"
#include "HostTools.h"
#include "core/rules/Validator.h"
#include "editor/export/DesignExporter.h"
#include "editor/export/PictureDecorations.h"
#include "editor/export/PictureWriters.h"
#include "editor/export/ViewPicture.h"
#include "editor/paint/LegendPainter.h"
#include "editor/paint/Theme.h"

#include <QDate>
#include <QFile>

#include <gtest/gtest.h>

#include <algorithm>

namespace topo::test {
namespace {

const QString kDate = QStringLiteral("2031-05-17");

struct Pictures {
    Picture plain;
    Picture decorated;
};

Pictures factoryPictures(ExportOptions options)
{
    const Topology t = loadPlacedFixture("factory-standard");
    const std::vector<Finding> findings = validate(t);
    std::optional<Picture> plain = viewPicture(t, findings, options, true);
    std::optional<Picture> decorated = exportPicture(t, findings, options, true);
    EXPECT_TRUE(plain && decorated);
    return {plain.value_or(Picture{}), decorated.value_or(Picture{})};
}

TitleBlock factoryTitle(const Topology& t)
{
    return {QString::fromStdString(t.name), QString::fromStdString(t.description), kDate};
}

bool contains(const std::vector<LegendMark>& marks, LegendMark mark)
{
    return std::find(marks.begin(), marks.end(), mark) != marks.end();
}

// The part of `image` under the first `top` pixel rows.
QImage below(const QImage& image, int top)
{
    return image.copy(0, top, image.width(), image.height() - top);
}

TEST(LegendExport, TheLegendGrowsThePictureByItsStripUnderTheUnchangedView)
{
    ExportOptions options;
    options.legend = true;
    options.date = kDate;
    const Pictures pictures = factoryPictures(options);
    const Topology t = loadPlacedFixture("factory-standard");
    const double strip =
        decorationHeight(t, validate(t), options, factoryTitle(t), pictures.plain.bounds.width());
    const QSizeF legend = legendSize(legendMarksOf(t, validate(t), {}), Theme::light(),
                                     pictures.plain.bounds.width() - 96);
    EXPECT_GT(legend.height(), 60);
    EXPECT_DOUBLE_EQ(strip, 8 + legend.height() + 32); // the legend and the room around it
    EXPECT_EQ(pictures.decorated.bounds.topLeft(), pictures.plain.bounds.topLeft());
    EXPECT_DOUBLE_EQ(pictures.decorated.bounds.width(), pictures.plain.bounds.width());
    EXPECT_DOUBLE_EQ(pictures.decorated.bounds.height(), pictures.plain.bounds.height() + strip);

    const QImage plain = renderPicture(pictures.plain, 1, false);
    const QImage decorated = renderPicture(pictures.decorated, 1, false);
    ASSERT_FALSE(decorated.isNull());
    // The view above the strip is pixel for pixel the picture without a legend.
    EXPECT_EQ(decorated.copy(0, 0, plain.width(), plain.height()), plain);
    // The strip holds the legend's white box with its badges, lines and texts.
    const QImage legendArea = below(decorated, plain.height());
    int cardPixels = 0;
    for (int y = 0; y < legendArea.height(); ++y)
        for (int x = 0; x < legendArea.width(); ++x)
            cardPixels += legendArea.pixelColor(x, y) == Theme::light().cardFill;
    EXPECT_GT(double(cardPixels) / (legendArea.width() * legendArea.height()), 0.3);
    EXPECT_GT(foregroundShare(legendArea, Theme::light().cardFill), 0.03); // the marks and texts
    EXPECT_GT(distinctColours(legendArea), 20);
}

TEST(LegendExport, TheDarkStripIsDrawnInTheDarkTheme)
{
    ExportOptions options;
    options.legend = true;
    options.titleBlock = true;
    options.darkTheme = true;
    const Pictures pictures = factoryPictures(options);
    const QImage plain = renderPicture(pictures.plain, 1, false);
    const QImage image = renderPicture(pictures.decorated, 1, false);
    const Theme dark = Theme::dark();
    // The corner under the strip is the dark background, the legend box inside is a dark
    // card, never a light one.
    EXPECT_EQ(image.pixelColor(2, image.height() - 2), dark.background);
    EXPECT_EQ(image.pixelColor(60, plain.height() + 14), dark.cardFill);
    EXPECT_LT(image.pixelColor(image.width() - 60, plain.height() + 14).lightness(), 60);
}

TEST(LegendExport, TheLegendListsOnlyTheMarksThePictureHolds)
{
    const Topology t = loadPlacedFixture("factory-standard");
    const std::vector<Finding> findings = validate(t);
    const std::vector<LegendMark> all = legendMarksOf(t, findings, {});
    for (LegendMark mark :
         {LegendMark::LifetimeFrontend, LegendMark::Frontend, LegendMark::DeploymentController,
          LegendMark::Scheduler, LegendMark::OutOfPool, LegendMark::SiteTag, LegendMark::Info,
          LegendMark::LoadBalancing, LegendMark::DatabaseLink, LegendMark::QueueLink,
          LegendMark::Management})
        EXPECT_TRUE(contains(all, mark)) << legendText(mark).toStdString();
    // No standby server, no error or warning, and a design picture shows no failover.
    for (LegendMark mark : {LegendMark::Standby, LegendMark::Error, LegendMark::Warning,
                            LegendMark::Failed, LegendMark::Lost})
        EXPECT_FALSE(contains(all, mark)) << legendText(mark).toStdString();

    // Development alone: one server with every role, no LifeTime, balancer or management.
    PaintOptions dev;
    dev.environment = "dev";
    const std::vector<LegendMark> devMarks = legendMarksOf(t, findings, dev);
    EXPECT_TRUE(contains(devMarks, LegendMark::DeploymentController));
    EXPECT_TRUE(contains(devMarks, LegendMark::QueueLink));
    for (LegendMark mark : {LegendMark::LifetimeFrontend, LegendMark::OutOfPool,
                            LegendMark::LoadBalancing, LegendMark::Management})
        EXPECT_FALSE(contains(devMarks, mark)) << legendText(mark).toStdString();

    const Topology standby = loadPlacedFixture("software-and-time");
    EXPECT_TRUE(contains(legendMarksOf(standby, validate(standby), {}), LegendMark::Standby));
    EXPECT_EQ(allLegendMarks().size(), 16u);
}

TEST(LegendExport, TheSvgHoldsTheLegendAndTitleBlockTexts)
{
    const Topology t = loadPlacedFixture("factory-standard");
    ExportOptions options;
    options.date = kDate;
    const ExportContent plain = exportContent(t, ExportFormat::Svg, options);
    options.legend = true;
    options.titleBlock = true;
    const ExportContent decorated = exportContent(t, ExportFormat::Svg, options);
    ASSERT_TRUE(plain.ok() && decorated.ok());
    const XmlContent xml = parseXml(*decorated.bytes);
    ASSERT_TRUE(xml.error.isEmpty()) << xml.error.toStdString();
    for (const QString& text :
         {QStringLiteral("LEGEND"), QStringLiteral("Front-end"), QStringLiteral("Scheduler"),
          QStringLiteral("Out of pool: front-end without traffic"),
          QStringLiteral("LifeTime manages the environment"), kDate})
        EXPECT_TRUE(xml.hasText(text)) << text.toStdString();
    // The name and the description wrap over several lines: each word is text of the file.
    for (const QString& word : QString::fromStdString(t.name + " " + t.description)
                                   .split(QLatin1Char(' '), Qt::SkipEmptyParts))
        EXPECT_TRUE(xml.hasText(word)) << word.toStdString();
    const XmlContent without = parseXml(*plain.bytes);
    EXPECT_FALSE(without.hasText(QStringLiteral("LEGEND")));
    EXPECT_FALSE(without.hasText(kDate));
}

TEST(LegendExport, WithoutTheOptionsTheFilesAreThePlainPicture)
{
    // PNG and SVG are deterministic: an export without a legend or title block is byte for
    // byte what the writers make of the view's picture.
    for (const std::string& name : fixtureNames()) {
        const Topology t = loadPlacedFixture(name);
        for (bool dark : {false, true}) {
            ExportOptions options;
            options.darkTheme = dark;
            const std::optional<Picture> picture = viewPicture(t, validate(t), options, true);
            ASSERT_TRUE(picture) << name;
            const QString title = QString::fromStdString(t.name);
            const ExportContent png = exportContent(t, ExportFormat::Png, options);
            const ExportContent svg = exportContent(t, ExportFormat::Svg, options);
            ASSERT_TRUE(png.ok() && svg.ok()) << name;
            EXPECT_EQ(*png.bytes, pngBytes(*picture, options, title, nullptr).value_or("")) << name;
            EXPECT_EQ(*svg.bytes, svgBytes(*picture, title, QString::fromStdString(t.description)))
                << name;
        }
    }
}

QString pdfText(const QString& pdf)
{
    if (!hostToolAvailable(QStringLiteral("pdftotext"))) {
        ADD_FAILURE() << "pdftotext is not installed (poppler-utils; scripts/deps.sh installs it)";
        return {};
    }
    return QString::fromUtf8(
        runHostTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out);
}

TEST(LegendExport, PdfPagesAreNumberedInTheFooterWithATitleBlock)
{
    const QString dir = scratchDir(QStringLiteral("legend-pdf"));
    auto exportPdf = [&](const QString& file, QStringList extra) {
        const QString out = dir + QLatin1Char('/') + file;
        const CliRun run =
            runCli(QStringList{QStringLiteral("export"), fixturePath("factory-standard"),
                               QStringLiteral("-o"), out} +
                   extra);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return pdfText(out);
    };
    const QString topology =
        exportPdf(QStringLiteral("topology.pdf"), {QStringLiteral("--title-block")});
    EXPECT_TRUE(topology.contains(QStringLiteral("Page 1 of 1"))) << topology.toStdString();
    // The title block's date, the footer's date and the legend are on the page.
    EXPECT_GE(topology.count(QDate::currentDate().toString(Qt::ISODate)), 2);

    // Every environment of the scaling view is a page of its own.
    const QString scaling = exportPdf(
        QStringLiteral("scaling.pdf"),
        {QStringLiteral("--view"), QStringLiteral("scaling"), QStringLiteral("--title-block")});
    for (int page = 1; page <= 4; ++page)
        EXPECT_TRUE(scaling.contains(QStringLiteral("Page %1 of 4").arg(page))) << page;
    EXPECT_FALSE(scaling.contains(QStringLiteral("of 5")));

    const QString plain = exportPdf(QStringLiteral("plain.pdf"), {QStringLiteral("--legend")});
    EXPECT_TRUE(plain.contains(QStringLiteral("LEGEND")));
    EXPECT_FALSE(plain.contains(QStringLiteral("Page 1")));
}

TEST(LegendExport, TheCliOffersTheOptionsForPicturesOnly)
{
    const CliRun help = runCli({QStringLiteral("export"), QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains("--legend"));
    EXPECT_TRUE(help.out.contains("--title-block"));
    const QString out = scratchDir(QStringLiteral("legend-drawio")) + QStringLiteral("/x.drawio");
    const CliRun run = runCli({QStringLiteral("export"), fixturePath("factory-standard"),
                               QStringLiteral("-o"), out, QStringLiteral("--legend")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("--legend applies to png, svg and pdf, not drawio"))
        << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

} // namespace
} // namespace topo::test
