#pragma once

#include "core/edit/ElementLookup.h"
#include "core/model/Topology.h"
#include "core/rules/Finding.h"

#include <QString>

namespace topo {

// The wording of elements in the report's tables and other exported text, so that the
// formats describe a design with the same words.
QString roleLabel(Role role);
QString rolesText(const Server& server); // "Front-end, Scheduler"
QString purposeLabel(Purpose purpose);
QString kindLabel(ElementKind kind);            // "Server", "Load balancer", "Deployment zone"
QString severityLabel(Severity severity);       // "Error", "Warning", "Info"
QString hardwareText(const Hardware& hardware); // "4 cores · 16 GB RAM · 100 GB disk"
QString numberText(double value);               // 16, 0.5 (no trailing zeros)
QString qstr(const std::string& text);          // UTF-8 model text as a QString
// The name of a site, zone or other element by id, or the id when there is no such element.
QString siteName(const Topology& topology, const std::string& siteId);
QString zoneNames(const Environment& environment, const std::string& serverId);

} // namespace topo
