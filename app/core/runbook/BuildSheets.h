#pragma once

#include "core/runbook/InstallRunbook.h"

namespace topo {

// The build sheet of one server of `environment` (InstallRunbook.cpp's per-server part).
BuildSheet buildSheet(const Topology& topology, const Environment& environment,
                      const Server& server);

// The prerequisites a Platform Server version needs ("OutSystems system requirements");
// `version` "" = the current version.
std::vector<std::string> prerequisitesFor(std::string_view version);

// The host that a server of `environment` configures as the controller, the cache service and
// each database ("" when the design has none), never "localhost".
std::string controllerHost(const Topology& topology, const Environment& environment);

} // namespace topo
