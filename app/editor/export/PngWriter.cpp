// renderPicture() and pngBytes(): the picture rasterised and encoded as PNG.

#include "editor/export/PictureWriters.h"
#include "editor/export/PngEncoder.h"

#include <QPainter>

#include <cmath>

namespace topo {

namespace {

constexpr double kMetersPerInch = 0.0254;

} // namespace

QByteArray pngEncoded(const QImage& image)
{
    return encodePng(image);
}

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
    // One pass on this thread. Painting horizontal bands on several threads was measured
    // (export_bench): each thread lays out every text again and builds its own glyph cache,
    // so the CPU time grew by a third and, on a busy machine, the wall time did not drop.
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
    image.setText(QStringLiteral("Software"), exportCreator());
    QByteArray bytes = pngEncoded(image);
    if (bytes.isEmpty()) {
        if (error)
            *error = QStringLiteral("the PNG encoder failed");
        return std::nullopt;
    }
    return bytes;
}

} // namespace topo
