#include "paint/ConnectionRouter.h"
#include "paint/MarkPainters.h"
#include "paint/PaintPrimitives.h"
#include "paint/PaintText.h"
#include "paint/SceneGeometry.h"
#include "paint/TopologyPainter.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPolygonF>

#include <cmath>
#include <map>

namespace topo {
namespace {

using namespace paint;

constexpr double kArrowSize = 7;
void drawArrowHead(QPainter& p, const QPointF& tip, const QPointF& before, const QColor& color)
{
    const QPointF d = tip - before;
    const double length = std::hypot(d.x(), d.y());
    if (length < 1e-6)
        return;
    const QPointF u = d / length;
    const QPointF n(-u.y(), u.x());
    const QPointF base = tip - u * kArrowSize;
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPolygon(QPolygonF({tip, base + n * (kArrowSize / 2), base - n * (kArrowSize / 2)}));
}

// LifeTime's lines (managementRoute()) with their arrowheads, and a caption over the bus.
void paintManagement(QPainter& p, const std::vector<QPolygonF>& lines, const Theme& theme,
                     bool simple)
{
    const QPen pen = connectionPen(ConnectionKind::Management, theme, simple);
    for (const QPolygonF& line : lines) {
        if (simple) {
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawPolyline(line);
        } else {
            drawConnectionLine(p, line, ConnectionKind::Management, theme);
        }
    }
    if (simple || lines.empty())
        return;
    const QPointF start = lines.front()[0];
    const double bus = lines.front()[1].y();
    drawLine(p, {start.x() + 6, bus - 16, 260, 14}, managementCaption(int(lines.size())),
             theme.smallFont, pen.color());
}

} // namespace

namespace paint {

void drawConnectionLine(QPainter& p, const QPolygonF& line, ConnectionKind kind, const Theme& theme)
{
    const QPen pen = connectionPen(kind, theme, false);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(line);
    if (line.size() > 1)
        drawArrowHead(p, line.back(), line[line.size() - 2], pen.color());
}

} // namespace paint

void paintConnections(QPainter& p, const std::vector<Connection>& connections,
                      const RectLookup& rectOf, const PaintOptions& options)
{
    const Theme& theme = options.theme;
    const bool simple = simplified(p);
    std::map<std::string, std::vector<QPolygonF>> managementLines; // per LifeTime frame
    // At low zoom the segments of each kind are drawn in one call: thousands of separate
    // polylines cost far more than one batch.
    std::map<ConnectionKind, QVector<QLineF>> batches;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, !simple);
    p.setBrush(Qt::NoBrush);
    ConnectionRouting routing(connections, rectOf);
    for (const Connection& c : connections) {
        const std::optional<QPolygonF> route = routing.route(c);
        if (!route)
            continue;
        const QPolygonF& line = *route;
        if (c.kind == ConnectionKind::Management) {
            managementLines[c.from].push_back(line);
            continue;
        }
        if (simple) {
            QVector<QLineF>& batch = batches[c.kind];
            for (qsizetype k = 1; k < line.size(); ++k)
                batch.append(QLineF(line[k - 1], line[k]));
            continue;
        }
        drawConnectionLine(p, line, c.kind, theme);
    }
    for (const auto& [kind, lines] : batches) {
        p.setPen(connectionPen(kind, theme, simple));
        p.drawLines(lines);
    }
    for (const auto& [lifetime, lines] : managementLines)
        paintManagement(p, lines, theme, simple);
    p.restore();
}

} // namespace topo
