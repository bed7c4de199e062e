#pragma once

#include "model/Topology.h"
#include "paint/ScalingLayout.h"
#include "paint/Theme.h"

#include <QRectF>

#include <string>

class QPainter;

namespace topo {

// Draws the scaling picture of a design, or of one of its environments: front-end clusters
// behind their balancers with the dashed next node (scale out), the deployment controller's
// cores, RAM and disk against the sizing guidance with the next size up (scale up), and the
// nodes carrying timers in each deployment zone. Works in scene units with the topology
// painter's cards and theme, so the designer's dock and every export show the same picture.
class ScalingPainter {
public:
    // `environment` "" draws every environment, stacked in file order.
    explicit ScalingPainter(Topology topology, const std::string& environment = {});

    bool isEmpty() const { return m_layout.environments().empty(); }
    QRectF bounds() const { return m_layout.bounds(); }
    const ScalingLayout& layout() const { return m_layout; }
    // The front-end nodes drawn (every environment shown).
    int frontEndNodes() const;

    // `background`: fill the bounds with the theme's background first.
    void paint(QPainter& p, const Theme& theme, bool background = true) const;

private:
    Topology m_topology;
    ScalingLayout m_layout;
};

} // namespace topo
