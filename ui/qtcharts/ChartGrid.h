#pragma once

#include "editor/chartspecs/ChartSpec.h"
#include "editor/paint/Theme.h"

#include <QRectF>

#include <vector>

class QPainter;

namespace topo {

// Where each chart of a set goes: a grid of `columns` columns filling `rect`, in order.
std::vector<QRectF> chartCells(const QRectF& rect, std::size_t count, int columns);

// Paints `heading` and, under it, `charts` as a 2 × 2 grid filling `rect`, each chart above
// its footnote, in the colours of `theme`. The charts export and the dock's export buttons
// draw through this one function.
void paintChartGrid(QPainter& painter, const QRectF& rect, const std::string& heading,
                    const std::vector<ChartSpec>& charts, const Theme& theme);

// Registers paintChartGrid() as the charts painter of the exports (export/ChartsPicture.h):
// called once at start by the programs that link this library.
void registerChartsPainter();

} // namespace topo
