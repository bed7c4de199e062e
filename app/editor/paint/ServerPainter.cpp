#include "core/model/DisplayName.h"
#include "editor/paint/MarkPainters.h"
#include "editor/paint/PaintPrimitives.h"
#include "editor/paint/PaintText.h"
#include "editor/paint/TopologyPainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace topo {
namespace {

using namespace paint;

const Environment* environmentOf(const Topology& topology, const std::string& id)
{
    for (const Environment& env : topology.environments)
        if (env.id == id)
            return &env;
    return nullptr;
}

// Draws the role badges; returns where they end.
double drawRoles(QPainter& p, const QRectF& row, bool lifetime, const Server& server,
                 const Theme& theme)
{
    double x = row.left();
    if (lifetime)
        x += drawLifetimeBadge(p, {x, row.top()}, row.height(), theme) + 4;
    for (Role role : server.roles)
        x += drawRoleBadge(p, {x, row.top()}, row.height(), role, theme) + 4;
    if (server.roles.empty()) {
        QFont font = theme.bodyFont;
        font.setItalic(true);
        drawLine(p, row, noRolesLabel(), font, theme.warningText);
        x += QFontMetricsF(font).horizontalAdvance(noRolesLabel());
    }
    return x;
}

} // namespace

namespace paint {

double badgeWidth(const QString& text, const Theme& theme)
{
    return QFontMetricsF(theme.smallFont).horizontalAdvance(text) + 10;
}

double drawRoleBadge(QPainter& p, const QPointF& topLeft, double height, Role role,
                     const Theme& theme)
{
    return drawPill(p, topLeft, height, roleLabel(role), theme.roleColor(role), Qt::white,
                    theme.smallFont);
}

double drawLifetimeBadge(QPainter& p, const QPointF& topLeft, double height, const Theme& theme)
{
    return drawPill(p, topLeft, height, lifetimeRoleLabel(), theme.lifetimeColor(),
                    theme.onAccent(), theme.smallFont);
}

double serviceMarkerWidth(ServiceMarker marker, const Theme& theme)
{
    return badgeWidth(serviceMarkerText(marker), theme);
}

void drawServiceMarker(QPainter& p, const QPointF& topRight, double height, ServiceMarker marker,
                       const Theme& theme)
{
    const QColor color = marker == ServiceMarker::Standby ? theme.mutedText : theme.warningText;
    drawPill(p, {topRight.x() - serviceMarkerWidth(marker, theme), topRight.y()}, height,
             serviceMarkerText(marker), mix(theme.cardFill, color, 0.18), color, theme.smallFont);
}

void drawSiteTag(QPainter& p, const QRectF& row, const QString& name, const Theme& theme)
{
    const double cy = row.center().y();
    QPainterPath pin;
    pin.moveTo(row.left() + 4, cy - 4);
    pin.lineTo(row.left() + 8, cy);
    pin.lineTo(row.left() + 4, cy + 4);
    pin.lineTo(row.left(), cy);
    pin.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(theme.mutedText);
    p.drawPath(pin);
    drawLine(p, row.adjusted(12, 0, 0, 0), name, theme.smallFont, theme.mutedText);
}

} // namespace paint

void paintServer(QPainter& p, const QRectF& rect, const Topology& topology, const Server& server,
                 const ElementState& state, const PaintOptions& options)
{
    const Theme& theme = options.theme;
    const Environment* env = environmentOf(topology, server.environment);
    const Purpose purpose = env ? env->purpose : Purpose::Development;
    const QColor accent = theme.purposeColor(purpose);
    const bool inactive = server.standby;
    const QColor fill = inactive ? mix(theme.cardFill, theme.mutedText, 0.08) : theme.cardFill;

    if (simplified(p)) {
        p.setPen(Qt::NoPen);
        p.setBrush(state.selected ? theme.selection : accent);
        p.drawRect(rect);
        p.setBrush(fill);
        p.drawRect(rect.adjusted(8, 6, -6, -6));
        drawNameAtAnyScale(p, rect.adjusted(8, 6, -6, -6), QString::fromStdString(server.name),
                           theme.titleFont, theme.text);
        if (state.failed) {
            QPainterPath box;
            box.addRect(rect);
            drawFailedMark(p, box, theme);
        }
        if (state.severity)
            drawSeverityBadge(p, rect, *state.severity, theme);
        return;
    }

    QPainterPath shape;
    shape.addRoundedRect(rect, 6, 6);
    drawBody(p, shape, fill, theme.cardBorder, 1, state, theme, inactive);
    // Purpose stripe on the left edge, clipped to the card's rounded corners.
    p.save();
    p.setClipPath(shape, Qt::IntersectClip);
    p.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), accent);
    p.restore();

    const double left = rect.left() + 12;
    const double width = rect.width() - 20;
    drawLine(p, {left, rect.top() + 6, width, 18}, qs(displayName(server)), theme.nameFont,
             theme.text);
    const bool lifetime = showsLifetimeRole(purpose, server);
    const QRectF rolesRow(left, rect.top() + 29, width, 16);
    const double rolesEnd = drawRoles(p, rolesRow, lifetime, server, theme);

    const bool unset = server.hardware.anyUnspecified();
    QFont hwFont = theme.bodyFont;
    hwFont.setItalic(unset);
    drawLine(p, {left, rect.top() + 48, width, 15}, hardwareLine(server.hardware), hwFont,
             unset ? theme.warningText : theme.mutedText);

    const QRectF footer(left, rect.top() + 65, width, 14);
    if (!server.site.empty())
        drawSiteTag(p, footer, siteName(topology, server.site), theme);
    // The service marker goes at the end of the roles row when it fits; else it hangs from
    // the card's bottom edge (within the badge overhang), so that the site keeps the footer.
    const ServiceMarker marker = serviceMarkerOf(server);
    if (marker != ServiceMarker::InService) {
        const bool inRoles = rolesEnd + 4 + serviceMarkerWidth(marker, theme) <= rolesRow.right();
        const QPointF topRight =
            inRoles ? rolesRow.topRight() : QPointF(rect.right() - 8, rect.bottom() - 6);
        drawServiceMarker(p, topRight, inRoles ? rolesRow.height() : 14, marker, theme);
    }
    if (state.failed)
        drawFailedMark(p, shape, theme);
    if (state.severity)
        drawSeverityBadge(p, rect, *state.severity, theme);
}

} // namespace topo
