#include "editor/paint/ScalingPainter.h"

#include "editor/paint/PaintPrimitives.h"
#include "editor/paint/ScalingParts.h"
#include "editor/paint/TopologyPainter.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace topo {

namespace paint {

QString specText(const Hardware& hardware)
{
    if (hardware.cpuCores == 0 && hardware.ramGb == 0 && hardware.diskGb == 0)
        return tr("hardware not set");
    const auto part = [](double value) {
        return value != 0 ? QString::number(value, 'g', 6) : QStringLiteral("?");
    };
    return tr("%1 vCPU · %2 GB · %3 GB")
        .arg(part(hardware.cpuCores), part(hardware.ramGb), part(hardware.diskGb));
}

QString requestRate(double requestsPerSecond)
{
    return QLocale(QLocale::English).toString(requestsPerSecond, 'f', 0);
}

void drawSectionTitle(QPainter& p, const QRectF& row, const QString& title,
                      const QString& explanation, const Theme& theme)
{
    const double titleWidth = QFontMetricsF(theme.titleFont).horizontalAdvance(title);
    drawLine(p, row, title, theme.titleFont, theme.text);
    drawLine(p, row.adjusted(titleWidth + 14, 1, 0, 0), explanation, theme.bodyFont,
             theme.mutedText);
}

void drawGhost(QPainter& p, const QRectF& rect, const QColor& accent, const Theme& theme)
{
    QPen pen(mix(theme.cardBorder, accent, 0.6), 1.5);
    pen.setDashPattern({5, 4});
    p.setPen(pen);
    p.setBrush(mix(theme.cardFill, accent, 0.05));
    p.drawRoundedRect(rect, 6, 6);
}

void drawServerCard(QPainter& p, const QRectF& rect, const ScalingElements& elements,
                    const std::string& server, const Theme& theme)
{
    PaintOptions options;
    options.theme = theme;
    if (const Server* s = elements.server(server))
        paintServer(p, rect, elements.topology(), *s, {}, options);
}

} // namespace paint

namespace {

using namespace paint;

void drawFrame(QPainter& p, const EnvironmentLayout& layout, const QString& summary,
               const Theme& theme)
{
    const EnvironmentScaling& plan = layout.plan;
    const QColor accent = theme.purposeColor(plan.purpose);
    QPainterPath frame;
    frame.addRoundedRect(layout.frame, 10, 10);
    p.setPen(QPen(mix(theme.cardBorder, accent, 0.5), 1.2));
    p.setBrush(theme.purposeTint(plan.purpose));
    p.drawPath(frame);
    p.save();
    // Intersected, never replaced: a printed page clips the picture to its own environment.
    p.setClipPath(frame, Qt::IntersectClip);
    p.fillRect(layout.header, accent);
    p.restore();

    const QRectF text = layout.header.adjusted(20, 0, -20, 0);
    const QString title = tr("%1 — how it scales").arg(qs(plan.name));
    drawLine(p, text, title, theme.titleFont, theme.onAccent());
    const double titleWidth = QFontMetricsF(theme.titleFont).horizontalAdvance(title);
    drawLine(p, text.adjusted(titleWidth + 24, 0, 0, 0), summary, theme.bodyFont, theme.onAccent(),
             Qt::AlignRight | Qt::AlignVCenter);
}

// Lines from the balancer down to a bus, then to the top of each card of the first row.
void drawFanOut(QPainter& p, const ClusterLayout& layout, const Theme& theme)
{
    const QRectF lb = *layout.balancer;
    std::vector<QRectF> targets;
    for (const QRectF& node : layout.nodes)
        if (node.top() == layout.nodes.front().top())
            targets.push_back(node);
    if (layout.next && layout.next->top() == layout.nodes.front().top())
        targets.push_back(*layout.next);
    const double busY = (lb.bottom() - 8 + targets.front().top()) / 2;
    QPen pen(theme.connection, 1.5);
    p.setPen(pen);
    p.drawLine(QPointF(lb.center().x(), lb.bottom() - 8), QPointF(lb.center().x(), busY));
    p.drawLine(QPointF(std::min(targets.front().center().x(), lb.center().x()), busY),
               QPointF(std::max(targets.back().center().x(), lb.center().x()), busY));
    for (const QRectF& target : targets) {
        QPen drop = pen;
        if (layout.next && target == *layout.next)
            drop.setDashPattern({4, 3});
        p.setPen(drop);
        const QPointF tip(target.center().x(), target.top() - 1);
        p.drawLine(QPointF(tip.x(), busY), tip - QPointF(0, 6));
        QPainterPath head;
        head.moveTo(tip);
        head.lineTo(tip + QPointF(-4, -7));
        head.lineTo(tip + QPointF(4, -7));
        head.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(theme.connection);
        p.drawPath(head);
    }
}

void drawOtherSpecMarker(QPainter& p, const QRectF& card, const Theme& theme)
{
    QPen pen(theme.warningText, 1.5);
    pen.setDashPattern({3, 2});
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(card.adjusted(-3, -3, 3, 3), 8, 8);
    const QString label = tr("OTHER SPEC");
    const double width = QFontMetricsF(theme.smallFont).horizontalAdvance(label) + 10;
    drawPill(p, {card.center().x() - width / 2, card.bottom() - 4}, 15, label, theme.warningText,
             theme.onAccent(), theme.smallFont);
}

void drawNextNode(QPainter& p, const QRectF& rect, const ScalingCluster& cluster,
                  const EnvironmentScaling& plan, const Theme& theme)
{
    const QColor accent = theme.roleColor(Role::Frontend);
    drawGhost(p, rect, accent, theme);
    const QRectF inner = rect.adjusted(12, 6, -8, -6);
    drawLine(p, {inner.left(), inner.top(), inner.width(), 18}, tr("+ Next node"), theme.nameFont,
             accent);
    drawLine(p, {inner.left(), inner.top() + 22, inner.width(), 15}, tr("same spec as the cluster"),
             theme.smallFont, theme.mutedText);
    drawLine(p, {inner.left(), inner.top() + 40, inner.width(), 15}, specText(cluster.spec),
             theme.bodyFont, theme.text);
    if (cluster.spec.cpuCores > 0)
        drawLine(p, {inner.left(), inner.top() + 57, inner.width(), 15},
                 tr("+%1 req/s").arg(requestRate(cluster.spec.cpuCores * plan.perCore)),
                 theme.smallFont, accent);
}

void drawCluster(QPainter& p, const ClusterLayout& layout, const ScalingCluster& cluster,
                 const EnvironmentScaling& plan, const ScalingElements& elements,
                 const Theme& theme)
{
    p.setPen(QPen(theme.cardBorder, 1));
    p.setBrush(mix(theme.purposeTint(plan.purpose), theme.cardFill, 0.5));
    p.drawRoundedRect(layout.box, 8, 8);
    if (layout.balancer) {
        drawFanOut(p, layout, theme);
        PaintOptions options;
        options.theme = theme;
        if (const LoadBalancer* lb = elements.balancer(cluster.balancer))
            paintLoadBalancer(p, *layout.balancer, *lb, {}, options);
    } else {
        const QString heading =
            cluster.growable ? tr("NOT BEHIND A LOAD BALANCER") : tr("OUT OF THE LOAD BALANCER");
        drawLine(p, layout.heading, heading, theme.smallFont, theme.mutedText);
    }
    for (std::size_t i = 0; i < layout.nodes.size(); ++i) {
        drawServerCard(p, layout.nodes[i], elements, cluster.nodes[i].server, theme);
        if (cluster.nodes[i].differs)
            drawOtherSpecMarker(p, layout.nodes[i], theme);
    }
    if (layout.next)
        drawNextNode(p, *layout.next, cluster, plan, theme);

    QRectF line(layout.caption.left(), layout.caption.top(), layout.caption.width(), 16);
    const auto caption = [&](const QString& text, const QColor& color) {
        drawLine(p, line, text, theme.bodyFont, color);
        line.translate(0, 16);
    };
    const int nodes = static_cast<int>(cluster.nodes.size());
    caption((nodes == 1 ? tr("1 node") : tr("%1 nodes").arg(nodes)) +
                (sameSpec(cluster.spec, {}) ? tr(" · hardware not set")
                                            : tr(" · cluster spec %1").arg(specText(cluster.spec))),
            theme.text);
    if (!cluster.sharedWith.empty()) {
        const LoadBalancer* other = elements.balancer(cluster.sharedWith);
        caption(tr("Servers also behind %1: each counts once in the environment.")
                    .arg(qs(other && !other->name.empty() ? other->name : cluster.sharedWith)),
                theme.mutedText);
    }
    if (!cluster.growable) {
        caption(tr("Out of the pool: runs timers, serves no users."), theme.mutedText);
        return;
    }
    if (cluster.spec.cpuCores > 0)
        caption(tr("≈ %1 req/s now → %2 req/s with the next node")
                    .arg(requestRate(cluster.capacity), requestRate(cluster.capacityWithNext)),
                theme.mutedText);
    else
        caption(tr("Cores not set: the capacity is unknown."), theme.warningText);
    if (!layout.balancer)
        caption(tr("A second node needs a load balancer in front."), theme.warningText);
}

QString hostText(TimerHost host)
{
    switch (host) {
    case TimerHost::FrontEnd:
        return tr("front-end + scheduler");
    case TimerHost::Controller:
        return tr("controller + scheduler");
    case TimerHost::Dedicated:
        return tr("dedicated scheduler");
    }
    return {};
}

QColor hostColor(TimerHost host, const Theme& theme)
{
    switch (host) {
    case TimerHost::FrontEnd:
        return theme.roleColor(Role::Frontend);
    case TimerHost::Controller:
        return theme.roleColor(Role::DeploymentController);
    case TimerHost::Dedicated:
        return theme.roleColor(Role::Scheduler);
    }
    return theme.text;
}

void drawChip(QPainter& p, const QRectF& rect, const TimerNode& node, const Theme& theme)
{
    QPainterPath shape;
    shape.addRoundedRect(rect, 6, 6);
    drawBody(p, shape, theme.cardFill, theme.cardBorder, 1, {}, theme);
    p.save();
    p.setClipPath(shape, Qt::IntersectClip);
    p.fillRect(QRectF(rect.left(), rect.top(), 5, rect.height()), hostColor(node.host, theme));
    p.restore();
    drawLine(p, {rect.left() + 14, rect.top() + 5, rect.width() - 20, 18}, qs(node.name),
             theme.nameFont, theme.text);
    drawLine(p, {rect.left() + 14, rect.top() + 25, rect.width() - 20, 15}, hostText(node.host),
             theme.smallFont, hostColor(node.host, theme));
}

void drawZone(QPainter& p, const ZoneLayout& layout, const ZoneTimers& zone, const Theme& theme)
{
    QPen border(theme.zoneBorder, 1.2);
    border.setDashPattern({6, 4});
    p.setPen(border);
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(layout.box, 8, 8);
    QString title =
        zone.zone.empty() ? tr("No deployment zones") : tr("Zone %1").arg(qs(zone.name));
    if (!zone.hostsApps)
        title += tr(" · hosts no apps");
    else if (!zone.nodes.empty())
        title += zone.nodes.size() == 1
                     ? tr(" · timers on 1 node")
                     : tr(" · timers spread over %1 nodes").arg(zone.nodes.size());
    drawLine(p, layout.title, title, theme.nameFont, theme.text);
    if (zone.nodes.empty()) {
        QFont font = theme.bodyFont;
        font.setItalic(true);
        drawLine(p, layout.message,
                 zone.hostsApps ? tr("No scheduler: the timers of this zone's apps do not run.")
                                : tr("No scheduler."),
                 font, zone.hostsApps ? theme.warningText : theme.mutedText);
        return;
    }
    for (std::size_t i = 0; i < layout.chips.size(); ++i)
        drawChip(p, layout.chips[i], zone.nodes[i], theme);
    if (layout.next) {
        const QColor accent = theme.roleColor(Role::Scheduler);
        drawGhost(p, *layout.next, accent, theme);
        drawLine(p, layout.next->adjusted(14, 5, -8, -25), tr("+ Scheduler"), theme.nameFont,
                 accent);
        drawLine(p, layout.next->adjusted(14, 25, -8, -6), tr("front-end or controller"),
                 theme.smallFont, theme.mutedText);
    }
}

void drawEnvironment(QPainter& p, const EnvironmentLayout& layout, const QString& summary,
                     const ScalingElements& elements, const Theme& theme)
{
    const EnvironmentScaling& plan = layout.plan;
    drawFrame(p, layout, summary, theme);
    const bool lifetime = plan.purpose == Purpose::Lifetime;
    drawSectionTitle(p, layout.frontEndsTitle,
                     lifetime ? tr("LifeTime front-ends — scale out (horizontal)")
                              : tr("Front-ends — scale out (horizontal)"),
                     tr("add identical nodes behind the load balancer"), theme);
    for (std::size_t i = 0; i < layout.clusters.size(); ++i)
        drawCluster(p, layout.clusters[i], plan.frontEnds[i], plan, elements, theme);
    if (plan.frontEnds.empty())
        drawLine(p, layout.frontEndsTitle.translated(0, layout.frontEndsTitle.height()),
                 tr("No front-end: nothing serves the apps."), theme.bodyFont, theme.warningText);

    drawSectionTitle(p, layout.controllerTitle, tr("Deployment controller — scale up (vertical)"),
                     tr("one server: more cores, RAM and disk"), theme);
    drawControllerSection(p, layout.controller, plan.controller, elements, theme);

    drawSectionTitle(p, layout.timersTitle, tr("Timers per zone"),
                     tr("timers run on the scheduler nodes of their app's zone"), theme);
    for (std::size_t i = 0; i < layout.zones.size(); ++i)
        drawZone(p, layout.zones[i], plan.timers[i], theme);
}

std::vector<std::string> environmentsOf(const std::vector<EnvironmentAnalysis>& analyses)
{
    std::vector<std::string> ids;
    ids.reserve(analyses.size());
    for (const EnvironmentAnalysis& analysis : analyses)
        ids.push_back(analysis.environment);
    return ids;
}

std::vector<EnvironmentScaling> plansOf(const std::vector<EnvironmentAnalysis>& analyses)
{
    std::vector<EnvironmentScaling> plan;
    plan.reserve(analyses.size());
    for (const EnvironmentAnalysis& analysis : analyses)
        plan.push_back(analysis.scaling);
    return plan;
}

} // namespace

ScalingPainter::ScalingPainter(const Topology& topology, const std::string& environment)
    : ScalingPainter(topology, analyzeEnvironments(topology, environment, SinglePoints::Skip))
{
}

ScalingPainter::ScalingPainter(const Topology& topology, std::vector<EnvironmentAnalysis> analyses)
    : m_elements(topology, environmentsOf(analyses)), m_analyses(std::move(analyses)),
      m_layout(plansOf(m_analyses))
{
}

int ScalingPainter::frontEndNodes() const
{
    int count = 0;
    for (const EnvironmentAnalysis& analysis : m_analyses)
        count += analysis.frontEnds.all;
    return count;
}

void ScalingPainter::paint(QPainter& p, const Theme& theme, bool background) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    if (background)
        p.fillRect(bounds(), theme.background);
    const auto& environments = m_layout.environments();
    // Under a clip (one PDF page per environment), environments outside it are left out, so
    // that a page holds no hidden text of the others.
    const QRectF visible = p.hasClipping() ? p.clipBoundingRect() : bounds();
    for (std::size_t i = 0; i < environments.size(); ++i)
        if (environments[i].frame.intersects(visible))
            drawEnvironment(p, environments[i], headerSummary(i), m_elements, theme);
    p.restore();
}

} // namespace topo
