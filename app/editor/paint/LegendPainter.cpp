#include "editor/paint/LegendPainter.h"

#include "editor/paint/DerivedConnections.h"
#include "editor/paint/MarkPainters.h"
#include "editor/paint/PaintPrimitives.h"
#include "editor/paint/SceneGeometry.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <set>

namespace topo {
namespace {

using namespace paint;

constexpr double kPadding = 10;
constexpr double kHeadingHeight = 20;
constexpr double kRowHeight = 26;
// The widths of the samples that are not a badge.
constexpr double kLinkWidth = 64;
constexpr double kSeverityWidth = 22;
constexpr double kFailedWidth = 70;
constexpr double kLostWidth = 92;
constexpr double kTextGap = 8;
constexpr double kColumnGap = 18;
constexpr double kBadgeHeight = 16;

constexpr LegendMark kAllMarks[] = {LegendMark::LifetimeFrontend,
                                    LegendMark::Frontend,
                                    LegendMark::DeploymentController,
                                    LegendMark::Scheduler,
                                    LegendMark::Standby,
                                    LegendMark::OutOfPool,
                                    LegendMark::SiteTag,
                                    LegendMark::Error,
                                    LegendMark::Warning,
                                    LegendMark::Info,
                                    LegendMark::Failed,
                                    LegendMark::Lost,
                                    LegendMark::LoadBalancing,
                                    LegendMark::DatabaseLink,
                                    LegendMark::QueueLink,
                                    LegendMark::Management};

LegendMark roleMark(Role role)
{
    switch (role) {
    case Role::Frontend:
        return LegendMark::Frontend;
    case Role::DeploymentController:
        return LegendMark::DeploymentController;
    case Role::Scheduler:
        return LegendMark::Scheduler;
    }
    return LegendMark::Frontend;
}

LegendMark connectionMark(ConnectionKind kind)
{
    switch (kind) {
    case ConnectionKind::LoadBalancing:
        return LegendMark::LoadBalancing;
    case ConnectionKind::Database:
        return LegendMark::DatabaseLink;
    case ConnectionKind::Queue:
        return LegendMark::QueueLink;
    case ConnectionKind::Management:
        return LegendMark::Management;
    }
    return LegendMark::LoadBalancing;
}

LegendMark severityMark(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return LegendMark::Error;
    case Severity::Warning:
        return LegendMark::Warning;
    case Severity::Info:
        return LegendMark::Info;
    }
    return LegendMark::Info;
}

void addServerMarks(const Topology& topology, const Server& server, std::set<LegendMark>& marks)
{
    for (Role role : server.roles)
        marks.insert(roleMark(role));
    for (const Environment& env : topology.environments)
        if (env.id == server.environment && env.purpose == Purpose::Lifetime &&
            server.hasRole(Role::Frontend))
            marks.insert(LegendMark::LifetimeFrontend);
    if (serviceMarkerOf(server) == ServiceMarker::Standby)
        marks.insert(LegendMark::Standby);
    if (serviceMarkerOf(server) == ServiceMarker::OutOfPool)
        marks.insert(LegendMark::OutOfPool);
    if (!server.site.empty())
        marks.insert(LegendMark::SiteTag);
}

QString siteSampleText()
{
    return tr("Site");
}

double sampleWidth(LegendMark mark, const Theme& theme)
{
    switch (mark) {
    case LegendMark::LifetimeFrontend:
        return badgeWidth(QStringLiteral("LT"), theme);
    case LegendMark::Frontend:
        return badgeWidth(roleLabel(Role::Frontend), theme);
    case LegendMark::DeploymentController:
        return badgeWidth(roleLabel(Role::DeploymentController), theme);
    case LegendMark::Scheduler:
        return badgeWidth(roleLabel(Role::Scheduler), theme);
    case LegendMark::Standby:
        return serviceMarkerWidth(ServiceMarker::Standby, theme);
    case LegendMark::OutOfPool:
        return serviceMarkerWidth(ServiceMarker::OutOfPool, theme);
    case LegendMark::SiteTag:
        return 12 + QFontMetricsF(theme.smallFont).horizontalAdvance(siteSampleText());
    case LegendMark::Error:
    case LegendMark::Warning:
    case LegendMark::Info:
        return kSeverityWidth;
    case LegendMark::Failed:
        return kFailedWidth;
    case LegendMark::Lost:
        return kLostWidth;
    case LegendMark::LoadBalancing:
    case LegendMark::DatabaseLink:
    case LegendMark::QueueLink:
    case LegendMark::Management:
        return kLinkWidth;
    }
    return kLinkWidth;
}

// The sample of `mark` drawn in `box` (one row high).
void paintSample(QPainter& p, const QRectF& box, LegendMark mark, const Theme& theme)
{
    const double cy = box.center().y();
    const QPointF badge(box.left(), cy - kBadgeHeight / 2);
    auto link = [&](ConnectionKind kind) {
        const QPolygonF line{QPointF(box.left(), cy), QPointF(box.left() + kLinkWidth, cy)};
        drawConnectionLine(p, line, kind, theme);
    };
    auto severity = [&](Severity s) {
        // drawSeverityBadge centres the badge 2 units inside the host's top-right corner.
        drawSeverityBadge(p, QRectF(box.left(), cy - 2, 14, 10), s, theme);
    };
    switch (mark) {
    case LegendMark::LifetimeFrontend:
        drawLifetimeBadge(p, badge, kBadgeHeight, theme);
        break;
    case LegendMark::Frontend:
        drawRoleBadge(p, badge, kBadgeHeight, Role::Frontend, theme);
        break;
    case LegendMark::DeploymentController:
        drawRoleBadge(p, badge, kBadgeHeight, Role::DeploymentController, theme);
        break;
    case LegendMark::Scheduler:
        drawRoleBadge(p, badge, kBadgeHeight, Role::Scheduler, theme);
        break;
    case LegendMark::Standby:
    case LegendMark::OutOfPool: {
        const ServiceMarker marker =
            mark == LegendMark::Standby ? ServiceMarker::Standby : ServiceMarker::OutOfPool;
        drawServiceMarker(p, {box.left() + serviceMarkerWidth(marker, theme), badge.y()},
                          kBadgeHeight, marker, theme);
        break;
    }
    case LegendMark::SiteTag:
        drawSiteTag(p, QRectF(box.left(), cy - 7, box.width(), 14), siteSampleText(), theme);
        break;
    case LegendMark::Error:
        severity(Severity::Error);
        break;
    case LegendMark::Warning:
        severity(Severity::Warning);
        break;
    case LegendMark::Info:
        severity(Severity::Info);
        break;
    case LegendMark::Failed: {
        QPainterPath card;
        card.addRoundedRect(QRectF(box.left(), cy - 5, kFailedWidth, 17), 4, 4);
        drawBody(p, card, theme.cardFill, theme.cardBorder, 1, {}, theme);
        drawFailedMark(p, card, theme);
        break;
    }
    case LegendMark::Lost:
        drawLostBanner(p, QRectF(box.left(), cy - 8, kLostWidth, 16), tr("service"), theme);
        break;
    case LegendMark::LoadBalancing:
        link(ConnectionKind::LoadBalancing);
        break;
    case LegendMark::DatabaseLink:
        link(ConnectionKind::Database);
        break;
    case LegendMark::QueueLink:
        link(ConnectionKind::Queue);
        break;
    case LegendMark::Management:
        link(ConnectionKind::Management);
        break;
    }
}

// The legend's columns, filled one after the other with `rows` marks each; each column as
// wide as its widest sample and its widest text.
struct Grid {
    int rows = 0;
    std::vector<double> samples; // per column
    std::vector<double> texts;   // per column
    double width() const
    {
        double total = 2 * kPadding + double(samples.size() - 1) * kColumnGap;
        for (std::size_t i = 0; i < samples.size(); ++i)
            total += samples[i] + kTextGap + texts[i];
        return total;
    }
};

Grid gridOf(const std::vector<LegendMark>& marks, const Theme& theme, int columns)
{
    const QFontMetricsF metrics(theme.bodyFont);
    Grid grid;
    grid.rows = (int(marks.size()) + columns - 1) / columns;
    for (std::size_t i = 0; i < marks.size(); ++i) {
        const std::size_t column = i / std::size_t(grid.rows);
        if (column >= grid.samples.size()) {
            grid.samples.push_back(0);
            grid.texts.push_back(0);
        }
        grid.samples[column] =
            std::max(grid.samples[column], std::ceil(sampleWidth(marks[i], theme)));
        grid.texts[column] = std::max(
            grid.texts[column], std::ceil(metrics.horizontalAdvance(legendText(marks[i]))) + 2);
    }
    return grid;
}

// The grid with the most columns that fits in `width`; one column when none does.
Grid fittingGrid(const std::vector<LegendMark>& marks, const Theme& theme, double width)
{
    for (int columns = int(marks.size()); columns > 1; --columns) {
        Grid grid = gridOf(marks, theme, columns);
        if (grid.width() <= width)
            return grid;
    }
    return gridOf(marks, theme, 1);
}

} // namespace

std::vector<LegendMark> allLegendMarks()
{
    return {std::begin(kAllMarks), std::end(kAllMarks)};
}

std::vector<LegendMark> legendMarksOf(const Topology& topology,
                                      const std::vector<Finding>& findings,
                                      const PaintOptions& options)
{
    const ElementFilter shown = drawnElements(topology, options);
    const auto rects = elementRects(topology);
    auto drawn = [&](const std::string& id) { return rects.count(id) > 0 && shown(id); };
    std::set<LegendMark> marks;
    for (const Server& server : topology.servers)
        if (drawn(server.id))
            addServerMarks(topology, server, marks);
    for (const auto& [id, severity] : worstSeverities(findings))
        if (drawn(id))
            marks.insert(severityMark(severity));
    for (const Connection& c : deriveConnections(topology))
        if (drawn(c.from) && drawn(c.to))
            marks.insert(connectionMark(c.kind));
    return {marks.begin(), marks.end()};
}

std::vector<LegendMark> serverLegendMarks(const Topology& topology,
                                          const std::vector<std::string>& servers)
{
    const std::set<std::string> chosen(servers.begin(), servers.end());
    std::set<LegendMark> marks;
    for (const Server& server : topology.servers)
        if (chosen.count(server.id))
            addServerMarks(topology, server, marks);
    return {marks.begin(), marks.end()};
}

QString legendText(LegendMark mark)
{
    switch (mark) {
    case LegendMark::LifetimeFrontend:
        return tr("LifeTime front-end");
    case LegendMark::Frontend:
        return tr("Front-end");
    case LegendMark::DeploymentController:
        return tr("Deployment Controller");
    case LegendMark::Scheduler:
        return tr("Scheduler");
    case LegendMark::Standby:
        return tr("Standby: kept out of service");
    case LegendMark::OutOfPool:
        return tr("Out of pool: front-end without traffic");
    case LegendMark::SiteTag:
        return tr("Site the server is in");
    case LegendMark::Error:
        return tr("Error: a rule is broken");
    case LegendMark::Warning:
        return tr("Warning: a risk to review");
    case LegendMark::Info:
        return tr("Info: worth knowing");
    case LegendMark::Failed:
        return tr("Failed in the failover scenario");
    case LegendMark::Lost:
        return tr("What an environment or zone lost");
    case LegendMark::LoadBalancing:
        return tr("Load balancer to server");
    case LegendMark::DatabaseLink:
        return tr("Front-end to platform database");
    case LegendMark::QueueLink:
        return tr("Front-end to RabbitMQ");
    case LegendMark::Management:
        return tr("LifeTime manages the environment");
    }
    return {};
}

QSizeF legendSize(const std::vector<LegendMark>& marks, const Theme& theme, double maxWidth)
{
    if (marks.empty())
        return {};
    const Grid grid = fittingGrid(marks, theme, maxWidth);
    return {grid.width(), 2 * kPadding + kHeadingHeight + grid.rows * kRowHeight};
}

void paintLegend(QPainter& p, const QRectF& rect, const std::vector<LegendMark>& marks,
                 const Theme& theme)
{
    if (marks.empty())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, !simplified(p));
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setPen(QPen(theme.cardBorder, 1));
    p.setBrush(theme.cardFill);
    p.drawRoundedRect(rect, 6, 6);
    drawLine(p, {rect.left() + kPadding, rect.top() + kPadding, rect.width() - 2 * kPadding, 16},
             tr("LEGEND"), theme.smallFont, theme.mutedText);
    const Grid grid = fittingGrid(marks, theme, rect.width());
    // Filled column by column, so that related marks stay together.
    double x = rect.left() + kPadding;
    for (std::size_t i = 0; i < marks.size(); ++i) {
        const std::size_t column = i / std::size_t(grid.rows);
        const std::size_t row = i % std::size_t(grid.rows);
        if (row == 0 && column > 0)
            x += grid.samples[column - 1] + kTextGap + grid.texts[column - 1] + kColumnGap;
        const double y = rect.top() + kPadding + kHeadingHeight + double(row) * kRowHeight;
        const double sample = grid.samples[column];
        paintSample(p, {x, y, sample, kRowHeight}, marks[i], theme);
        drawLine(p, {x + sample + kTextGap, y, grid.texts[column], kRowHeight},
                 legendText(marks[i]), theme.bodyFont, theme.text);
    }
    p.restore();
}

} // namespace topo
