#include "EveryDock.h"

#include <QDockWidget>
#include <QMainWindow>

#include <initializer_list>

namespace topo::test {

QStringList showEveryDock(QMainWindow& window)
{
    const auto place = [&window](Qt::DockWidgetArea area, std::initializer_list<const char*> names,
                                 Qt::Orientation orientation) {
        QDockWidget* previous = nullptr;
        for (const char* name : names) {
            auto* dock = window.findChild<QDockWidget*>(QLatin1String(name));
            if (!dock)
                continue;
            if (previous)
                window.splitDockWidget(previous, dock, orientation);
            else
                window.addDockWidget(area, dock);
            dock->show();
            dock->raise();
            previous = dock;
        }
    };
    place(Qt::LeftDockWidgetArea, {"paletteDock", "historyDock"}, Qt::Vertical);
    place(Qt::RightDockWidgetArea, {"inspectorDock", "sizingDock"}, Qt::Vertical);
    place(Qt::BottomDockWidgetArea,
          {"problemsDock", "scalingDock", "chartsDock", "failoverDock", "compareDock"},
          Qt::Horizontal);
    QStringList hidden;
    for (QDockWidget* dock : window.findChildren<QDockWidget*>())
        if (dock->isHidden() || !window.tabifiedDockWidgets(dock).isEmpty())
            hidden << dock->objectName();
    return hidden;
}

} // namespace topo::test
