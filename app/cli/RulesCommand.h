#pragma once

#include <QStringList>

namespace topo::cli {

// `topology-cli rules [--format text|json]`: lists the rule catalogue with each rule's
// severity, title, rationale and documentation reference.
int runRules(const QStringList& arguments);

} // namespace topo::cli
