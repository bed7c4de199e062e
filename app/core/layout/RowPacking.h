#pragma once

#include "core/model/Topology.h"

#include <vector>

namespace topo::layout {

// The width and height of one box to arrange.
struct BoxSize {
    double width = 0;
    double height = 0;
};

// Arranges boxes in reading order in rows (left to right, rows top to bottom, each row as
// tall as its tallest box, `gap` between boxes and rows), choosing where rows break so that
// the bounding box's width / height is as close as possible to `targetAspect`. Returns the
// top-left corner of each box, relative to the arrangement's top-left corner.
std::vector<Point> packInRows(const std::vector<BoxSize>& boxes, double gap, double targetAspect);

} // namespace topo::layout
