#include "ui/main/PaneFocus.h"

#include "ui/canvas/CanvasView.h"
#include "ui/docks/inspector/InspectorDock.h"
#include "ui/docks/palette/PaletteDock.h"
#include "ui/docks/problems/ProblemsDock.h"
#include "ui/main/MainWindow.h"
#include "ui/main/StartView.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QTreeView>

namespace topo {
namespace {

bool reachable(const QWidget* widget)
{
    return widget && widget->isVisible() && widget->isEnabled();
}

// The first widget Tab would stop at inside `pane` (the pane itself when it takes focus).
QWidget* firstStop(QWidget* pane)
{
    if (pane->focusPolicy() & Qt::TabFocus)
        return pane;
    for (QWidget* w = pane->nextInFocusChain(); w && w != pane; w = w->nextInFocusChain())
        if (pane->isAncestorOf(w) && reachable(w) && (w->focusPolicy() & Qt::TabFocus))
            return w;
    return nullptr;
}

} // namespace

PaneFocus::PaneFocus(MainWindow* window) : QObject(window), m_window(window) {}

void PaneFocus::populate(QMenu* view)
{
    view->addSeparator();
    QAction* next = view->addAction(tr("Ne&xt panel"), this, [this] { focusNext(true); });
    next->setShortcut(QKeySequence(Qt::Key_F6));
    next->setObjectName(QStringLiteral("nextPanelAction"));
    QAction* previous = view->addAction(tr("Pre&vious panel"), this, [this] { focusNext(false); });
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    previous->setObjectName(QStringLiteral("previousPanelAction"));
}

QList<QWidget*> PaneFocus::panes() const
{
    QList<QWidget*> all;
    if (CanvasView* canvas = m_window->canvas())
        all << canvas;
    else
        all << m_window->startView();
    all << m_window->palette()->list() << m_window->inspector()->widget()
        << m_window->problems()->view();
    QList<QWidget*> shown;
    for (QWidget* pane : std::as_const(all))
        if (reachable(pane))
            shown << pane;
    return shown;
}

void PaneFocus::focusNext(bool forward)
{
    const QList<QWidget*> list = panes();
    if (list.isEmpty())
        return;
    const QWidget* focus = QApplication::focusWidget();
    qsizetype current = -1;
    for (qsizetype i = 0; i < list.size(); ++i)
        if (focus && (list[i] == focus || list[i]->isAncestorOf(focus)))
            current = i;
    const qsizetype n = list.size();
    for (qsizetype step = 1; step <= n; ++step) {
        const qsizetype i = current < 0 ? (forward ? step - 1 : n - step)
                                        : ((current + (forward ? step : -step)) % n + n) % n;
        if (QWidget* stop = firstStop(list[i])) {
            stop->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

} // namespace topo
