#pragma once

#include <QPoint>
#include <Qt>

class QWidget;

namespace topo::test {

// Real mouse events on a canvas view's viewport, with the left button: a press, eight moves
// and a release (a drag), or a press and a release (a click).
void pressMoveRelease(QWidget* viewport, const QPoint& from, const QPoint& to,
                      Qt::KeyboardModifiers modifiers = Qt::NoModifier);
void click(QWidget* viewport, const QPoint& at, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
// The two halves of pressMoveRelease, to look at a drag under way: the press and the moves,
// with the button still down; then the release.
void pressAndMove(QWidget* viewport, const QPoint& from, const QPoint& to,
                  Qt::KeyboardModifiers modifiers = Qt::NoModifier);
void release(QWidget* viewport, const QPoint& at, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

} // namespace topo::test
