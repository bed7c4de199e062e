#pragma once

#include <QStringList>

namespace topo::cli {

// `topology-cli simulate FILE --fail ID[,ID...]|each [--format text|json]`: failover
// simulation; reports per environment what still works, or lists the single points of
// failure.
int runSimulate(const QStringList& arguments);

} // namespace topo::cli
