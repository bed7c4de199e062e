#pragma once

#include <QRectF>

#include <optional>
#include <vector>

namespace topo {

class ScalingPainter;

// Where `after` is drawn differently from `before` (the same theme), in scene units: the
// server and balancer cards, clusters, controller sections, zones and environments that
// changed, each with room for the marks drawn around it. nullopt when the pictures do not
// share their layout (something moved: all of it is to be drawn again). A renamed server
// of a large environment repaints its card, not the environment.
std::optional<std::vector<QRectF>> changedAreas(const ScalingPainter& before,
                                                const ScalingPainter& after);

} // namespace topo
