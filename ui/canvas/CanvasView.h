#pragma once

#include "paint/Theme.h"

#include <QGraphicsView>
#include <QStringList>

#include <optional>
#include <string>

class QMenu;

namespace topo {

class CanvasScene;
class Document;
struct CanvasEdit;

// The canvas widget of one document: zoom (wheel, Ctrl+= / Ctrl+-), pan (middle button, or
// Space and drag), fit to window, rubber-band selection, drops from the palette, and the
// arrangement commands on the selection (align, distribute, delete), and the context menu that
// marks elements failed for the failover simulation.
class CanvasView : public QGraphicsView {
    Q_OBJECT
public:
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
    // The context menu for `viewPos` (the caller owns it): "Simulate failure" (checkable) on a
    // site, server, load balancer, database or queue, and "Clear simulated failures" while
    // any element is failed; nullptr when it would be empty.
    QMenu* contextMenuAt(const QPoint& viewPos);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void setZoom(double scale);
    void fitToWindow();
    // Centres the elements (removed ones of a comparison too), zooming out when they do not fit.
    void centerOnIds(const QStringList& ids);

    void alignLeft();
    void alignRight();
    void alignTop();
    void alignBottom();
    void alignHorizontalCenters();
    void alignVerticalCenters();
    void distributeHorizontally();
    void distributeVertically();
    void deleteSelection();
    void selectAll();

Q_SIGNALS:
    void zoomChanged(double scale);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void applyEdit(const CanvasEdit& edit);
    // The scene rectangle of an element, zone or removed element of a comparison.
    std::optional<QRectF> idRect(const std::string& id) const;
    std::vector<std::string> selectedIds() const;

    Document* m_document;
    CanvasScene* m_scene;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
};

} // namespace topo
