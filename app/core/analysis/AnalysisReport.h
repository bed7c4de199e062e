#pragma once

#include "core/analysis/EnvironmentAnalysis.h"
#include "core/model/Json.h"

#include <string>
#include <vector>

namespace topo {

// One environment's analysis as `topology-cli analyze --format json` writes it (cli.md):
// frontEnds, capacity, availability, scaling, sizing and singlePointsOfFailure, numbers as
// JSON numbers, each figure's arithmetic beside it under "arithmetic".
Json analysisJson(const EnvironmentAnalysis& analysis);

// Single points of failure as `simulate --fail each` lists them: element, kind, name and, per
// environment, what breaks and which zones stop.
Json singlePointsJson(const std::vector<SinglePointOfFailure>& points);

// The same as readable lines, for `--format text`: the environment's heading, then indented
// lines, each figure followed by its arithmetic.
std::vector<std::string> analysisLines(const EnvironmentAnalysis& analysis);

} // namespace topo
