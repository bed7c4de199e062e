#pragma once

#include "paint/DerivedConnections.h"

#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <string>
#include <unordered_map>
#include <unordered_set>

class QXmlStreamWriter;

namespace topo {

// Writes the mxCells of one mxGraphModel. Rectangles and routes are given in scene
// coordinates; draw.io places a container's children, and the waypoints of an edge,
// relative to their parent, so the writer remembers where each container sits.
class DrawioCells {
public:
    explicit DrawioCells(QXmlStreamWriter& xml) : m_xml(xml) {}

    // A shape inside `parent`; a parent that was not written as a container means the top
    // level.
    void vertex(const std::string& id, const QString& label, const QString& style,
                const QRectF& rect, const std::string& parent = {});
    // A shape that holds the cells naming it as their parent.
    void container(const std::string& id, const QString& label, const QString& style,
                   const QRectF& rect, const std::string& parent = {});
    bool isContainer(const std::string& id) const { return m_containers.count(id) > 0; }

    // An edge along `route`: it leaves its source and enters its target where the route
    // does, bends at the route's inner points (waypoints, no re-routing by draw.io) and
    // belongs to the innermost container holding both ends. Left out when an end is missing.
    void edge(const QString& id, const Connection& connection, const QPolygonF& route,
              const QString& style);

private:
    QString commonParent(const std::string& a, const std::string& b) const;
    QPointF originOf(const QString& parent) const;
    void geometry(const QRectF& rect);

    QXmlStreamWriter& m_xml;
    std::unordered_map<std::string, QRectF> m_rects;       // written shapes, scene coordinates
    std::unordered_map<std::string, std::string> m_parent; // "" for the top level
    std::unordered_set<std::string> m_containers;
};

} // namespace topo
