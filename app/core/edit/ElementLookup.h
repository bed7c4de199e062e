#pragma once

#include "core/edit/TopologyPatch.h"
#include "core/model/Topology.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace topo {

// The kinds of element a user can create; the palette spells them as `toString` gives.
enum class ElementKind {
    Site,
    Environment,
    Zone,
    Server,
    LoadBalancer,
    Database,
    MessageQueue,
    Note
};

std::string_view toString(ElementKind kind);
std::optional<ElementKind> parseElementKind(std::string_view text);

// The kind of the element or zone with `id`, or nullopt when nothing has that id.
std::optional<ElementKind> kindOf(const Topology& topology, std::string_view id);

// The top-level element with `id` (zones are not top-level: see findZone).
std::optional<ElementValue> findElement(const Topology& topology, std::string_view id);

// The zone with `id` and the environment holding it.
struct ZoneRef {
    const Environment* environment = nullptr;
    const Zone* zone = nullptr;
};
std::optional<ZoneRef> findZone(const Topology& topology, std::string_view id);

// The id of the top-level element named `name` (case-insensitive) when exactly one has that
// name; "" otherwise. Lets a user name an element where an id is asked for.
std::string idOfName(const Topology& topology, std::string_view name);

// True when an element or a zone has `id`.
bool containsId(const Topology& topology, std::string_view id);

// Every id in use (elements and zones).
std::unordered_set<std::string> allIds(const Topology& topology);

// The environment an element belongs to: its own for environments, servers, load balancers
// and queues, its first catalog's for databases, the holder's for zones; "" otherwise.
std::string environmentOf(const Topology& topology, std::string_view id);

} // namespace topo
