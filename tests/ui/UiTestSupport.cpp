#include "UiTestSupport.h"

#include "FileController.h"
#include "canvas/CanvasView.h"
#include "document/Document.h"
#include "edit/ElementArrays.h"
#include "layout/LayoutConstants.h"
#include "palette/PaletteDock.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QTest>

namespace topo::test {

QString fixturePath(const QString& name)
{
    return QStringLiteral(TOPO_TEST_DATA_DIR "/fixtures/%1.topology.json").arg(name);
}

std::unique_ptr<WindowFixture> openWindow(const QString& fixture)
{
    auto f = std::make_unique<WindowFixture>();
    f->window = std::make_unique<MainWindow>();
    FileController* files = f->window->files();
    WindowFixture* raw = f.get();
    files->reportError = [raw](const QString&, const QString& text) { raw->errors << text; };
    files->askToSave = [](const QString&) { return QMessageBox::Discard; };
    f->window->resize(1500, 950);
    f->window->show();
    if (!fixture.isEmpty() && !files->openFile(fixturePath(fixture)))
        return f;
    (void)QTest::qWaitForWindowExposed(f->window.get());
    if (f->window->canvas())
        f->window->canvas()->resetZoom();
    QApplication::processEvents();
    return f;
}

QPoint viewportPoint(MainWindow& window, const QPointF& scenePoint)
{
    return window.canvas()->mapFromScene(scenePoint);
}

QPoint serverCentre(MainWindow& window, const std::string& serverId)
{
    const Server* s = server(window.document()->topology(), serverId);
    const QPointF topLeft(s->layout->x, s->layout->y);
    const QPointF centre = topLeft + QPointF(layout::kServerCardWidth / 2, layout::kServerCardHeight / 2);
    window.canvas()->centerOn(centre);
    QApplication::processEvents();
    return viewportPoint(window, centre);
}

QPoint environmentCentre(MainWindow& window, const std::string& environmentId)
{
    const Environment* e = findById(window.document()->topology().environments, environmentId);
    const Rect& r = *e->layout;
    // A free spot: the lower middle of the frame, below most cards.
    const QPointF point(r.x + r.width / 2, r.y + r.height - 30);
    window.canvas()->centerOn(point);
    QApplication::processEvents();
    return viewportPoint(window, point);
}

bool dropFromPalette(MainWindow& window, const QString& kind, const QPoint& pos)
{
    QMimeData data;
    data.setData(QLatin1String(kPaletteMimeType), kind.toLatin1());
    QWidget* viewport = window.canvas()->viewport();
    QDragEnterEvent enter(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

void dragOnViewport(MainWindow& window, const QPoint& from, const QPoint& to,
                    Qt::KeyboardModifiers modifiers)
{
    QWidget* viewport = window.canvas()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, modifiers, from);
    constexpr int kSteps = 8;
    for (int i = 1; i <= kSteps; ++i) {
        const QPoint p = from + (to - from) * i / kSteps;
        QMouseEvent move(QEvent::MouseMove, p, viewport->mapToGlobal(p), Qt::NoButton,
                         Qt::LeftButton, modifiers);
        QApplication::sendEvent(viewport, &move);
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, to);
    QApplication::processEvents();
}

const Server* server(const Topology& topology, const std::string& id)
{
    return findById(topology.servers, id);
}

} // namespace topo::test
