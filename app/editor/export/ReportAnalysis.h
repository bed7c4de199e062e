#pragma once

#include "model/Topology.h"

#include <QString>

#include <string>

namespace topo {

// The "Capacity and single points of failure" part of the design report: per environment
// ("" = every one, else only that one) the load its traffic front-ends carry in total and
// with one of them down against the expected load, and the elements whose failure alone
// stops something there, worst first, with what each one stops. Every model string is
// escaped.
QString analysisSection(const Topology& topology, const std::string& environment);

} // namespace topo
