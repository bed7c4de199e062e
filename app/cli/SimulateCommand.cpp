#include "cli/SimulateCommand.h"

#include "cli/CommandParser.h"
#include "cli/Console.h"
#include "core/analysis/AnalysisReport.h"
#include "core/analysis/AvailabilityModel.h"
#include "core/analysis/FailoverRunbook.h"
#include "core/analysis/SinglePointsOfFailure.h"
#include "core/edit/ElementLookup.h"
#include "core/model/DisplayName.h"
#include "editor/files/TopologyFile.h"

#include <sstream>

namespace topo::cli {

namespace {

const char* const kDescription =
    R"(Failover simulation. Marks the servers, load balancers, databases, queues or
sites named by --fail as failed (a failed site fails every element placed in it) and
reports, per environment, what still works: serving traffic (per app-hosting zone),
publishing, timers (per zone), cache invalidation, LifeTime management, and the capacity
left against expectedRequestsPerSecond. Capacity left counts the live traffic front-ends
that users reach (through a live load balancer, when a balancer targets them): it is 0 in
an environment or zone where serving stopped. Losing the only active deployment controller
stops publishing and cache invalidation, whatever machine runs RabbitMQ. Standby servers
take over only after a manual failover, so they never serve in the simulation. A database
or queue fails as a whole.

--fail each fails every element alone in turn and lists the single points of failure:
the elements whose failure stops something that worked, worst first (serving, publishing,
capacity below the expected load, timers, cache invalidation, LifeTime management), ties
in file order. Clustered databases (haMode not none, 2+ nodes) and queues (2+ nodes) are
not tried alone: one node failing does not take them down.

JSON output with --fail ID[,ID...]:
  {"file": F, "failed": [ids], "environments": [{"environment": id, "name": N,
   "serving": bool, "zones": [{"zone": id, "serving": bool, "timers": bool,
   "capacity": {"left": req/s, "total": req/s}}],
   "publishing": bool, "timers": bool, "cacheInvalidation": bool,
   "lifetimeManagement": bool,
   "capacity": {"left": req/s, "total": req/s, "expected": req/s, "arithmetic": text},
   "notes": [text]}],
   "runbook": [{"failed": id, "title": text, "environment": id,
     "procedure": text, "reference": page title, "steps": [text],
     "consequences": [text]}]}
The runbook gives, per failed element, the documented procedure of "OutSystems Platform
Server failover procedures" with the design's names (activate a passive front-end; move
the controller to a standby controller, else the first other front-end; move it with
RabbitMQ when the queue runs on it), or procedure "" where the documentation has none.
JSON output with --fail each:
  {"file": F, "singlePointsOfFailure": [{"element": id, "kind": "server"|"loadBalancer"|
   "database"|"queue"|"site", "name": N, "breaks": [{"environment": id,
   "what": ["serving"|"publishing"|"capacity"|"timers"|"cacheInvalidation"|
            "lifetimeManagement", ...], "zones": [zone ids]}]}]}

Exit status: 0 on success; 2 when the file cannot be loaded, an id given to --fail is
not a server, load balancer, database, queue or site of the design, or the arguments
are wrong.)";

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("NO");
}

QString rate(double value)
{
    std::ostringstream out;
    out << value;
    return fromStd(out.str()) + QStringLiteral(" req/s");
}

Json environmentJson(const EnvironmentStatus& status)
{
    Json zones = Json::array();
    for (const ZoneStatus& zone : status.zones)
        zones.push_back(
            {{"zone", zone.zone},
             {"serving", zone.serving},
             {"timers", zone.timers},
             {"capacity", {{"left", zone.capacityLeft}, {"total", zone.capacityTotal}}}});
    return Json{{"environment", status.environment},
                {"name", status.name},
                {"serving", status.serving},
                {"zones", std::move(zones)},
                {"publishing", status.publishing},
                {"timers", status.timers},
                {"cacheInvalidation", status.cacheInvalidation},
                {"lifetimeManagement", status.lifetimeManagement},
                {"capacity",
                 {{"left", status.capacityLeft},
                  {"total", status.capacityTotal},
                  {"expected", status.expected},
                  {"arithmetic", status.capacityArithmetic}}},
                {"notes", status.notes}};
}

// The text names elements, environments and zones as the user does; ids are in the JSON.
void printResultText(const QString& file, const Topology& topology, const FailoverResult& result)
{
    QStringList names;
    for (const std::string& id : result.failed)
        names << fromStd(displayName(topology, id));
    printLine(file + QStringLiteral(": failed: ") +
              (names.isEmpty() ? QStringLiteral("nothing") : names.join(QStringLiteral(", "))));
    for (const EnvironmentStatus& status : result.environments) {
        printLine(fromStd(displayName(status.name, status.environment)));
        printLine(QStringLiteral("  serving: ") + yesNo(status.serving));
        for (const ZoneStatus& zone : status.zones)
            printLine(QStringLiteral("    zone %1: serving %2, timers %3, capacity %4 of %5 left")
                          .arg(fromStd(displayName(zone.name, zone.zone)), yesNo(zone.serving),
                               yesNo(zone.timers), rate(zone.capacityLeft),
                               rate(zone.capacityTotal)));
        printLine(QStringLiteral("  publishing: ") + yesNo(status.publishing));
        printLine(QStringLiteral("  timers: ") + yesNo(status.timers));
        printLine(QStringLiteral("  cache invalidation: ") + yesNo(status.cacheInvalidation));
        printLine(QStringLiteral("  LifeTime management: ") + yesNo(status.lifetimeManagement));
        QString capacity = QStringLiteral("  capacity: %1 of %2 left")
                               .arg(rate(status.capacityLeft), rate(status.capacityTotal));
        if (status.expected > 0)
            capacity += QStringLiteral(", %1 expected").arg(rate(status.expected));
        printLine(capacity);
        printLine(QStringLiteral("    ") + fromStd(status.capacityArithmetic));
        for (const std::string& note : status.notes)
            printLine(QStringLiteral("  - ") + fromStd(note));
    }
    printLine(QStringLiteral("Model: ") + fromStd(AvailabilityModel::modelStatement()));
}

void printRunbooks(const std::vector<FailoverRunbook>& runbooks)
{
    if (!runbooks.empty())
        printLine(QStringLiteral("Runbook:"));
    for (const FailoverRunbook& runbook : runbooks)
        for (const std::string& line : runbookLines(runbook))
            printLine(fromStd(line));
}

Json runbookJson(const std::vector<FailoverRunbook>& runbooks)
{
    Json list = Json::array();
    for (const FailoverRunbook& r : runbooks)
        list.push_back({{"failed", r.failed},
                        {"title", r.title},
                        {"environment", r.environment},
                        {"procedure", r.procedure},
                        {"reference", r.reference},
                        {"steps", r.steps},
                        {"consequences", r.consequences}});
    return list;
}

QString phrase(Capability capability)
{
    switch (capability) {
    case Capability::Serving:
        return QStringLiteral("serving");
    case Capability::Publishing:
        return QStringLiteral("publishing");
    case Capability::Capacity:
        return QStringLiteral("capacity for the expected load");
    case Capability::Timers:
        return QStringLiteral("timers");
    case Capability::CacheInvalidation:
        return QStringLiteral("cache invalidation");
    case Capability::Management:
        return QStringLiteral("LifeTime management");
    }
    return {};
}

QString whatText(const Breakage& breakage)
{
    QStringList words;
    for (Capability capability : breakage.what)
        words << phrase(capability);
    QString text = words.join(QStringLiteral(", "));
    if (!breakage.zones.empty()) {
        QStringList zones;
        for (const std::string& zone : breakage.zones)
            zones << fromStd(zone);
        text += QStringLiteral(" (zones ") + zones.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    return text;
}

void printEach(const QString& file, const Topology& topology,
               const std::vector<SinglePointOfFailure>& points, bool json)
{
    if (json) {
        printJson(Json{{"file", file.toStdString()},
                       {"singlePointsOfFailure", singlePointsJson(points)}});
        return;
    }
    printLine(QStringLiteral("%1: %2 %3")
                  .arg(file)
                  .arg(points.size())
                  .arg(points.size() == 1 ? QStringLiteral("single point of failure")
                                          : QStringLiteral("single points of failure")));
    for (const SinglePointOfFailure& point : points) {
        printLine(QStringLiteral("%1 (%2)").arg(fromStd(displayName(point.name, point.element)),
                                                fromStd(toString(point.kind))));
        for (const Breakage& breakage : point.breaks)
            printLine(
                QStringLiteral("  %1: breaks %2")
                    .arg(fromStd(displayName(topology, breakage.environment)), whatText(breakage)));
    }
}

} // namespace

int runSimulate(const QStringList& arguments)
{
    CommandParser command(QStringLiteral("simulate [options] FILE --fail ID[,ID...]|each"),
                          QString::fromUtf8(kDescription));
    QCommandLineParser& parser = command.parser();
    const QCommandLineOption failOption(
        QStringLiteral("fail"),
        QStringLiteral("Ids or names of the failed elements, separated by commas; 'each' "
                       "lists the single points of failure."),
        QStringLiteral("ID[,ID...]|each"));
    parser.addOption(failOption);
    command.addFormatOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The design file."));
    if (const std::optional<int> done = command.parse(arguments))
        return *done;

    const std::optional<bool> json = command.jsonFormat();
    if (!json)
        return kExitFailure;
    const std::optional<QString> single = command.singleFile();
    if (!single)
        return kExitFailure;
    if (!parser.isSet(failOption))
        return argumentError(QStringLiteral("simulate needs --fail ID[,ID...] or --fail each "
                                            "(see 'topology-cli simulate --help')"));
    std::vector<std::string> failed;
    for (const QString& values : parser.values(failOption)) {
        for (const QString& id : values.split(QLatin1Char(','), Qt::SkipEmptyParts))
            failed.push_back(id.trimmed().toStdString());
    }
    if (failed.empty())
        return argumentError(QStringLiteral("--fail needs at least one id, or 'each'"));

    const QString& file = *single;
    const FileLoadResult loaded = loadTopologyFile(file);
    if (!loaded.ok()) {
        printErrorLine(loaded.errorText);
        return kExitFailure;
    }
    if (failed.size() == 1 && failed.front() == "each") {
        printEach(file, *loaded.topology, simulateEach(*loaded.topology), *json);
        return kExitOk;
    }
    const FailoverSimulation simulation(*loaded.topology);
    for (std::string& id : failed) {
        // A name does as well as an id: the text output shows names.
        if (!simulation.kindOf(id))
            if (std::string named = idOfName(*loaded.topology, id); !named.empty())
                id = named;
        if (!simulation.kindOf(id))
            return argumentError(QStringLiteral("%1: '%2' is not a server, load balancer, "
                                                "database, queue or site of the design")
                                     .arg(file, fromStd(id)));
    }
    const FailoverResult result = simulation.simulate(failed);
    if (!*json) {
        printResultText(file, *loaded.topology, result);
        printRunbooks(failoverRunbooks(*loaded.topology, result.failed));
        return kExitOk;
    }
    Json environments = Json::array();
    for (const EnvironmentStatus& status : result.environments)
        environments.push_back(environmentJson(status));
    printJson(Json{{"file", file.toStdString()},
                   {"failed", result.failed},
                   {"environments", std::move(environments)},
                   {"runbook", runbookJson(failoverRunbooks(*loaded.topology, result.failed))}});
    return kExitOk;
}

} // namespace topo::cli
