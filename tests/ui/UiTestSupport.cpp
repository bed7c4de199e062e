#include "UiTestSupport.h"

#include "CanvasEvents.h"
#include "core/edit/EditOperations.h"
#include "core/edit/ElementArrays.h"
#include "core/layout/LayoutConstants.h"
#include "editor/document/Document.h"
#include "ui/canvas/CanvasView.h"
#include "ui/docks/palette/PaletteDock.h"
#include "ui/main/FileController.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QFile>
#include <QMimeData>
#include <QTest>

namespace topo::test {

std::unique_ptr<WindowFixture> openWindow(const QString& fixture)
{
    return openDesignWindow(fixture.isEmpty() ? QString() : fixturePath(fixture));
}

std::unique_ptr<WindowFixture> openDesignWindow(const QString& path)
{
    auto f = std::make_unique<WindowFixture>();
    f->window = std::make_unique<MainWindow>();
    FileController* files = f->window->files();
    WindowFixture* raw = f.get();
    files->reportError = [raw](const QString&, const QString& text) { raw->errors << text; };
    files->askToSave = [](const QString&) { return QMessageBox::Discard; };
    files->askSavePath = [](const QString&) { return QString(); };
    files->askOverwriteChanged = [raw](const QString& name, bool) {
        raw->overwriteQuestions << name;
        return raw->overwriteAnswer;
    };
    f->window->edits()->askAlsoDelete = [raw](const QString& deleted, const QStringList& also) {
        raw->alsoDeleteQuestions << deleted + QStringLiteral(": ") +
                                        also.join(QStringLiteral(", "));
        return raw->alsoDeleteAnswer;
    };
    f->window->resize(1500, 950);
    f->window->show();
    if (!path.isEmpty() && !files->openFile(path))
        return f;
    (void)QTest::qWaitForWindowExposed(f->window.get());
    // The whole design in view: every element can be reached without scrolling.
    if (f->window->canvas())
        f->window->canvas()->fitToWindow();
    QApplication::processEvents();
    return f;
}

QPoint viewportPoint(MainWindow& window, const QPointF& scenePoint)
{
    return window.canvas()->mapFromScene(scenePoint);
}

QString shortcutKeys(const QList<ShortcutEntry>& entries, const QString& action)
{
    for (const ShortcutEntry& entry : entries)
        if (entry.action == action)
            return entry.keys;
    return {};
}

QPoint serverCentre(MainWindow& window, const std::string& serverId)
{
    const Server* s = server(window.document()->topology(), serverId);
    const QPointF topLeft(s->layout->x, s->layout->y);
    const QPointF centre =
        topLeft + QPointF(layout::kServerCardWidth / 2, layout::kServerCardHeight / 2);
    return viewportPoint(window, centre);
}

QPoint environmentCentre(MainWindow& window, const std::string& environmentId)
{
    const Environment* e = findById(window.document()->topology().environments, environmentId);
    const Rect& r = *e->layout;
    // A free spot: the lower middle of the frame, below most cards.
    const QPointF point(r.x + r.width / 2, r.y + r.height - 30);
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
    pressMoveRelease(window.canvas()->viewport(), from, to, modifiers);
    QApplication::processEvents();
}

const Server* server(const Topology& topology, const std::string& id)
{
    return findById(topology.servers, id);
}

QDockWidget* raisedDock(MainWindow& window, const QString& name)
{
    auto* dock = window.findChild<QDockWidget*>(name);
    if (!dock)
        return nullptr;
    dock->raise();
    // The tab's layout moves the dock on screen; its refresh runs in the turn after that.
    if (!QTest::qWaitFor([dock] { return !dock->visibleRegion().isEmpty(); }, 2000))
        return nullptr; // closed, or never laid out on screen
    QApplication::processEvents();
    QApplication::processEvents();
    return dock;
}

void moveFirstServer(Document& document)
{
    const std::string id = document.topology().servers.front().id;
    document.apply(moveElements(document.topology(), {id}, 20, 0), QStringLiteral("Move"));
}

void setExpectedLoad(Document& document, double requestsPerSecond)
{
    document.apply(editElements<Environment>(
                       document.topology(), {"prod"},
                       [&](Environment& e) { e.expectedRequestsPerSecond = requestsPerSecond; }),
                   QStringLiteral("Set the expected load"));
}

} // namespace topo::test
