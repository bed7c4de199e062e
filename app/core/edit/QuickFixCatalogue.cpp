#include "core/edit/QuickFixCatalogue.h"

#include <algorithm>

namespace topo {

std::string_view describe(FixKind kind)
{
    switch (kind) {
    case FixKind::AddRole:
        return "add a role";
    case FixKind::RemoveRole:
        return "remove a role";
    case FixKind::MarkStandby:
        return "mark as standby";
    case FixKind::AddServer:
        return "add a server";
    case FixKind::AddLoadBalancer:
        return "add a load balancer";
    case FixKind::AddDatabase:
        return "add a database";
    case FixKind::AddQueue:
        return "add a message queue";
    case FixKind::AddEnvironment:
        return "add an environment";
    case FixKind::AddCatalogs:
        return "add the missing catalogs";
    case FixKind::RaiseHardware:
        return "raise the hardware";
    case FixKind::SetHardware:
        return "set the hardware";
    case FixKind::Rename:
        return "rename";
    case FixKind::SetTargets:
        return "change the balanced servers";
    case FixKind::RemoveElement:
        return "remove the element";
    case FixKind::ChangeSetting:
        return "change a setting";
    }
    return "fix";
}

const std::vector<QuickFixRule>& quickFixCatalogue()
{
    using enum FixKind;
    static const std::vector<QuickFixRule> rules{
        {"DB-HA", {ChangeSetting}},
        {"DB-HA-ENDPOINT", {ChangeSetting}},
        {"DB-HA-NODES", {ChangeSetting}},
        {"DB-MISSING", {AddCatalogs, AddDatabase}},
        {"DB-NO-CATALOGS", {RemoveElement}},
        {"DC-MISSING", {AddRole}},
        {"DC-MULTIPLE", {MarkStandby, RemoveRole}},
        {"ENV-EMPTY", {AddServer}},
        {"FE-HW-UNIFORM", {SetHardware}},
        {"FE-MISSING", {AddRole}},
        {"HA-FE-MIN", {AddServer}},
        {"HW-MIN-CPU", {RaiseHardware}},
        {"HW-MIN-DISK", {RaiseHardware}},
        {"HW-MIN-RAM", {RaiseHardware}},
        {"HW-UNSPECIFIED", {SetHardware}},
        {"LB-COVERAGE", {SetTargets}},
        {"LB-EMPTY", {SetTargets, RemoveElement}},
        {"LB-POLICY", {ChangeSetting}},
        {"LB-REQUIRED", {SetTargets, AddLoadBalancer}},
        {"LB-STICKY", {ChangeSetting}},
        {"LT-MISSING", {AddEnvironment}},
        {"MQ-CLUSTER-EVEN", {ChangeSetting}},
        {"MQ-CLUSTER-NO-LB", {ChangeSetting}},
        {"MQ-HOST-ENV", {ChangeSetting}},
        {"MQ-MISSING", {AddQueue}},
        {"MQ-ON-DC", {ChangeSetting}},
        {"MQ-SPOF", {ChangeSetting}},
        {"NAME-DUPLICATE", {Rename}},
        {"ROLES-EMPTY", {AddRole}},
        {"SCHED-HOST", {AddRole, RemoveRole}},
        {"SCHED-MISSING", {AddRole}},
        {"TZ-MISMATCH", {ChangeSetting}},
        {"ZONE-ADDRESS", {ChangeSetting}},
    };
    return rules;
}

std::span<const FixKind> quickFixKinds(std::string_view rule)
{
    const auto& rules = quickFixCatalogue();
    const auto found = std::lower_bound(
        rules.begin(), rules.end(), rule,
        [](const QuickFixRule& entry, std::string_view id) { return entry.rule < id; });
    if (found == rules.end() || found->rule != rule)
        return {};
    return found->kinds;
}

bool hasQuickFix(const Finding& finding)
{
    // LT-MISSING is about the whole design: it names no element.
    return !quickFixKinds(finding.rule).empty() &&
           (finding.rule == "LT-MISSING" ||
            !(finding.subjects.empty() && finding.environment.empty()));
}

} // namespace topo
