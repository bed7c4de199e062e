#include "editor/export/ReportOperations.h"

#include "core/flows/FlowGroups.h"
#include "core/runbook/RunbookText.h"
#include "editor/export/ExportText.h"
#include "editor/export/ReportTables.h"

#include <QCoreApplication>

#include <set>

namespace topo {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("HtmlReport", text);
}

} // namespace

QString networkSection(const Topology& topology, const std::string& environment)
{
    const FlowEnds ends(topology);
    QString text = QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                       .arg(html(tr("Network flows")),
                            html(tr("Every connection the platform needs, one row per role group "
                                    "and port, as topology-cli flows --group lists them; "
                                    "internal ports must never face the internet.")));
    text += QStringLiteral("<table>\n<thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                           "<th>%5</th><th>%6</th></tr></thead>\n<tbody>\n")
                .arg(html(tr("Environment")), html(tr("Kind")), html(tr("From")), html(tr("To")),
                     html(tr("Port")), html(tr("Exposure")));
    for (const FlowGroupRow& row : groupedFlows(topology, environment))
        text += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5/%6</td>"
                               "<td>%7</td></tr>\n")
                    .arg(html(topology.environments[row.environment].name),
                         html(std::string(flowKindName(row.kind))),
                         html(sideTitle(row.source, ends)), html(sideTitle(row.destination, ends)))
                    .arg(row.port)
                    .arg(html(std::string(protocolName())),
                         internalPort(row.port) ? html(tr("internal")) : QString());
    return text + QStringLiteral("</tbody>\n</table>\n");
}

QString runbookSection(const Topology& topology, const std::string& environment,
                       const std::vector<EnvironmentAnalysis>& analyses)
{
    QString text = qstr(runbookHtmlSection(installRunbook(topology, environment), 2));
    std::vector<std::string> points;
    std::set<std::string> seen;
    for (const EnvironmentAnalysis& analysis : analyses)
        for (const SinglePointOfFailure& point : analysis.singlePointsOfFailure)
            if (seen.insert(point.element).second)
                points.push_back(point.element);
    const std::vector<FailoverRunbook> runbooks = failoverRunbooks(topology, points);
    if (runbooks.empty())
        return text;
    text += QStringLiteral("<h3>%1</h3>\n").arg(html(tr("Failover runbooks")));
    for (const FailoverRunbook& r : runbooks)
        text += failoverRunbookHtml(r, true);
    return text;
}

QString failoverRunbookHtml(const FailoverRunbook& runbook, bool asHeading)
{
    const QString procedure =
        runbook.procedure.empty()
            ? (asHeading ? tr("No documented procedure.") : tr("no documented procedure"))
            : QStringLiteral("“%1” (%2)").arg(qstr(runbook.procedure), qstr(runbook.reference));
    QString text =
        asHeading
            ? QStringLiteral("<h4>%1</h4>\n<p>%2</p>\n").arg(html(runbook.title), html(procedure))
            : QStringLiteral("<p><b>%1</b>: %2</p>\n").arg(html(runbook.title), html(procedure));
    if (!runbook.steps.empty()) {
        text += QStringLiteral("<ol>\n");
        for (const std::string& step : runbook.steps)
            text += QStringLiteral("<li>%1</li>\n").arg(html(step));
        text += QStringLiteral("</ol>\n");
    }
    text += QStringLiteral("<ul>\n");
    for (const std::string& consequence : runbook.consequences)
        text += QStringLiteral("<li>%1</li>\n").arg(html(consequence));
    return text + QStringLiteral("</ul>\n");
}

} // namespace topo
