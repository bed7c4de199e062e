#pragma once

#include "core/analysis/EnvironmentAnalysis.h"
#include "core/model/Topology.h"

#include <QString>

#include <vector>

namespace topo {

// The "Capacity and single points of failure" part of the design report: per analysed
// environment (every one, or the one the report is of) the load its traffic front-ends carry
// in total, with one of them down and in the smaller group of a balanced deployment, against the
// expected load, how each figure is worked out, and the elements whose failure alone stops
// something there, worst first, with what each one stops. The figures are the environment's
// analysis (EnvironmentAnalysis), as in the docks and `topology-cli analyze`. Every model string is
// escaped.
QString analysisSection(const Topology& topology, const std::vector<EnvironmentAnalysis>& analyses);

} // namespace topo
