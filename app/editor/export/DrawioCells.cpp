#include "editor/export/DrawioCells.h"

#include "editor/export/ExportText.h"

#include <QXmlStreamWriter>

#include <unordered_set>

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

bool DrawioCells::isContainer(const std::string& id) const
{
    return m_isContainer.count(id) > 0;
}

void DrawioCells::vertex(const std::string& id, const QString& label, const QString& style,
                         const QRectF& rect, const std::string& parent)
{
    const std::string kept = isContainer(parent) ? parent : std::string();
    const QPointF origin = kept.empty() ? QPointF() : m_rects.at(kept).topLeft();
    Cell cell;
    cell.id = qstr(id);
    cell.parent = kept.empty() ? kTopLevel : qstr(kept);
    cell.value = label;
    cell.style = style;
    cell.rect = rect.translated(-origin);
    m_cells.push_back(cell);
    m_rects[id] = rect;
    m_parent[id] = kept;
}

void DrawioCells::container(const std::string& id, const QString& label, const QString& style,
                            const QRectF& rect, const std::string& parent, Under under)
{
    vertex(id, label, style, rect, parent);
    m_cells.back().container = true;
    m_cells.back().underLines = under == Under::Lines;
    m_isContainer[id] = true;
}

void DrawioCells::edge(const QString& id, const Connection& connection, const QPolygonF& route,
                       const QString& style)
{
    const auto from = m_rects.find(connection.from);
    const auto to = m_rects.find(connection.to);
    if (from == m_rects.end() || to == m_rects.end() || route.size() < 2)
        return;
    const std::string parent = edgeParent(connection.from, connection.to, route);
    const QPointF origin = parent.empty() ? QPointF() : m_rects.at(parent).topLeft();
    Cell cell;
    cell.id = id;
    cell.parent = parent.empty() ? kTopLevel : qstr(parent);
    cell.style = style +
                 constraint(QStringLiteral("exit"), relativeTo(from->second, route.front())) +
                 constraint(QStringLiteral("entry"), relativeTo(to->second, route.back()));
    cell.source = qstr(connection.from);
    cell.target = qstr(connection.to);
    for (qsizetype i = 1; i + 1 < route.size(); ++i)
        cell.points.append(route[i] - origin);
    m_cells.push_back(cell);
}

void DrawioCells::write(QXmlStreamWriter& xml) const
{
    writeChildren(xml, kTopLevel);
}

void DrawioCells::writeChildren(QXmlStreamWriter& xml, const QString& parent) const
{
    auto writeTree = [&](const Cell& cell) {
        writeCell(xml, cell);
        if (cell.container)
            writeChildren(xml, cell.id);
    };
    auto isEdge = [](const Cell& cell) { return !cell.source.isEmpty(); };
    for (const Cell& cell : m_cells)
        if (cell.parent == parent && cell.underLines)
            writeTree(cell);
    for (const Cell& cell : m_cells)
        if (cell.parent == parent && isEdge(cell))
            writeCell(xml, cell);
    for (const Cell& cell : m_cells)
        if (cell.parent == parent && !cell.underLines && !isEdge(cell))
            writeTree(cell);
}

void DrawioCells::writeCell(QXmlStreamWriter& xml, const Cell& cell)
{
    const bool edge = !cell.source.isEmpty();
    xml.writeStartElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), cell.id);
    if (!edge)
        xml.writeAttribute(QStringLiteral("value"), cell.value);
    xml.writeAttribute(QStringLiteral("style"), cell.style);
    xml.writeAttribute(edge ? QStringLiteral("edge") : QStringLiteral("vertex"),
                       QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("parent"), cell.parent);
    if (edge) {
        xml.writeAttribute(QStringLiteral("source"), cell.source);
        xml.writeAttribute(QStringLiteral("target"), cell.target);
    }
    xml.writeStartElement(QStringLiteral("mxGeometry"));
    if (edge) {
        xml.writeAttribute(QStringLiteral("relative"), QStringLiteral("1"));
    } else {
        xml.writeAttribute(QStringLiteral("x"), numberText(cell.rect.x()));
        xml.writeAttribute(QStringLiteral("y"), numberText(cell.rect.y()));
        xml.writeAttribute(QStringLiteral("width"), numberText(cell.rect.width()));
        xml.writeAttribute(QStringLiteral("height"), numberText(cell.rect.height()));
    }
    xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
    if (!cell.points.isEmpty()) {
        xml.writeStartElement(QStringLiteral("Array"));
        xml.writeAttribute(QStringLiteral("as"), QStringLiteral("points"));
        for (const QPointF& point : cell.points) {
            xml.writeEmptyElement(QStringLiteral("mxPoint"));
            xml.writeAttribute(QStringLiteral("x"), numberText(point.x()));
            xml.writeAttribute(QStringLiteral("y"), numberText(point.y()));
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
}

// The innermost container holding both ends. A line that stays within the frame of its
// source but ends on a shape outside every frame (a shared database drawn over the frame's
// edge) belongs to that frame rather than to the top level: draw.io stacks each parent's
// children in file order, and only inside the frame can the line run under the frame's
// cards, as in the picture. A line crossing into other frames stays at the top level, over
// them.
std::string DrawioCells::edgeParent(const std::string& from, const std::string& to,
                                    const QPolygonF& route) const
{
    if (std::string parent = commonParent(from, to); !parent.empty())
        return parent;
    std::string frame;
    for (auto it = m_parent.find(from); it != m_parent.end() && !it->second.empty();
         it = m_parent.find(it->second))
        frame = it->second;
    if (!frame.empty() && m_rects.at(frame).contains(route.boundingRect()))
        return frame;
    return {};
}

std::string DrawioCells::commonParent(const std::string& a, const std::string& b) const
{
    std::unordered_set<std::string> aboveA;
    for (auto it = m_parent.find(a); it != m_parent.end() && !it->second.empty();
         it = m_parent.find(it->second))
        aboveA.insert(it->second);
    for (auto it = m_parent.find(b); it != m_parent.end() && !it->second.empty();
         it = m_parent.find(it->second))
        if (aboveA.count(it->second))
            return it->second;
    return {};
}

} // namespace topo
