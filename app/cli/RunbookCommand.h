#pragma once

#include <QStringList>

namespace topo::cli {

// `topology-cli runbook FILE [--format text|md|html|json] [--environment ID]`: the
// installation runbook and the build sheets of the design's servers.
int runRunbook(const QStringList& arguments);

} // namespace topo::cli
