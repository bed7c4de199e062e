#pragma once

#include "editor/chartspecs/ChartSpec.h"
#include "editor/export/ExportOptions.h"
#include "editor/export/ViewPicture.h"

#include <QRectF>

#include <functional>
#include <optional>
#include <vector>

class QPainter;

namespace topo {

// Draws a set of charts under a heading into a rectangle of a painter, in the dark or the
// light look.
using ChartsPainter = std::function<void(QPainter&, const QRectF&, const std::string& heading,
                                         const std::vector<ChartSpec>&, bool dark)>;

// The chart library lives above this layer: the program that links it registers its painter
// here at start-up, and only then can the charts view be exported.
void setChartsPainter(ChartsPainter painter);
bool hasChartsPainter();

// The scene size of the charts picture: a 2 × 2 grid of charts.
QRectF chartsBounds();

// The charts of options.environment (or the default environment) drawn by the registered
// painter. nullopt when no painter is registered or the design has no environment.
std::optional<Picture> chartsPicture(const Topology& topology, const ExportOptions& options,
                                     bool background);

} // namespace topo
