#pragma once

#include "core/model/Topology.h"
#include "editor/paint/ConnectionRouter.h"
#include "editor/paint/DerivedConnections.h"
#include "editor/paint/PaintText.h"
#include "editor/paint/Theme.h"

#include <QPen>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>

class QPainter;

namespace topo::paint {

// The small marks of the topology picture, drawn by the cards and links and by the legend
// alike, so that the legend's samples are the picture's own marks.

// The width of a badge (a role badge, "LT") with `text`.
double badgeWidth(const QString& text, const Theme& theme);
// A role badge at `topLeft`; returns its width.
double drawRoleBadge(QPainter& p, const QPointF& topLeft, double height, Role role,
                     const Theme& theme);
// The "LT" badge of a front-end in the LifeTime environment; returns its width.
double drawLifetimeBadge(QPainter& p, const QPointF& topLeft, double height, const Theme& theme);

double serviceMarkerWidth(ServiceMarker marker, const Theme& theme);
// The marker's pill ending at `topRight`.
void drawServiceMarker(QPainter& p, const QPointF& topRight, double height, ServiceMarker marker,
                       const Theme& theme);

// A small map-pin diamond, then the site's name, in `row`.
void drawSiteTag(QPainter& p, const QRectF& row, const QString& name, const Theme& theme);

// One derived connection along `line`, in the pen of its kind (connectionPen()), with an
// arrowhead at its end.
void drawConnectionLine(QPainter& p, const QPolygonF& line, ConnectionKind kind,
                        const Theme& theme);

} // namespace topo::paint
