#pragma once

#include "core/analysis/EnvironmentAnalysis.h"
#include "core/analysis/FailoverRunbook.h"
#include "core/model/Topology.h"

#include <QString>

#include <string>
#include <vector>

namespace topo {

// The parts of the design report that say what to do with the design, per environment ("" =
// every one): the network flows as firewall-request rows (`topology-cli flows --group`), and
// the runbook: the installation steps and build sheets (`topology-cli runbook`) and the
// failover runbook of each single point of failure (`simulate --fail`) that `analyses` found.
// Every model string is escaped.
QString networkSection(const Topology& topology, const std::string& environment);
QString runbookSection(const Topology& topology, const std::string& environment,
                       const std::vector<EnvironmentAnalysis>& analyses);

// One failover runbook as HTML, in the report and the Failover dock alike: its title and
// procedure (a heading and a paragraph in the report, `asHeading`; one line in the dock),
// the steps numbered and the consequences. Escaped.
QString failoverRunbookHtml(const FailoverRunbook& runbook, bool asHeading);

} // namespace topo
