#pragma once

#include "editor/paint/Theme.h"
#include "editor/paint/TopologyPainter.h"

#include <QColor>
#include <QPainterPath>
#include <QRectF>
#include <QString>

class QPainter;

namespace topo::paint {

// Below this scale (device pixels per scene unit) text is unreadable: elements are drawn as
// plain shapes, which keeps a fit-to-window view of thousands of servers fast.
inline constexpr double kSimpleDetail = 0.4;

// Text drawn on the picture, translated in the painter's one context.
QString tr(const char* text);

double levelOfDetail(const QPainter& p);
bool simplified(const QPainter& p);

// Shadow, fill and border of a shape, then the selection or hover outline.
void drawBody(QPainter& p, const QPainterPath& shape, const QColor& fill, const QColor& border,
              double borderWidth, const ElementState& state, const Theme& theme,
              bool dashed = false);
// The severity badge in the top-right corner of `host`.
void drawSeverityBadge(QPainter& p, const QRectF& host, Severity severity, const Theme& theme);
// Failover: washes out a down element's shape and tags it "FAILED" at its top edge.
void drawFailedMark(QPainter& p, const QPainterPath& shape, const Theme& theme);
// Failover: a red banner across `rect` naming what was lost ("LOST: serving, timers").
void drawLostBanner(QPainter& p, const QRectF& rect, const QString& lost, const Theme& theme);
// A rounded label; returns its width.
double drawPill(QPainter& p, const QPointF& topLeft, double height, const QString& text,
                const QColor& fill, const QColor& textColor, const QFont& font);
// A name on a shape drawn simplified (at a scale below kSimpleDetail): about 11 pixels high on
// screen, smaller where it would not fit `rect`, not drawn under 6 pixels; so that a zoomed
// out design, or its picture, still says what each frame and card is.
void drawNameAtAnyScale(QPainter& p, const QRectF& rect, const QString& name, const QFont& font,
                        const QColor& color);
// One line of text elided to the rectangle's width.
void drawLine(QPainter& p, const QRectF& rect, const QString& text, const QFont& font,
              const QColor& color, int alignment = Qt::AlignLeft | Qt::AlignVCenter);

QString qs(const std::string& text);
QColor mix(const QColor& a, const QColor& b, double share); // share of b

} // namespace topo::paint
