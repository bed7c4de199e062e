#pragma once

#include "export/ExportOptions.h"
#include "export/ViewPicture.h"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>

namespace topo {

// A picture's PNG, SVG and PDF encodings. Each one runs the picture's painting callback on
// its own paint device, so the three files show the same drawing.

// The largest PNG written (pixels, about 1 GB of memory while drawing).
inline constexpr qint64 kMaxPngPixels = 256'000'000;

// The picture rasterised at `scale` pixels per scene unit; transparent or filled with the
// picture's background. A null image when it would exceed kMaxPngPixels or memory.
QImage renderPicture(const Picture& picture, double scale, bool transparent);

// The pixel size of the picture at `scale` (the bounds, rounded up).
QSize imageSize(const Picture& picture, double scale);

// PNG bytes at options.effectiveScale(), with the DPI (when chosen) and the title stored in
// the file. nullopt with `error` set when the image would be too large.
std::optional<QByteArray> pngBytes(const Picture& picture, const ExportOptions& options,
                                   const QString& title, QString* error);

// SVG with real <text> elements, a viewBox of the picture's size (one unit per scene unit),
// a <title> and a <desc>.
QByteArray svgBytes(const Picture& picture, const QString& title, const QString& description);

// A one-page vector PDF of the picture fitted to the page size and orientation of `options`,
// with `footer` at the bottom of the page.
QByteArray pdfBytes(const Picture& picture, const ExportOptions& options, const QString& title,
                    const QString& footer);

} // namespace topo
