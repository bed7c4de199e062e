#include "core/layout/ReadingOrder.h"

#include "core/edit/ElementArrays.h"
#include "core/edit/ElementLookup.h"
#include "core/layout/Geometry.h"

#include <algorithm>
#include <map>

namespace topo::layout {
namespace {

struct Placed {
    std::string id;
    Rect rect;
};

// Lines first (a new line starts where a top lies below half of the line's first item),
// then left to right within each line.
void sortForReading(std::vector<Placed>& items)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const Placed& a, const Placed& b) { return a.rect.y < b.rect.y; });
    std::vector<int> line(items.size(), 0);
    double lineTop = 0;
    double lineReach = 0;
    int current = -1;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (current < 0 || items[i].rect.y >= lineReach) {
            ++current;
            lineTop = items[i].rect.y;
            lineReach = lineTop + std::max(1.0, items[i].rect.height / 2);
        }
        line[i] = current;
    }
    std::vector<std::pair<int, Placed>> keyed;
    for (std::size_t i = 0; i < items.size(); ++i)
        keyed.emplace_back(line[i], items[i]);
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second.rect.x < b.second.rect.x;
    });
    for (std::size_t i = 0; i < items.size(); ++i)
        items[i] = keyed[i].second;
}

} // namespace

std::vector<std::string> readingOrder(const Topology& topology)
{
    std::vector<Placed> environments;
    std::map<std::string, std::vector<Placed>> content; // by environment id
    std::vector<Placed> loose;
    forEachArray(topology, [&](const auto& items) {
        using T = typename std::decay_t<decltype(items)>::value_type;
        for (const auto& item : items) {
            const auto rect = elementRect(topology, item.id);
            if (!rect)
                continue;
            if constexpr (std::is_same_v<T, Environment>) {
                environments.push_back({item.id, *rect});
            } else {
                const std::string env = environmentOf(topology, item.id);
                const Environment* frame = findById(topology.environments, env);
                if (frame && frame->layout)
                    content[env].push_back({item.id, *rect});
                else
                    loose.push_back({item.id, *rect});
            }
        }
    });
    sortForReading(environments);
    sortForReading(loose);
    std::vector<std::string> order;
    for (const Placed& env : environments) {
        order.push_back(env.id);
        std::vector<Placed>& inside = content[env.id];
        sortForReading(inside);
        for (const Placed& p : inside)
            order.push_back(p.id);
    }
    for (const Placed& p : loose)
        order.push_back(p.id);
    return order;
}

} // namespace topo::layout
