#pragma once

#include "core/model/Topology.h"
#include "core/rules/Finding.h"

#include <QByteArray>
#include <QString>

#include <string>
#include <vector>

namespace topo {

// What the design report shows besides the design itself.
struct ReportContent {
    QByteArray topologySvg;  // the topology picture (SvgWriter output), inlined
    QByteArray scalingSvg;   // the scaling picture, inlined when the build draws it
    QString date;            // shown under the title
    std::string environment; // "" = the whole design, else only that environment
};

// The design report: one self-contained HTML file (inline CSS and SVG, no script, no
// external resource) with the design's name and description, totals, a section per
// environment, the capacity and single points of failure of each environment, and the
// findings grouped by severity with their rationale and reference. Landmarks: a header, a
// contents nav, one main holding every section, a footer; each picture fitted to the page
// with a checkbox that shows it at its natural size.
// Every model string is escaped; the output is also well-formed XML.
QByteArray htmlReport(const Topology& topology, const std::vector<Finding>& findings,
                      const ReportContent& content);

} // namespace topo
