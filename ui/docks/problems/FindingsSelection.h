#pragma once

#include <QString>

namespace topo {

class ProblemsDock;

// Selects, in the problems list, the rows of the findings about element `id` (those listed
// among their subjects), makes the first current and scrolls to it; returns how many rows
// were selected. Findings hidden by the list's filters stay hidden.
int selectFindingsOf(ProblemsDock& dock, const QString& id);

} // namespace topo
