#include "core/edit/RenameElement.h"

#include "core/edit/ElementLookup.h"

#include <type_traits>

namespace topo {

namespace {

template <typename T> constexpr bool kHasName = !std::is_same_v<T, Note>;

} // namespace

std::optional<std::string> storedName(const Topology& topology, std::string_view id)
{
    if (const auto zone = findZone(topology, id))
        return zone->zone->name;
    const std::optional<ElementValue> element = findElement(topology, id);
    if (!element)
        return std::nullopt;
    return std::visit(
        [](const auto& value) -> std::optional<std::string> {
            if constexpr (kHasName<std::decay_t<decltype(value)>>)
                return value.name;
            else
                return std::nullopt;
        },
        *element);
}

TopologyPatch renameElement(const Topology& topology, std::string_view id, const std::string& name)
{
    TopologyPatch patch;
    const std::optional<std::string> now = storedName(topology, id);
    if (!now || *now == name)
        return patch;
    if (const auto zone = findZone(topology, id)) {
        Environment changed = *zone->environment;
        for (Zone& z : changed.zones)
            if (z.id == id)
                z.name = name;
        patch.replace(ElementValue(*zone->environment), ElementValue(std::move(changed)));
        return patch;
    }
    const ElementValue before = *findElement(topology, id);
    ElementValue after = before;
    std::visit(
        [&name](auto& value) {
            if constexpr (kHasName<std::decay_t<decltype(value)>>)
                value.name = name;
        },
        after);
    patch.replace(before, std::move(after));
    return patch;
}

} // namespace topo
