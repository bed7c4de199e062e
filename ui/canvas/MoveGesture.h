#pragma once

#include "core/edit/TopologyPatch.h"
#include "ui/canvas/AlignmentGuides.h"

#include <QPointF>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

class QGraphicsItem;

namespace topo {

class CanvasScene;

// The edit one gesture produces: one undo step.
struct CanvasEdit {
    TopologyPatch patch;
    QString text;
};

// A drag of the selected items. While the mouse moves only the items move (snapped to the
// grid, or to alignment guides; an environment carries its content); on release the gesture becomes
// one patch: the moves, and the servers, load balancers and queues dropped into another
// environment's frame joining it.
class MoveGesture {
public:
    MoveGesture(CanvasScene& scene, const QPointF& start, const std::vector<std::string>& ids,
                const std::string& anchorId);

    // Moves the items with the mouse: snapped to the grid, or to an alignment with another
    // element within `tolerance` scene units (AlignmentGuides).
    void update(const QPointF& scenePos, double tolerance);
    // The guide lines the last update showed.
    const std::vector<QLineF>& guideLines() const { return m_guides->lines(); }
    bool moved() const { return m_offset != QPointF(); }
    // Every element and zone the gesture carries: what it drags and what frames hold.
    const std::unordered_set<std::string>& carriedIds() const { return m_carriedIds; }
    // The gesture's edit; nullopt when nothing changed.
    std::optional<CanvasEdit> finish() const;
    // Puts the items back where the model has them (an aborted drag).
    void cancel();

private:
    struct Carried {
        QGraphicsItem* item;
        QPointF origin;
    };

    CanvasScene& m_scene;
    QPointF m_start;
    QPointF m_anchorOrigin;
    std::vector<std::string> m_ids; // what the user drags (not what it carries)
    std::vector<Carried> m_carried;
    std::unordered_set<std::string> m_carriedIds;
    QPointF m_offset;
    std::unique_ptr<AlignmentGuides> m_guides;
};

} // namespace topo
