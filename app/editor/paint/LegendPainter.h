#pragma once

#include "core/model/Topology.h"
#include "core/rules/Finding.h"
#include "editor/paint/Theme.h"
#include "editor/paint/TopologyPainter.h"

#include <QRectF>
#include <QSizeF>
#include <QString>

#include <string>
#include <vector>

class QPainter;

namespace topo {

// The marks of the topology picture a legend explains, in the legend's order.
enum class LegendMark {
    LifetimeFrontend,
    Frontend,
    DeploymentController,
    Scheduler,
    Standby,
    OutOfPool,
    SiteTag,
    Error,
    Warning,
    Info,
    Failed,
    Lost,
    LoadBalancing,
    DatabaseLink,
    QueueLink,
    Management
};

// Every mark the topology painter draws.
std::vector<LegendMark> allLegendMarks();
// The marks paintDesign() draws for this design with these options (its environment or
// selection only). Failover marks never appear: a picture of the design shows no scenario.
std::vector<LegendMark> legendMarksOf(const Topology& topology,
                                      const std::vector<Finding>& findings,
                                      const PaintOptions& options);
// The marks of the cards of these servers (badges, service markers, site tags): what the
// scaling view draws.
std::vector<LegendMark> serverLegendMarks(const Topology& topology,
                                          const std::vector<std::string>& servers);
// The explanation written beside a mark ("Front-end", "Standby: ...").
QString legendText(LegendMark mark);

// The legend of `marks` laid out in as many columns as fit in `maxWidth` (at least one): a
// framed box with a heading and one row per mark, the sample drawn by the picture's own
// code. Empty for no marks.
QSizeF legendSize(const std::vector<LegendMark>& marks, const Theme& theme, double maxWidth);
void paintLegend(QPainter& p, const QRectF& rect, const std::vector<LegendMark>& marks,
                 const Theme& theme);

} // namespace topo
