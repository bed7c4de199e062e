#include "edit/QuickFixes.h"

#include "edit/ElementArrays.h"
#include "edit/ElementLookup.h"
#include "edit/QuickFixSupport.h"
#include "layout/AutoLayout.h"

#include <algorithm>
#include <sstream>

namespace topo {

namespace fixes {

void offer(Fixes& out, const Topology& topology, const std::string& title, const Edit& edit)
{
    Topology after = topology;
    if (!edit(after))
        return;
    AutoLayout::place(after);
    TopologyPatch patch = TopologyPatch::between(topology, after);
    if (!patch.empty())
        out.push_back(QuickFix{title, std::move(patch)});
}

std::string specText(const Hardware& hardware)
{
    std::ostringstream out;
    out << hardware.cpuCores << " vCPU \u00b7 " << hardware.ramGb << " GB \u00b7 "
        << hardware.diskGb << " GB";
    return out.str();
}

void addRole(Server& server, Role role)
{
    if (!server.hasRole(role))
        server.roles.push_back(role);
}

} // namespace fixes

const std::vector<std::string>& rulesWithQuickFixes()
{
    static const std::vector<std::string> rules{
        "DB-HA",           "DB-HA-ENDPOINT",   "DB-HA-NODES", "DB-MISSING",    "DB-NO-CATALOGS",
        "DC-MISSING",      "DC-MULTIPLE",      "ENV-EMPTY",   "FE-HW-UNIFORM", "FE-MISSING",
        "HA-FE-MIN",       "HW-MIN-CPU",       "HW-MIN-DISK", "HW-MIN-RAM",    "HW-UNSPECIFIED",
        "LB-COVERAGE",     "LB-EMPTY",         "LB-POLICY",   "LB-REQUIRED",   "LB-STICKY",
        "MQ-CLUSTER-EVEN", "MQ-CLUSTER-NO-LB", "MQ-HOST-ENV", "MQ-MISSING",    "MQ-ON-DC",
        "MQ-SPOF",         "NAME-DUPLICATE",   "ROLES-EMPTY", "SCHED-HOST",    "SCHED-MISSING",
        "ZONE-ADDRESS",
    };
    return rules;
}

std::vector<QuickFix> quickFixesFor(const Topology& topology, const Finding& finding)
{
    if (finding.subjects.empty() && finding.environment.empty())
        return {};
    const std::string& rule = finding.rule;
    auto startsWith = [&](std::string_view prefix) { return rule.rfind(prefix, 0) == 0; };
    if (rule == "HW-MIN-CPU" || rule == "HW-MIN-RAM" || rule == "HW-MIN-DISK" ||
        rule == "HW-UNSPECIFIED" || rule == "FE-HW-UNIFORM" || rule == "NAME-DUPLICATE")
        return fixes::hardwareFixes(topology, finding);
    if (startsWith("LB-") || rule == "HA-FE-MIN" || rule == "ZONE-ADDRESS")
        return fixes::balancerFixes(topology, finding);
    if (startsWith("DB-") || startsWith("MQ-"))
        return fixes::storeFixes(topology, finding);
    return fixes::roleFixes(topology, finding);
}

} // namespace topo
