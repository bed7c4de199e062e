#pragma once

#include "core/edit/QuickFixes.h"
#include "core/model/DisplayName.h"

#include <functional>
#include <string>
#include <vector>

namespace topo::fixes {

// Shared plumbing of the quick fixes: each fix edits a copy of the design and becomes the
// patch between the two.

using Fixes = std::vector<QuickFix>;
using Edit = std::function<bool(Topology&)>; // false = nothing sensible to do

// Adds a fix titled `title` when `edit` succeeds and changes something. New elements the
// edit left without a position are placed automatically.
void offer(Fixes& out, const Topology& topology, FixKind kind, const std::string& title,
           const Edit& edit);

std::string specText(const Hardware& hardware); // "4 vCPU · 8 GB · 100 GB"
void addRole(Server& server, Role role);

// The fixes of each rule family; `subject` is the finding's first subject.
Fixes roleFixes(const Topology& topology, const Finding& finding);
Fixes hardwareFixes(const Topology& topology, const Finding& finding);
Fixes balancerFixes(const Topology& topology, const Finding& finding);
Fixes storeFixes(const Topology& topology, const Finding& finding);       // databases, queues
Fixes environmentFixes(const Topology& topology, const Finding& finding); // time zones, LifeTime

} // namespace topo::fixes
