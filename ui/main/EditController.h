#pragma once

#include <QObject>

class QAction;
class QMenu;
class QToolBar;

namespace topo {

class MainWindow;

// The Edit menu: undo and redo of the open design, cut, copy, paste and duplicate through the
// clipboard fragment codec, delete and select all.
class EditController : public QObject {
    Q_OBJECT
public:
    explicit EditController(MainWindow* window);

    void populate(QMenu* menu, QToolBar* toolbar);

public Q_SLOTS:
    void cut();
    void copy();
    void paste();
    void duplicate();
    void deleteSelection();
    void selectAll();

private:
    void updateActions();
    QAction* addAction(QMenu* menu, const QString& text, QKeySequence key,
                       void (EditController::*slot)());

    MainWindow* m_window;
    QList<QAction*> m_selectionActions;
    QList<QAction*> m_documentActions;
};

} // namespace topo
