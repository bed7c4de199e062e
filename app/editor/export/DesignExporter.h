#pragma once

#include "core/model/Topology.h"
#include "editor/export/ExportOptions.h"
#include "editor/export/ViewPicture.h"
#include "editor/files/TopologyFile.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace topo {

// The content of an export, or the one-line reason it cannot be made.
struct ExportContent {
    std::optional<QByteArray> bytes;
    QString errorText;
    QString notice; // one line about a choice the export had to change (a reduced PNG scale)
    bool ok() const { return bytes.has_value(); }
};

// Makes the file content of `format` for a design: places elements that have no position
// (as the designer does when it opens the file), validates the design for the finding
// badges and the report, and draws the chosen view. Fails for an unknown environment, a
// view this build cannot draw, an empty picture or a too large image.
ExportContent exportContent(const Topology& topology, ExportFormat format,
                            const ExportOptions& options);

// The picture a PNG, SVG or PDF export of `topology` (already placed) draws: the view of
// `options` with the legend and title block they ask for. nullopt when there is nothing to
// draw.
std::optional<Picture> exportPicture(const Topology& topology, const std::vector<Finding>& findings,
                                     const ExportOptions& options, bool background);

// The footer of a PDF's or a printout's pages: the design's title and the date of the options.
QString pagesFooter(const Topology& topology, const ExportOptions& options);

// exportContent() written to `path` atomically: on any failure the file at `path` is left
// as it was. The error text names the file.
// `notice`, when given, receives ExportContent::notice.
FileWriteResult exportDesign(const Topology& topology, ExportFormat format,
                             const ExportOptions& options, const QString& path,
                             QString* notice = nullptr);

} // namespace topo
