#include "cli/RunbookCommand.h"

#include "cli/CommandParser.h"
#include "cli/Console.h"
#include "core/runbook/RunbookText.h"
#include "editor/files/TopologyFile.h"

#include <algorithm>

namespace topo::cli {

namespace {

const char* const kDescription =
    R"(What to install where, in which order, with which values: per environment (the
application environments in file order, then LifeTime) the ordered steps (databases and
their catalogs, RabbitMQ, the deployment controller with Service Center, the System
Components and the licence, each front-end importing the controller's server.hsconf and
private.key, load balancer pools, zones, Service Center's host name), each naming the
OutSystems page it follows; per server a build sheet (installer, checklist role, OS and
Platform Server version, the prerequisites of that version, every Configuration Tool value
the design decides: controller, cache host, platform, session and log databases, never
localhost); then the registration of the environments in LifeTime, both ways over HTTPS;
and what the documentation does not give (the per-version installation checklist).

Formats: text (default), md (Markdown), html (a page), json ({"environments": [{"environment",
"name", "steps": [{"text", "reference"}], "buildSheets": [{"server", "name", "installer",
"checklistRole", "os", "platformVersion", "prerequisites", "configuration": [{"tab",
"field", "value", "note"}]}]}], "lifetimeRegistration": [...], "undocumented": [text]}).

Exit status: 0 on success; 2 when the file cannot be loaded, --environment names no
environment of the design, or the arguments are wrong.)";

} // namespace

int runRunbook(const QStringList& arguments)
{
    CommandParser command(QStringLiteral("runbook [options] FILE"),
                          QString::fromUtf8(kDescription));
    QCommandLineParser& parser = command.parser();
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("Output format: text, md, html or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption environmentOption(QStringLiteral("environment"),
                                               QStringLiteral("Only the environment with this id."),
                                               QStringLiteral("ID"));
    parser.addOptions({format, environmentOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The design file."));
    if (const std::optional<int> done = command.parse(arguments))
        return *done;
    const QString chosen = parser.value(format);
    if (!checkChoice(QStringLiteral("format"), chosen,
                     {QStringLiteral("text"), QStringLiteral("md"), QStringLiteral("html"),
                      QStringLiteral("json")}))
        return kExitFailure;
    const std::optional<QString> single = command.singleFile();
    if (!single)
        return kExitFailure;
    const QString& file = *single;
    const FileLoadResult loaded = loadTopologyFile(file);
    if (!loaded.ok()) {
        printErrorLine(loaded.errorText);
        return kExitFailure;
    }
    const Topology& topology = *loaded.topology;
    const std::string only = parser.value(environmentOption).toStdString();
    if (parser.isSet(environmentOption) && only.empty())
        return argumentError(QStringLiteral("--environment needs an environment id"));
    if (!only.empty() && std::none_of(topology.environments.begin(), topology.environments.end(),
                                      [&only](const Environment& e) { return e.id == only; }))
        return argumentError(QStringLiteral("%1: '%2' is not an environment of the design")
                                 .arg(file, fromStd(only)));
    const InstallRunbook runbook = installRunbook(topology, only);
    if (chosen == QStringLiteral("json"))
        printJson(runbookJson(runbook));
    else if (chosen == QStringLiteral("md"))
        printData(runbookMarkdown(runbook));
    else if (chosen == QStringLiteral("html"))
        printData(runbookHtmlPage(runbook, topology.name));
    else
        printData(runbookText(runbook));
    return kExitOk;
}

} // namespace topo::cli
