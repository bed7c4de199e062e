#pragma once

#include "editor/document/DesignDiffView.h"
#include "editor/export/ViewPicture.h"
#include "editor/paint/CompareMarks.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace topo {

// How a comparison names its parts, shared by the Compare dock and the HTML section.
QString changeKindText(ElementDiff::Kind kind);        // "added", "removed", …
QString elementChangeTitle(const ElementDiff& change); // "PROD-FE-01 (server)"
QString figureChangeText(const FigureChange& change);  // "4 → 3"
// "Changes from A to B"
QString comparisonTitle(const QString& beforeName, const QString& afterName);

// The comparison as an HTML section of the report, "Changes from A to B": the element
// changes with each member's old and new value, the findings that appear and disappear, and
// per environment the figures before and after and the single points of failure that appear
// or disappear. Every model string is escaped.
QString comparisonSection(const DesignDiff& diff, const QString& beforeName,
                          const QString& afterName);

// The section as a self-contained HTML page, with `pictureSvg` (the marked design) inlined
// under it when not empty; well-formed XML.
QByteArray comparisonReport(const DesignDiff& diff, const QString& beforeName,
                            const QString& afterName, const QByteArray& pictureSvg);

// The design (or the compared one, on the view's "before" side) with the comparison's marks
// and ghosts, for the PNG and SVG writers.
Picture comparisonPicture(const Topology& design, const std::vector<Finding>& findings,
                          std::shared_ptr<const CompareView> view, bool darkTheme);

} // namespace topo
