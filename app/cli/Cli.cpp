#include "cli/Cli.h"

#include "TopoVersion.h"
#include "cli/AnalyzeCommand.h"
#include "cli/Console.h"
#include "cli/DiffCommand.h"
#include "cli/ExportCommand.h"
#include "cli/FlowsCommand.h"
#include "cli/RulesCommand.h"
#include "cli/RunbookCommand.h"
#include "cli/SimulateCommand.h"
#include "cli/UpgradeCommand.h"
#include "cli/ValidateCommand.h"

#include <array>

namespace topo::cli {

namespace {

struct Command {
    const char* name;
    const char* synopsis;
    const char* summary;
    int (*run)(const QStringList& arguments);
};

constexpr std::array kCommands{
    Command{"validate", "validate FILE...", "Check designs against the design rules", runValidate},
    Command{"rules", "rules", "List the design rules", runRules},
    Command{"upgrade", "upgrade FILE -o OUT", "Rewrite a design in the current format version",
            runUpgrade},
    Command{"export", "export FILE -o OUT", "Write a design in another format", runExport},
    Command{"simulate", "simulate FILE --fail ID",
            "Simulate failures; --fail each lists the "
            "single points of failure",
            runSimulate},
    Command{"analyze", "analyze FILE", "Show the figures of the analysis docks per environment",
            runAnalyze},
    Command{"diff", "diff BEFORE AFTER", "Compare two designs: changes, findings and figures",
            runDiff},
    Command{"flows", "flows FILE", "List the network flows the design needs (ports to open)",
            runFlows},
    Command{"runbook", "runbook FILE",
            "Installation runbook and build sheets: what to install where, with which values",
            runRunbook},
};

const Command* findCommand(const QString& name)
{
    for (const Command& command : kCommands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

QString usage()
{
    return QStringLiteral("Usage: topology-cli COMMAND [options] [arguments]\n"
                          "       topology-cli --help | --version");
}

QString generalHelp()
{
    QString text = usage();
    text += QStringLiteral("\n\nChecks, converts and exports Topology Designer designs "
                           "without a window.\n\nCommands:\n");
    for (const Command& command : kCommands) {
        text += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(command.synopsis).leftJustified(24),
                         QString::fromLatin1(command.summary));
    }
    text += QStringLiteral(
        "\nOptions:\n"
        "  -h, --help              Show this help; 'topology-cli COMMAND --help' shows the\n"
        "                          options and output of one command.\n"
        "  -v, --version           Show the version.\n"
        "\nExit status: 0 on success; 1 when validate finds a problem at or above --fail-on\n"
        "or diff finds that the designs differ; 2 when a file cannot be loaded or written,\n"
        "or the arguments are wrong.");
    return text;
}

bool isOneOf(const QString& argument, std::initializer_list<const char*> spellings)
{
    for (const char* spelling : spellings) {
        if (argument == QLatin1String(spelling))
            return true;
    }
    return false;
}

} // namespace

int run(const QStringList& arguments)
{
    const QStringList rest = arguments.mid(1);
    if (rest.isEmpty())
        return argumentError(QStringLiteral("no command given\n") + usage());
    const QString& first = rest.constFirst();
    if (isOneOf(first, {"-h", "--help", "-?", "help"})) {
        // "help COMMAND" is the same as "COMMAND --help".
        if (rest.size() > 1 && findCommand(rest.at(1)))
            return findCommand(rest.at(1))->run({QStringLiteral("--help")});
        printLine(generalHelp());
        return kExitOk;
    }
    if (isOneOf(first, {"-v", "--version"})) {
        printLine(QStringLiteral("topology-cli " TOPO_VERSION));
        return kExitOk;
    }
    if (const Command* command = findCommand(first))
        return command->run(rest.mid(1));
    return argumentError(QStringLiteral("unknown command '%1'\n").arg(first) + usage() +
                         QStringLiteral("\nRun 'topology-cli --help' for the list of commands."));
}

} // namespace topo::cli
