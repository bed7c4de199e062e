#pragma once

#include <QStringList>

namespace topo::cli {

// `topology-cli analyze FILE [--environment ID] [--format text|json]`: the figures of the
// designer's analysis docks per environment (front-ends, capacity, availability, scaling,
// sizing, single points of failure), each with its arithmetic.
int runAnalyze(const QStringList& arguments);

} // namespace topo::cli
