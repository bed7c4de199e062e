#include "cli/FlowsCommand.h"

#include "cli/CommandParser.h"
#include "cli/Console.h"
#include "cli/DesignArgument.h"
#include "core/flows/FlowTables.h"

namespace topo::cli {

namespace {

const char* const kDescription =
    R"(Every connection the platform needs between the design's elements (network-flows.md):
kinds app-access, load-balancing, controller, deployment, monitoring, cache-invalidation,
rabbitmq-cluster, database, telemetry, mobile-build, lifetime, development and
zone-address; all TCP. Environments in file order, kinds in that order, then source,
destination and port. Ports that must never face the internet (12000-12002, 12100-12102,
5672, 4369, 25672, 1433, 1521) are marked internal.

--group gives one row per environment, kind, port, source role group and destination role
group, naming its members ("Production front-ends (4) -> PROD-DC: 12000"): the rows of a
firewall request.

JSON output:
  {"flows": [{"environment", "kind", "source": {"kind", "id", "name"},
   "destination": {"kind", "id", "name", "address"}, "port",
   "protocol", "purpose", "reference", "internal"}]}
with --group:
  {"groups": [{"environment", "kind", "port", "protocol", "purpose",
   "reference", "internal", "source": {"group", "title", "members":
   [{"kind", "id", "name", "address"}]}, "destination": {...}}]}
CSV output (RFC 4180, CRLF line ends): environment, kind, source, source address,
destination, destination address, port, protocol, purpose, reference, internal.

Exit status: 0 on success; 2 when the file cannot be loaded, --environment names no
environment of the design, or the arguments are wrong.)";

} // namespace

int runFlows(const QStringList& arguments)
{
    CommandParser command(QStringLiteral("flows [options] FILE"), QString::fromUtf8(kDescription));
    QCommandLineParser& parser = command.parser();
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("Output format: text, json or csv."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption environment = environmentOption();
    const QCommandLineOption group(QStringLiteral("group"),
                                   QStringLiteral("One row per role group instead of per host."));
    parser.addOptions({format, environment, group});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The design file."));
    if (const std::optional<int> done = command.parse(arguments))
        return *done;
    const QString chosen = parser.value(format);
    if (!checkChoice(QStringLiteral("format"), chosen,
                     {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")}))
        return kExitFailure;
    const std::optional<DesignArgument> design = loadDesignArgument(command, environment);
    if (!design)
        return kExitFailure;
    const Topology& topology = design->topology;
    const std::string& only = design->environment;

    if (parser.isSet(group)) {
        const std::vector<FlowGroupRow> rows = groupedFlows(topology, only);
        if (chosen == QStringLiteral("json"))
            printJson(groupsJson(topology, rows));
        else if (chosen == QStringLiteral("csv"))
            printData(groupsCsv(topology, rows));
        else
            for (const std::string& line : groupLines(topology, rows))
                printLine(fromStd(line));
        return kExitOk;
    }
    const std::vector<NetworkFlow> flows = networkFlows(topology, only);
    if (chosen == QStringLiteral("json"))
        printJson(flowsJson(topology, flows));
    else if (chosen == QStringLiteral("csv"))
        printData(flowsCsv(topology, flows));
    else
        for (const std::string& line : flowLines(topology, flows))
            printLine(fromStd(line));
    return kExitOk;
}

} // namespace topo::cli
