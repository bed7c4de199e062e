#pragma once

#include <QDockWidget>
#include <QElapsedTimer>
#include <QPixmap>
#include <QPointer>
#include <QTimer>

namespace topo {

class CanvasView;

// The whole design scaled to fit, with the canvas's visible area as a rectangle: drag the
// rectangle to pan the canvas, click elsewhere to centre the canvas there. The picture is
// the canvas's own scene without the connection lines, painted into a cached pixmap only
// while shown: at once after a resize or a new look, and after edits once they pause
// (300 ms), at the latest 1.5 s after the first. The rectangle follows the canvas's scrolling, zoom
// and size at once.
class OverviewWidget : public QWidget {
    Q_OBJECT
public:
    explicit OverviewWidget(QWidget* parent = nullptr);

    void setCanvas(CanvasView* canvas);
    // The canvas's visible area and the design, in this widget's coordinates.
    QRectF visibleFrame() const;
    QRectF designFrame() const;
    // How many times the picture was painted from the scene (for its cost).
    int pictureRenders() const { return m_renders; }

    QSize sizeHint() const override { return {220, 150}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void scheduleRender();
    void scheduleRenderAfterEdit();
    void render();
    // Scene to widget: the design area scaled to fit the widget, centred.
    QTransform sceneToWidget() const;
    void centreCanvasAt(const QPointF& widgetPoint);

    QPointer<CanvasView> m_canvas;
    QPixmap m_picture;
    QRectF m_area; // the scene area the picture shows
    QTimer m_renderTimer;
    QElapsedTimer m_staleFor; // since the first edit the picture does not show
    bool m_stale = true;
    bool m_dragging = false;
    QPointF m_grab; // where in the rectangle the drag holds it, from its centre
    int m_renders = 0;
};

// The Overview dock (View › Panels › Overview).
class OverviewDock : public QDockWidget {
    Q_OBJECT
public:
    explicit OverviewDock(QWidget* parent = nullptr);

    OverviewWidget* overview() const { return m_overview; }
    void setCanvas(CanvasView* canvas) { m_overview->setCanvas(canvas); }

private:
    OverviewWidget* m_overview;
};

} // namespace topo
