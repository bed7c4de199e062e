#pragma once

#include "core/edit/TopologyPatch.h"
#include "core/model/Topology.h"

#include <string>
#include <unordered_set>
#include <vector>

namespace topo {

// Several edits computed one after the other (each on the result of the previous ones)
// folded into one patch: one undo step for one gesture.
class EditSequence {
public:
    explicit EditSequence(const Topology& start);

    const Topology& current() const { return m_current; }
    void add(const TopologyPatch& patch);
    // The patch from the start to the current state over every element the edits touched.
    TopologyPatch patch() const;

private:
    const Topology& m_start;
    Topology m_current;
    std::vector<std::string> m_touched;
    std::unordered_set<std::string> m_seen;
    bool m_structural = false;
    std::vector<TopologyPatch> m_steps;
};

} // namespace topo
