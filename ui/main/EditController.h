#pragma once

#include "ui/canvas/CanvasView.h"

#include <QByteArray>
#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QToolBar;

namespace topo {

class CanvasView;
class Document;
class MainWindow;
struct PasteResult;

// The Edit menu: undo and redo of the open design, cut, copy, paste and duplicate through the
// clipboard fragment codec, delete and select all. Each paste of the same clipboard lands one
// step further from the original, at the nearest free spot; the canvas's context menu shows
// these actions and pastes where it was opened. Also wires the canvas to the problems list
// ("Show problems") and the palette's keyboard activation (add the element).
class EditController : public QObject {
    Q_OBJECT
public:
    explicit EditController(MainWindow* window);

    void populate(QMenu* menu, QToolBar* toolbar);

    // Whether deleting `deleted` takes along the databases only it used (`dependents`);
    // tests replace it to answer without a dialog.
    std::function<CanvasView::AlsoDelete(const QString& deleted, const QStringList& dependents)>
        askAlsoDelete;

public Q_SLOTS:
    void cut();
    void copy();
    void paste();
    void duplicate();
    void deleteSelection();
    void selectAll();

private:
    void updateActions();
    void connectCanvas(CanvasView* canvas);
    void showProblemsOf(const QString& id);
    // One undo step for a paste or a duplicate, its copies selected.
    void applyPaste(Document& document, PasteResult result, bool duplicated);
    QAction* addAction(QMenu* menu, const QString& text, QKeySequence key,
                       void (EditController::*slot)());

    MainWindow* m_window;
    QList<QAction*> m_selectionActions;
    QList<QAction*> m_documentActions;
    int m_pasteCount = 0; // pastes since the clipboard last changed
    QByteArray m_copied;  // what copy() put on the clipboard
};

} // namespace topo
