#pragma once

#include "core/edit/QuickFixCatalogue.h"
#include "core/edit/TopologyPatch.h"
#include "core/model/Topology.h"
#include "core/rules/Finding.h"

#include <string>
#include <vector>

namespace topo {

// One way to resolve a finding: what kind of edit it is (one of its rule's kinds in
// quickFixCatalogue()), a title for the menu ("Add the scheduler role to FE-01") and the patch
// doing it, applied as one undo step.
struct QuickFix {
    FixKind kind;
    std::string title;
    TopologyPatch patch;
};

// The fixes offered for a finding of `topology` (none for rules without a mechanical fix).
// Applying any of them makes that finding go away. Each is built on a copy of the design:
// call it to fill a menu, not to decide whether to offer one (hasQuickFix does that).
std::vector<QuickFix> quickFixesFor(const Topology& topology, const Finding& finding);

// The rule ids quickFixesFor may answer for (those of quickFixCatalogue()).
const std::vector<std::string>& rulesWithQuickFixes();

} // namespace topo
