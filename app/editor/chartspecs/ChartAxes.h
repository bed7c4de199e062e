#pragma once

#include "editor/chartspecs/ChartSpec.h"

#include <string>

namespace topo {

// The axes of the charts, on round values.

// A value axis from 0 to the first round number at least `highest` with some head room.
ChartAxis valueAxis(std::string title, double highest);
// A count axis from 0 to at least `highest`, with at most ten whole steps.
ChartAxis countAxis(std::string title, int highest);
// A percentage axis ending at 100 and starting just under `lowest`.
ChartAxis availabilityAxis(double lowest);

} // namespace topo
