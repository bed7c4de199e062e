#pragma once

#include "core/edit/ElementArrays.h"
#include "core/edit/TopologyPatch.h"
#include "core/model/Topology.h"

#include <functional>
#include <string>
#include <vector>

namespace topo {

// The patches behind the canvas's and the inspector's gestures. Each returns one patch (one
// undo step); an empty patch means there was nothing to do.

// Moves elements by (dx, dy). Moving an environment also moves what it contains (its
// servers, load balancers, queues and the databases holding its first catalogs) unless
// those are moved themselves.
TopologyPatch moveElements(const Topology& topology, const std::vector<std::string>& ids, double dx,
                           double dy);

// Removes elements and zones together with every reference to them: load balancer
// targets, zone members, queue hosts, catalogs and sites. Removing an environment removes
// its servers, load balancers, queues and zones, and its catalogs from the databases.
TopologyPatch removeElements(const Topology& topology, const std::vector<std::string>& ids);

// Applies `edit` to each listed element of type T (others are ignored): the inspector's
// multi-selection edit, e.g. editElements<Server>(t, ids, [](Server& s) { s.standby = true; }).
template <typename T>
TopologyPatch editElements(const Topology& topology, const std::vector<std::string>& ids,
                           const std::function<void(T&)>& edit);

// Replaces one element by a new state of itself (same id).
TopologyPatch replaceElement(const Topology& topology, const ElementValue& after);

// Makes a front-end `server` (already in `topology`) part of its environment's pools: the
// default deployment zone, and the environment's load balancer when exactly one has targets.
void joinPools(Topology& topology, const std::string& serverId);

// Implementation of the template above.

template <typename T>
TopologyPatch editElements(const Topology& topology, const std::vector<std::string>& ids,
                           const std::function<void(T&)>& edit)
{
    TopologyPatch patch;
    for (const std::string& id : ids) {
        const T* element = findById(elementArray<T>(topology), id);
        if (!element)
            continue;
        T changed = *element;
        edit(changed);
        if (!(changed == *element))
            patch.replace(ElementValue(*element), ElementValue(std::move(changed)));
    }
    return patch;
}

} // namespace topo
