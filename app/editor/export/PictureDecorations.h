#pragma once

#include "core/model/Topology.h"
#include "core/rules/Finding.h"
#include "editor/export/ExportOptions.h"
#include "editor/export/ViewPicture.h"

#include <QString>

#include <cstddef>
#include <vector>

namespace topo {

// The legend and the title block of a document picture, drawn in a strip under the view and
// part of the picture itself, so that the PNG, SVG and PDF writers draw them like the rest.

// The texts of a title block.
struct TitleBlock {
    QString name;
    QString description;
    QString date; // yyyy-MM-dd
};

// `picture` with the legend (options.legend: the marks the picture holds; the charts have
// none) and the title block (options.titleBlock) under it, its bounds grown
// by the strip; `picture` itself when neither is asked for. `background`: whether the strip
// is filled with the theme's background. A paged picture gets the strip on its last page.
Picture decoratedPicture(Picture picture, const Topology& topology,
                         const std::vector<Finding>& findings, const ExportOptions& options,
                         const TitleBlock& title, bool background);

// The height of the strip decoratedPicture() adds under a picture `width` wide (0 for none).
double decorationHeight(const Topology& topology, const std::vector<Finding>& findings,
                        const ExportOptions& options, const TitleBlock& title, double width);

// The PDF footer of page `page` (from 1) of `pages`: the footer text, with "Page N of M"
// when the options ask for a title block.
QString pageFooter(const QString& footer, const ExportOptions& options, std::size_t page,
                   std::size_t pages);

} // namespace topo
