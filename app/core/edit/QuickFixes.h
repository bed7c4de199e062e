#pragma once

#include "edit/TopologyPatch.h"
#include "model/Topology.h"
#include "rules/Finding.h"

#include <string>
#include <vector>

namespace topo {

// One way to resolve a finding: a title for the menu ("Add the scheduler role to FE-01")
// and the patch doing it, applied as one undo step.
struct QuickFix {
    std::string title;
    TopologyPatch patch;
};

// The fixes offered for a finding of `topology` (none for rules without a mechanical fix).
// Applying any of them makes that finding go away.
std::vector<QuickFix> quickFixesFor(const Topology& topology, const Finding& finding);

// The rule ids quickFixesFor may answer for.
const std::vector<std::string>& rulesWithQuickFixes();

} // namespace topo
