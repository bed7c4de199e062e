#include "core/edit/EditSequence.h"

#include "core/edit/ElementLookup.h"

namespace topo {

EditSequence::EditSequence(const Topology& start) : m_start(start), m_current(start) {}

void EditSequence::add(const TopologyPatch& patch)
{
    if (patch.empty())
        return;
    patch.apply(m_current);
    m_structural = m_structural || patch.structural();
    for (const std::string& id : patch.touchedIds())
        if (m_seen.insert(id).second)
            m_touched.push_back(id);
    m_steps.push_back(patch);
}

TopologyPatch EditSequence::patch() const
{
    // Additions and removals keep their recorded positions only as a single step.
    if (m_steps.size() == 1 || m_structural)
        return m_steps.empty() ? TopologyPatch{} : m_steps.front();
    TopologyPatch result;
    for (const std::string& id : m_touched) {
        auto before = findElement(m_start, id);
        auto after = findElement(m_current, id);
        if (before && after && !(*before == *after))
            result.replace(std::move(*before), std::move(*after));
    }
    return result;
}

} // namespace topo
