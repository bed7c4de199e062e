#pragma once

#include "core/model/Topology.h"

#include <string>
#include <vector>

namespace topo {

// What to do when an element fails: the documented procedure of "OutSystems Platform Server
// failover procedures", instantiated with the design's names, or what there is instead when
// the documentation has none (runbook-background.md, section 2).
struct FailoverRunbook {
    std::string failed;      // the failed element's id
    std::string title;       // "P-DC (p-dc) fails"
    std::string environment; // the environment it serves ("" for a shared database or a site)
    std::string procedure;   // the page's procedure, "" when none is documented
    std::string reference;   // the page's title, "" when none
    std::vector<std::string> steps;        // in order
    std::vector<std::string> consequences; // what the procedure costs or leaves
};

// The runbooks of the failed elements (a site: each element on it that has one), in the
// order given. An id that names no failable element has none.
std::vector<FailoverRunbook> failoverRunbooks(const Topology& topology,
                                              const std::vector<std::string>& failed);

// The runbook as lines of text: title, procedure and page, numbered steps, consequences.
std::vector<std::string> runbookLines(const FailoverRunbook& runbook);

} // namespace topo
