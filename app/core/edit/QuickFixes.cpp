#include "core/edit/QuickFixes.h"

#include "core/edit/ElementArrays.h"
#include "core/edit/ElementLookup.h"
#include "core/edit/QuickFixSupport.h"
#include "core/layout/AutoLayout.h"

#include <algorithm>
#include <sstream>

namespace topo {

namespace fixes {

void offer(Fixes& out, const Topology& topology, FixKind kind, const std::string& title,
           const Edit& edit)
{
    Topology after = topology;
    if (!edit(after))
        return;
    AutoLayout::place(after);
    TopologyPatch patch = TopologyPatch::between(topology, after);
    if (!patch.empty())
        out.push_back(QuickFix{kind, title, std::move(patch)});
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
    static const std::vector<std::string> rules = [] {
        std::vector<std::string> ids;
        for (const QuickFixRule& entry : quickFixCatalogue())
            ids.push_back(entry.rule);
        return ids;
    }();
    return rules;
}

std::vector<QuickFix> quickFixesFor(const Topology& topology, const Finding& finding)
{
    if (!hasQuickFix(finding))
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
    if (rule == "TZ-MISMATCH" || rule == "LT-MISSING")
        return fixes::environmentFixes(topology, finding);
    return fixes::roleFixes(topology, finding);
}

} // namespace topo
