#pragma once

#include "core/runbook/InstallRunbook.h"

namespace topo {

// The Configuration Tool values the design decides for `environment`: the same on every one
// of its servers, worked out once per environment.
std::vector<ConfigurationValue> environmentConfiguration(const Topology& topology,
                                                         const Environment& environment);

// The build sheet of one server of `environment`, with the environment's `configuration`
// (InstallRunbook.cpp's per-server part).
BuildSheet buildSheet(const Environment& environment, const Server& server,
                      const std::vector<ConfigurationValue>& configuration);

// The prerequisites a Platform Server version needs ("OutSystems system requirements");
// `version` "" = the current version.
std::vector<std::string> prerequisitesFor(std::string_view version);

// The host that a server of `environment` configures as the controller, the cache service and
// each database ("" when the design has none), never "localhost".
std::string controllerHost(const Topology& topology, const Environment& environment);

} // namespace topo
