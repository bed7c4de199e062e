#include "export/DrawioWriter.h"

#include "export/ExportText.h"
#include "paint/DerivedConnections.h"
#include "paint/PaintScope.h"
#include "paint/SceneGeometry.h"
#include "paint/Theme.h"

#include "TopoVersion.h"

#include <QXmlStreamWriter>

#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace topo {

namespace {

// Writes the cells of one mxGraphModel; remembers which ids it wrote and where each
// container sits, since draw.io places a container's children relative to it.
class DrawioCells {
public:
    explicit DrawioCells(QXmlStreamWriter& xml) : m_xml(xml) {}

    void vertex(const std::string& id, const QString& label, const QString& style, QRectF rect,
                const std::string& parent = {})
    {
        QString parentId = QStringLiteral("1");
        if (const auto it = m_origins.find(parent); !parent.empty() && it != m_origins.end()) {
            rect.translate(-it->second);
            parentId = qstr(parent);
        }
        m_xml.writeStartElement(QStringLiteral("mxCell"));
        m_xml.writeAttribute(QStringLiteral("id"), qstr(id));
        m_xml.writeAttribute(QStringLiteral("value"), label);
        m_xml.writeAttribute(QStringLiteral("style"), style);
        m_xml.writeAttribute(QStringLiteral("vertex"), QStringLiteral("1"));
        m_xml.writeAttribute(QStringLiteral("parent"), parentId);
        geometry(rect);
        m_xml.writeEndElement();
        m_written.insert(id);
    }

    void container(const std::string& id, const QString& label, const QString& style,
                   const QRectF& rect)
    {
        vertex(id, label, style, rect);
        m_origins[id] = rect.topLeft();
    }

    void edge(int index, const Connection& connection, const QString& style)
    {
        if (!m_written.count(connection.from) || !m_written.count(connection.to))
            return;
        m_xml.writeStartElement(QStringLiteral("mxCell"));
        // Model ids never contain ':', so edge ids cannot collide with element ids.
        m_xml.writeAttribute(QStringLiteral("id"), QStringLiteral("edge:%1").arg(index));
        m_xml.writeAttribute(QStringLiteral("style"), style);
        m_xml.writeAttribute(QStringLiteral("edge"), QStringLiteral("1"));
        m_xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("1"));
        m_xml.writeAttribute(QStringLiteral("source"), qstr(connection.from));
        m_xml.writeAttribute(QStringLiteral("target"), qstr(connection.to));
        m_xml.writeStartElement(QStringLiteral("mxGeometry"));
        m_xml.writeAttribute(QStringLiteral("relative"), QStringLiteral("1"));
        m_xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

private:
    void geometry(const QRectF& rect)
    {
        m_xml.writeStartElement(QStringLiteral("mxGeometry"));
        m_xml.writeAttribute(QStringLiteral("x"), numberText(rect.x()));
        m_xml.writeAttribute(QStringLiteral("y"), numberText(rect.y()));
        m_xml.writeAttribute(QStringLiteral("width"), numberText(rect.width()));
        m_xml.writeAttribute(QStringLiteral("height"), numberText(rect.height()));
        m_xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
        m_xml.writeEndElement();
    }

    QXmlStreamWriter& m_xml;
    std::unordered_set<std::string> m_written;
    std::unordered_map<std::string, QPointF> m_origins;
};

QString shapeStyle(const QString& shape, const QColor& fill, const QColor& stroke)
{
    return QStringLiteral("%1;whiteSpace=wrap;html=0;fillColor=%2;strokeColor=%3;fontSize=11;"
                          "verticalAlign=top;align=left;spacingLeft=6;spacingTop=2;")
        .arg(shape, fill.name(), stroke.name());
}

QString edgeStyle(ConnectionKind kind, const Theme& theme)
{
    const QColor color =
        kind == ConnectionKind::Management ? theme.managementConnection : theme.connection;
    QString style = QStringLiteral("edgeStyle=orthogonalEdgeStyle;rounded=0;html=0;"
                                   "endArrow=block;strokeColor=%1;")
                        .arg(color.name());
    if (kind == ConnectionKind::Database)
        style += QStringLiteral("dashed=1;");
    else if (kind == ConnectionKind::Queue)
        style += QStringLiteral("dashed=1;dashPattern=1 3;");
    else if (kind == ConnectionKind::Management)
        style += QStringLiteral("dashed=1;dashPattern=8 4;");
    return style;
}

QString lines(std::initializer_list<QString> parts)
{
    QStringList kept;
    for (const QString& part : parts)
        if (!part.isEmpty())
            kept.append(part);
    return kept.join(QLatin1Char('\n'));
}

// The ids a file holds: everything, one environment or a selection.
class DrawioScope {
public:
    DrawioScope(const Topology& t, const std::string& environment,
                const std::vector<std::string>& selection)
    {
        if (!selection.empty())
            m_ids = selectionScope(t, selection);
        else if (!environment.empty())
            m_ids = environmentScope(t, environment);
    }
    bool holds(const std::string& id) const { return !m_ids || m_ids->count(id) > 0; }

private:
    std::optional<IdSet> m_ids; // nullopt: the whole design
};

QString environmentTitle(const Environment& env)
{
    return lines({qstr(env.name), purposeLabel(env.purpose) +
                                      (env.platformVersion.empty()
                                           ? QString()
                                           : QStringLiteral(" · ") + qstr(env.platformVersion))});
}

QString environmentStyle(const Environment& env, const Theme& theme)
{
    return QStringLiteral("swimlane;startSize=36;html=0;whiteSpace=wrap;align=left;"
                          "spacingLeft=8;fontStyle=1;fillColor=%1;swimlaneFillColor=%2;"
                          "strokeColor=%1;")
        .arg(theme.purposeColor(env.purpose).name(), theme.purposeTint(env.purpose).name());
}

void writeEnvironments(DrawioCells& cells, const Topology& t, const DrawioScope& scope,
                       const Theme& theme)
{
    for (const Environment& env : t.environments) {
        if (env.layout && scope.holds(env.id))
            cells.container(env.id, environmentTitle(env), environmentStyle(env, theme),
                            environmentRect(env));
        for (const Zone& zone : env.zones)
            if (const auto rect = zoneRect(t, env, zone); rect && scope.holds(zone.id))
                cells.vertex(zone.id, qstr(zone.name),
                             QStringLiteral("rounded=1;dashed=1;fillColor=none;html=0;"
                                            "verticalAlign=top;align=left;spacingLeft=4;"
                                            "fontSize=10;strokeColor=%1;")
                                 .arg(theme.zoneBorder.name()),
                             *rect, env.id);
    }
}

void writeElements(DrawioCells& cells, const Topology& t, const DrawioScope& scope,
                   const Theme& theme)
{
    const QString card = QStringLiteral("rounded=1");
    for (const Server& s : t.servers) {
        if (!scope.holds(s.id) || !s.layout)
            continue;
        const QColor accent = s.roles.empty() ? theme.cardBorder : theme.roleColor(s.roles.front());
        cells.vertex(s.id,
                     lines({qstr(s.name), rolesText(s), hardwareText(s.hardware), qstr(s.os)}),
                     shapeStyle(card, theme.cardFill, accent), serverRect(s), s.environment);
    }
    for (const LoadBalancer& lb : t.loadBalancers) {
        if (!scope.holds(lb.id) || !lb.layout)
            continue;
        const QString policy =
            QStringLiteral("Load balancer · %1%2")
                .arg(qstr(std::string(toString(lb.policy))),
                     lb.stickySessions ? QStringLiteral(" · sticky") : QString());
        cells.vertex(lb.id, lines({qstr(lb.name), policy}),
                     shapeStyle(QStringLiteral("shape=hexagon;perimeter=hexagonPerimeter2"),
                                theme.cardFill, theme.cardBorder),
                     nodeRect(lb.layout), lb.environment);
    }
    for (const MessageQueue& mq : t.messageQueues) {
        if (!scope.holds(mq.id) || !mq.layout)
            continue;
        cells.vertex(mq.id,
                     lines({qstr(mq.name), QStringLiteral("RabbitMQ %1 · %2 node(s)")
                                               .arg(qstr(mq.version), QString::number(mq.nodes))}),
                     shapeStyle(QStringLiteral("shape=process"), theme.cardFill, theme.cardBorder),
                     nodeRect(mq.layout), mq.environment);
    }
    for (const Database& db : t.databases) {
        if (!scope.holds(db.id) || !db.layout)
            continue;
        cells.vertex(
            db.id,
            lines({qstr(db.name),
                   QStringLiteral("%1 · %2 node(s) · %3")
                       .arg(qstr(std::string(toString(db.engine))), QString::number(db.nodes),
                            qstr(std::string(toString(db.haMode)))),
                   hardwareText(db.hardware)}),
            shapeStyle(QStringLiteral("shape=cylinder3;size=8"), theme.cardFill, theme.cardBorder),
            nodeRect(db.layout));
    }
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
    xml.writeStartElement(QStringLiteral("mxfile"));
    xml.writeAttribute(QStringLiteral("host"), QStringLiteral("Topology Designer"));
    xml.writeAttribute(QStringLiteral("agent"), QStringLiteral(TOPO_GENERATOR));
    xml.writeStartElement(QStringLiteral("diagram"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("topology"));
    xml.writeAttribute(QStringLiteral("name"), qstr(topology.name));
    xml.writeStartElement(QStringLiteral("mxGraphModel"));
    for (const auto& [name, value] :
         {std::pair{"grid", "1"}, std::pair{"gridSize", "10"}, std::pair{"guides", "1"},
          std::pair{"connect", "1"}, std::pair{"arrows", "1"}, std::pair{"fold", "1"},
          std::pair{"page", "0"}, std::pair{"math", "0"}, std::pair{"shadow", "0"}})
        xml.writeAttribute(QLatin1String(name), QLatin1String(value));
    xml.writeStartElement(QStringLiteral("root"));
    xml.writeEmptyElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("0"));
    xml.writeEmptyElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("0"));

    DrawioCells cells(xml);
    // Sites and notes belong to no environment: only the whole design or a selection has them.
    for (const Site& site : topology.sites)
        if (site.layout && scope.holds(site.id))
            cells.vertex(site.id, qstr(site.name),
                         QStringLiteral("rounded=1;dashed=1;html=0;verticalAlign=top;"
                                        "align=left;spacingLeft=8;fillColor=%1;strokeColor=%2;")
                             .arg(theme.siteFill.name(), theme.zoneBorder.name()),
                         toQRect(*site.layout));
    writeEnvironments(cells, topology, scope, theme);
    writeElements(cells, topology, scope, theme);
    for (const Note& note : topology.notes)
        if (scope.holds(note.id))
            cells.vertex(
                note.id, qstr(note.text),
                shapeStyle(QStringLiteral("shape=note;size=14"), theme.noteFill, theme.noteBorder),
                toQRect(note.layout));
    int index = 0;
    for (const Connection& connection : deriveConnections(topology))
        cells.edge(++index, connection, edgeStyle(connection.kind, theme));

    xml.writeEndDocument();
    return bytes;
}

} // namespace topo
