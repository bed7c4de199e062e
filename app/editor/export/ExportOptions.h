#pragma once

#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace topo {

// The file formats of an export (cli.md); json is a re-save and is written by the file layer.
enum class ExportFormat { Png, Svg, Pdf, Drawio, Html };

// What a picture shows.
enum class ExportView { Topology, Scaling, Charts };

QString toString(ExportFormat format);
QString toString(ExportView view);
std::optional<ExportFormat> parseExportFormat(const QString& text); // "png", "svg", ...
std::optional<ExportView> parseExportView(const QString& text);     // "topology", ...
// The file extension of a format, without the dot.
QString fileExtension(ExportFormat format);

// PNG resolution limits: a scale of 1 is one pixel per scene unit (96 DPI).
inline constexpr double kMinPngScale = 0.5;
inline constexpr double kMaxPngScale = 4.0;
inline constexpr double kSceneDpi = 96.0;

// Everything the user chooses for one export. Options that do not apply to a format are
// ignored by it (a draw.io file has no scale).
struct ExportOptions {
    ExportView view = ExportView::Topology;
    std::string environment; // "" = the whole design
    // Ids of the chosen elements; when not empty the pictures and the draw.io file hold only
    // them (overriding `environment`). The design report always covers the design or one
    // environment.
    std::vector<std::string> selection;
    bool darkTheme = false;
    bool transparent = false; // PNG only
    double scale = 2.0;       // PNG pixels per scene unit
    std::optional<int> dpi;   // PNG: overrides scale (scale = dpi / 96) and is stored in the file
    QPageSize::PageSizeId pageSize = QPageSize::A4; // PDF and printing
    // PDF and printing: none = each page turned to its part's shape (PagedOutput).
    std::optional<QPageLayout::Orientation> orientation;
    // PDF and printing of the whole design's topology: each environment on a page of its
    // own instead of the design fitted to one.
    bool pagePerEnvironment = false;
    QString date; // PDF footer, title block and report date ("" = today, yyyy-MM-dd)
    // PNG, SVG and PDF of the topology view: a legend of the marks the picture holds, and a
    // title block with the design's name, description and date (PDF: page numbers too).
    bool legend = false;
    bool titleBlock = false;

    // The PNG scale after the DPI choice.
    double effectiveScale() const { return dpi ? *dpi / kSceneDpi : scale; }
};

} // namespace topo
