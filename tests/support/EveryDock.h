#pragma once

#include <QStringList>

class QMainWindow;

namespace topo::test {

// Shows every dock of the designer window side by side, none behind another's tab: the
// palette over the history on the left, the inspector over the sizing advisor on the right,
// the problems, scaling, charts, failover and comparison docks in a row at the bottom.
// Returns the names of the docks that are still hidden (none when all went well).
QStringList showEveryDock(QMainWindow& window);

} // namespace topo::test
