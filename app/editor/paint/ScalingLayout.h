#pragma once

#include "core/analysis/ScalingPlan.h"

#include <QRectF>

#include <array>
#include <optional>
#include <vector>

namespace topo {

// Where one front-end cluster is drawn: its balancer above its nodes, the dashed next node
// after them, the caption under them.
struct ClusterLayout {
    QRectF box;
    std::optional<QRectF> balancer;
    QRectF heading; // "not behind a load balancer", when there is no balancer
    std::vector<QRectF> nodes;
    std::optional<QRectF> next;
    QRectF caption;
    bool operator==(const ClusterLayout&) const = default;
};

// The deployment controller: its card, one column each for cores, RAM and disk, the arrow
// and the dashed next size up.
struct ControllerLayout {
    QRectF body;
    QRectF card;
    std::array<QRectF, 3> columns; // the tracks; values above, names below
    QRectF arrow;
    QRectF next;
    QRectF caption;
    bool operator==(const ControllerLayout&) const = default;
};

// One deployment zone with its scheduler nodes and the dashed next one.
struct ZoneLayout {
    QRectF box;
    QRectF title;
    std::vector<QRectF> chips;
    std::optional<QRectF> next;
    QRectF message; // shown instead of chips when the zone has no scheduler
    bool operator==(const ZoneLayout&) const = default;
};

struct EnvironmentLayout {
    EnvironmentScaling plan;
    QRectF frame;
    QRectF header;
    QRectF frontEndsTitle;
    std::vector<ClusterLayout> clusters;
    QRectF controllerTitle;
    ControllerLayout controller;
    QRectF timersTitle;
    std::vector<ZoneLayout> zones;
};

// The geometry of the scaling picture, in scene units: environments stacked top to bottom,
// each with its front-ends (scale out), its controller (scale up) and its timers per zone.
// Pure arithmetic over the plan, so that the painter only draws and tests can measure.
class ScalingLayout {
public:
    explicit ScalingLayout(std::vector<EnvironmentScaling> plan);

    const std::vector<EnvironmentLayout>& environments() const { return m_environments; }
    QRectF bounds() const { return m_bounds; }

private:
    std::vector<EnvironmentLayout> m_environments;
    QRectF m_bounds;
};

} // namespace topo
