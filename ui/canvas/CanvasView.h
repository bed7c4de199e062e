#pragma once

#include "core/edit/ElementLookup.h"
#include "editor/paint/Theme.h"

#include <QGraphicsView>
#include <QStringList>

#include <functional>
#include <optional>
#include <string>

class QAction;
class QMenu;

namespace topo {

class CanvasScene;
class Document;
struct CanvasEdit;

// The canvas widget of one document: zoom (wheel, Ctrl+= / Ctrl+-), pan (middle button, or
// Space and drag), fit to window, rubber-band selection, drops from the palette, the
// arrangement commands on the selection (align, distribute, delete), the keyboard (arrows
// nudge the selection, Tab walks the elements) and the context menu.
class CanvasView : public QGraphicsView {
    Q_OBJECT
public:
    // The window's actions the context menu shows, so that their shortcuts and enabled
    // states are the menus' own; any may be null.
    struct SharedActions {
        QAction* cut = nullptr;
        QAction* copy = nullptr;
        QAction* paste = nullptr;
        QAction* duplicate = nullptr;
        QAction* remove = nullptr;
        QAction* selectAll = nullptr;
        QAction* fit = nullptr;
        QMenu* arrange = nullptr;
    };

    explicit CanvasView(Document* document, QWidget* parent = nullptr);

    CanvasScene* canvasScene() const { return m_scene; }
    Document* document() const { return m_document; }
    double zoom() const;
    // Where pasted elements go: the point under the mouse when it is over the view, else
    // the centre of the view (scene coordinates).
    QPointF pastePosition() const;
    void setTheme(const Theme& theme);

    // The element a right click at `viewPos` is about: the topmost one drawn there.
    std::string elementAt(const QPoint& viewPos) const;
    void setSharedActions(const SharedActions& actions) { m_shared = actions; }

    // Deleting environments would leave databases holding nothing (usedOnlyBy): whether to
    // delete them too. The window asks (EditController); a canvas on its own keeps them.
    enum class AlsoDelete { Yes, No, Cancel };
    std::function<AlsoDelete(const QString& deleted, const QStringList& dependents)> askAlsoDelete =
        [](const QString&, const QStringList&) { return AlsoDelete::No; };
    // The context menu for `viewPos` (the caller owns it): on an element, the edit actions,
    // selecting its environment's content, arranging (several selected), its problems and
    // quick fixes, simulating its failure and fit; on the background, paste there, select
    // all (in the environment there too), arranging and fit. nullptr when it would be empty.
    QMenu* contextMenuAt(const QPoint& viewPos);
    // The same menu for an element (or the background when `id` is "") at a scene point.
    QMenu* contextMenuFor(const std::string& id, const QPointF& scenePos);
    // While the background's context menu is open: the scene point it was opened on, where
    // its Paste puts the clipboard.
    std::optional<QPointF> menuPastePosition() const { return m_menuPastePosition; }

    // The element with the keyboard focus ("" = none): Tab and Shift+Tab walk the elements
    // in reading order (layout::readingOrder); the focused one is selected and scrolled into
    // view, and a focus rectangle marks it while the canvas has the focus. Selecting one
    // element with the mouse gives it the focus too.
    const std::string& focusedId() const { return m_focusedId; }
    void focusElement(const std::string& id);
    // Moves the selection by whole grid steps; the nudges of one selection in a row are one
    // undo step.
    void nudgeSelection(int stepsX, int stepsY);
    // Selects the servers, load balancers, databases and queues of an environment.
    void selectEnvironmentContent(const std::string& environmentId);
    // Adds a new element of a palette kind ("server", ...) without the mouse: into the
    // environment of the focused or selected element (else the one in the middle of the
    // view, else the first), at the nearest free spot; selects and focuses it.
    void addElement(const QString& kind);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void setZoom(double scale);
    void fitToWindow();
    // Centres the elements (removed ones of a comparison too); with `zoomToFit`, zooms out
    // first when they do not fit in the view (Find only centres: the zoom stays the user's).
    void centerOnIds(const QStringList& ids, bool zoomToFit = true);

    void alignLeft();
    void alignRight();
    void alignTop();
    void alignBottom();
    void alignHorizontalCenters();
    void alignVerticalCenters();
    void distributeHorizontally();
    void distributeVertically();
    // Arranges the cards of the selection's environments (every environment when nothing
    // is selected) without overlaps and fits their frames (tidyUp); fits only the frames.
    void tidyUp();
    void fitFramesToContent();
    void deleteSelection();
    void selectAll();

Q_SIGNALS:
    void zoomChanged(double scale);
    // The view was centred on elements (Find, a problem, a single point of failure).
    void centredOnElements();
    // "Show problems" of the context menu: the findings about `id` should be shown.
    void problemsRequested(const QString& id);
    // Something the status bar should say (a drop refused and why).
    void statusMessage(const QString& text);

protected:
    bool event(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void applyEdit(const CanvasEdit& edit);
    // Where a palette drop of `kind` at `scenePos` goes: the environment whose frame is
    // highlighted, and why the drop is refused ("" when it is not).
    struct DropPlace {
        std::string environment;
        QString refusal;
    };
    DropPlace dropPlace(ElementKind kind, const QPointF& scenePos) const;
    // The environments of the selected elements; every environment when none is selected.
    std::vector<std::string> arrangedEnvironments() const;
    void tidyEnvironments(const std::vector<std::string>& environmentIds);
    void fitEnvironments(const std::vector<std::string>& environmentIds);
    // The scene rectangle of an element, zone or removed element of a comparison.
    std::optional<QRectF> idRect(const std::string& id) const;
    std::vector<std::string> selectedIds() const;
    // Tab's step: true when the focus moved to another element, false at either end.
    bool focusNextElement(bool forward);
    // The focused element's rectangle while the ring is shown (the canvas has the focus),
    // else nothing.
    std::optional<QRectF> focusRingItemRect() const;
    // Repaints the focus ring where it was and where it is now, not the whole view: on a large
    // design a full repaint per keystroke would draw every card and line.
    void updateFocusRing();
    // Arrows, Shift+arrows, Escape (clears the selection), the Menu key and Shift+F10; true
    // when the key was used.
    bool handleKeyboardKey(QKeyEvent* event);
    void followSelection();
    void addEditActions(QMenu* menu, const std::string& id);
    void addElementActions(QMenu* menu, const std::string& id);
    void addFailureActions(QMenu* menu, const std::string& id);

    Document* m_document;
    CanvasScene* m_scene;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
    SharedActions m_shared;
    std::optional<QPointF> m_menuPastePosition;
    std::string m_focusedId;
    std::optional<QRectF> m_ringItemRect; // the element rectangle the ring was last drawn around
};

} // namespace topo
