#pragma once

#include "core/model/Topology.h"

#include <string>
#include <vector>

namespace topo {

// The words in which the analysis says how a figure was worked out, e.g.
// "3 × 4 cores × 62.5 req/s per core = 750 req/s". Produced once here, so that the docks,
// the report and `topology-cli analyze` show the same arithmetic.

// A figure without trailing zeros, with at most `decimals` decimals: 62.5, 750, 0.999975.
std::string figureText(double value, int decimals = 2);
// "750 req/s".
std::string rateText(double requestsPerSecond);
// "4 cores / 8 GB RAM / 100 GB disk".
std::string specText(const Hardware& hardware);

// How Σ cores × perCore adds up over `servers`: "3 × 4 cores × 62.5 req/s per core = 750
// req/s", "(2 × 4 cores + 1 × 8 cores) × 62.5 req/s per core = 1000 req/s" (core counts in
// the order they first appear), or "no traffic front-end: 0 req/s".
std::string capacityArithmetic(const std::vector<const Server*>& servers, double perCore);

} // namespace topo
