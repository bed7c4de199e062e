// The figures of the scaling picture in words: the header line of each environment and the
// arithmetic behind the figure under the pointer, read from the environment's analysis.
#include "editor/paint/PaintPrimitives.h"
#include "editor/paint/ScalingPainter.h"
#include "editor/paint/ScalingParts.h"

#include <QStringList>

namespace topo {

using paint::qs;
using paint::requestRate;
using paint::tr;

QString ScalingPainter::headerSummary(std::size_t index) const
{
    if (index >= m_analyses.size())
        return {};
    const EnvironmentAnalysis& analysis = m_analyses[index];
    const FrontEndCount& frontEnds = analysis.frontEnds;
    QString summary =
        frontEnds.all == 1 ? tr("1 front-end") : tr("%1 front-ends").arg(frontEnds.all);
    if (frontEnds.traffic != frontEnds.all)
        summary += tr(" (%1 in traffic)").arg(frontEnds.traffic);
    summary += tr(" · %1 req/s · %2 req/s per core")
                   .arg(requestRate(analysis.capacity.total),
                        QString::number(analysis.capacity.perCore, 'g', 6));
    if (analysis.capacity.hasExpectation())
        summary += tr(" · expected %1 req/s").arg(requestRate(analysis.capacity.expected));
    return summary;
}

namespace {

QString capacityToolTip(const EnvironmentAnalysis& analysis)
{
    const CapacityArithmetic& how = analysis.capacityArithmetic;
    return QStringList{qs(analysis.frontEnds.arithmetic), tr("Capacity: %1").arg(qs(how.total)),
                       tr("N\u22121: %1").arg(qs(how.nMinus1)),
                       tr("Balanced deployment: %1").arg(qs(how.balancedDeployment)),
                       tr("Per core: %1").arg(qs(how.perCore))}
        .join(QLatin1Char('\n'));
}

QString controllerToolTip(const ControllerScaling& controller)
{
    if (!controller.server)
        return tr("No deployment controller.");
    return tr("Guidance: %1 (%2)\nNext size up: %3")
        .arg(paint::specText(controller.guidance), qs(controller.guidanceSource),
             paint::specText(controller.nextSize));
}

} // namespace

QString ScalingPainter::toolTipAt(const QPointF& scenePoint) const
{
    const auto& environments = m_layout.environments();
    for (std::size_t i = 0; i < environments.size() && i < m_analyses.size(); ++i) {
        const EnvironmentLayout& layout = environments[i];
        if (!layout.frame.contains(scenePoint))
            continue;
        if (layout.header.contains(scenePoint))
            return capacityToolTip(m_analyses[i]);
        for (std::size_t c = 0; c < layout.clusters.size(); ++c)
            if (layout.clusters[c].box.contains(scenePoint))
                return qs(layout.plan.frontEnds[c].arithmetic);
        if (layout.controller.body.contains(scenePoint))
            return controllerToolTip(layout.plan.controller);
    }
    return {};
}

} // namespace topo
