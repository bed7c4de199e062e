#pragma once

#include <QStringList>

namespace topo::cli {

// `topology-cli validate FILE... [--format text|json] [--fail-on error|warning|info|never]`:
// loads each file, runs every design rule and reports the findings (cli.md).
int runValidate(const QStringList& arguments);

} // namespace topo::cli
