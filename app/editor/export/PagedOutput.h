#pragma once

#include "editor/export/ExportOptions.h"
#include "editor/export/ViewPicture.h"

#include <QPageLayout>
#include <QRectF>
#include <QString>

#include <vector>

class QPagedPaintDevice;

namespace topo {

// Pictures laid out on pages: the PDF export and the designer's printing share this code, so
// the printed page and the PDF page are the same.

// The parts of `picture` that each take a page: its pages, or all of it on one.
std::vector<QRectF> pageParts(const Picture& picture);

// The orientation a part of this shape reads best on: landscape for a wide one, portrait for
// a tall one (a square one: landscape).
QPageLayout::Orientation orientationFor(const QRectF& part);

// The orientation of the page of `part`: the options' own, or the part's shape.
QPageLayout::Orientation pageOrientation(const ExportOptions& options, const QRectF& part);

// The page layout of `options` (size, margins) turned to `orientation`.
QPageLayout pageLayout(const ExportOptions& options, QPageLayout::Orientation orientation);

// Paints `picture` on `device` (a PDF writer, a printer, a print preview), one part per page,
// each fitted and centred above a footer band holding `footer` (with "Page N of M" when the
// options ask for a title block) and the program's name. Without a fixed orientation in the
// options, each page is turned to its part's shape.
void paintOnPages(QPagedPaintDevice& device, const Picture& picture, const ExportOptions& options,
                  const QString& footer);

} // namespace topo
