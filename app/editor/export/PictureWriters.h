#pragma once

#include "editor/export/ExportOptions.h"
#include "editor/export/ViewPicture.h"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>

namespace topo {

// A picture's PNG, SVG and PDF encodings. Each one runs the picture's painting callback on
// its own paint device, so the three files show the same drawing.

// "Topology Designer <version>": the creator written into the files.
QString exportCreator();

// The largest image renderPicture() draws (pixels, about 1 GB of memory while drawing).
inline constexpr qint64 kMaxPngPixels = 256'000'000;

// A PNG that would exceed kPngPixelBudget pixels is written at a smaller scale that fits it.
// A whole 1,000-server design at 2x would be about 215 megapixels: close to 1 GB while
// drawing, several seconds to paint and encode, and more than most image viewers and web
// pages open. 20 megapixels (e.g. 6,300 x 3,150, more than a 4K screen) show such a design
// at a scale of about 0.6, names still legible, and keep its export under a second (painting
// costs about 20 ms per megapixel here); SVG and PDF keep every detail at any size.
inline constexpr qint64 kPngPixelBudget = 20'000'000;
// Below this scale the text of a card is under 3 pixels high: such a PNG is refused instead.
inline constexpr double kMinReducedPngScale = 0.25;

// The scale a PNG of `picture` is written at: `requested`, or less when the image would
// exceed kPngPixelBudget.
double pngScale(const Picture& picture, double requested);

// The picture rasterised at `scale` pixels per scene unit; transparent or filled with the
// picture's background. A null image when it would exceed kMaxPngPixels or memory.
QImage renderPicture(const Picture& picture, double scale, bool transparent);

// The pixel size of the picture at `scale` (the bounds, rounded up).
QSize imageSize(const Picture& picture, double scale);

// The image as PNG bytes (with its text and resolution); empty when the encoder fails.
QByteArray pngEncoded(const QImage& image);

// PNG bytes at pngScale() of options.effectiveScale(), with the DPI (when chosen) and the
// title stored in the file. A reduced scale is explained in `notice` (one line). nullopt
// with `error` set when even the reduced image would be unreadable.
std::optional<QByteArray> pngBytes(const Picture& picture, const ExportOptions& options,
                                   const QString& title, QString* error, QString* notice = nullptr);

// SVG with real <text> elements, a viewBox of the picture's size (one unit per scene unit),
// a <title> and a <desc>; each style written once as a CSS class, repeated shapes as <use>
// (SvgPaintEngine). `namePrefix` starts the class names: pictures inlined in one HTML page
// need different ones.
QByteArray svgBytes(const Picture& picture, const QString& title, const QString& description,
                    const QString& namePrefix = QStringLiteral("s"));

// A vector PDF of the picture fitted to the page size and orientation of `options` (none:
// each page turned to its part's shape), with `footer` at the bottom of the page: one page,
// or one per part of `picture.pages` (PagedOutput).
QByteArray pdfBytes(const Picture& picture, const ExportOptions& options, const QString& title,
                    const QString& footer);

} // namespace topo
