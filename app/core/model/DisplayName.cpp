#include "core/model/DisplayName.h"

#include <optional>

namespace topo {
namespace {

template <class Element>
std::optional<std::string> nameIn(const std::vector<Element>& elements, std::string_view id)
{
    for (const Element& element : elements)
        if (element.id == id)
            return displayName(element);
    return std::nullopt;
}

} // namespace

std::string displayName(const Topology& topology, std::string_view id)
{
    for (auto name : {nameIn(topology.sites, id), nameIn(topology.environments, id),
                      nameIn(topology.servers, id), nameIn(topology.loadBalancers, id),
                      nameIn(topology.databases, id), nameIn(topology.messageQueues, id),
                      nameIn(topology.notes, id)})
        if (name)
            return *name;
    for (const Environment& env : topology.environments)
        if (auto name = nameIn(env.zones, id))
            return *name;
    return std::string(id);
}

} // namespace topo
