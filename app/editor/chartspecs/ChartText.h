#pragma once

#include <string>
#include <vector>

namespace topo {

// The words of the charts: translated in the "topo::Charts" context, with %1, %2, ...
// replaced by `arguments` in order.
std::string chartText(const char* text, const std::vector<std::string>& arguments = {});

// A figure as the charts print it: no decimals for whole numbers, else at most two.
std::string formatNumber(double value);
// An availability between 0 and 1 as a percentage with up to three decimals ("99.497").
std::string formatPercent(double availability);
// A probability as the design gives it, to six decimals without trailing zeros (0.995, not
// formatNumber's 0.99).
std::string formatProbability(double probability);

} // namespace topo
