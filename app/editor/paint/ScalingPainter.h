#pragma once

#include "core/analysis/EnvironmentAnalysis.h"
#include "core/model/Topology.h"
#include "editor/paint/ScalingElements.h"
#include "editor/paint/ScalingLayout.h"
#include "editor/paint/Theme.h"

#include <QRectF>
#include <QString>

#include <string>
#include <vector>

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
    explicit ScalingPainter(const Topology& topology, const std::string& environment = {});
    // From analyses already worked out (Document::analysis): the environments they are of,
    // in their order. Only the elements of those environments are kept (ScalingElements).
    ScalingPainter(const Topology& topology, std::vector<EnvironmentAnalysis> analyses);

    bool isEmpty() const { return m_layout.environments().empty(); }
    QRectF bounds() const { return m_layout.bounds(); }
    const ScalingLayout& layout() const { return m_layout; }
    // The servers and balancers the cards are drawn from.
    const paint::ScalingElements& elements() const { return m_elements; }
    // The front-end servers shown (every environment shown), each once however many
    // clusters draw it.
    int frontEndNodes() const;
    // The figures of each environment shown, in drawing order: the picture draws from them.
    const std::vector<EnvironmentAnalysis>& analyses() const { return m_analyses; }
    // The line in the header of environment `index`: front-ends, capacity, per-core figure
    // and expected load.
    QString headerSummary(std::size_t index) const;
    // How the figure under `scenePoint` is worked out (the header's capacity, a cluster's
    // capacity and next node, the controller's guidance); "" where there is no figure.
    QString toolTipAt(const QPointF& scenePoint) const;

    // `background`: fill the bounds with the theme's background first.
    void paint(QPainter& p, const Theme& theme, bool background = true) const;

private:
    paint::ScalingElements m_elements;
    std::vector<EnvironmentAnalysis> m_analyses;
    ScalingLayout m_layout;
};

} // namespace topo
