#pragma once

#include "core/model/Topology.h"

#include <string>
#include <string_view>
#include <variant>

namespace topo {

// What the user reads for an element wherever it is named (canvas, menus, docks, reports,
// exports): its name, or its id when the name is empty. Notes have no name: their id.
inline std::string displayName(const std::string& name, const std::string& id)
{
    return name.empty() ? id : name;
}

template <class Element> std::string displayName(const Element& element)
{
    if constexpr (requires { element.name; })
        return displayName(element.name, element.id);
    else
        return element.id;
}

template <class... Elements> std::string displayName(const std::variant<Elements...>& element)
{
    return std::visit([](const auto& e) { return displayName(e); }, element);
}

// The display name of the element or zone with `id`; `id` itself when nothing has it.
std::string displayName(const Topology& topology, std::string_view id);

} // namespace topo
