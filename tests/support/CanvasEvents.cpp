#include "CanvasEvents.h"

#include <QApplication>
#include <QMouseEvent>
#include <QWidget>

namespace topo::test {
namespace {

void sendMouse(QWidget* viewport, QEvent::Type type, const QPoint& at, Qt::MouseButton button,
               Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers)
{
    QMouseEvent event(type, QPointF(at), viewport->mapToGlobal(QPointF(at)), button, buttons,
                      modifiers);
    QApplication::sendEvent(viewport, &event);
}

} // namespace

void pressAndMove(QWidget* viewport, const QPoint& from, const QPoint& to,
                  Qt::KeyboardModifiers modifiers)
{
    sendMouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
    constexpr int kSteps = 8;
    for (int i = 1; i <= kSteps; ++i) {
        const QPoint at = from + (to - from) * i / kSteps;
        sendMouse(viewport, QEvent::MouseMove, at, Qt::NoButton, Qt::LeftButton, modifiers);
    }
}

void release(QWidget* viewport, const QPoint& at, Qt::KeyboardModifiers modifiers)
{
    sendMouse(viewport, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton, modifiers);
}

void pressMoveRelease(QWidget* viewport, const QPoint& from, const QPoint& to,
                      Qt::KeyboardModifiers modifiers)
{
    pressAndMove(viewport, from, to, modifiers);
    release(viewport, to, modifiers);
}

void click(QWidget* viewport, const QPoint& at, Qt::KeyboardModifiers modifiers)
{
    sendMouse(viewport, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton, modifiers);
    sendMouse(viewport, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton, modifiers);
}

} // namespace topo::test
