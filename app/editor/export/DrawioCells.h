#pragma once

#include "editor/paint/DerivedConnections.h"

#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <string>
#include <unordered_map>
#include <vector>

class QXmlStreamWriter;

namespace topo {

// The mxCells of one mxGraphModel. Rectangles and routes are given in scene coordinates;
// draw.io places a container's children, and the waypoints of an edge, relative to their
// parent, so the cells remember where each container sits. draw.io draws the children of a
// parent in file order: write() puts each parent's lines after its frames (environments)
// and before its other shapes, so that lines run over frames and under cards as in the
// picture.
class DrawioCells {
public:
    // A shape inside `parent`; a parent that was not added as a container means the top
    // level.
    void vertex(const std::string& id, const QString& label, const QString& style,
                const QRectF& rect, const std::string& parent = {});
    // A shape that holds the cells naming it as their parent; a frame lies under the lines
    // of its own parent.
    enum class Under { Nothing, Lines };
    void container(const std::string& id, const QString& label, const QString& style,
                   const QRectF& rect, const std::string& parent = {},
                   Under under = Under::Nothing);
    bool isContainer(const std::string& id) const;

    // An edge along `route`: it leaves its source and enters its target where the route
    // does, bends at the route's inner points (waypoints, no re-routing by draw.io) and
    // belongs to the innermost container holding both ends (edgeParent()). Left out when an
    // end is missing.
    void edge(const QString& id, const Connection& connection, const QPolygonF& route,
              const QString& style);

    // Every cell, parents before their children.
    void write(QXmlStreamWriter& xml) const;

private:
    struct Cell {
        QString id;
        QString parent;
        QString value;
        QString style;
        QRectF rect; // relative to the parent; edges: unused
        bool container = false;
        bool underLines = false;
        // Edges only:
        QString source;
        QString target;
        QPolygonF points; // waypoints relative to the parent
    };
    void writeChildren(QXmlStreamWriter& xml, const QString& parent) const;
    static void writeCell(QXmlStreamWriter& xml, const Cell& cell);
    std::string commonParent(const std::string& a, const std::string& b) const;
    std::string edgeParent(const std::string& from, const std::string& to,
                           const QPolygonF& route) const;

    std::vector<Cell> m_cells;
    std::unordered_map<std::string, QRectF> m_rects;       // shapes, scene coordinates
    std::unordered_map<std::string, std::string> m_parent; // "" for the top level
    std::unordered_map<std::string, bool> m_isContainer;
};

} // namespace topo
