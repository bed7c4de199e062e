#include "Tidiness.h"

#include "core/edit/ElementArrays.h"
#include "core/edit/ElementLookup.h"
#include "core/layout/FrameGeometry.h"
#include "core/layout/Geometry.h"

#include <utility>

namespace topo::test {

std::vector<std::string> untidiness(const Topology& t)
{
    std::vector<std::string> found;
    for (std::size_t i = 0; i < t.environments.size(); ++i)
        for (std::size_t j = i + 1; j < t.environments.size(); ++j)
            if (t.environments[i].layout && t.environments[j].layout &&
                layout::overlaps(*t.environments[i].layout, *t.environments[j].layout))
                found.push_back(t.environments[i].id + " overlaps " + t.environments[j].id);
    std::vector<std::pair<std::string, Rect>> cards;
    forEachArray(t, [&](const auto& items) {
        for (const auto& item : items)
            if (!findById(t.environments, item.id) && !findById(t.sites, item.id) &&
                !findById(t.notes, item.id))
                if (const auto r = layout::elementRect(t, item.id))
                    cards.emplace_back(item.id, *r);
    });
    for (std::size_t i = 0; i < cards.size(); ++i) {
        for (std::size_t j = i + 1; j < cards.size(); ++j)
            if (layout::overlaps(cards[i].second, cards[j].second))
                found.push_back(cards[i].first + " overlaps " + cards[j].first);
        const Environment* env = findById(t.environments, environmentOf(t, cards[i].first));
        if (env && env->layout &&
            !layout::contains(layout::contentArea(*env->layout), cards[i].second))
            found.push_back(cards[i].first + " outside " + env->id);
    }
    return found;
}

} // namespace topo::test
