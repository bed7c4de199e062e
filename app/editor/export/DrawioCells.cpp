#include "export/DrawioCells.h"

#include "export/ExportText.h"

#include <QXmlStreamWriter>

namespace topo {
namespace {

const QString kTopLevel = QStringLiteral("1");

// Where `point` lies on `rect`, as draw.io's exitX/exitY (0 = left or top, 1 = right or
// bottom).
QPointF relativeTo(const QRectF& rect, const QPointF& point)
{
    return {rect.width() > 0 ? (point.x() - rect.left()) / rect.width() : 0.5,
            rect.height() > 0 ? (point.y() - rect.top()) / rect.height() : 0.5};
}

QString constraint(const QString& prefix, const QPointF& at)
{
    return QStringLiteral("%1X=%2;%1Y=%3;%1Dx=0;%1Dy=0;%1Perimeter=0;")
        .arg(prefix, numberText(at.x()), numberText(at.y()));
}

} // namespace

void DrawioCells::vertex(const std::string& id, const QString& label, const QString& style,
                         const QRectF& rect, const std::string& parent)
{
    const std::string kept = isContainer(parent) ? parent : std::string();
    const QString parentId = kept.empty() ? kTopLevel : qstr(kept);
    m_xml.writeStartElement(QStringLiteral("mxCell"));
    m_xml.writeAttribute(QStringLiteral("id"), qstr(id));
    m_xml.writeAttribute(QStringLiteral("value"), label);
    m_xml.writeAttribute(QStringLiteral("style"), style);
    m_xml.writeAttribute(QStringLiteral("vertex"), QStringLiteral("1"));
    m_xml.writeAttribute(QStringLiteral("parent"), parentId);
    geometry(rect.translated(-originOf(parentId)));
    m_xml.writeEndElement();
    m_rects[id] = rect;
    m_parent[id] = kept;
}

void DrawioCells::container(const std::string& id, const QString& label, const QString& style,
                            const QRectF& rect, const std::string& parent)
{
    vertex(id, label, style, rect, parent);
    m_containers.insert(id);
}

void DrawioCells::edge(const QString& id, const Connection& connection, const QPolygonF& route,
                       const QString& style)
{
    const auto from = m_rects.find(connection.from);
    const auto to = m_rects.find(connection.to);
    if (from == m_rects.end() || to == m_rects.end() || route.size() < 2)
        return;
    const QString parent = commonParent(connection.from, connection.to);
    const QPointF origin = originOf(parent);
    m_xml.writeStartElement(QStringLiteral("mxCell"));
    m_xml.writeAttribute(QStringLiteral("id"), id);
    m_xml.writeAttribute(
        QStringLiteral("style"),
        style + constraint(QStringLiteral("exit"), relativeTo(from->second, route.front())) +
            constraint(QStringLiteral("entry"), relativeTo(to->second, route.back())));
    m_xml.writeAttribute(QStringLiteral("edge"), QStringLiteral("1"));
    m_xml.writeAttribute(QStringLiteral("parent"), parent);
    m_xml.writeAttribute(QStringLiteral("source"), qstr(connection.from));
    m_xml.writeAttribute(QStringLiteral("target"), qstr(connection.to));
    m_xml.writeStartElement(QStringLiteral("mxGeometry"));
    m_xml.writeAttribute(QStringLiteral("relative"), QStringLiteral("1"));
    m_xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
    if (route.size() > 2) {
        m_xml.writeStartElement(QStringLiteral("Array"));
        m_xml.writeAttribute(QStringLiteral("as"), QStringLiteral("points"));
        for (qsizetype i = 1; i + 1 < route.size(); ++i) {
            m_xml.writeEmptyElement(QStringLiteral("mxPoint"));
            m_xml.writeAttribute(QStringLiteral("x"), numberText(route[i].x() - origin.x()));
            m_xml.writeAttribute(QStringLiteral("y"), numberText(route[i].y() - origin.y()));
        }
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
    m_xml.writeEndElement();
}

QString DrawioCells::commonParent(const std::string& a, const std::string& b) const
{
    std::unordered_set<std::string> aboveA;
    for (auto it = m_parent.find(a); it != m_parent.end() && !it->second.empty();
         it = m_parent.find(it->second))
        aboveA.insert(it->second);
    for (auto it = m_parent.find(b); it != m_parent.end() && !it->second.empty();
         it = m_parent.find(it->second))
        if (aboveA.count(it->second))
            return qstr(it->second);
    return kTopLevel;
}

QPointF DrawioCells::originOf(const QString& parent) const
{
    const auto it = m_rects.find(parent.toStdString());
    return parent == kTopLevel || it == m_rects.end() ? QPointF() : it->second.topLeft();
}

void DrawioCells::geometry(const QRectF& rect)
{
    m_xml.writeStartElement(QStringLiteral("mxGeometry"));
    m_xml.writeAttribute(QStringLiteral("x"), numberText(rect.x()));
    m_xml.writeAttribute(QStringLiteral("y"), numberText(rect.y()));
    m_xml.writeAttribute(QStringLiteral("width"), numberText(rect.width()));
    m_xml.writeAttribute(QStringLiteral("height"), numberText(rect.height()));
    m_xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
    m_xml.writeEndElement();
}

} // namespace topo
