#pragma once

#include "core/model/Enums.h"
#include "editor/paint/DerivedConnections.h"
#include "editor/paint/Theme.h"

#include <QColor>
#include <QString>

namespace topo {

// WCAG 2 contrast ratio of two opaque colours: 1 (same luminance) to 21 (black on white).
double contrastRatio(const QColor& a, const QColor& b);
// The text colour for a label on `fill`: `preferred` when it reaches 4.5:1 (WCAG AA for
// normal text), else whichever of black and white contrasts more (always at least 4.58:1).
QColor readableOn(const QColor& fill, const QColor& preferred);

// The draw.io style of an edge drawn as the picture strokes it (connectionPen()): colour,
// opacity, width, dash pattern and arrowhead, a polyline through the waypoints.
QString drawioEdgeStyle(ConnectionKind kind, const Theme& theme);

// "#rrggbb" and, for a translucent colour, draw.io's separate opacity in percent.
QString colourKey(const QString& key, const QColor& colour);

} // namespace topo
