#pragma once

#include <QStringList>

namespace topo::cli {

// `topology-cli export FILE -o OUT [options]`: writes the design in the format named by
// --format or by OUT's extension (cli.md).
int runExport(const QStringList& arguments);

} // namespace topo::cli
