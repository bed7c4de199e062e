#include "editor/export/ReportAnalysis.h"

#include "core/analysis/EnvironmentAnalysis.h"
#include "core/model/DisplayName.h"
#include "editor/export/ExportText.h"
#include "editor/export/ReportTables.h"

#include <QCoreApplication>
#include <QStringList>

#include <utility>
#include <vector>

namespace topo {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("topo::Export", text);
}

// Requests per second, whole: the sizing figures are estimates, decimals would suggest
// a precision they do not have.
QString rate(double requestsPerSecond)
{
    return QString::number(requestsPerSecond, 'f', 0);
}

// Front-ends whose cores are not stated count for nothing: say so rather than show a bare 0.
int unstatedCores(const Topology& topology, const EnvironmentCapacity& capacity)
{
    int count = 0;
    for (const std::string& id : capacity.trafficFrontEnds)
        for (const Server& server : topology.servers)
            if (server.id == id && server.hardware.cpuCores == 0)
                ++count;
    return count;
}

QString verdict(const Topology& topology, const EnvironmentCapacity& capacity)
{
    if (capacity.trafficFrontEnds.empty())
        return tr("No front-end serves traffic.");
    if (const int unstated = unstatedCores(topology, capacity); unstated > 0)
        return tr("%1 of the front-ends have no stated cores and count for nothing; state "
                  "their hardware.")
            .arg(unstated);
    if (!capacity.hasExpectation())
        return tr("No expected load is stated.");
    if (capacity.carriesExpectedWithOneDown())
        return tr("Carries the expected load, also with one front-end down.");
    if (capacity.carriesExpected())
        return tr("Carries the expected load, but not with one front-end down.");
    return tr("Does not carry the expected load.");
}

QString capacityTable(const Topology& topology, const EnvironmentAnalysis& analysis)
{
    const EnvironmentCapacity& capacity = analysis.capacity;
    const QStringList row{QString::number(analysis.frontEnds.traffic),
                          rate(capacity.total),
                          rate(capacity.withoutLargest),
                          rate(capacity.balancedDeployment),
                          capacity.hasExpectation() ? rate(capacity.expected) : tr("not stated"),
                          html(verdict(topology, capacity))};
    return htmlTable(tr("Capacity (requests per second)"),
                     {tr("Traffic front-ends"), tr("Total"), tr("With one down (N\u22121)"),
                      tr("Balanced deployment"), tr("Expected"), tr("Verdict")},
                     {htmlRow(row)});
}

// How each figure of the capacity table is worked out, as the docks' tooltips say it.
QString arithmeticList(const EnvironmentAnalysis& analysis)
{
    const CapacityArithmetic& how = analysis.capacityArithmetic;
    const std::pair<QString, std::string> items[] = {
        {tr("Traffic front-ends"), analysis.frontEnds.arithmetic},
        {tr("Total"), how.total},
        {tr("N\u22121"), how.nMinus1},
        {tr("Balanced deployment"), how.balancedDeployment},
    };
    QString text = QStringLiteral("<ul class=\"arithmetic\">\n");
    for (const auto& [what, arithmetic] : items)
        text += QStringLiteral("<li>%1: %2</li>\n").arg(html(what), html(arithmetic));
    return text + QStringLiteral("</ul>\n");
}

QString capabilityText(Capability capability)
{
    switch (capability) {
    case Capability::Serving:
        return tr("serving traffic");
    case Capability::Publishing:
        return tr("publishing");
    case Capability::Capacity:
        return tr("capacity for the expected load");
    case Capability::Timers:
        return tr("timers");
    case Capability::CacheInvalidation:
        return tr("cache invalidation");
    case Capability::Management:
        return tr("LifeTime management");
    }
    return {};
}

QString kindText(FailableKind kind)
{
    switch (kind) {
    case FailableKind::Site:
        return tr("Site");
    case FailableKind::Server:
        return tr("Server");
    case FailableKind::LoadBalancer:
        return tr("Load balancer");
    case FailableKind::Database:
        return tr("Database");
    case FailableKind::Queue:
        return tr("Message queue");
    }
    return {};
}

// What one failure stops in `env`, zones by name.
QString breakageText(const Environment& env, const Breakage& breakage)
{
    QStringList what;
    for (Capability capability : breakage.what)
        what.append(capabilityText(capability));
    QString text = what.join(QStringLiteral(", "));
    QStringList zones;
    for (const std::string& id : breakage.zones)
        for (const Zone& zone : env.zones)
            if (zone.id == id)
                zones.append(qstr(displayName(zone)));
    if (!zones.isEmpty())
        text += tr(" (zones: %1)").arg(zones.join(QStringLiteral(", ")));
    return text;
}

QString spofTable(const Environment& env, const std::vector<SinglePointOfFailure>& points)
{
    QStringList rows;
    for (const SinglePointOfFailure& point : points)
        for (const Breakage& breakage : point.breaks)
            if (breakage.environment == env.id)
                rows.append(
                    htmlRow({html(displayName(point.name, point.element)),
                             html(kindText(point.kind)), html(breakageText(env, breakage))}));
    if (rows.isEmpty())
        return QStringLiteral("<p>%1</p>\n")
            .arg(html(tr("No single point of failure: no one element failing alone stops "
                         "anything here.")));
    return htmlTable(tr("Single points of failure, worst first"),
                     {tr("Element"), tr("Kind"), tr("Its failure alone stops")}, rows);
}

} // namespace

QString analysisSection(const Topology& topology, const std::vector<EnvironmentAnalysis>& analyses)
{
    QString text =
        QStringLiteral("<h2>%1</h2>\n").arg(html(tr("Capacity and single points of failure")));
    for (const EnvironmentAnalysis& analysis : analyses) {
        const Environment* env = nullptr;
        for (const Environment& candidate : topology.environments)
            if (candidate.id == analysis.environment)
                env = &candidate;
        text += QStringLiteral("<h3>%1</h3>\n").arg(html(analysis.name));
        text += capacityTable(topology, analysis);
        text += arithmeticList(analysis);
        text += spofTable(*env, analysis.singlePointsOfFailure);
    }
    return text;
}

} // namespace topo
