#pragma once

#include <QList>
#include <QString>

namespace topo {

// One key or mouse gesture the canvas handles itself (no menu action carries it): what it
// does and its keys in the platform's own spelling.
struct CanvasKey {
    QString action;
    QString keys;
};

// The canvas's own keys and gestures (CanvasView, CanvasViewKeys.cpp, the gestures beside
// them), for Help › Keyboard shortcuts. Kept beside the code that handles them.
QList<CanvasKey> canvasKeys();

} // namespace topo
