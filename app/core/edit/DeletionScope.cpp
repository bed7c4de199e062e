#include "core/edit/DeletionScope.h"

#include <algorithm>
#include <unordered_set>

namespace topo {

std::vector<std::string> usedOnlyBy(const Topology& topology, const std::vector<std::string>& ids)
{
    const std::unordered_set<std::string> deleted(ids.begin(), ids.end());
    std::vector<std::string> left;
    for (const Database& db : topology.databases) {
        if (deleted.count(db.id) || db.catalogs.empty())
            continue;
        if (std::all_of(db.catalogs.begin(), db.catalogs.end(),
                        [&](const Catalog& c) { return deleted.count(c.environment) > 0; }))
            left.push_back(db.id);
    }
    return left;
}

} // namespace topo
