#pragma once

#include <QAction>
#include <QMenu>

namespace topo {

// Puts `action` into `menu` right after `after` (at the end when `after` is not in it or last).
inline void insertActionAfter(QMenu* menu, QAction* after, QAction* action)
{
    const QList<QAction*> actions = menu->actions();
    const qsizetype at = actions.indexOf(after);
    menu->insertAction(at >= 0 && at + 1 < actions.size() ? actions[at + 1] : nullptr, action);
}

} // namespace topo
