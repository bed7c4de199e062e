#pragma once

#include <QByteArray>
#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

namespace topo::test {

// One mxCell of a draw.io file as read back with an XML parser.
struct DrawioCell {
    QString id;
    QString value;
    QString style;
    QString parent;
    QString source;
    QString target;
    bool edge = false;
    bool vertex = false;
    QRectF geometry;                              // relative to the parent, as written
    std::vector<QPointF> points;                  // an edge's waypoints, relative to its parent
    QString styleValue(const QString& key) const; // "" when the style does not set `key`
};

// The cells of a file by id, in file order in `order`; `error` tells a parse error.
struct DrawioFile {
    QHash<QString, DrawioCell> cells;
    QStringList order;
    QString error;
    QStringList duplicateIds;
    // Where a cell's geometry lies on the page: its own plus that of every parent above it.
    QPointF absoluteOrigin(const QString& parentId) const;
};
DrawioFile readDrawio(const QByteArray& bytes);

} // namespace topo::test
