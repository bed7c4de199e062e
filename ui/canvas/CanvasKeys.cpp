#include "ui/canvas/CanvasKeys.h"

#include <QCoreApplication>
#include <QKeySequence>

namespace topo {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("topo::CanvasKeys", text);
}

QString native(const QKeySequence& keys)
{
    return keys.toString(QKeySequence::NativeText);
}

// "Ctrl" or "⌘" as the platform spells the modifier, for gestures that are not key sequences.
QString modifierName(Qt::KeyboardModifier modifier)
{
    QString name = native(QKeySequence(modifier | Qt::Key_A));
    name.chop(1);
    return name;
}

} // namespace

QList<CanvasKey> canvasKeys()
{
    const QString ctrl = modifierName(Qt::ControlModifier);
    const QString shift = modifierName(Qt::ShiftModifier);
    return {
        {tr("Move the selection one grid step"), tr("Arrow keys")},
        {tr("Move the selection ten grid steps"), tr("%1Arrow keys").arg(shift)},
        {tr("Next element / previous element"), native(QKeySequence(Qt::Key_Tab)) +
                                                    QStringLiteral(", ") +
                                                    native(QKeySequence(Qt::SHIFT | Qt::Key_Tab))},
        {tr("Clear the selection"), native(QKeySequence(Qt::Key_Escape))},
        {tr("Context menu of the element"), native(QKeySequence(Qt::SHIFT | Qt::Key_F10)) +
                                                QStringLiteral(", ") +
                                                native(QKeySequence(Qt::Key_Menu))},
        {tr("Rename in place"), tr("Double-click, %1").arg(native(QKeySequence(Qt::Key_F2)))},
        {tr("Zoom in / out about the pointer"), tr("%1Wheel").arg(ctrl)},
        {tr("Zoom in / out"), native(QKeySequence(QKeySequence::ZoomIn)) + QStringLiteral(", ") +
                                  native(QKeySequence(QKeySequence::ZoomOut))},
        {tr("Scroll up / down"), tr("Wheel")},
        {tr("Scroll sideways"), tr("%1Wheel").arg(shift)},
        {tr("Pan"), tr("Space+drag, middle button drag")},
    };
}

} // namespace topo
