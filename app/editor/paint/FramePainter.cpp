#include "core/layout/LayoutConstants.h"
#include "core/model/DisplayName.h"
#include "editor/paint/PaintPrimitives.h"
#include "editor/paint/PaintText.h"
#include "editor/paint/SceneGeometry.h"
#include "editor/paint/TopologyPainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace topo {
namespace {

using namespace paint;

// Failover: a frame that lost something gets a red border, and a banner naming the loss.
void drawLostFrame(QPainter& p, const QRectF& rect, double radius, const QRectF& banner,
                   const ElementState& state, const Theme& theme)
{
    if (state.lost.empty())
        return;
    p.setPen(QPen(theme.severityColor(Severity::Error), 2.5));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(rect, radius, radius);
    drawLostBanner(p, banner, qs(state.lost), theme);
}

} // namespace

void paintEnvironment(QPainter& p, const QRectF& rect, const Environment& env,
                      const ElementState& state, const PaintOptions& options)
{
    const Theme& theme = options.theme;
    const QColor accent = theme.purposeColor(env.purpose);
    QPainterPath frame;
    frame.addRoundedRect(rect, 10, 10);
    if (simplified(p)) {
        p.setPen(QPen(state.selected ? theme.selection : accent, 0));
        p.setBrush(theme.purposeTint(env.purpose));
        p.drawRect(rect);
        const QRectF band(rect.topLeft(), QSizeF(rect.width(), layout::kEnvironmentHeaderHeight));
        p.fillRect(band, accent);
        drawNameAtAnyScale(p, band, QString::fromStdString(env.name), theme.titleFont, Qt::white);
        drawLostFrame(p, rect, 0, {}, state, theme);
        if (state.severity)
            drawSeverityBadge(p, rect, *state.severity, theme);
        return;
    }
    // LifeTime manages the others: a double border sets its frame apart.
    const bool lifetime = env.purpose == Purpose::Lifetime;
    drawBody(p, frame, theme.purposeTint(env.purpose), accent, lifetime ? 2.5 : 1.5, state, theme);
    p.save();
    p.setClipPath(frame, Qt::IntersectClip);
    p.fillRect(QRectF(rect.topLeft(), QSizeF(rect.width(), layout::kEnvironmentHeaderHeight)),
               accent);
    p.restore();
    if (lifetime) {
        p.setPen(QPen(accent, 1));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(rect.adjusted(4, 4, -4, -4), 7, 7);
    }

    // The name comes first: the purpose pill only takes the room the whole name leaves (the
    // frame's colour and its tooltip still say the purpose), and the name is elided only when
    // it is wider than the whole title bar.
    const QString name = qs(displayName(env));
    const QString purpose = purposeLabel(env.purpose);
    const double pillWidth = QFontMetricsF(theme.smallFont).horizontalAdvance(purpose) + 10;
    const double nameWidth = QFontMetricsF(theme.titleFont).horizontalAdvance(name);
    const QRectF title(rect.left() + 12, rect.top(), rect.width() - 24,
                       layout::kEnvironmentHeaderHeight);
    const bool pill = nameWidth + 8 + pillWidth <= title.width();
    if (pill)
        drawPill(p, {title.right() - pillWidth, title.top() + 8}, 16, purpose,
                 QColor(255, 255, 255, theme.isDark ? 90 : 45), theme.onAccent(), theme.smallFont);
    drawLine(p, pill ? title.adjusted(0, 0, -pillWidth - 8, 0) : title, name, theme.titleFont,
             theme.onAccent());
    // Between the title bar and the content (the padding above the first card).
    drawLostFrame(p, rect, 10,
                  {rect.left() + 8, rect.top() + layout::kEnvironmentHeaderHeight + 2,
                   rect.width() - 16, layout::kEnvironmentPadding - 4},
                  state, theme);
    if (state.severity)
        drawSeverityBadge(p, rect, *state.severity, theme);
}

void paintZone(QPainter& p, const QRectF& rect, const Zone& zone, const ElementState& state,
               const PaintOptions& options)
{
    const Theme& theme = options.theme;
    QPen pen(state.selected ? theme.selection : theme.zoneBorder, state.selected ? 2 : 1);
    pen.setDashPattern(zone.isDefault ? QList<qreal>{2, 3} : QList<qreal>{6, 4});
    p.setPen(pen);
    p.setBrush(zone.isDefault ? Qt::NoBrush
                              : QBrush(mix(theme.background, theme.zoneBorder, 0.05)));
    p.drawRoundedRect(rect, 8, 8);
    if (simplified(p)) {
        drawLostFrame(p, rect, 8, {}, state, theme);
        return;
    }
    const QString label = zoneLabel(zone);
    const QRectF labelRect(rect.left() + 8, rect.top() + 2, rect.width() - 16,
                           layout::kZoneHeaderHeight);
    if (!state.lost.empty()) {
        // The banner at the right of the label band; the label keeps what is left.
        QFont bold = theme.smallFont;
        bold.setBold(true);
        const double wanted =
            QFontMetricsF(bold).horizontalAdvance(tr("LOST: %1").arg(qs(state.lost))) + 12;
        const double width = std::min(wanted, labelRect.width() * 0.6);
        drawLostFrame(
            p, rect, 8,
            {labelRect.right() - width, labelRect.top() + 1, width, labelRect.height() - 4}, state,
            theme);
        drawLine(p, labelRect.adjusted(0, 0, -width - 6, 0), label, theme.smallFont,
                 theme.mutedText);
    } else {
        drawLine(p, labelRect, label, theme.smallFont, theme.mutedText);
    }
    if (state.severity)
        drawSeverityBadge(p, rect, *state.severity, theme);
}

void paintSite(QPainter& p, const QRectF& rect, const Site& site, const ElementState& state,
               const PaintOptions& options)
{
    const Theme& theme = options.theme;
    p.setPen(QPen(state.selected ? theme.selection : theme.siteFill.darker(150), 1));
    p.setBrush(theme.siteFill);
    p.drawRect(rect);
    QPainterPath shape;
    shape.addRect(rect);
    if (simplified(p)) {
        if (state.failed)
            drawFailedMark(p, shape, theme);
        return;
    }
    drawLine(p, {rect.left() + 8, rect.bottom() - 20, rect.width() - 16, 16}, qs(displayName(site)),
             theme.nameFont, theme.mutedText);
    if (state.failed)
        drawFailedMark(p, shape, theme);
    if (state.severity)
        drawSeverityBadge(p, rect, *state.severity, theme);
}

void paintNote(QPainter& p, const QRectF& rect, const Note& note, const ElementState& state,
               const PaintOptions& options)
{
    const Theme& theme = options.theme;
    const double fold = std::min(14.0, std::min(rect.width(), rect.height()) / 4);
    QPainterPath shape;
    shape.moveTo(rect.topLeft());
    shape.lineTo(rect.right() - fold, rect.top());
    shape.lineTo(rect.right(), rect.top() + fold);
    shape.lineTo(rect.bottomRight());
    shape.lineTo(rect.bottomLeft());
    shape.closeSubpath();
    drawBody(p, shape, theme.noteFill, theme.noteBorder, 1, state, theme);
    if (simplified(p))
        return;
    p.setPen(QPen(theme.noteBorder, 1));
    p.setBrush(theme.noteBorder.lighter(120));
    QPainterPath corner;
    corner.moveTo(rect.right() - fold, rect.top());
    corner.lineTo(rect.right() - fold, rect.top() + fold);
    corner.lineTo(rect.right(), rect.top() + fold);
    corner.closeSubpath();
    p.drawPath(corner);
    p.setFont(theme.bodyFont);
    p.setPen(theme.noteText);
    p.save();
    const QRectF textRect = rect.adjusted(8, 6, -fold - 2, -6);
    p.setClipRect(textRect, Qt::IntersectClip);
    p.drawText(textRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, qs(note.text));
    p.restore();
    if (state.severity)
        drawSeverityBadge(p, rect, *state.severity, theme);
}

} // namespace topo
