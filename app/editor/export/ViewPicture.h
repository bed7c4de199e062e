#pragma once

#include "core/model/Topology.h"
#include "core/rules/Finding.h"
#include "editor/export/ExportOptions.h"

#include <QColor>
#include <QRectF>

#include <functional>
#include <optional>
#include <string>
#include <vector>

class QPainter;

namespace topo {

// One picture to export: a painting callback working in scene coordinates and the scene
// rectangle it covers. Every view (topology, scaling, charts) is one such callback, so the
// PNG, SVG and PDF writers never know which view they draw.
struct Picture {
    QRectF bounds;
    QColor background; // the theme's background, filled unless the export is transparent
    std::function<void(QPainter&)> paint;
    // Parts of `bounds` that read best one per printed page (the environments of the whole
    // design's scaling view); empty = the picture is one page.
    std::vector<QRectF> pages;
};

// True when this build can draw `view`.
bool viewAvailable(ExportView view);
// The one-line reason shown when a view cannot be drawn by this build.
QString viewUnavailableText(ExportView view);

// The picture of `options.view` for the design (or the environment the options name),
// drawn with the painter the canvas uses. `background`: whether the painter fills the theme
// background. nullopt when the view is not available or there is nothing to draw.
std::optional<Picture> viewPicture(const Topology& topology, const std::vector<Finding>& findings,
                                   const ExportOptions& options, bool background);

// The scene rectangle of one environment as drawn alone: its frame, its elements and the
// databases holding its catalogs, with room for badges. Empty when nothing has a position.
QRectF environmentBounds(const Topology& topology, const std::string& environment);

// The scene rectangle of the chosen elements (ExportOptions::selection): their rectangles
// united, with room for badges. Empty when none of the ids is an element with a position.
QRectF selectionBounds(const Topology& topology, const std::vector<std::string>& ids);

} // namespace topo
