#include "paint/ConnectionRouter.h"
#include "paint/MarkPainters.h"
#include "paint/PaintPrimitives.h"
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

// LifeTime's lines: up from its frame to a bus above the frames, along it, and down into
// each managed environment's title bar.
void paintManagement(QPainter& p, const QRectF& lifetime, const std::vector<QRectF>& managed,
                     const Theme& theme, bool simple)
{
    double top = lifetime.top();
    for (const QRectF& r : managed)
        top = std::min(top, r.top());
    const double bus = top - 22;
    const QPen pen = connectionPen(ConnectionKind::Management, theme, simple);
    const QPointF start(lifetime.center().x(), lifetime.top());
    for (const QRectF& r : managed) {
        const QPointF end(r.left() + std::min(60.0, r.width() / 2), r.top());
        const QPolygonF line({start, {start.x(), bus}, {end.x(), bus}, end});
        if (simple) {
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawPolyline(line);
        } else {
            drawConnectionLine(p, line, ConnectionKind::Management, theme);
        }
    }
    if (simple || managed.empty())
        return;
    drawLine(p, {start.x() + 6, bus - 16, 260, 14},
             managed.size() == 1 ? tr("LifeTime manages 1 environment")
                                 : tr("LifeTime manages %1 environments").arg(managed.size()),
             theme.smallFont, pen.color());
}

} // namespace

namespace paint {

QPen connectionPen(ConnectionKind kind, const Theme& theme, bool simple)
{
    QColor color = theme.connection;
    if (kind == ConnectionKind::Queue)
        color = theme.isDark ? QColor(0xFB, 0x92, 0x3C, 200) : QColor(0xEA, 0x58, 0x0C, 190);
    if (kind == ConnectionKind::Management)
        color = theme.managementConnection;
    QPen pen(color, simple ? 0 : 1.4);
    if (!simple && (kind == ConnectionKind::Queue || kind == ConnectionKind::Management))
        pen.setDashPattern({5, 3});
    return pen;
}

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
    std::map<std::string, std::vector<QRectF>> managedBy;
    std::map<std::string, int> lanes; // per load balancer
    // At low zoom the segments of each kind are drawn in one call: thousands of separate
    // polylines cost far more than one batch.
    std::map<ConnectionKind, QVector<QLineF>> batches;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, !simple);
    p.setBrush(Qt::NoBrush);
    for (const Connection& c : connections) {
        const auto from = rectOf(c.from);
        const auto to = rectOf(c.to);
        if (!from || !to)
            continue;
        if (c.kind == ConnectionKind::Management) {
            managedBy[c.from].push_back(*to);
            continue;
        }
        const int lane = c.kind == ConnectionKind::LoadBalancing
                             ? lanes.emplace(c.from, int(lanes.size())).first->second
                             : 0;
        const QPolygonF line = routeConnection(*from, *to, c.kind, lane);
        if (simple) {
            QVector<QLineF>& batch = batches[c.kind];
            for (qsizetype i = 1; i < line.size(); ++i)
                batch.append(QLineF(line[i - 1], line[i]));
            continue;
        }
        drawConnectionLine(p, line, c.kind, theme);
    }
    for (const auto& [kind, lines] : batches) {
        p.setPen(connectionPen(kind, theme, simple));
        p.drawLines(lines);
    }
    for (const auto& [lifetime, managed] : managedBy)
        if (const auto frame = rectOf(lifetime))
            paintManagement(p, *frame, managed, theme, simple);
    p.restore();
}

} // namespace topo
