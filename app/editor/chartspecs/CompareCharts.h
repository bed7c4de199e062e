#pragma once

#include "editor/chartspecs/ChartSpec.h"

#include <string>
#include <vector>

namespace topo {

// Draws the compared design's capacity and serving-availability lines over the open
// design's charts ("capacity-by-front-ends" and "availability-by-front-ends"): each model
// line of the compared chart is added as a SeriesRole::Compared series named
// "NAME: <series>", clipped to the open design's count axis; the value axis widens to hold
// both. Charts the compared design does not have are left as they are.
void overlayComparedCharts(std::vector<ChartSpec>& charts, const std::vector<ChartSpec>& compared,
                           const std::string& comparedName);

} // namespace topo
