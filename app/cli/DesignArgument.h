#pragma once

#include "core/model/Topology.h"

#include <QCommandLineOption>
#include <QString>

#include <optional>
#include <string>

namespace topo::cli {

class CommandParser;

// The design a command works on: its one FILE argument, loaded, and the environment its
// --environment option names ("" = every one).
struct DesignArgument {
    QString file;
    Topology topology;
    std::string environment;
};

// After the command's parse(): loads the one FILE and checks that --environment (when given)
// names an environment of the design; nullopt when it cannot, after saying why (exit 2).
std::optional<DesignArgument> loadDesignArgument(CommandParser& command,
                                                 const QCommandLineOption& environmentOption);

// The --environment option of flows, runbook and analyze.
QCommandLineOption environmentOption();

} // namespace topo::cli
