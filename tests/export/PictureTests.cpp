// The PNG, SVG and PDF writers: sizes, real text, and the SVG rendered by rsvg-convert
// against the PNG of the same picture.

#include "CliRunner.h"
#include "ExportTestSupport.h"
#include "HostTools.h"
#include "core/rules/Validator.h"
#include "editor/export/DesignExporter.h"
#include "editor/export/PictureWriters.h"
#include "editor/export/ViewPicture.h"

#include <QFile>
#include <QPainter>

#include <gtest/gtest.h>

namespace topo::test {
namespace {

Picture factoryPicture(ExportOptions options = {}, bool background = true)
{
    const Topology t = loadPlacedFixture("factory-standard");
    std::optional<Picture> picture = viewPicture(t, validate(t), options, background);
    EXPECT_TRUE(picture.has_value());
    return picture.value_or(Picture{});
}

TEST(PictureWriters, SvgKeepsTextAsTextAndHasAViewBoxOfThePictureSize)
{
    const Picture picture = factoryPicture();
    const QByteArray svg = svgBytes(picture, QStringLiteral("Factory"), QStringLiteral("Four"));
    const XmlContent xml = parseXml(svg);
    ASSERT_TRUE(xml.error.isEmpty()) << xml.error.toStdString();
    const QSize size = imageSize(picture, 1);
    EXPECT_TRUE(svg.contains(
        QStringLiteral("viewBox=\"0 0 %1 %2\"").arg(size.width()).arg(size.height()).toUtf8()));
    EXPECT_TRUE(xml.elements.contains(QStringLiteral("title")));
    EXPECT_TRUE(xml.elements.contains(QStringLiteral("desc")));
    EXPECT_GT(xml.elements.count(QStringLiteral("text")), 20);
    // Names of the design are selectable text in the file.
    for (const char* name : {"LT-01", "Production", "Development"})
        EXPECT_TRUE(xml.hasText(QString::fromUtf8(name))) << name;
}

// A server out of the load balancer's pool (PROD-BATCH-01, front-end and scheduler) keeps
// its whole site name: a marker with no room beside the roles hangs from the card's edge
// instead of squeezing the footer.
TEST(PictureWriters, OutOfPoolCardKeepsItsWholeSiteName)
{
    const XmlContent xml = parseXml(svgBytes(factoryPicture(), QStringLiteral("Factory"), {}));
    ASSERT_TRUE(xml.error.isEmpty()) << xml.error.toStdString();
    EXPECT_EQ(xml.texts.count(QStringLiteral("OUT OF POOL")), 1);
    for (const QString& text : xml.texts)
        EXPECT_FALSE(text.endsWith(QChar(0x2026))) << text.toStdString(); // nothing is cut
}

TEST(PictureWriters, PngScalesTheBoundsAndRefusesAbsurdSizes)
{
    const Picture picture = factoryPicture();
    const QImage one = renderPicture(picture, 1, false);
    const QImage four = renderPicture(picture, 4, false);
    EXPECT_EQ(four.width(), imageSize(picture, 4).width());
    EXPECT_NEAR(four.width(), one.width() * 4, 4);
    EXPECT_EQ(one.pixelColor(0, 0), picture.background);

    Picture huge = picture;
    huge.bounds = QRectF(0, 0, 100'000, 100'000);
    ExportOptions options;
    QString error;
    EXPECT_FALSE(pngBytes(huge, options, QStringLiteral("x"), &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("pixels")));
}

TEST(PictureWriters, DarkAndLightPicturesDiffer)
{
    ExportOptions dark;
    dark.darkTheme = true;
    const QImage d = renderPicture(factoryPicture(dark), 1, false);
    const QImage l = renderPicture(factoryPicture(), 1, false);
    EXPECT_GT(meanDifference(d, l), 40);
}

TEST(PictureWriters, RsvgRenderingOfTheSvgMatchesThePng)
{
    if (!hostToolAvailable(QStringLiteral("rsvg-convert")))
        GTEST_SKIP() << "rsvg-convert is not installed";
    const QString dir = scratchDir(QStringLiteral("rsvg"));
    const Topology t = loadPlacedFixture("factory-standard");
    ExportOptions options;
    options.scale = 1;
    const QString svgPath = dir + QStringLiteral("/f.svg");
    const QString pngPath = dir + QStringLiteral("/f.png");
    const QString rsvgPath = dir + QStringLiteral("/rsvg.png");
    ASSERT_TRUE(exportDesign(t, ExportFormat::Svg, options, svgPath).ok);
    ASSERT_TRUE(exportDesign(t, ExportFormat::Png, options, pngPath).ok);
    const QImage png(pngPath);
    const ToolRun run = renderWithRsvg(svgPath, rsvgPath, png.width(), png.height());
    ASSERT_TRUE(run.finished);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QImage rendered(rsvgPath);
    ASSERT_EQ(rendered.size(), png.size());
    // Same shapes and colours; glyph rasterisation differs a little between renderers.
    const double difference = meanDifference(rendered, png);
    EXPECT_LT(difference, 6.0);
    // And the comparison can fail: the dark picture is far away.
    options.darkTheme = true;
    ASSERT_TRUE(exportDesign(t, ExportFormat::Png, options, pngPath).ok);
    EXPECT_GT(meanDifference(rendered, QImage(pngPath)), 40);
}

TEST(PictureWriters, PdfIsOnePageWithTheFooter)
{
    ExportOptions options;
    options.date = QStringLiteral("2026-01-02");
    const Topology t = loadPlacedFixture("factory-standard");
    const ExportContent pdf = exportContent(t, ExportFormat::Pdf, options);
    ASSERT_TRUE(pdf.ok());
    EXPECT_TRUE(pdf.bytes->startsWith("%PDF-"));
    EXPECT_TRUE(pdf.bytes->contains("/Type /Page\n") || pdf.bytes->contains("/Type /Page\r"));
    if (!hostToolAvailable(QStringLiteral("gs")))
        GTEST_SKIP() << "gs is not installed";
    const QString dir = scratchDir(QStringLiteral("pdf-text"));
    writeBytes(dir + QStringLiteral("/f.pdf"), *pdf.bytes);
    const ToolRun run = runHostTool(
        QStringLiteral("gs"), {QStringLiteral("-q"), QStringLiteral("-dNOPAUSE"),
                               QStringLiteral("-dBATCH"), QStringLiteral("-sDEVICE=txtwrite"),
                               QStringLiteral("-sOutputFile=-"), dir + QStringLiteral("/f.pdf")});
    ASSERT_TRUE(run.finished);
    // txtwrite separates words with tabs and runs of spaces.
    const QString text = QString::fromUtf8(run.out).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("2026-01-02"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Standard factory"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("LT-01")));
}

TEST(PictureWriters, PngAboveThePixelBudgetIsWrittenSmallerWithANotice)
{
    // A flat picture as large as a 1,000-server design: 10,000 x 5,000 scene units.
    Picture picture;
    picture.bounds = QRectF(-100, -50, 10'000, 5'000);
    picture.background = Qt::white;
    picture.paint = [](QPainter& p) { p.fillRect(QRectF(0, 0, 100, 100), Qt::black); };
    EXPECT_DOUBLE_EQ(pngScale(picture, 0.5), 0.5); // 12.5 megapixels: as asked
    const double reduced = pngScale(picture, 2);   // 200 megapixels: reduced
    EXPECT_DOUBLE_EQ(reduced, 0.63);
    const QSize size = imageSize(picture, reduced);
    EXPECT_LE(qint64(size.width()) * size.height(), kPngPixelBudget);

    ExportOptions options;
    options.dpi = 192;
    QString error;
    QString notice;
    const std::optional<QByteArray> bytes =
        pngBytes(picture, options, QStringLiteral("x"), &error, &notice);
    ASSERT_TRUE(bytes.has_value()) << error.toStdString();
    const QImage image = QImage::fromData(*bytes, "PNG");
    EXPECT_EQ(image.size(), size);
    // The stored resolution follows the scale, so the printed size is the one asked for.
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 192 * reduced / 2, 1);
    EXPECT_TRUE(notice.contains(QStringLiteral("20000 x 10000"))) << notice.toStdString();
    EXPECT_TRUE(notice.contains(QStringLiteral("scale 0.63"))) << notice.toStdString();
    EXPECT_FALSE(notice.contains(QLatin1Char('\n')));
}

} // namespace
} // namespace topo::test
