#include "core/edit/TidyUp.h"

#include "core/edit/ElementArrays.h"
#include "core/edit/ElementLookup.h"
#include "core/layout/AutoLayout.h"
#include "core/layout/FrameGeometry.h"
#include "core/layout/LayoutConstants.h"

#include <unordered_set>

namespace topo {
namespace {

void fitFrame(const Topology& topology, Environment& env)
{
    if (!env.layout)
        return;
    if (const auto content = layout::contentBounds(topology, env)) {
        env.layout = layout::frameAround(*content);
        return;
    }
    env.layout->width = layout::kEnvironmentMinWidth;
    env.layout->height = layout::kEnvironmentMinHeight;
}

} // namespace

TopologyPatch tidyUp(const Topology& topology, const std::vector<std::string>& environmentIds)
{
    Topology after = topology;
    std::unordered_set<std::string> framed;
    for (const std::string& id : environmentIds)
        if (const Environment* env = findById(topology.environments, id); env && env->layout)
            framed.insert(id);
    // Every card of those environments loses its place, then gets one as a new design's
    // would, below the frame's title band.
    std::vector<std::string> cards;
    forEachArray(after, [&](auto& items) {
        for (auto& item : items)
            if constexpr (requires { item.layout.reset(); })
                if (framed.count(environmentOf(topology, item.id)) &&
                    !findById(topology.environments, item.id)) {
                    item.layout.reset();
                    cards.push_back(item.id);
                }
    });
    AutoLayout::placeOnly(after, cards);
    for (Environment& env : after.environments)
        if (framed.count(env.id))
            fitFrame(after, env);
    return TopologyPatch::between(topology, after);
}

TopologyPatch fitFramesToContent(const Topology& topology,
                                 const std::vector<std::string>& environmentIds)
{
    Topology after = topology;
    const std::unordered_set<std::string> wanted(environmentIds.begin(), environmentIds.end());
    for (Environment& env : after.environments)
        if (wanted.count(env.id))
            fitFrame(after, env);
    return TopologyPatch::between(topology, after);
}

} // namespace topo
