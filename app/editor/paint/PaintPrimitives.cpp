#include "editor/paint/PaintPrimitives.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace topo::paint {

QString tr(const char* text)
{
    return QCoreApplication::translate("TopologyPainter", text);
}

double levelOfDetail(const QPainter& p)
{
    const QTransform& t = p.worldTransform();
    return std::sqrt(std::abs(t.m11() * t.m22() - t.m12() * t.m21()));
}

void drawNameAtAnyScale(QPainter& p, const QRectF& rect, const QString& name, const QFont& font,
                        const QColor& color)
{
    const double scale = levelOfDetail(p);
    if (scale <= 0 || name.isEmpty())
        return;
    constexpr double kWantedPixels = 11;
    constexpr double kSmallestPixels = 6;
    double size = std::min(kWantedPixels / scale, rect.height() * 0.7);
    if (size * scale < kSmallestPixels)
        return; // too small whatever its width: no text to measure (thousands at fit)
    QFont sized = font;
    sized.setPixelSize(std::max(1, int(size)));
    // Narrower where the whole name would not fit across.
    const double width = QFontMetricsF(sized).horizontalAdvance(name);
    const double room = rect.width() * 0.9;
    if (width > room)
        size *= room / width;
    if (size * scale < kSmallestPixels)
        return;
    sized.setPixelSize(std::max(1, int(size)));
    p.save();
    p.setFont(sized);
    p.setPen(color);
    p.drawText(rect, Qt::AlignCenter, name);
    p.restore();
}

bool simplified(const QPainter& p)
{
    return levelOfDetail(p) < kSimpleDetail;
}

void drawBody(QPainter& p, const QPainterPath& shape, const QColor& fill, const QColor& border,
              double borderWidth, const ElementState& state, const Theme& theme, bool dashed)
{
    if (!simplified(p)) {
        p.setPen(Qt::NoPen);
        p.setBrush(theme.shadow);
        p.drawPath(shape.translated(0, 2));
    }
    QPen pen(border, borderWidth);
    if (dashed)
        pen.setDashPattern({4, 3});
    p.setPen(pen);
    p.setBrush(fill);
    p.drawPath(shape);
    if (state.selected || state.hovered) {
        QPen outline(state.selected ? theme.selection : theme.hover, state.selected ? 2.5 : 1.5);
        p.setPen(outline);
        p.setBrush(Qt::NoBrush);
        const QRectF box = shape.boundingRect().adjusted(-4, -4, 4, 4);
        p.drawRoundedRect(box, 8, 8);
    }
}

void drawSeverityBadge(QPainter& p, const QRectF& host, Severity severity, const Theme& theme)
{
    const double r = simplified(p) ? 12 : 9;
    const QPointF c(host.right() - 2, host.top() + 2);
    const QColor color = theme.severityColor(severity);
    p.setPen(QPen(theme.cardFill, 1.5));
    p.setBrush(color);
    if (severity == Severity::Warning) {
        QPainterPath triangle;
        triangle.moveTo(c.x(), c.y() - r - 1);
        triangle.lineTo(c.x() + r + 1, c.y() + r - 1);
        triangle.lineTo(c.x() - r - 1, c.y() + r - 1);
        triangle.closeSubpath();
        p.drawPath(triangle);
    } else {
        p.drawEllipse(c, r, r);
    }
    if (simplified(p))
        return;
    QFont font = theme.smallFont;
    font.setBold(true);
    font.setPixelSize(12);
    p.setFont(font);
    p.setPen(severity == Severity::Warning ? QColor(0x1F, 0x29, 0x37) : QColor(Qt::white));
    const QString mark = severity == Severity::Info ? QStringLiteral("i") : QStringLiteral("!");
    const QRectF box(c.x() - r, c.y() - r + (severity == Severity::Warning ? 1.5 : 0), 2 * r,
                     2 * r);
    p.drawText(box, Qt::AlignCenter, mark);
}

void drawFailedMark(QPainter& p, const QPainterPath& shape, const Theme& theme)
{
    const QColor red = theme.severityColor(Severity::Error);
    QColor veil = theme.background;
    veil.setAlpha(theme.isDark ? 175 : 165);
    p.setPen(Qt::NoPen);
    p.setBrush(veil);
    p.drawPath(shape);
    QPen outline(red, 1.5);
    outline.setDashPattern({4, 3});
    p.setPen(outline);
    p.setBrush(Qt::NoBrush);
    p.drawPath(shape);
    if (simplified(p))
        return;
    QFont font = theme.smallFont;
    font.setBold(true);
    const QString text = tr("FAILED");
    const double width = QFontMetricsF(font).horizontalAdvance(text) + 10;
    const QRectF box = shape.boundingRect();
    drawPill(p, {box.center().x() - width / 2, box.top() - 8}, 16, text, red, Qt::white, font);
}

void drawLostBanner(QPainter& p, const QRectF& rect, const QString& lost, const Theme& theme)
{
    const QColor red = theme.severityColor(Severity::Error);
    p.setPen(Qt::NoPen);
    p.setBrush(red);
    p.drawRoundedRect(rect, 4, 4);
    if (simplified(p))
        return;
    QFont font = theme.smallFont;
    font.setBold(true);
    drawLine(p, rect.adjusted(6, 0, -6, 0), tr("LOST: %1").arg(lost), font, Qt::white);
}

double drawPill(QPainter& p, const QPointF& topLeft, double height, const QString& text,
                const QColor& fill, const QColor& textColor, const QFont& font)
{
    const QFontMetricsF metrics(font);
    const double width = metrics.horizontalAdvance(text) + 10;
    const QRectF box(topLeft, QSizeF(width, height));
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawRoundedRect(box, height / 2, height / 2);
    p.setFont(font);
    p.setPen(textColor);
    p.drawText(box, Qt::AlignCenter, text);
    return width;
}

void drawLine(QPainter& p, const QRectF& rect, const QString& text, const QFont& font,
              const QColor& color, int alignment)
{
    const QFontMetricsF metrics(font);
    p.setFont(font);
    p.setPen(color);
    p.drawText(rect, alignment, metrics.elidedText(text, Qt::ElideRight, rect.width()));
}

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QColor mix(const QColor& a, const QColor& b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share),
                            float(a.alphaF() * (1 - share) + b.alphaF() * share));
}

} // namespace topo::paint
