#pragma once

#include "core/edit/ElementLookup.h"
#include "core/model/Topology.h"

#include <string>
#include <string_view>
#include <vector>

namespace topo {

// What of an element a search text was found in.
enum class SearchField { Name, Id, Role, HostName, Text };

// One element a search finds.
struct SearchHit {
    std::string id;
    ElementKind kind = ElementKind::Server;
    std::string name;        // the element's name (a note's first line)
    std::string environment; // the environment id it belongs to, or ""
    SearchField field = SearchField::Name;
    bool operator==(const SearchHit&) const = default;
};

// True when `text` holds `query`, ignoring the case of ASCII letters ("" is in every text).
bool containsIgnoringCase(std::string_view text, std::string_view query);

// The elements and zones whose name, id, server role, host name or note text holds `query`
// (case-insensitive substring; surrounding spaces ignored), in reading order: environments
// and their zones, servers, load balancers, databases, queues, sites, notes, each in file
// order. Roles match in the file's spelling and in words ("front-end", "deployment
// controller", "scheduler"); host names are the names of the servers a queue runs on and the
// zones' addresses. An empty query finds nothing.
std::vector<SearchHit> searchElements(const Topology& topology, std::string_view query);

} // namespace topo
