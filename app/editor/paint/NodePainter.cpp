#include "core/model/DisplayName.h"
#include "editor/paint/NodeAccents.h"
#include "editor/paint/PaintPrimitives.h"
#include "editor/paint/PaintText.h"
#include "editor/paint/TopologyPainter.h"

#include <QCoreApplication>
#include <QPainter>

namespace topo {
namespace {

using namespace paint;

// Simplified drawing at low zoom: the silhouette in one colour.
void drawSilhouette(QPainter& p, const QPainterPath& shape, const QColor& color,
                    const ElementState& state, const Theme& theme, const QString& name)
{
    p.setPen(Qt::NoPen);
    p.setBrush(state.selected ? theme.selection : color);
    p.drawPath(shape);
    drawNameAtAnyScale(p, shape.boundingRect().adjusted(6, 6, -6, -6), name, theme.titleFont,
                       Qt::white);
}

// Three text lines centred in `box`: a small caption, the name and a detail line.
void drawCenteredText(QPainter& p, const QRectF& box, const QString& caption, const QString& name,
                      const QString& detail, const QColor& detailColor, const Theme& theme)
{
    const int centre = Qt::AlignHCenter | Qt::AlignVCenter;
    const double top = box.center().y() - 25;
    drawLine(p, {box.left(), top, box.width(), 13}, caption, theme.smallFont, theme.mutedText,
             centre);
    drawLine(p, {box.left(), top + 14, box.width(), 18}, name, theme.nameFont, theme.text, centre);
    drawLine(p, {box.left(), top + 33, box.width(), 15}, detail, theme.bodyFont, detailColor,
             centre);
}

} // namespace

QColor paint::loadBalancerAccent(const Theme& theme)
{
    return theme.isDark ? QColor(0x38, 0xBD, 0xF8) : QColor(0x02, 0x84, 0xC7);
}

QColor paint::databaseAccent(const Theme& theme)
{
    return theme.isDark ? QColor(0x94, 0xA3, 0xB8) : QColor(0x33, 0x41, 0x55);
}

QColor paint::queueAccent(const Theme& theme)
{
    return theme.isDark ? QColor(0xFB, 0x92, 0x3C) : QColor(0xEA, 0x58, 0x0C);
}

void paintLoadBalancer(QPainter& p, const QRectF& rect, const LoadBalancer& lb,
                       const ElementState& state, const PaintOptions& options)
{
    const Theme& theme = options.theme;
    const QColor accent = loadBalancerAccent(theme);
    // An elongated hexagon: traffic comes in on one side and is spread on the other.
    const double inset = 18;
    const QRectF r = rect.adjusted(0, 8, 0, -8);
    QPainterPath shape;
    shape.moveTo(r.left(), r.center().y());
    shape.lineTo(r.left() + inset, r.top());
    shape.lineTo(r.right() - inset, r.top());
    shape.lineTo(r.right(), r.center().y());
    shape.lineTo(r.right() - inset, r.bottom());
    shape.lineTo(r.left() + inset, r.bottom());
    shape.closeSubpath();
    if (simplified(p)) {
        drawSilhouette(p, shape, accent, state, theme, qs(displayName(lb)));
    } else {
        drawBody(p, shape, mix(theme.cardFill, accent, kLoadBalancerTint), accent, 1.5, state,
                 theme);
        const QString detail = loadBalancerDetail(lb);
        const bool odd = lb.stickySessions || lb.policy == LbPolicy::Ratio;
        drawCenteredText(p, r.adjusted(inset, 0, -inset, 0), loadBalancerCaption(),
                         qs(displayName(lb)), detail, odd ? theme.warningText : theme.mutedText,
                         theme);
    }
    if (state.failed)
        drawFailedMark(p, shape, theme);
    if (state.severity)
        drawSeverityBadge(p, r.adjusted(0, 0, -inset / 2, 0), *state.severity, theme);
}

void paintDatabase(QPainter& p, const QRectF& rect, const Database& db, const ElementState& state,
                   const PaintOptions& options)
{
    const Theme& theme = options.theme;
    const QColor accent = databaseAccent(theme);
    const double capHeight = 14;
    const QRectF top(rect.left(), rect.top(), rect.width(), capHeight);
    QPainterPath shape;
    shape.moveTo(rect.left(), rect.top() + capHeight / 2);
    shape.arcTo(top, 180, -180);
    shape.lineTo(rect.right(), rect.bottom() - capHeight / 2);
    shape.arcTo(QRectF(rect.left(), rect.bottom() - capHeight, rect.width(), capHeight), 0, -180);
    shape.closeSubpath();
    if (simplified(p)) {
        drawSilhouette(p, shape, accent, state, theme, qs(displayName(db)));
    } else {
        drawBody(p, shape, mix(theme.cardFill, accent, kDatabaseTint), accent, 1.5, state, theme);
        p.setPen(QPen(accent, 1.5));
        p.setBrush(mix(theme.cardFill, accent, 0.22));
        p.drawEllipse(top);
        const QRectF body = rect.adjusted(8, capHeight, -8, -capHeight / 2);
        const int centre = Qt::AlignHCenter | Qt::AlignVCenter;
        drawLine(p, {body.left(), body.top() + 2, body.width(), 18}, qs(displayName(db)),
                 theme.nameFont, theme.text, centre);
        drawLine(p, {body.left(), body.top() + 21, body.width(), 15}, databaseDetail(db),
                 theme.bodyFont, theme.mutedText, centre);
        const QColor haColor = db.haMode == DbHaMode::None ? theme.mutedText : theme.text;
        drawLine(p, {body.left(), body.top() + 36, body.width(), 15}, haName(db.haMode),
                 theme.bodyFont, haColor, centre);
    }
    if (state.failed)
        drawFailedMark(p, shape, theme);
    if (state.severity)
        drawSeverityBadge(p, rect, *state.severity, theme);
}

void paintMessageQueue(QPainter& p, const QRectF& rect, const Topology& topology,
                       const MessageQueue& mq, const ElementState& state,
                       const PaintOptions& options)
{
    const Theme& theme = options.theme;
    const QColor accent = queueAccent(theme);
    QPainterPath shape;
    shape.addRoundedRect(rect, 10, 10);
    if (simplified(p)) {
        drawSilhouette(p, shape, accent, state, theme, qs(displayName(mq)));
    } else {
        drawBody(p, shape, mix(theme.cardFill, accent, kQueueTint), accent, 1.5, state, theme);
        // A queue of messages along the left edge.
        p.setPen(Qt::NoPen);
        p.setBrush(accent);
        for (int i = 0; i < 3; ++i)
            p.drawRoundedRect(QRectF(rect.left() + 10, rect.top() + 22 + i * 14, 14, 10), 2, 2);
        const QString detail = queueDetail(mq);
        const QRectF text = rect.adjusted(30, 0, -6, 0);
        const double shift = mq.hostServer.empty() ? 0 : 7;
        drawCenteredText(p, text.translated(0, -shift), queueCaption(), qs(displayName(mq)), detail,
                         theme.mutedText, theme);
        if (!mq.hostServer.empty()) {
            drawLine(p, {text.left(), text.center().y() + 25 - shift, text.width(), 15},
                     queueHost(topology, mq), theme.bodyFont, theme.mutedText,
                     Qt::AlignHCenter | Qt::AlignVCenter);
        }
    }
    if (state.failed)
        drawFailedMark(p, shape, theme);
    if (state.severity)
        drawSeverityBadge(p, rect, *state.severity, theme);
}

} // namespace topo
