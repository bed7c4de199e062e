#include "WholeWindow.h"
#include "editor/platform/HeadlessPlatform.h"

#include "DesignGenerator.h"
#include "EveryDock.h"
#include "UserFolders.h"
#include "core/layout/AutoLayout.h"
#include "core/layout/LayoutConstants.h"
#include "editor/document/Document.h"
#include "editor/recovery/Autosave.h"
#include "ui/canvas/CanvasView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSettings>
#include <QWindow>

#include <cstdio>
#include <string>

namespace topo::bench {

namespace {

Document* placedDocument(int servers)
{
    Topology design = generateDesign(servers);
    AutoLayout::place(design);
    return new Document(std::move(design));
}

// A front-end that serves traffic in a production environment, from the middle of the design.
std::string productionFrontend(const Topology& design)
{
    const std::size_t middle = design.servers.size() / 2;
    for (std::size_t i = 0; i < design.servers.size(); ++i) {
        const Server& s = design.servers[(middle + i) % design.servers.size()];
        const Environment* env = nullptr;
        for (const Environment& e : design.environments)
            if (e.id == s.environment)
                env = &e;
        if (env && env->purpose == Purpose::Production && s.hasRole(Role::Frontend) &&
            s.servesTraffic && !s.standby)
            return s.id;
    }
    return design.servers.at(middle).id;
}

} // namespace

WholeWindow::WholeWindow(int servers)
{
    m_window.resize(2400, 1400);
    m_window.setDocument(placedDocument(servers));
    m_window.show();
    for (const QString& hidden : topo::test::showEveryDock(m_window))
        std::fprintf(stderr, "ui_bench: dock %s is not on screen\n", qPrintable(hidden));
    QElapsedTimer exposed;
    exposed.start();
    while (!(m_window.windowHandle() && m_window.windowHandle()->isExposed()) &&
           exposed.elapsed() < 5000)
        QApplication::processEvents();
    QApplication::setActiveWindow(&m_window);
    qApp->installEventFilter(this);
    m_window.canvas()->fitToWindow();
    m_serverId = productionFrontend(document().topology());
    document().setSelection({QString::fromStdString(m_serverId)});
    waitForFrame();
}

WholeWindow::~WholeWindow()
{
    qApp->removeEventFilter(this);
}

Document& WholeWindow::document() const
{
    return *m_window.document();
}

QLineEdit* WholeWindow::serverNameField() const
{
    return m_window.findChild<QLineEdit*>(QStringLiteral("serverName"));
}

QPoint WholeWindow::serverCentre() const
{
    for (const Server& s : document().topology().servers)
        if (s.id == m_serverId && s.layout) {
            const QPointF centre(s.layout->x + layout::kServerCardWidth / 2,
                                 s.layout->y + layout::kServerCardHeight / 2);
            return m_window.canvas()->mapFromScene(centre);
        }
    return {};
}

double WholeWindow::canvasZoom() const
{
    return m_window.canvas()->zoom();
}

bool WholeWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && watched->isWidgetType()) {
        ++m_paints;
        if (m_window.canvas() && watched == m_window.canvas()->viewport())
            ++m_canvasPaints;
    }
    return false;
}

bool WholeWindow::waitForFrame(bool canvasChanges)
{
    const int canvasBefore = m_canvasPaints;
    int quietPasses = 0;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 5000) {
        const int before = m_paints;
        QApplication::processEvents();
        const bool canvasPainted = m_canvasPaints > canvasBefore;
        quietPasses = m_paints == before ? quietPasses + 1 : 0;
        if (canvasPainted && quietPasses > 0)
            return true;
        // Nothing to show on the canvas: the frame is done once the event loop has been
        // quiet twice in a row (a refresh scheduled for the next turn has run by then).
        if (!canvasChanges && quietPasses > 1)
            return true;
    }
    return false;
}

void WholeWindow::type(QWidget* target, Qt::Key key, const QString& text)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &release);
}

void WholeWindow::mouse(QEvent::Type type, const QPoint& at)
{
    QWidget* viewport = m_window.canvas()->viewport();
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    const Qt::MouseButtons buttons =
        type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::MouseButtons(Qt::LeftButton);
    QMouseEvent event(type, QPointF(at), QPointF(viewport->mapToGlobal(at)), button, buttons,
                      Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

void prepareWindowProcess()
{
    topo::test::isolateUserFolders();
    topo::platform::chooseHeadlessPlatform();
    qputenv("QT_QPA_UPDATE_IDLE_TIME", "0");
}

void prepareWindowSettings()
{
    QSettings().setValue(QLatin1String(Autosave::kIntervalKey), 0);
}

} // namespace topo::bench
