#pragma once

#include "editor/document/RefreshScheduler.h"

class QDockWidget;

namespace topo {

class Document;
class EnvironmentChooser;

// The refresh of an analysis dock: at most once per event-loop turn, only while the dock is
// on screen (not closed, not behind another dock's tab), and once when it shows again after
// changes it missed (see RefreshScheduler).
RefreshScheduler* dockRefresh(QDockWidget* dock, RefreshScheduler::Refresh refresh);

// The dock's chooser drives its refresh: a change of the design is scheduled, a new choice of
// environment refreshes at once.
void refreshOnChooser(EnvironmentChooser* chooser, RefreshScheduler* scheduler);

// The dock's refresh follows `document`'s comparison (a new compared design or side is a
// reset) and no longer `previous`'s; either may be null.
void refreshOnComparison(QObject* dock, Document* previous, Document* document,
                         RefreshScheduler* scheduler);

} // namespace topo
