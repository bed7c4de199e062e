#pragma once

#include <QStringList>

namespace topo::cli {

// Runs topology-cli with the whole command line (program name first): dispatches to the
// subcommand, or shows the general help or version. Returns the exit status.
int run(const QStringList& arguments);

} // namespace topo::cli
