#pragma once

#include <QStringList>

namespace topo::cli {

// `topology-cli diff [--format text|json] [--ignore-layout] BEFORE AFTER`: what changed from
// one design to another (elements by id, member by member), the findings that appear and
// disappear, and per environment the analysis figures and single points of failure that
// differ. `--textconv FILE` and `--git` are the version-control drivers of the README.
int runDiff(const QStringList& arguments);

} // namespace topo::cli
