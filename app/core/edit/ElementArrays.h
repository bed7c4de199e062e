#pragma once

#include "core/model/Topology.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>
#include <vector>

namespace topo {

// Maps an element type to the topology array that holds it, so edit code can be written
// once for every kind of element.
template <typename T> auto& elementArray(Topology& topology)
{
    if constexpr (std::is_same_v<T, Site>)
        return topology.sites;
    else if constexpr (std::is_same_v<T, Environment>)
        return topology.environments;
    else if constexpr (std::is_same_v<T, Server>)
        return topology.servers;
    else if constexpr (std::is_same_v<T, LoadBalancer>)
        return topology.loadBalancers;
    else if constexpr (std::is_same_v<T, Database>)
        return topology.databases;
    else if constexpr (std::is_same_v<T, MessageQueue>)
        return topology.messageQueues;
    else {
        static_assert(std::is_same_v<T, Note>, "not an element type");
        return topology.notes;
    }
}

template <typename T> const auto& elementArray(const Topology& topology)
{
    return elementArray<T>(const_cast<Topology&>(topology));
}

// Position of the element with `id` in `items`, or nullopt.
template <typename T>
std::optional<std::size_t> indexOfId(const std::vector<T>& items, std::string_view id)
{
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].id == id)
            return i;
    return std::nullopt;
}

template <typename T> const T* findById(const std::vector<T>& items, std::string_view id)
{
    const auto index = indexOfId(items, id);
    return index ? &items[*index] : nullptr;
}

template <typename T> T* findById(std::vector<T>& items, std::string_view id)
{
    const auto index = indexOfId(items, id);
    return index ? &items[*index] : nullptr;
}

// Calls `fn(array)` for each element array of the topology, in file order.
template <typename Topo, typename Fn> void forEachArray(Topo& topology, Fn&& fn)
{
    fn(topology.sites);
    fn(topology.environments);
    fn(topology.servers);
    fn(topology.loadBalancers);
    fn(topology.databases);
    fn(topology.messageQueues);
    fn(topology.notes);
}

} // namespace topo
