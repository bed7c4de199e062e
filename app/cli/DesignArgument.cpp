#include "cli/DesignArgument.h"

#include "cli/CommandParser.h"
#include "cli/Console.h"
#include "core/edit/ElementArrays.h"
#include "core/edit/ElementLookup.h"
#include "editor/files/TopologyFile.h"

#include <algorithm>

namespace topo::cli {

QCommandLineOption environmentOption()
{
    return QCommandLineOption(QStringLiteral("environment"),
                              QStringLiteral("Only the environment with this id or name."),
                              QStringLiteral("ID"));
}

std::optional<DesignArgument> loadDesignArgument(CommandParser& command,
                                                 const QCommandLineOption& environmentOption)
{
    const std::optional<QString> single = command.singleFile();
    if (!single)
        return std::nullopt;
    FileLoadResult loaded = loadTopologyFile(*single);
    if (!loaded.ok()) {
        printErrorLine(loaded.errorText);
        return std::nullopt;
    }
    const QCommandLineParser& parser = command.parser();
    DesignArgument design{*single, std::move(*loaded.topology),
                          parser.value(environmentOption).toStdString()};
    if (parser.isSet(environmentOption) && design.environment.empty()) {
        argumentError(QStringLiteral("--environment needs an environment id"));
        return std::nullopt;
    }
    const auto& environments = design.topology.environments;
    // A name does as well as an id: the text outputs show names.
    if (!findById(environments, design.environment))
        if (const std::string id = idOfName(design.topology, design.environment);
            findById(environments, id))
            design.environment = id;
    if (!design.environment.empty() &&
        std::none_of(environments.begin(), environments.end(),
                     [&design](const Environment& e) { return e.id == design.environment; })) {
        argumentError(QStringLiteral("%1: '%2' is not an environment of the design")
                          .arg(design.file, fromStd(design.environment)));
        return std::nullopt;
    }
    return design;
}

} // namespace topo::cli
