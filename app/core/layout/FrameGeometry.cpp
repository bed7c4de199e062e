#include "core/layout/FrameGeometry.h"

#include "core/layout/Geometry.h"
#include "core/layout/LayoutConstants.h"

#include <algorithm>
#include <cmath>

namespace topo::layout {

double snapUp(double value)
{
    return std::ceil(value / kGrid) * kGrid;
}

Rect paddedAround(const Rect& content)
{
    const Rect padded =
        adjusted(content, kEnvironmentPadding, kEnvironmentHeaderHeight + kEnvironmentPadding,
                 kEnvironmentPadding, kEnvironmentPadding);
    const double left = std::floor(padded.x / kGrid) * kGrid;
    const double top = std::floor(padded.y / kGrid) * kGrid;
    return Rect{left, top, snapUp(padded.x + padded.width) - left,
                snapUp(padded.y + padded.height) - top};
}

Rect frameAround(const Rect& content)
{
    Rect frame = paddedAround(content);
    frame.width = std::max(frame.width, kEnvironmentMinWidth);
    frame.height = std::max(frame.height, kEnvironmentMinHeight);
    return frame;
}

Rect contentArea(const Rect& frame)
{
    return adjusted(frame, -kEnvironmentPadding, -kEnvironmentHeaderHeight, -kEnvironmentPadding,
                    -kEnvironmentPadding);
}

std::optional<Rect> contentBounds(const Topology& topology, const Environment& environment)
{
    std::optional<Rect> box;
    auto add = [&](const std::optional<Rect>& r) {
        if (r)
            box = box ? united(*box, *r) : *r;
    };
    for (const Server& s : topology.servers)
        if (s.environment == environment.id && s.layout)
            add(serverCard(*s.layout));
    auto addNodes = [&](const auto& items, auto belongs) {
        for (const auto& item : items)
            if (item.layout && belongs(item))
                add(nodeCard(*item.layout));
    };
    auto own = [&](const auto& item) { return item.environment == environment.id; };
    addNodes(topology.loadBalancers, own);
    addNodes(topology.messageQueues, own);
    addNodes(topology.databases, [&](const Database& db) {
        return !db.catalogs.empty() && db.catalogs.front().environment == environment.id;
    });
    return box;
}

} // namespace topo::layout
