#pragma once

#include "CanvasEvents.h"
#include "editor/document/Document.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/CanvasView.h"

#include <QPoint>
#include <QPointF>

#include <memory>
#include <string>

namespace topo::test {

// A document opened from a fixture (placed by AutoLayout) and a shown canvas view on it.
struct CanvasFixture {
    std::unique_ptr<Document> document;
    std::unique_ptr<CanvasView> view;

    QPoint toViewport(const QPointF& scenePoint) const;
    // The viewport point at the centre of an element's rectangle.
    QPoint centreOf(const std::string& id) const;
    QRectF sceneRectOf(const std::string& id) const;
};

std::unique_ptr<CanvasFixture> openCanvas(const char* fixture = "factory-standard");

} // namespace topo::test
