#include "editor/paint/ConnectionRouter.h"
#include "editor/paint/MarkPainters.h"
#include "editor/paint/PaintPrimitives.h"
#include "editor/paint/PaintText.h"
#include "editor/paint/SceneGeometry.h"
#include "editor/paint/TopologyPainter.h"

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

namespace {

// Draws the lines of a picture as they come: at low zoom the segments of each kind are
// drawn in one call at the end (thousands of separate polylines cost far more than one
// batch); LifeTime's lines are drawn together at the end, with their caption.
class LinePainter {
public:
    LinePainter(QPainter& p, const Theme& theme) : m_p(p), m_theme(theme), m_simple(simplified(p))
    {
        m_p.save();
        m_p.setRenderHint(QPainter::Antialiasing, !m_simple);
        m_p.setBrush(Qt::NoBrush);
    }

    void add(const Connection& c, const QPolygonF& line)
    {
        if (c.kind == ConnectionKind::Management) {
            m_managementLines[c.from].push_back(line);
        } else if (m_simple) {
            QVector<QLineF>& batch = m_batches[c.kind];
            for (qsizetype k = 1; k < line.size(); ++k)
                batch.append(QLineF(line[k - 1], line[k]));
        } else {
            drawConnectionLine(m_p, line, c.kind, m_theme);
        }
    }

    ~LinePainter()
    {
        for (const auto& [kind, lines] : m_batches) {
            m_p.setPen(connectionPen(kind, m_theme, m_simple));
            m_p.drawLines(lines);
        }
        for (const auto& [lifetime, lines] : m_managementLines)
            paintManagement(m_p, lines, m_theme, m_simple);
        m_p.restore();
    }

    LinePainter(const LinePainter&) = delete;
    LinePainter& operator=(const LinePainter&) = delete;

private:
    QPainter& m_p;
    const Theme& m_theme;
    const bool m_simple;
    std::map<std::string, std::vector<QPolygonF>> m_managementLines; // per LifeTime frame
    std::map<ConnectionKind, QVector<QLineF>> m_batches;
};

} // namespace

void paintConnections(QPainter& p, const std::vector<Connection>& connections,
                      const RectLookup& rectOf, const PaintOptions& options,
                      const paint::LineObstacles* obstacles)
{
    LinePainter lines(p, options.theme);
    ConnectionRouting routing(connections, rectOf, obstacles);
    for (const Connection& c : connections)
        if (const std::optional<QPolygonF> route = routing.route(c);
            route && options.drawsLines(c.kind))
            lines.add(c, *route);
}

namespace paint {

QRectF connectionRegion(const Connection& connection, const QPolygonF& route)
{
    // The pen, the arrowhead and antialiasing around the line.
    QRectF region = route.boundingRect().adjusted(-kArrowSize, -kArrowSize, kArrowSize, kArrowSize);
    // LifeTime's caption over the bus, when this line is the first of its frame.
    if (connection.kind == ConnectionKind::Management && route.size() > 1)
        region |= QRectF(route[0].x(), route[1].y() - 18, 272, 20);
    return region;
}

void paintRoutes(QPainter& p, const std::vector<Connection>& connections,
                 const std::vector<std::optional<QPolygonF>>& routes, const PaintOptions& options,
                 const QRectF& exposed, const std::vector<QRectF>* regions)
{
    const bool known = regions && regions->size() == routes.size();
    LinePainter lines(p, options.theme);
    for (std::size_t i = 0; i < connections.size() && i < routes.size(); ++i) {
        const Connection& c = connections[i];
        if (!routes[i] || !options.drawsLines(c.kind))
            continue;
        // LifeTime's caption sits on its first line: its lines are drawn together.
        if (exposed.isNull() || c.kind == ConnectionKind::Management ||
            exposed.intersects(known ? (*regions)[i] : connectionRegion(c, *routes[i])))
            lines.add(c, *routes[i]);
    }
}

} // namespace paint

} // namespace topo
