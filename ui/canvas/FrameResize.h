#pragma once

#include "ui/canvas/MoveGesture.h"

#include <QRectF>

#include <optional>
#include <string>
#include <vector>

namespace topo {

class CanvasScene;
class ElementItem;

// The handles of a selected environment frame: squares at its corners and at the middles of
// its edges, drawn inside the frame, `size` scene units wide (a few pixels at any zoom).
std::vector<QRectF> frameHandleRects(const QRectF& frame, double size);
// The edges a press at `scenePos` takes hold of: those of the handle under it, none
// elsewhere.
Qt::Edges frameHandleAt(const QRectF& frame, const QPointF& scenePos, double size);
// The mouse pointer over a handle holding `edges`.
Qt::CursorShape resizeCursor(Qt::Edges edges);

// A drag of a frame's handle. While the mouse moves only the frame's item changes; the edges
// it holds follow the mouse on the grid, never closer to the frame's content than its
// padding and title band, and never below the smallest frame. On release the gesture becomes
// one patch replacing the environment's frame (its neighbours are pushed aside by
// keepFramesApart, as for every canvas edit).
class FrameResizeGesture {
public:
    FrameResizeGesture(CanvasScene& scene, ElementItem& frame, Qt::Edges edges,
                       const QPointF& start);

    void update(const QPointF& scenePos);
    const QRectF& rect() const { return m_rect; }
    // The edit; nullopt when the frame kept its size.
    std::optional<CanvasEdit> finish() const;
    // Puts the item back as the model has it.
    void cancel();

private:
    CanvasScene& m_scene;
    std::string m_id;
    Qt::Edges m_edges;
    QPointF m_start;
    QRectF m_origin;
    QRectF m_rect;
    std::optional<QRectF> m_needed; // what the frame must cover: its padded content
};

} // namespace topo
