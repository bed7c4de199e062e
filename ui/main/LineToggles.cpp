#include "ui/main/LineToggles.h"

#include "editor/document/Document.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/CanvasView.h"
#include "ui/main/MainWindow.h"
#include "ui/main/Preferences.h"

#include <QAction>
#include <QMenu>

#include <algorithm>

namespace topo {

LineToggles::LineToggles(MainWindow* window) : QObject(window), m_window(window)
{
    connect(m_window, &MainWindow::documentReplaced, this, &LineToggles::apply);
}

void LineToggles::populate(QMenu* view)
{
    QMenu* lines = view->addMenu(tr("&Lines"));
    lines->setObjectName(QStringLiteral("linesMenu"));
    struct Entry {
        ConnectionKind kind;
        QString text;
        const char* name;
    };
    const Entry entries[] = {
        {ConnectionKind::LoadBalancing, tr("&Load balancer to server"), "linesLoadBalancingAction"},
        {ConnectionKind::Database, tr("&Front-end to database"), "linesDatabaseAction"},
        {ConnectionKind::Queue, tr("Front-end to &RabbitMQ"), "linesQueueAction"},
        {ConnectionKind::Management, tr("LifeTime &management"), "linesManagementAction"},
    };
    const std::vector<ConnectionKind> hidden = Preferences::hiddenLines();
    for (const Entry& entry : entries) {
        QAction* action = lines->addAction(entry.text);
        action->setObjectName(QString::fromLatin1(entry.name));
        action->setCheckable(true);
        action->setChecked(std::find(hidden.begin(), hidden.end(), entry.kind) == hidden.end());
        const ConnectionKind kind = entry.kind;
        connect(action, &QAction::toggled, this, [this, kind](bool shown) {
            std::vector<ConnectionKind> now = Preferences::hiddenLines();
            now.erase(std::remove(now.begin(), now.end(), kind), now.end());
            if (!shown)
                now.push_back(kind);
            Preferences::setHiddenLines(now);
            apply();
        });
    }
}

void LineToggles::apply()
{
    if (CanvasView* canvas = m_window->canvas())
        canvas->canvasScene()->setHiddenLines(Preferences::hiddenLines());
}

} // namespace topo
