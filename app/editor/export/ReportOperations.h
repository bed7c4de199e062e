#pragma once

#include "core/model/Topology.h"

#include <QString>

#include <string>

namespace topo {

// The parts of the design report that say what to do with the design, per environment ("" =
// every one): the network flows as firewall-request rows (`topology-cli flows --group`), and
// the runbook: the installation steps and build sheets (`topology-cli runbook`) and the
// failover runbook of each single point of failure (`simulate --fail`). Every model string is
// escaped.
QString networkSection(const Topology& topology, const std::string& environment);
QString runbookSection(const Topology& topology, const std::string& environment);

} // namespace topo
