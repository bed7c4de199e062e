#include "editor/paint/PaintPrimitives.h"
#include "editor/paint/ScalingParts.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>

namespace topo::paint {

namespace {

QString figure(double value)
{
    return QString::number(value, 'g', 6);
}

// One resource of the machine: what it has, what the guidance asks, what the next size has.
struct Resource {
    QString name;
    QString unit;
    double current;
    double guidance;
    double next;
};

void drawColumn(QPainter& p, const QRectF& track, const Resource& resource, const Theme& theme)
{
    const QColor accent = theme.roleColor(Role::DeploymentController);
    const double top = std::max({resource.current, resource.guidance, resource.next, 1.0}) * 1.12;
    const auto heightOf = [&](double value) { return track.height() * value / top; };

    p.setPen(QPen(theme.cardBorder, 1));
    p.setBrush(mix(theme.cardFill, theme.mutedText, 0.10));
    p.drawRoundedRect(track, 4, 4);

    // The next size up: a dashed outline of the column it would fill.
    const double nextHeight = heightOf(resource.next);
    QPen dashed(accent, 1.5);
    dashed.setDashPattern({4, 3});
    p.setPen(dashed);
    p.setBrush(mix(theme.cardFill, accent, 0.08));
    p.drawRect(QRectF(track.left(), track.bottom() - nextHeight, track.width(), nextHeight));

    p.setPen(Qt::NoPen);
    p.setBrush(accent);
    const double height = heightOf(resource.current);
    p.drawRect(QRectF(track.left(), track.bottom() - height, track.width(), height));

    // The guidance: a line across the column, amber when the machine falls short of it.
    const bool fallsShort = resource.current < resource.guidance;
    const QColor guideColor = fallsShort ? theme.warningText : theme.text;
    const double gy = track.bottom() - heightOf(resource.guidance);
    p.setPen(QPen(guideColor, 2));
    p.drawLine(QPointF(track.left() - 6, gy), QPointF(track.right() + 6, gy));
    drawLine(p, {track.right() + 8, gy - 8, 52, 16}, tr("min %1").arg(figure(resource.guidance)),
             theme.smallFont, guideColor);

    const QString value =
        resource.current > 0 ? figure(resource.current) + resource.unit : tr("not set");
    QFont valueFont = theme.nameFont;
    valueFont.setItalic(resource.current <= 0);
    drawLine(p, {track.center().x() - 45, track.top() - 20, 90, 16}, value, valueFont,
             resource.current > 0 ? theme.text : theme.warningText, Qt::AlignCenter);
    drawLine(p, {track.center().x() - 45, track.bottom() + 4, 90, 16}, resource.name,
             theme.bodyFont, theme.mutedText, Qt::AlignCenter);
}

void drawArrow(QPainter& p, const QRectF& area, const Theme& theme)
{
    const QColor accent = theme.roleColor(Role::DeploymentController);
    const double cy = area.center().y();
    QPainterPath arrow;
    arrow.moveTo(area.left(), cy - 6);
    arrow.lineTo(area.right() - 18, cy - 6);
    arrow.lineTo(area.right() - 18, cy - 15);
    arrow.lineTo(area.right(), cy);
    arrow.lineTo(area.right() - 18, cy + 15);
    arrow.lineTo(area.right() - 18, cy + 6);
    arrow.lineTo(area.left(), cy + 6);
    arrow.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(mix(theme.cardFill, accent, 0.7));
    p.drawPath(arrow);
    drawLine(p, {area.left() - 10, area.top() - 6, area.width() + 20, 16}, tr("SCALE UP"),
             theme.smallFont, accent, Qt::AlignCenter);
}

void drawNextSize(QPainter& p, const QRectF& rect, const Hardware& next, const Theme& theme)
{
    const QColor accent = theme.roleColor(Role::DeploymentController);
    drawGhost(p, rect, accent, theme);
    const QRectF inner = rect.adjusted(14, 10, -14, -10);
    drawLine(p, {inner.left(), inner.top(), inner.width(), 18}, tr("Next size up"), theme.nameFont,
             accent);
    drawLine(p, {inner.left(), inner.top() + 20, inner.width(), 14}, tr("the same server, bigger"),
             theme.smallFont, theme.mutedText);
    QFont big = theme.nameFont;
    big.setPixelSize(15);
    const std::array lines{tr("%1 vCPU").arg(next.cpuCores),
                           tr("%1 GB RAM").arg(figure(next.ramGb)),
                           tr("%1 GB disk").arg(figure(next.diskGb))};
    double y = inner.top() + 44;
    for (const QString& line : lines) {
        drawLine(p, {inner.left(), y, inner.width(), 20}, line, big, theme.text);
        y += 22;
    }
}

} // namespace

void drawControllerSection(QPainter& p, const ControllerLayout& layout,
                           const ControllerScaling& controller, const ScalingElements& elements,
                           const Theme& theme)
{
    const QRectF first(layout.caption.left(), layout.caption.top(), layout.caption.width(), 16);
    const QRectF second = first.translated(0, 16);
    if (!controller.server) {
        drawLine(p, first, tr("No deployment controller: nothing compiles or publishes apps."),
                 theme.bodyFont, theme.warningText);
        return;
    }
    drawServerCard(p, layout.card, elements, controller.server->server, theme);
    const Hardware& hw = controller.server->hardware;
    const std::array resources{Resource{tr("Cores"), tr(" vCPU"), double(hw.cpuCores),
                                        double(controller.guidance.cpuCores),
                                        double(controller.nextSize.cpuCores)},
                               Resource{tr("RAM"), tr(" GB"), hw.ramGb, controller.guidance.ramGb,
                                        controller.nextSize.ramGb},
                               Resource{tr("Disk"), tr(" GB"), hw.diskGb,
                                        controller.guidance.diskGb, controller.nextSize.diskGb}};
    for (std::size_t i = 0; i < resources.size(); ++i)
        drawColumn(p, layout.columns[i], resources[i], theme);
    drawArrow(p, layout.arrow, theme);
    drawNextSize(p, layout.next, controller.nextSize, theme);

    drawLine(p, first,
             tr("Guidance (the line across each column): %1, %2. Dashed: the next size up.")
                 .arg(specText(controller.guidance), qs(controller.guidanceSource)),
             theme.bodyFont, theme.mutedText);
    if (controller.count > 1)
        drawLine(p, second,
                 tr("%1 servers hold the controller role: an environment has exactly one.")
                     .arg(controller.count),
                 theme.bodyFont, theme.warningText);
    else
        drawLine(p, second,
                 tr("One per environment and never clustered: more cores compile more modules "
                    "at once, more RAM and faster disks publish faster."),
                 theme.bodyFont, theme.mutedText);
}

} // namespace topo::paint
