#pragma once

#include "editor/chartspecs/ChartSpec.h"
#include "editor/paint/Theme.h"

#include <QColor>

class QChart;

namespace topo {

// Turns a chart description into a Qt Charts chart in the colours and fonts of `theme`.
// The caller owns the chart. This file and ChartGrid.cpp are the only users of Qt Charts, so
// that replacing the library (deprecated from Qt 6.10) touches nothing else.
QChart* buildChart(const ChartSpec& spec, const Theme& theme);

// The colour a series of `role` is drawn in, for legends drawn outside the chart.
QColor seriesColour(SeriesRole role, const Theme& theme);

} // namespace topo
