#include "editor/export/DrawioWriter.h"

#include "core/layout/LayoutConstants.h"
#include "core/model/DisplayName.h"
#include "editor/export/DrawioCells.h"
#include "editor/export/DrawioStyles.h"
#include "editor/export/ExportText.h"
#include "editor/paint/ConnectionRouter.h"
#include "editor/paint/LineObstacles.h"
#include "editor/paint/NodeAccents.h"
#include "editor/paint/PaintPrimitives.h"
#include "editor/paint/PaintScope.h"
#include "editor/paint/PaintText.h"
#include "editor/paint/SceneGeometry.h"
#include "editor/paint/Theme.h"

#include "TopoVersion.h"

#include <QFontMetricsF>
#include <QXmlStreamWriter>

#include <algorithm>
#include <map>
#include <optional>

namespace topo {

namespace {

QString lines(std::initializer_list<QString> parts)
{
    QStringList kept;
    for (const QString& part : parts)
        if (!part.isEmpty())
            kept.append(part);
    return kept.join(QLatin1Char('\n'));
}

// The common part of every shape's style: no folding (the fold icon would cover the first
// letter, and a folded container hides its lines' ends), plain-text labels.
QString shapeStyle(const QString& shape, const QColor& fill, const QColor& stroke,
                   const QColor& text, const QString& textPlacement)
{
    return QStringLiteral("%1;whiteSpace=wrap;html=0;collapsible=0;fillColor=%2;strokeColor=%3;"
                          "fontColor=%4;fontSize=11;%5")
        .arg(shape, fill.name(), stroke.name(), text.name(), textPlacement);
}

const QString kTopLeft =
    QStringLiteral("verticalAlign=top;align=left;spacingLeft=12;spacingTop=4;");
const QString kCentred = QStringLiteral("verticalAlign=middle;align=center;");

// The ids a file holds: everything, one environment, or a selection with the frames that
// hold it (as the picture of a selection draws them).
class DrawioScope {
public:
    DrawioScope(const Topology& t, const std::string& environment,
                const std::vector<std::string>& selection)
    {
        if (!selection.empty())
            m_ids = withContainers(t, selectionScope(t, selection));
        else if (!environment.empty())
            m_ids = environmentScope(t, environment);
    }
    bool holds(const std::string& id) const { return !m_ids || m_ids->count(id) > 0; }

private:
    std::optional<IdSet> m_ids; // nullopt: the whole design
};

// The environment a database is drawn in: the one whose catalogs it holds; "" when it serves
// several environments (it stays at the top level, between them).
std::string homeEnvironment(const Database& db)
{
    std::string home;
    for (const Catalog& catalog : db.catalogs) {
        if (home.empty())
            home = catalog.environment;
        else if (catalog.environment != home)
            return {};
    }
    return home;
}

// An environment as the picture draws it: a frame with a coloured title bar holding the
// name, and the purpose pill at the right of the bar.
void writeEnvironment(DrawioCells& cells, const Environment& env, const Theme& theme)
{
    const QRectF rect = environmentRect(env);
    const QColor accent = theme.purposeColor(env.purpose);
    const QString purpose = paint::purposeLabel(env.purpose);
    const double pillWidth = QFontMetricsF(theme.smallFont).horizontalAdvance(purpose) + 10;
    const bool lifetime = env.purpose == Purpose::Lifetime;
    cells.container(
        env.id, qstr(displayName(env)),
        QStringLiteral("swimlane;container=1;collapsible=0;html=0;whiteSpace=wrap;rounded=1;"
                       "arcSize=10;absoluteArcSize=1;startSize=%1;fillColor=%2;"
                       "swimlaneFillColor=%3;strokeColor=%2;strokeWidth=%4;fontColor=%5;"
                       "fontSize=15;fontStyle=1;align=left;spacingLeft=12;spacingRight=%6;")
            .arg(numberText(layout::kEnvironmentHeaderHeight), accent.name(),
                 theme.purposeTint(env.purpose).name(),
                 lifetime ? QStringLiteral("2.5") : QStringLiteral("1.5"),
                 readableOn(accent, theme.onAccent()).name(), numberText(pillWidth + 20)),
        rect, {}, DrawioCells::Under::Lines);
    const QColor pill = paint::mix(accent, Qt::white, theme.isDark ? 90 / 255.0 : 45 / 255.0);
    // Model ids never contain ':', so this id cannot collide with an element's.
    cells.vertex(env.id + ":purpose", purpose,
                 QStringLiteral("rounded=1;arcSize=50;html=0;connectable=0;collapsible=0;"
                                "fillColor=%1;strokeColor=none;fontColor=%2;fontSize=10;"
                                "fontStyle=1;align=center;verticalAlign=middle;")
                     .arg(pill.name(), readableOn(pill, theme.onAccent()).name()),
                 {rect.right() - 12 - pillWidth, rect.top() + 8, pillWidth, 16}, env.id);
}

void writeZone(DrawioCells& cells, const Zone& zone, const QRectF& rect,
               const std::string& environment, const Theme& theme)
{
    // The picture's 5 % tint of the zone colour, see-through so that the lines of the
    // environment, drawn before the zone, still show.
    const QString fill = zone.isDefault
                             ? QStringLiteral("none")
                             : theme.zoneBorder.name() + QStringLiteral(";fillOpacity=5");
    cells.container(
        zone.id, paint::zoneLabel(zone),
        QStringLiteral("rounded=1;arcSize=8;absoluteArcSize=1;container=1;collapsible=0;"
                       "html=0;whiteSpace=wrap;dashed=1;dashPattern=%1;fillColor=%2;"
                       "strokeColor=%3;fontColor=%4;fontSize=10;fontStyle=1;verticalAlign=top;"
                       "align=left;spacingLeft=8;spacingTop=0;")
            .arg(zone.isDefault ? QStringLiteral("2 3") : QStringLiteral("6 4"), fill,
                 theme.zoneBorder.name(), theme.mutedText.name()),
        rect, environment);
}

using ServerZones = std::unordered_map<std::string, std::string>; // server id -> zone id

// Environments and their zones. A zone whose region lies inside another's (the default zone
// around the others) is written inside it; each server goes into the smallest zone listing
// it (returned).
ServerZones writeFrames(DrawioCells& cells, const Topology& t, const DrawioScope& scope,
                        const Theme& theme)
{
    ServerZones serverZones;
    for (const Environment& env : t.environments) {
        if (env.layout && scope.holds(env.id))
            writeEnvironment(cells, env, theme);
        std::vector<std::pair<const Zone*, QRectF>> zones;
        for (const Zone& zone : env.zones)
            if (const auto rect = zoneRect(t, env, zone); rect && scope.holds(zone.id))
                zones.emplace_back(&zone, *rect);
        auto area = [](const QRectF& r) { return r.width() * r.height(); };
        std::stable_sort(zones.begin(), zones.end(), [&](const auto& a, const auto& b) {
            return area(a.second) > area(b.second);
        });
        for (std::size_t i = 0; i < zones.size(); ++i) {
            std::string parent = env.id;
            for (std::size_t k = 0; k < i; ++k)
                if (zones[k].second.contains(zones[i].second))
                    parent = zones[k].first->id; // the smallest so far holding it
            writeZone(cells, *zones[i].first, zones[i].second, parent, theme);
            for (const std::string& member : zones[i].first->members)
                serverZones[member] = zones[i].first->id;
        }
    }
    return serverZones;
}

QString rolesLine(const Topology& t, const Server& s)
{
    Purpose purpose = Purpose::Development;
    for (const Environment& env : t.environments)
        if (env.id == s.environment)
            purpose = env.purpose;
    QStringList badges;
    if (paint::showsLifetimeRole(purpose, s))
        badges.append(paint::lifetimeRoleLabel());
    for (Role role : s.roles)
        badges.append(paint::roleLabel(role));
    return badges.isEmpty() ? paint::noRolesLabel() : badges.join(QStringLiteral(" · "));
}

void writeServers(DrawioCells& cells, const Topology& t, const DrawioScope& scope,
                  const ServerZones& zones, const Theme& theme)
{
    for (const Server& s : t.servers) {
        if (!scope.holds(s.id) || !s.layout)
            continue;
        QColor accent = theme.cardBorder;
        for (const Environment& env : t.environments)
            if (env.id == s.environment)
                accent = theme.purposeColor(env.purpose);
        const QColor fill =
            s.standby ? paint::mix(theme.cardFill, theme.mutedText, 0.08) : theme.cardFill;
        const QString site = s.site.empty() ? QString() : paint::siteName(t, s.site);
        cells.vertex(s.id,
                     lines({qstr(displayName(s)), rolesLine(t, s), paint::hardwareLine(s.hardware),
                            paint::serviceMarker(s), site}),
                     shapeStyle(QStringLiteral("rounded=1;arcSize=6;absoluteArcSize=1;%1")
                                    .arg(s.standby ? QStringLiteral("dashed=1") : QString()),
                                fill, accent, theme.text, kTopLeft),
                     serverRect(s), zones.count(s.id) ? zones.at(s.id) : s.environment);
    }
}

// A node shape in the picture's colours: its accent as border, a tint of it as fill.
QString nodeStyle(const QString& shape, const QColor& accent, double tint, const Theme& theme)
{
    return shapeStyle(shape + QStringLiteral(";strokeWidth=1.5"),
                      paint::mix(theme.cardFill, accent, tint), accent, theme.text, kCentred);
}

void writeNodes(DrawioCells& cells, const Topology& t, const DrawioScope& scope, const Theme& theme)
{
    for (const LoadBalancer& lb : t.loadBalancers)
        if (scope.holds(lb.id) && lb.layout)
            cells.vertex(lb.id,
                         lines({paint::loadBalancerCaption(), qstr(displayName(lb)),
                                paint::loadBalancerDetail(lb)}),
                         nodeStyle(QStringLiteral("shape=hexagon;perimeter=hexagonPerimeter2;"
                                                  "size=18;fixedSize=1"),
                                   paint::loadBalancerAccent(theme), paint::kLoadBalancerTint,
                                   theme),
                         nodeRect(lb.layout), lb.environment);
    for (const MessageQueue& mq : t.messageQueues)
        if (scope.holds(mq.id) && mq.layout)
            cells.vertex(mq.id,
                         lines({paint::queueCaption(), qstr(displayName(mq)),
                                paint::queueDetail(mq), paint::queueHost(t, mq)}),
                         nodeStyle(QStringLiteral("rounded=1;arcSize=10;absoluteArcSize=1"),
                                   paint::queueAccent(theme), paint::kQueueTint, theme),
                         nodeRect(mq.layout), mq.environment);
    for (const Database& db : t.databases)
        if (scope.holds(db.id) && db.layout)
            cells.vertex(
                db.id,
                lines({qstr(displayName(db)), paint::databaseDetail(db), paint::haName(db.haMode)}),
                nodeStyle(QStringLiteral("shape=cylinder3;size=7;boundedLbl=1"),
                          paint::databaseAccent(theme), paint::kDatabaseTint, theme),
                nodeRect(db.layout), homeEnvironment(db));
}

// The derived connections along the picture's routes (routeConnections()).
void writeEdges(DrawioCells& cells, const Topology& t, const DrawioScope& scope, const Theme& theme)
{
    const auto rects = elementRects(t);
    const RectLookup rectOf = [&](const std::string& id) -> std::optional<QRectF> {
        const auto it = rects.find(id);
        if (it == rects.end() || !scope.holds(id))
            return std::nullopt;
        return it->second;
    };
    const std::vector<Connection> connections = deriveConnections(t);
    const paint::LineObstacles obstacles(t, rectOf);
    const auto routes = paint::routeConnections(connections, rectOf, &obstacles);
    std::map<std::string, std::vector<QPolygonF>> managementLines; // per LifeTime frame
    for (std::size_t i = 0; i < connections.size(); ++i) {
        if (!routes[i])
            continue;
        // Model ids never contain ':', so edge ids cannot collide with element ids.
        cells.edge(QStringLiteral("edge:%1").arg(i + 1), connections[i], *routes[i],
                   drawioEdgeStyle(connections[i].kind, theme));
        if (connections[i].kind == ConnectionKind::Management)
            managementLines[connections[i].from].push_back(*routes[i]);
    }
    // The caption over LifeTime's bus, where the picture writes it.
    const QColor captionColour =
        paint::connectionPen(ConnectionKind::Management, theme, false).color();
    for (const auto& [lifetime, lines] : managementLines)
        cells.vertex(lifetime + ":manages", paint::managementCaption(int(lines.size())),
                     QStringLiteral("text;html=0;connectable=0;fillColor=none;strokeColor=none;"
                                    "fontColor=%1;fontSize=10;fontStyle=1;align=left;"
                                    "verticalAlign=middle;spacing=0;")
                         .arg(captionColour.name()),
                     {lines.front()[0].x() + 6, lines.front()[1].y() - 16, 260, 14});
}

void writeModelStart(QXmlStreamWriter& xml, const Topology& topology)
{
    xml.writeStartElement(QStringLiteral("mxfile"));
    xml.writeAttribute(QStringLiteral("host"), QStringLiteral("Topology Designer"));
    xml.writeAttribute(QStringLiteral("agent"), QStringLiteral(TOPO_GENERATOR));
    xml.writeStartElement(QStringLiteral("diagram"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("topology"));
    xml.writeAttribute(QStringLiteral("name"), qstr(topology.name));
    xml.writeStartElement(QStringLiteral("mxGraphModel"));
    for (const auto& [name, value] :
         {std::pair{"grid", "1"}, std::pair{"gridSize", "10"}, std::pair{"guides", "1"},
          std::pair{"connect", "1"}, std::pair{"arrows", "1"}, std::pair{"fold", "0"},
          std::pair{"page", "0"}, std::pair{"math", "0"}, std::pair{"shadow", "0"}})
        xml.writeAttribute(QLatin1String(name), QLatin1String(value));
    xml.writeStartElement(QStringLiteral("root"));
    xml.writeEmptyElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("0"));
    xml.writeEmptyElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("0"));
}

} // namespace

QByteArray drawioBytes(const Topology& topology, const std::string& environment,
                       const std::vector<std::string>& selection)
{
    const DrawioScope scope(topology, environment, selection);
    const Theme theme = Theme::light();
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    writeModelStart(xml, topology);

    DrawioCells cells;
    // Sites and notes belong to no environment: only the whole design or a selection has them.
    for (const Site& site : topology.sites)
        if (site.layout && scope.holds(site.id))
            cells.vertex(site.id, qstr(displayName(site)),
                         shapeStyle(QStringLiteral("rounded=0"), theme.siteFill,
                                    theme.siteFill.darker(150), theme.mutedText,
                                    QStringLiteral("verticalAlign=bottom;align=left;"
                                                   "spacingLeft=8;spacingBottom=4;")),
                         toQRect(*site.layout));
    const ServerZones zones = writeFrames(cells, topology, scope, theme);
    writeNodes(cells, topology, scope, theme);
    writeServers(cells, topology, scope, zones, theme);
    for (const Note& note : topology.notes)
        if (scope.holds(note.id))
            cells.vertex(note.id, qstr(note.text),
                         shapeStyle(QStringLiteral("shape=note;size=14"), theme.noteFill,
                                    theme.noteBorder, theme.noteText,
                                    QStringLiteral("verticalAlign=top;align=left;spacingLeft=8;"
                                                   "spacingTop=6;")),
                         toQRect(note.layout));
    writeEdges(cells, topology, scope, theme);
    cells.write(xml);

    xml.writeEndDocument();
    return bytes;
}

} // namespace topo
