#pragma once

#include <QObject>
#include <QSize>

namespace topo {

class CanvasView;

// Keeps a freshly opened design fitted to its canvas while the window settles: the canvas is
// fitted now, and again each time its viewport changes size (the window shown, maximised by
// the window manager, its docks given their sizes), until the user acts on the view — a
// click, a key, the wheel, a scroll bar, or a zoom of their own.
class FitUntilTouched : public QObject {
    Q_OBJECT
public:
    // Fits `canvas` and follows it (the object lives as long as the canvas).
    static FitUntilTouched* attach(CanvasView* canvas);

    bool isActive() const { return m_active; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit FitUntilTouched(CanvasView* canvas);
    void fit();
    void fitLater();
    void stop();

    CanvasView* m_canvas;
    QSize m_fittedSize;
    bool m_active = true;
    bool m_fitting = false;
    bool m_pending = false;
};

} // namespace topo
