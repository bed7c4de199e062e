#pragma once

#include "core/model/Topology.h"

#include <string>
#include <string_view>
#include <unordered_set>

namespace topo {

// Hands out fresh ids and readable names for new elements of one topology: ids derived from
// the name ("FE-04" -> "fe-04"), names continuing the numbering already used (FE-04 after
// FE-03). Everything it returns is reserved, so one allocator serves a whole paste.
class NameAllocator {
public:
    explicit NameAllocator(const Topology& topology);

    // A valid id (file-format.md) not used by any element or zone, readable from `name`.
    std::string freshId(std::string_view name);

    // The next server name of an environment: the numbering its front-ends follow (most
    // common prefix, e.g. "PROD-" in PROD-01..03), else "<TAG>-FE-01" (environmentTag).
    std::string nextServerName(const std::string& environmentId);

    // The next free name in the numbering of `name`: "FE-03" -> "FE-04" (or higher when
    // taken), "PROD-DC" -> "PROD-DC-2". Case-insensitive against every element's name.
    std::string nextNameLike(std::string_view name);

    // `name` itself when free, else nextNameLike(name).
    std::string uniqueName(std::string_view name);

    // The same for the title of a frame (an environment, a site), numbered as titles read:
    // "Production" -> "Production 2", "Production 2" -> "Production 3".
    std::string uniqueTitle(std::string_view name);

    bool nameTaken(std::string_view name) const;

private:
    void reserveName(const std::string& name);

    const Topology& m_topology;
    std::unordered_set<std::string> m_ids;
    std::unordered_set<std::string> m_names; // lower case
};

} // namespace topo
