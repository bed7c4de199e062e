#include "canvas_TestCanvas.h"

#include "Fixtures.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace topo::test {

QPoint CanvasFixture::toViewport(const QPointF& scenePoint) const
{
    return view->mapFromScene(scenePoint);
}

QRectF CanvasFixture::sceneRectOf(const std::string& id) const
{
    const auto rect = view->canvasScene()->itemRect(id);
    if (!rect)
        throw std::runtime_error("no item for " + id);
    return *rect;
}

QPoint CanvasFixture::centreOf(const std::string& id) const
{
    return toViewport(sceneRectOf(id).center());
}

std::unique_ptr<CanvasFixture> openCanvas(const char* fixture)
{
    auto result = std::make_unique<CanvasFixture>();
    result->document = std::make_unique<Document>(placedFixture(fixture));
    result->view = std::make_unique<CanvasView>(result->document.get());
    result->view->resize(1400, 900);
    result->view->show();
    result->view->resetZoom();
    result->view->centerOn(result->view->canvasScene()->designRect().center());
    return result;
}

} // namespace topo::test
