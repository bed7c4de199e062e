#include "editor/export/PictureWriters.h"

#include "TopoVersion.h"
#include "editor/export/PictureDecorations.h"

#include <QBuffer>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace topo {

namespace {

// PDF layout: margins, footer band and the largest enlargement of a small design (text
// bigger than this looks like a poster, not a document figure).
constexpr double kPageMarginMm = 12;
constexpr double kFooterHeight = 22;
constexpr double kFooterPixelSize = 10;
constexpr double kMaxPdfEnlargement = 1.5;

QString creator()
{
    return exportCreator();
}

} // namespace

QString exportCreator()
{
    return QStringLiteral("Topology Designer %1").arg(QStringLiteral(TOPO_VERSION));
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
