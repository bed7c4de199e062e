#include "core/edit/ElementLookup.h"

#include "core/edit/ElementArrays.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace topo {

namespace {

constexpr std::array<std::pair<ElementKind, std::string_view>, 8> kKindSpellings{{
    {ElementKind::Site, "site"},
    {ElementKind::Environment, "environment"},
    {ElementKind::Zone, "zone"},
    {ElementKind::Server, "server"},
    {ElementKind::LoadBalancer, "loadBalancer"},
    {ElementKind::Database, "database"},
    {ElementKind::MessageQueue, "messageQueue"},
    {ElementKind::Note, "note"},
}};

ElementKind kindOfValue(const ElementValue& value)
{
    constexpr std::array<ElementKind, 7> kByIndex{ElementKind::Site,     ElementKind::Environment,
                                                  ElementKind::Server,   ElementKind::LoadBalancer,
                                                  ElementKind::Database, ElementKind::MessageQueue,
                                                  ElementKind::Note};
    return kByIndex[value.index()];
}

} // namespace

std::string_view toString(ElementKind kind)
{
    for (const auto& [value, text] : kKindSpellings)
        if (value == kind)
            return text;
    return {};
}

std::optional<ElementKind> parseElementKind(std::string_view text)
{
    for (const auto& [value, spelling] : kKindSpellings)
        if (spelling == text)
            return value;
    return std::nullopt;
}

std::optional<ElementValue> findElement(const Topology& topology, std::string_view id)
{
    std::optional<ElementValue> found;
    forEachArray(topology, [&](const auto& items) {
        if (!found)
            if (const auto* element = findById(items, id))
                found = ElementValue(*element);
    });
    return found;
}

std::optional<ZoneRef> findZone(const Topology& topology, std::string_view id)
{
    for (const Environment& env : topology.environments)
        for (const Zone& zone : env.zones)
            if (zone.id == id)
                return ZoneRef{&env, &zone};
    return std::nullopt;
}

std::optional<ElementKind> kindOf(const Topology& topology, std::string_view id)
{
    if (const auto element = findElement(topology, id))
        return kindOfValue(*element);
    if (findZone(topology, id))
        return ElementKind::Zone;
    return std::nullopt;
}

bool containsId(const Topology& topology, std::string_view id)
{
    return kindOf(topology, id).has_value();
}

std::string idOfName(const Topology& topology, std::string_view name)
{
    auto same = [name](const std::string& other) {
        return other.size() == name.size() &&
               std::equal(other.begin(), other.end(), name.begin(), [](char a, char b) {
                   return std::tolower(static_cast<unsigned char>(a)) ==
                          std::tolower(static_cast<unsigned char>(b));
               });
    };
    std::string found;
    int matches = 0;
    forEachArray(topology, [&](const auto& items) {
        for (const auto& element : items)
            if constexpr (requires { element.name; })
                if (!element.name.empty() && same(element.name)) {
                    found = element.id;
                    ++matches;
                }
    });
    return matches == 1 ? found : std::string();
}

std::unordered_set<std::string> allIds(const Topology& topology)
{
    std::unordered_set<std::string> ids;
    forEachArray(topology, [&](const auto& items) {
        for (const auto& element : items)
            ids.insert(element.id);
    });
    for (const Environment& env : topology.environments)
        for (const Zone& zone : env.zones)
            ids.insert(zone.id);
    return ids;
}

std::string environmentOf(const Topology& topology, std::string_view id)
{
    if (const auto zone = findZone(topology, id))
        return zone->environment->id;
    const auto element = findElement(topology, id);
    if (!element)
        return {};
    return std::visit(
        [](const auto& value) -> std::string {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, Environment>)
                return value.id;
            else if constexpr (std::is_same_v<T, Database>)
                return value.catalogs.empty() ? std::string() : value.catalogs.front().environment;
            else if constexpr (requires { value.environment; })
                return value.environment;
            else
                return {};
        },
        *element);
}

} // namespace topo
