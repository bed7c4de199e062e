#pragma once

#include <QPointF>
#include <QString>

namespace topo {

class CanvasScene;

// The tooltip of the element or zone under `scenePos`: what it is and the findings naming
// it; empty over the background.
QString itemToolTip(const CanvasScene& scene, const QPointF& scenePos);

} // namespace topo
