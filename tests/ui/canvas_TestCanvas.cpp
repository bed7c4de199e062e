#include "canvas_TestCanvas.h"

#include "io/TopologyReader.h"
#include "layout/AutoLayout.h"

#include <QApplication>
#include <QMouseEvent>

#include <gtest/gtest.h>

#include <stdexcept>

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
    const std::string path =
        std::string(TOPO_TEST_DATA_DIR) + "/fixtures/" + fixture + ".topology.json";
    auto loaded = readTopologyFile(path);
    if (!loaded.ok())
        throw std::runtime_error("cannot load " + path);
    Topology topology = std::move(*loaded.topology);
    AutoLayout::place(topology);
    auto result = std::make_unique<CanvasFixture>();
    result->document = std::make_unique<Document>(std::move(topology));
    result->view = std::make_unique<CanvasView>(result->document.get());
    result->view->resize(1400, 900);
    result->view->show();
    result->view->resetZoom();
    result->view->centerOn(result->view->canvasScene()->designRect().center());
    return result;
}

void pressMoveRelease(QWidget* viewport, const QPoint& from, const QPoint& to,
                      Qt::KeyboardModifiers modifiers)
{
    sendMouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
    constexpr int kSteps = 8;
    for (int i = 1; i <= kSteps; ++i) {
        const QPoint at = from + (to - from) * i / kSteps;
        sendMouse(viewport, QEvent::MouseMove, at, Qt::NoButton, Qt::LeftButton, modifiers);
    }
    sendMouse(viewport, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
}

void click(QWidget* viewport, const QPoint& at, Qt::KeyboardModifiers modifiers)
{
    sendMouse(viewport, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton, modifiers);
    sendMouse(viewport, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton, modifiers);
}

} // namespace topo::test
