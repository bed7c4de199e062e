#include "editor/chartspecs/ChartAxes.h"

#include "editor/chartspecs/ChartText.h"

#include <algorithm>
#include <cmath>

namespace topo {

namespace {

// Head room above the highest value of a chart.
constexpr double kHeadRoom = 1.1;
constexpr double kEmptyAxisEnd = 10;

} // namespace

// A value axis from 0 to the first round number at least `highest` × kHeadRoom, with ticks
// on round values: 10^k times a mantissa of the table and its number of steps.
ChartAxis valueAxis(std::string title, double highest)
{
    struct Round {
        double mantissa;
        int steps;
    };
    constexpr Round kRounds[] = {{1, 5}, {1.5, 3}, {2, 4}, {2.5, 5}, {3, 3},
                                 {4, 4}, {5, 5},   {6, 3}, {8, 4},   {10, 5}};
    // An empty chart (no cores stated) still gets a few whole ticks.
    const double wanted = std::max(highest, kEmptyAxisEnd) * kHeadRoom;
    const double power = std::pow(10.0, std::floor(std::log10(wanted)));
    ChartAxis axis;
    axis.title = std::move(title);
    for (const Round& round : kRounds) {
        if (round.mantissa * power >= wanted * (1 - 1e-12)) {
            axis.max = round.mantissa * power;
            axis.ticks = round.steps + 1;
            break;
        }
    }
    return axis;
}

// A count axis from 0 to at least `highest`, with at most ten whole steps.
ChartAxis countAxis(std::string title, int highest)
{
    int step = 1;
    for (int candidate : {1, 2, 5, 10, 20, 50}) {
        step = candidate;
        if ((highest + step - 1) / step <= 10)
            break;
    }
    const int steps = std::max(1, (highest + step - 1) / step);
    ChartAxis axis;
    axis.title = std::move(title);
    axis.max = steps * step;
    axis.ticks = steps + 1;
    return axis;
}

// A percentage axis ending at 100 and starting just under `lowest`, with round steps: the
// interesting part of an availability is close to 100 %.
ChartAxis availabilityAxis(double lowest)
{
    struct Step {
        double span;
        double step;
        const char* format;
    };
    constexpr Step kSteps[] = {{1, 0.2, "%.1f"}, {2, 0.5, "%.1f"}, {5, 1, "%.0f"},
                               {10, 2, "%.0f"},  {50, 10, "%.0f"}, {100, 20, "%.0f"}};
    const double wanted = 100 - std::max(0.0, lowest - 0.05);
    ChartAxis axis;
    axis.title = chartText("Availability (%)");
    axis.max = 100;
    for (const Step& step : kSteps) {
        if (wanted <= step.span || step.span == 100) {
            const double steps = std::ceil(wanted / step.step - 1e-9);
            axis.min = 100 - steps * step.step;
            axis.ticks = static_cast<int>(steps) + 1;
            axis.labelFormat = step.format;
            break;
        }
    }
    return axis;
}

} // namespace topo
