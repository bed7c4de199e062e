#include "ui/main/ViewController.h"

#include "editor/document/Document.h"
#include "editor/paint/Theme.h"
#include "ui/canvas/CanvasView.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/docks/Icons.h"
#include "ui/main/MainWindow.h"
#include "ui/main/Preferences.h"
#include "ui/main/RecoveryController.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QStyle>
#include <QStyleFactory>
#include <QToolBar>

namespace topo {

ViewController::ViewController(MainWindow* window) : QObject(window), m_window(window)
{
    connect(m_window, &MainWindow::documentReplaced, this, [this](Document* document) {
        for (QAction* action : std::as_const(m_canvasActions))
            action->setEnabled(document != nullptr);
        applyTheme();
    });
}

template <typename Slot>
QAction* ViewController::canvasAction(QMenu* menu, const QString& text, const QKeySequence& key,
                                      Slot slot)
{
    QAction* action = menu->addAction(text, this, [this, slot] {
        if (CanvasView* canvas = m_window->canvas())
            (canvas->*slot)();
    });
    if (!key.isEmpty())
        action->setShortcut(key);
    m_canvasActions << action;
    return action;
}

void ViewController::populate(QMenu* view, QMenu* arrange, QToolBar* toolbar)
{
    QAction* zoomIn = canvasAction(view, tr("Zoom &in"), QKeySequence::ZoomIn, &CanvasView::zoomIn);
    zoomIn->setObjectName(QStringLiteral("zoomInAction"));
    zoomIn->setIcon(designerIcon(QStringLiteral("zoom-in")));
    QAction* zoomOut =
        canvasAction(view, tr("Zoom &out"), QKeySequence::ZoomOut, &CanvasView::zoomOut);
    zoomOut->setObjectName(QStringLiteral("zoomOutAction"));
    zoomOut->setIcon(designerIcon(QStringLiteral("zoom-out")));
    QAction* fit = canvasAction(view, tr("&Fit to window"), QKeySequence(Qt::CTRL | Qt::Key_0),
                                &CanvasView::fitToWindow);
    fit->setObjectName(QStringLiteral("fitAction"));
    fit->setIcon(designerIcon(QStringLiteral("zoom-fit")));
    fit->setObjectName(QStringLiteral("fitAction"));
    fit->setShortcutVisibleInContextMenu(true);
    canvasAction(view, tr("&Actual size"), QKeySequence(Qt::CTRL | Qt::Key_1),
                 &CanvasView::resetZoom)
        ->setObjectName(QStringLiteral("actualSizeAction"));
    view->addSeparator();
    m_docks = view->addMenu(tr("&Panels"));
    view->addSeparator();
    QAction* preferences =
        view->addAction(tr("&Preferences…"), this, &ViewController::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    toolbar->addAction(zoomIn);
    toolbar->addAction(zoomOut);
    toolbar->addAction(fit);

    arrange->setObjectName(QStringLiteral("arrangeMenu"));
    canvasAction(arrange, tr("Align &left edges"), {}, &CanvasView::alignLeft)
        ->setObjectName(QStringLiteral("alignLeftAction"));
    canvasAction(arrange, tr("Align &right edges"), {}, &CanvasView::alignRight);
    canvasAction(arrange, tr("Align &top edges"), {}, &CanvasView::alignTop);
    canvasAction(arrange, tr("Align &bottom edges"), {}, &CanvasView::alignBottom);
    canvasAction(arrange, tr("Align &horizontal centres"), {}, &CanvasView::alignHorizontalCenters);
    canvasAction(arrange, tr("Align &vertical centres"), {}, &CanvasView::alignVerticalCenters);
    arrange->addSeparator();
    canvasAction(arrange, tr("Distribute hori&zontally"), {}, &CanvasView::distributeHorizontally);
    canvasAction(arrange, tr("Distribute verti&cally"), {}, &CanvasView::distributeVertically);
    arrange->addSeparator();
    canvasAction(arrange, tr("Tid&y up"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                 &CanvasView::tidyUp)
        ->setObjectName(QStringLiteral("tidyUpAction"));
    canvasAction(arrange, tr("&Fit frames to content"), {}, &CanvasView::fitFramesToContent)
        ->setObjectName(QStringLiteral("fitFramesAction"));
}

void ViewController::addDockToggle(QAction* toggle)
{
    m_docks->addAction(toggle);
}

void ViewController::showPreferences()
{
    PreferencesDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyTheme();
    m_window->recovery()->applyInterval();
}

void ViewController::applyTheme()
{
    applyApplicationTheme(Preferences::theme());
    if (CanvasView* canvas = m_window->canvas())
        canvas->setTheme(Theme::forPalette(QApplication::palette()));
}

} // namespace topo
