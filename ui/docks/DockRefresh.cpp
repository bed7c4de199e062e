#include "ui/docks/DockRefresh.h"

#include "editor/document/DesignComparison.h"
#include "ui/docks/EnvironmentChooser.h"

#include <QDockWidget>

namespace topo {

RefreshScheduler* dockRefresh(QDockWidget* dock, RefreshScheduler::Refresh refresh)
{
    auto* scheduler = new RefreshScheduler(
        std::move(refresh), [dock] { return dock->isVisible(); }, dock);
    // Whether it is shown again is asked when the refresh would run (dock->isVisible()).
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
