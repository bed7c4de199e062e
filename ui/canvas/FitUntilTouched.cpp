#include "ui/canvas/FitUntilTouched.h"

#include "ui/canvas/CanvasView.h"

#include <QEvent>
#include <QScrollBar>
#include <QTimer>

namespace topo {

FitUntilTouched* FitUntilTouched::attach(CanvasView* canvas)
{
    auto* follower = new FitUntilTouched(canvas);
    follower->fit();
    return follower;
}

FitUntilTouched::FitUntilTouched(CanvasView* canvas) : QObject(canvas), m_canvas(canvas)
{
    setObjectName(QStringLiteral("fitUntilTouched"));
    canvas->installEventFilter(this);
    canvas->viewport()->installEventFilter(this);
    // A zoom that is not this fit (wheel, menu, keys, centring on a problem) is the user's.
    connect(canvas, &CanvasView::zoomChanged, this, [this] {
        if (!m_fitting)
            stop();
    });
    // So is a centring on elements (Find, a problem, a single point of failure): a later
    // resize (the find bar appearing) must not fit the view away from it.
    connect(canvas, &CanvasView::centredOnElements, this, &FitUntilTouched::stop);
    // actionTriggered comes from the user only, never from a programmatic scroll.
    for (QScrollBar* bar : {canvas->horizontalScrollBar(), canvas->verticalScrollBar()})
        connect(bar, &QScrollBar::actionTriggered, this, &FitUntilTouched::stop);
}

void FitUntilTouched::fit()
{
    if (!m_active)
        return;
    m_fitting = true;
    m_canvas->fitToWindow();
    m_fitting = false;
    m_fittedSize = m_canvas->viewport()->size();
}

void FitUntilTouched::fitLater()
{
    // After the view has taken in its new size (scroll bars, anchors), once per burst.
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        if (m_canvas->viewport()->size() != m_fittedSize)
            fit();
    });
}

void FitUntilTouched::stop()
{
    if (!m_active)
        return;
    m_active = false;
    m_canvas->removeEventFilter(this);
    m_canvas->viewport()->removeEventFilter(this);
}

bool FitUntilTouched::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Resize:
    case QEvent::Show:
        if (watched == m_canvas->viewport())
            fitLater();
        break;
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::KeyPress:
    case QEvent::ShortcutOverride: // a key that runs a shortcut (Ctrl+F) never arrives as a press
    case QEvent::Drop:
    case QEvent::TouchBegin:
    case QEvent::NativeGesture:
        stop();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace topo
