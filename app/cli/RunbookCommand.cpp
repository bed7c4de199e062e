#include "cli/RunbookCommand.h"

#include "cli/CommandParser.h"
#include "cli/Console.h"
#include "cli/DesignArgument.h"
#include "core/runbook/RunbookText.h"

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
    const QCommandLineOption environment = environmentOption();
    parser.addOptions({format, environment});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The design file."));
    if (const std::optional<int> done = command.parse(arguments))
        return *done;
    const QString chosen = parser.value(format);
    if (!checkChoice(QStringLiteral("format"), chosen,
                     {QStringLiteral("text"), QStringLiteral("md"), QStringLiteral("html"),
                      QStringLiteral("json")}))
        return kExitFailure;
    const std::optional<DesignArgument> design = loadDesignArgument(command, environment);
    if (!design)
        return kExitFailure;
    const Topology& topology = design->topology;
    const InstallRunbook runbook = installRunbook(topology, design->environment);
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
