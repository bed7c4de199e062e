#include "ui/canvas/FlowLinesItem.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace topo {

namespace {

constexpr qreal kOutsideDistance = 110; // how far above its element a free end is drawn
constexpr qreal kArrowHead = 11;
constexpr qreal kPen = 2.5;

// Where the line from `rect`'s centre towards `towards` leaves the rectangle.
QPointF edgePoint(const QRectF& rect, const QPointF& towards)
{
    const QPointF centre = rect.center();
    const QPointF d = towards - centre;
    if (std::abs(d.x()) < 1e-9 && std::abs(d.y()) < 1e-9)
        return centre;
    const qreal sx = std::abs(d.x()) > 1e-9 ? (rect.width() / 2) / std::abs(d.x()) : 1e9;
    const qreal sy = std::abs(d.y()) > 1e-9 ? (rect.height() / 2) / std::abs(d.y()) : 1e9;
    return centre + d * std::min({sx, sy, 1.0});
}

// The two ends of a line: element edges, or a point above the element for a free end.
QLineF segment(const FlowLinesItem::Line& line)
{
    if (line.from.isNull())
        return {line.to.center() - QPointF(0, line.to.height() / 2 + kOutsideDistance),
                QPointF(line.to.center().x(), line.to.top())};
    if (line.to.isNull())
        return {QPointF(line.from.center().x(), line.from.top()),
                line.from.center() - QPointF(0, line.from.height() / 2 + kOutsideDistance)};
    return {edgePoint(line.from, line.to.center()), edgePoint(line.to, line.from.center())};
}

} // namespace

FlowLinesItem::FlowLinesItem()
{
    setZValue(1000); // over every element and line
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void FlowLinesItem::setLines(std::vector<Line> lines, const Theme& theme)
{
    prepareGeometryChange();
    m_lines = std::move(lines);
    // An accent no purpose or severity uses, strong in both looks.
    m_color = theme.isDark ? QColor(0xff, 0x9e, 0x40) : QColor(0xd8, 0x43, 0x15);
    m_text = theme.text;
    m_font = theme.smallFont;
    m_font.setBold(true);
    m_bounds = QRectF();
    for (const Line& line : m_lines) {
        const QLineF s = segment(line);
        m_bounds |= QRectF(s.p1(), s.p2()).normalized().adjusted(-160, -40, 160, 40);
    }
    update();
}

QRectF FlowLinesItem::boundingRect() const
{
    return m_bounds;
}

void FlowLinesItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(m_font);
    const QFontMetricsF metrics(m_font);
    for (const Line& line : m_lines) {
        const QLineF s = segment(line);
        painter->setPen(QPen(m_color, kPen, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(s);
        // The arrowhead at the destination.
        const qreal angle = std::atan2(s.dy(), s.dx());
        QPainterPath head;
        head.moveTo(s.p2());
        head.lineTo(s.p2() - QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45)) * kArrowHead);
        head.lineTo(s.p2() - QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45)) * kArrowHead);
        head.closeSubpath();
        painter->fillPath(head, m_color);
        // The port in a box at the middle of the line, the free end's caption at its end.
        const auto tag = [&](const QString& text, const QPointF& at, const QColor& fill) {
            QRectF placed(QPointF(), metrics.size(0, text) + QSizeF(8, 4));
            placed.moveCenter(at);
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawRoundedRect(placed, 3, 3);
            painter->setPen(fill == m_color ? QColor(Qt::white) : m_text);
            painter->drawText(placed, Qt::AlignCenter, text);
        };
        if (!line.label.isEmpty())
            tag(line.label, s.pointAt(0.4), m_color); // nearer the source: labels of lines
                                                      // that meet stay apart
        if (!line.outside.isEmpty())
            tag(line.outside, line.from.isNull() ? s.p1() : s.p2(),
                QColor(m_color.red(), m_color.green(), m_color.blue(), 60));
    }
}

} // namespace topo
