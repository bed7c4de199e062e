#pragma once

#include "core/rules/Finding.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace topo {

// What a quick fix does to the design, as a menu or a tooltip can say before any is built.
enum class FixKind {
    AddRole,
    RemoveRole,
    MarkStandby,
    AddServer,
    AddLoadBalancer,
    AddDatabase,
    AddQueue,
    AddEnvironment,
    AddCatalogs,
    RaiseHardware,
    SetHardware,
    Rename,
    SetTargets,
    RemoveElement,
    ChangeSetting,
};

// "add a role", "raise the hardware", ...
std::string_view describe(FixKind kind);

// One rule with a quick fix and the kinds of fix it offers, in the order they are offered.
struct QuickFixRule {
    std::string rule;
    std::vector<FixKind> kinds;
};

// Every rule with a quick fix, by rule id. The one place that says which findings can be
// fixed: enabling a Fix button reads this table, never the design.
const std::vector<QuickFixRule>& quickFixCatalogue();

// The kinds of fix offered for `rule` (empty when the rule has none).
std::span<const FixKind> quickFixKinds(std::string_view rule);

// Whether fixes may be offered for the finding: its rule has some and it names what to fix
// (a subject or an environment). A pure function of the finding; the fixes themselves depend
// on the design and may still turn out to be none (quickFixesFor).
bool hasQuickFix(const Finding& finding);

} // namespace topo
