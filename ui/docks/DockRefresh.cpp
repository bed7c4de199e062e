#include "ui/docks/DockRefresh.h"

#include "editor/document/DesignComparison.h"
#include "ui/docks/EnvironmentChooser.h"

#include <QDockWidget>

namespace topo {

namespace {

// A dock behind another one's tab stays "visible" to Qt, moved out of the window: only a
// dock with some area on screen is shown to the user.
bool onScreen(const QDockWidget* dock)
{
    return dock->isVisible() && !dock->visibleRegion().isEmpty();
}

} // namespace

RefreshScheduler* dockRefresh(QDockWidget* dock, RefreshScheduler::Refresh refresh)
{
    auto* scheduler = new RefreshScheduler(
        std::move(refresh), [dock] { return onScreen(dock); }, dock);
    // Sent when the dock is shown, hidden, or its tab chosen or left; whether it is on screen
    // is asked when the refresh would run, in the next event-loop turn.
    QObject::connect(dock, &QDockWidget::visibilityChanged, scheduler,
                     [scheduler] { scheduler->activated(); });
    return scheduler;
}

void refreshOnChooser(EnvironmentChooser* chooser, RefreshScheduler* scheduler)
{
    QObject::connect(chooser, &EnvironmentChooser::environmentChosen, scheduler, [scheduler] {
        scheduler->scheduleReset();
        scheduler->flush();
    });
    QObject::connect(chooser, &EnvironmentChooser::documentChanged, scheduler,
                     [scheduler](const DocumentChange& change) { scheduler->schedule(change); });
}

void refreshOnComparison(QObject* dock, Document* previous, Document* document,
                         RefreshScheduler* scheduler)
{
    if (previous)
        previous->comparison()->disconnect(dock);
    if (document)
        QObject::connect(document->comparison(), &DesignComparison::changed, dock,
                         [scheduler] { scheduler->scheduleReset(); });
}

} // namespace topo
