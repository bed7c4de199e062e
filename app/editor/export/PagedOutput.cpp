#include "editor/export/PagedOutput.h"

#include "editor/export/PictureDecorations.h"
#include "editor/export/PictureWriters.h"

#include <QFont>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace topo {

namespace {

// Page margins, footer band and the largest enlargement of a small design (text bigger than
// this looks like a poster, not a document figure).
constexpr double kPageMarginMm = 12;
constexpr double kFooterHeight = 22;
constexpr double kFooterPixelSize = 10;
constexpr double kMaxEnlargement = 1.5;

// The part `bounds` of the picture, fitted and centred in `area`.
void paintPart(QPainter& painter, const Picture& picture, const QRectF& bounds, const QRectF& area)
{
    const double scale =
        std::min({area.width() / bounds.width(), area.height() / bounds.height(), kMaxEnlargement});
    painter.save();
    painter.translate(area.left() + (area.width() - bounds.width() * scale) / 2,
                      area.top() + (area.height() - bounds.height() * scale) / 2);
    painter.scale(scale, scale);
    painter.translate(-bounds.topLeft());
    painter.setClipRect(bounds);
    picture.paint(painter);
    painter.restore();
}

void paintFooter(QPainter& painter, const QRectF& page, const QString& footer)
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
    painter.drawText(footerRect, Qt::AlignRight | Qt::AlignBottom, exportCreator());
}

} // namespace

std::vector<QRectF> pageParts(const Picture& picture)
{
    return picture.pages.empty() ? std::vector<QRectF>{picture.bounds} : picture.pages;
}

QPageLayout::Orientation orientationFor(const QRectF& part)
{
    return part.height() > part.width() ? QPageLayout::Portrait : QPageLayout::Landscape;
}

QPageLayout::Orientation pageOrientation(const ExportOptions& options, const QRectF& part)
{
    return options.orientation.value_or(orientationFor(part));
}

QPageLayout pageLayout(const ExportOptions& options, QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(options.pageSize), orientation,
                       QMarginsF(kPageMarginMm, kPageMarginMm, kPageMarginMm, kPageMarginMm),
                       QPageLayout::Millimeter);
}

void paintOnPages(QPagedPaintDevice& device, const Picture& picture, const ExportOptions& options,
                  const QString& footer)
{
    const std::vector<QRectF> parts = pageParts(picture);
    // The first page's layout is set before painting starts; each later one before its
    // newPage(), which is where a paged device takes it.
    device.setPageLayout(pageLayout(options, pageOrientation(options, parts.front())));
    QPainter painter(&device);
    // Painted in 1/96 inch, the scene's unit, whatever the device's resolution: the
    // pixel-sized fonts keep their proportions on paper, in the preview and in the PDF.
    const double unit = device.logicalDpiX() / kSceneDpi;
    painter.scale(unit, unit);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) {
            device.setPageLayout(pageLayout(options, pageOrientation(options, parts[i])));
            device.newPage();
        }
        const QRectF page(QPointF(0, 0),
                          device.pageLayout().paintRectPixels(device.logicalDpiX()).size() / unit);
        paintPart(painter, picture, parts[i], page.adjusted(0, 0, 0, -kFooterHeight));
        paintFooter(painter, page, pageFooter(footer, options, i + 1, parts.size()));
    }
    painter.end();
}

} // namespace topo
