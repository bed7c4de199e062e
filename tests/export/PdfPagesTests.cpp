// PDF pages rendered by Ghostscript and checked region by region: the scaling view of a whole
// design prints one environment per page, each page holding only its own environment (the
// paper around it blank, the margin around its frame plain background), and the footer band
// holds the footer alone. The topology view's single page keeps the same paper and footer.

#include "CliRunner.h"
#include "ExportTestSupport.h"
#include "HostTools.h"
#include "core/rules/Validator.h"
#include "editor/export/DesignExporter.h"
#include "editor/export/PagedOutput.h"
#include "editor/export/PictureWriters.h"
#include "editor/export/ViewPicture.h"
#include "editor/paint/ScalingPainter.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace topo::test {
namespace {

constexpr int kDpi = 72;
const QColor kBackground(0xF8, 0xFA, 0xFC); // the light theme's background
const QString kDate = QStringLiteral("2026-05-06");

QString runGhostscript(const QStringList& arguments)
{
    const ToolRun run =
        runHostTool(QStringLiteral("gs"),
                    QStringList{QStringLiteral("-q"), QStringLiteral("-dNOPAUSE"),
                                QStringLiteral("-dBATCH"), QStringLiteral("-dSAFER")} +
                        arguments,
                    120'000);
    if (!run.finished || run.exitCode != 0)
        return {};
    return QString::fromUtf8(run.out);
}

// The PDF written to `dir`, its pages rendered without anti-aliasing (exact colours).
std::vector<QImage> renderPages(const QByteArray& pdf, const QString& dir)
{
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/out.pdf");
    writeBytes(path, pdf);
    runGhostscript({QStringLiteral("-sDEVICE=png16m"), QStringLiteral("-r%1").arg(kDpi),
                    QStringLiteral("-dTextAlphaBits=1"), QStringLiteral("-dGraphicsAlphaBits=1"),
                    QStringLiteral("-sOutputFile=%1/page-%d.png").arg(dir), path});
    std::vector<QImage> pages;
    for (int n = 1; QFile::exists(QStringLiteral("%1/page-%2.png").arg(dir).arg(n)); ++n)
        pages.push_back(QImage(QStringLiteral("%1/page-%2.png").arg(dir).arg(n))
                            .convertToFormat(QImage::Format_RGB32));
    return pages;
}

// The text Ghostscript extracts from page `page` (1-based) of the PDF in `dir`.
QString pageText(const QString& dir, int page)
{
    return runGhostscript({QStringLiteral("-sDEVICE=txtwrite"),
                           QStringLiteral("-dFirstPage=%1").arg(page),
                           QStringLiteral("-dLastPage=%1").arg(page),
                           QStringLiteral("-sOutputFile=-"), dir + QStringLiteral("/out.pdf")})
        .simplified();
}

bool near(QRgb pixel, const QColor& colour, int tolerance)
{
    return std::abs(qRed(pixel) - colour.red()) <= tolerance &&
           std::abs(qGreen(pixel) - colour.green()) <= tolerance &&
           std::abs(qBlue(pixel) - colour.blue()) <= tolerance;
}

// Pixels of `region` of `image` that `ok` rejects, skipping `hole`.
template <typename Ok>
int offending(const QImage& image, const QRect& region, const QRect& hole, Ok ok)
{
    int count = 0;
    const QRect area = region.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (!hole.contains(x, y) && !ok(image.pixel(x, y)))
                ++count;
    return count;
}

// Where the picture's background was painted: the extent of background pixels along the
// middle row and column of the page (the content is centred on the page).
QRect backgroundExtent(const QImage& page)
{
    const int midY = page.height() / 2;
    const int midX = page.width() / 2;
    int left = -1, right = -1, top = -1, bottom = -1;
    for (int x = 0; x < page.width(); ++x)
        if (near(page.pixel(x, midY), kBackground, 2)) {
            left = left < 0 ? x : left;
            right = x;
        }
    for (int y = 0; y < page.height(); ++y)
        if (near(page.pixel(midX, y), kBackground, 2)) {
            top = top < 0 ? y : top;
            bottom = y;
        }
    return left < 0 || top < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

// The first row of the footer: the rule above its text, on a page holding only the footer.
int footerTop(const QImage& footerOnly)
{
    for (int y = 0; y < footerOnly.height(); ++y)
        for (int x = 0; x < footerOnly.width(); ++x)
            if (!near(footerOnly.pixel(x, y), Qt::white, 3))
                return y;
    return footerOnly.height();
}

// A page of the same size and footer with nothing else on it.
QImage footerOnlyPage(const Topology& t, const ExportOptions& options, const QString& dir)
{
    Picture blank;
    blank.bounds = QRectF(0, 0, 100, 100);
    blank.paint = [](QPainter&) {};
    const QString title = QString::fromStdString(t.name);
    const std::vector<QImage> pages = renderPages(
        pdfBytes(blank, options, title, QStringLiteral("%1 \u2014 %2").arg(title, kDate)), dir);
    return pages.empty() ? QImage() : pages.front();
}

// The paper outside the picture is blank and the footer band equals the footer-only page.
void expectPaperAndFooterClear(const QImage& page, const QImage& footerOnly, const QRect& picture,
                               const std::string& where)
{
    ASSERT_EQ(page.size(), footerOnly.size()) << where;
    const int footer = footerTop(footerOnly) - 2;
    ASSERT_LT(picture.bottom(), footer) << where << ": the picture reaches into the footer band";
    const QRect aboveFooter(0, 0, page.width(), footer);
    EXPECT_EQ(offending(page, aboveFooter, picture.adjusted(-1, -1, 1, 1),
                        [](QRgb p) { return near(p, Qt::white, 3); }),
              0)
        << where << ": something is drawn on the paper outside the picture";
    int differing = 0;
    for (int y = footer; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x)
            if (!near(page.pixel(x, y), QColor(footerOnly.pixel(x, y)), 24))
                ++differing;
    EXPECT_EQ(differing, 0) << where << ": the footer band holds more than the footer";
}

class ScalingPdfPages : public ::testing::TestWithParam<std::string> {};

TEST_P(ScalingPdfPages, EachPageHoldsOnlyItsEnvironmentAndAClearFooter)
{
    ASSERT_TRUE(hostToolAvailable(QStringLiteral("gs")))
        << "Ghostscript (gs) is needed to render the PDF pages: scripts/deps.sh installs it";
    const std::string fixture = GetParam();
    const Topology t = loadPlacedFixture(fixture);
    ExportOptions options;
    options.view = ExportView::Scaling;
    options.date = kDate;
    const ExportContent pdf = exportContent(t, ExportFormat::Pdf, options);
    ASSERT_TRUE(pdf.ok()) << pdf.errorText.toStdString();
    const QString dir = scratchDir(QString::fromStdString("scaling-pdf-pages-" + fixture));
    const std::vector<QImage> pages = renderPages(*pdf.bytes, dir);
    const QImage footerOnly = footerOnlyPage(t, options, dir + QStringLiteral("/footer"));
    ASSERT_FALSE(footerOnly.isNull());

    const std::optional<Picture> picture = viewPicture(t, validate(t), options, true);
    ASSERT_TRUE(picture);
    const ScalingPainter painter(t);
    const auto& environments = painter.layout().environments();
    ASSERT_EQ(pages.size(), environments.size());
    ASSERT_EQ(picture->pages.size(), environments.size());
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const std::string where = fixture + " page " + std::to_string(i + 1);
        const QRect drawn = backgroundExtent(pages[i]);
        ASSERT_FALSE(drawn.isEmpty()) << where;
        expectPaperAndFooterClear(pages[i], footerOnly, drawn, where);

        // The margin between the page's part of the picture and its environment's frame is
        // plain background: no slice of the environment above or below.
        const QRectF part = picture->pages[i];
        const double scale = (drawn.width() + 1) / part.width();
        const QRectF frame = environments[i].frame.translated(-part.topLeft());
        const QRect frameOnPage =
            QRectF(drawn.left() + frame.left() * scale, drawn.top() + frame.top() * scale,
                   frame.width() * scale, frame.height() * scale)
                .toAlignedRect()
                .adjusted(-2, -2, 2, 2);
        EXPECT_EQ(offending(pages[i], drawn.adjusted(1, 1, -1, -1), frameOnPage,
                            [](QRgb p) { return near(p, kBackground, 2); }),
                  0)
            << where << ": the margin around the environment holds something else";

        // The page's text names its own environment and no other (txtwrite may turn the
        // dash of the heading into another glyph).
        const QString text = pageText(dir, static_cast<int>(i) + 1);
        for (std::size_t j = 0; j < environments.size(); ++j) {
            const QString name = QString::fromStdString(environments[j].plan.name);
            const QRegularExpression heading(
                QStringLiteral("\\b%1 \\S+ how it scales").arg(QRegularExpression::escape(name)));
            EXPECT_EQ(text.contains(heading), i == j)
                << where << ": the heading of " << name.toStdString() << " in "
                << text.toStdString();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, ScalingPdfPages,
                         ::testing::Values("factory-standard", "design-with-problems"),
                         [](const auto& info) {
                             std::string name = info.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

TEST(TopologyPdfPage, HoldsThePictureOnBlankPaperWithAClearFooter)
{
    ASSERT_TRUE(hostToolAvailable(QStringLiteral("gs")))
        << "Ghostscript (gs) is needed to render the PDF pages: scripts/deps.sh installs it";
    const Topology t = loadPlacedFixture("factory-standard");
    ExportOptions options;
    options.date = kDate;
    const ExportContent pdf = exportContent(t, ExportFormat::Pdf, options);
    ASSERT_TRUE(pdf.ok()) << pdf.errorText.toStdString();
    const QString dir = scratchDir(QStringLiteral("topology-pdf-page"));
    const std::vector<QImage> pages = renderPages(*pdf.bytes, dir);
    ASSERT_EQ(pages.size(), 1u);
    const QImage footerOnly = footerOnlyPage(t, options, dir + QStringLiteral("/footer"));
    const QRect drawn = backgroundExtent(pages.front());
    ASSERT_FALSE(drawn.isEmpty());
    // The picture fills the width or the height above the footer.
    EXPECT_TRUE(drawn.width() > pages.front().width() * 0.8 ||
                drawn.height() > pages.front().height() * 0.8)
        << drawn.width() << " x " << drawn.height();
    expectPaperAndFooterClear(pages.front(), footerOnly, drawn, "topology page");
    const QString text = pageText(dir, 1);
    for (const Server& server : t.servers)
        EXPECT_TRUE(text.contains(QString::fromStdString(server.name))) << server.name;
}

TEST(TopologyPdfPages, OnePagePerEnvironmentEachTurnedToItsShape)
{
    ASSERT_TRUE(hostToolAvailable(QStringLiteral("gs")))
        << "Ghostscript (gs) is needed to render the PDF pages: scripts/deps.sh installs it";
    const Topology t = loadPlacedFixture("factory-standard");
    ExportOptions options;
    options.date = kDate;
    options.pagePerEnvironment = true;
    const ExportContent pdf = exportContent(t, ExportFormat::Pdf, options);
    ASSERT_TRUE(pdf.ok()) << pdf.errorText.toStdString();
    const QString dir = scratchDir(QStringLiteral("topology-pdf-environment-pages"));
    const std::vector<QImage> pages = renderPages(*pdf.bytes, dir);
    // Reading order: LifeTime, Development and Quality across the top, Production below.
    const std::vector<std::string> order = {"lt", "dev", "qa", "prod"};
    ASSERT_EQ(pages.size(), order.size());
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const QRectF part = environmentBounds(t, order[i]);
        const bool wide = pages[i].width() > pages[i].height();
        EXPECT_EQ(wide, orientationFor(part) == QPageLayout::Landscape) << order[i];
        const QString text = pageText(dir, static_cast<int>(i) + 1);
        for (const Server& server : t.servers)
            if (server.environment == order[i]) {
                EXPECT_TRUE(text.contains(QString::fromStdString(server.name)))
                    << server.name << " on the page of " << order[i];
            }
    }

    // A tall part gets a portrait page, a wide one a landscape page, unless one is chosen.
    Picture tall;
    tall.bounds = QRectF(0, 0, 300, 900);
    tall.paint = [](QPainter&) {};
    const std::vector<QImage> portrait =
        renderPages(pdfBytes(tall, ExportOptions{}, QStringLiteral("tall"), QString()),
                    dir + QStringLiteral("/tall"));
    ASSERT_EQ(portrait.size(), 1u);
    EXPECT_LT(portrait.front().width(), portrait.front().height());
    ExportOptions landscape;
    landscape.orientation = QPageLayout::Landscape;
    const std::vector<QImage> turned =
        renderPages(pdfBytes(tall, landscape, QStringLiteral("tall"), QString()),
                    dir + QStringLiteral("/turned"));
    ASSERT_EQ(turned.size(), 1u);
    EXPECT_GT(turned.front().width(), turned.front().height());
}

} // namespace
} // namespace topo::test
