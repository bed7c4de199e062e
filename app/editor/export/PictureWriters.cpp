#include "export/PictureWriters.h"

#include "TopoVersion.h"
#include "export/PictureDecorations.h"

#include <QBuffer>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace topo {

namespace {

constexpr double kMetersPerInch = 0.0254;
// PDF layout: margins, footer band and the largest enlargement of a small design (text
// bigger than this looks like a poster, not a document figure).
constexpr double kPageMarginMm = 12;
constexpr double kFooterHeight = 22;
constexpr double kFooterPixelSize = 10;
constexpr double kMaxPdfEnlargement = 1.5;
constexpr int kPngQuality = 80;

QString creator()
{
    return QStringLiteral("Topology Designer %1").arg(QStringLiteral(TOPO_VERSION));
}

} // namespace

QSize imageSize(const Picture& picture, double scale)
{
    return {static_cast<int>(std::ceil(picture.bounds.width() * scale)),
            static_cast<int>(std::ceil(picture.bounds.height() * scale))};
}

double pngScale(const Picture& picture, double requested)
{
    const double area = picture.bounds.width() * picture.bounds.height();
    if (area <= 0 || area * requested * requested <= double(kPngPixelBudget))
        return requested;
    // Rounded down to a hundredth, so that the rounded-up pixel size stays within the budget.
    return std::floor(std::sqrt(double(kPngPixelBudget) / area) * 100) / 100;
}

QImage renderPicture(const Picture& picture, double scale, bool transparent)
{
    const QSize size = imageSize(picture, scale);
    if (size.isEmpty() || qint64(size.width()) * size.height() > kMaxPngPixels)
        return {};
    // An opaque image is written as RGB: a quarter less data for the PNG encoder.
    QImage image(size, transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    if (image.isNull()) // not enough memory
        return {};
    image.fill(transparent ? QColor(Qt::transparent) : picture.background);
    QPainter painter(&image);
    painter.scale(scale, scale);
    painter.translate(-picture.bounds.topLeft());
    picture.paint(painter);
    painter.end();
    return image;
}

std::optional<QByteArray> pngBytes(const Picture& picture, const ExportOptions& options,
                                   const QString& title, QString* error, QString* notice)
{
    const double requested = options.effectiveScale();
    const double scale = pngScale(picture, requested);
    QImage image =
        scale < kMinReducedPngScale ? QImage() : renderPicture(picture, scale, options.transparent);
    if (image.isNull()) {
        const QSize size = imageSize(picture, requested);
        if (error)
            *error = QStringLiteral("an image of %1 x %2 pixels is too large to write; choose "
                                    "a smaller scale or one environment")
                         .arg(size.width())
                         .arg(size.height());
        return std::nullopt;
    }
    if (scale < requested && notice) {
        const QSize full = imageSize(picture, requested);
        const QSize size = image.size();
        *notice = QStringLiteral("the image would be %1 x %2 pixels; written at scale %3 "
                                 "(%4 x %5) to stay within %6 megapixels; SVG and PDF keep "
                                 "every detail")
                      .arg(full.width())
                      .arg(full.height())
                      .arg(scale)
                      .arg(size.width())
                      .arg(size.height())
                      .arg(kPngPixelBudget / 1'000'000);
    }
    // A chosen DPI shrinks with the scale: the printed size stays what the user asked for.
    const double dpi = options.dpi ? *options.dpi * scale / requested : kSceneDpi;
    const int dotsPerMeter = static_cast<int>(std::lround(dpi / kMetersPerInch));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.setText(QStringLiteral("Title"), title);
    image.setText(QStringLiteral("Software"), creator());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // Quality kPngQuality: a fast zlib level; diagrams are flat colours and compress well anyway.
    if (!image.save(&buffer, "PNG", kPngQuality)) {
        if (error)
            *error = QStringLiteral("the PNG encoder failed");
        return std::nullopt;
    }
    return bytes;
}

QByteArray svgBytes(const Picture& picture, const QString& title, const QString& description)
{
    const QSize size = imageSize(picture, 1.0);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    // 96 DPI: the width and height written in millimetres come out as CSS pixels.
    generator.setResolution(static_cast<int>(kSceneDpi));
    // QSvgGenerator escapes the text it draws but writes the title and description as given.
    generator.setTitle(title.toHtmlEscaped());
    generator.setDescription(description.toHtmlEscaped());
    QPainter painter(&generator);
    painter.translate(-picture.bounds.topLeft());
    picture.paint(painter);
    painter.end();
    return bytes;
}

namespace {

// The part `bounds` of the picture, fitted and centred in `area`.
void paintPdfPage(QPainter& painter, const Picture& picture, const QRectF& bounds,
                  const QRectF& area)
{
    const double scale = std::min(
        {area.width() / bounds.width(), area.height() / bounds.height(), kMaxPdfEnlargement});
    painter.save();
    painter.translate(area.left() + (area.width() - bounds.width() * scale) / 2,
                      area.top() + (area.height() - bounds.height() * scale) / 2);
    painter.scale(scale, scale);
    painter.translate(-bounds.topLeft());
    painter.setClipRect(bounds);
    picture.paint(painter);
    painter.restore();
}

void paintPdfFooter(QPainter& painter, const QRectF& page, const QString& footer)
{
    QFont font;
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(static_cast<int>(kFooterPixelSize));
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x5b, 0x66));
    const QRectF footerRect(page.left(), page.bottom() - kFooterHeight + 6, page.width(),
                            kFooterHeight - 6);
    painter.drawLine(footerRect.topLeft(), footerRect.topRight());
    painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignBottom, footer);
    painter.drawText(footerRect, Qt::AlignRight | Qt::AlignBottom, creator());
}

} // namespace

QByteArray pdfBytes(const Picture& picture, const ExportOptions& options, const QString& title,
                    const QString& footer)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    // Device units of 1/96 inch: the painter's pixel-sized fonts keep their proportions.
    writer.setResolution(static_cast<int>(kSceneDpi));
    writer.setTitle(title);
    writer.setCreator(creator());
    writer.setPageLayout(
        QPageLayout(QPageSize(options.pageSize), options.orientation,
                    QMarginsF(kPageMarginMm, kPageMarginMm, kPageMarginMm, kPageMarginMm),
                    QPageLayout::Millimeter));
    const QRectF page(QPointF(0, 0),
                      writer.pageLayout().paintRectPixels(static_cast<int>(kSceneDpi)).size());
    const QRectF area = page.adjusted(0, 0, 0, -kFooterHeight);

    QPainter painter(&writer);
    const std::vector<QRectF> pages =
        picture.pages.empty() ? std::vector<QRectF>{picture.bounds} : picture.pages;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        paintPdfPage(painter, picture, pages[i], area);
        paintPdfFooter(painter, page, pageFooter(footer, options, i + 1, pages.size()));
    }
    painter.end();
    return bytes;
}

} // namespace topo
