#pragma once

#include "TestFiles.h"
#include "core/model/Topology.h"
#include "ui/canvas/CanvasView.h"
#include "ui/dialogs/ShortcutsDialog.h"
#include "ui/main/EditController.h"
#include "ui/main/FileController.h"
#include "ui/main/MainWindow.h"

#include <QDockWidget>
#include <QPoint>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <memory>
#include <ostream>

// Readable QString values in test failures.
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace topo {
class Document;
}

namespace topo::test {

// A shown main window with its dialogs answered by the test: errors are recorded instead of
// shown, unsaved changes are discarded, the save-as dialog is cancelled, and a save over a
// file changed on disk gets `overwriteAnswer` (recorded in `overwriteQuestions`).
struct WindowFixture {
    std::unique_ptr<MainWindow> window;
    QStringList errors;
    QStringList overwriteQuestions;
    OverwriteChoice overwriteAnswer = OverwriteChoice::Cancel;
    // Deleting what alone uses a database asks whether to delete it too: the questions
    // ("Production: DB-PROD") and the answer given.
    QStringList alsoDeleteQuestions;
    CanvasView::AlsoDelete alsoDeleteAnswer = CanvasView::AlsoDelete::No;
};
std::unique_ptr<WindowFixture>
openWindow(const QString& fixture = QStringLiteral("factory-standard"));
// The same window on the design file at `path` ("" = no design).
std::unique_ptr<WindowFixture> openDesignWindow(const QString& path);

// The viewport point showing a scene point of the window's canvas (the whole design is in
// view after openWindow).
QPoint viewportPoint(MainWindow& window, const QPointF& scenePoint);
// The centre of a server card (from its layout) on the viewport.
QPoint serverCentre(MainWindow& window, const std::string& serverId);
// The keys the shortcut list gives `action`, or "" when it lists no such action.
QString shortcutKeys(const QList<ShortcutEntry>& entries, const QString& action);
// The centre of an environment frame on the viewport.
QPoint environmentCentre(MainWindow& window, const std::string& environmentId);

// Sends a palette drop of `kind` to the canvas viewport at `pos`, as a drag from the palette
// would (enter, move, drop); returns whether the canvas accepted it.
bool dropFromPalette(MainWindow& window, const QString& kind, const QPoint& pos);

// Presses at `from`, moves in steps and releases at `to`, with the left button (on the
// canvas viewport), optionally holding `modifiers`.
void dragOnViewport(MainWindow& window, const QPoint& from, const QPoint& to,
                    Qt::KeyboardModifiers modifiers = Qt::NoModifier);

const Server* server(const Topology& topology, const std::string& id);

// The window's dock of that object name with its tab chosen, as a user picks it: a dock
// behind another one's tab waits with its refresh until then. nullptr when there is none or
// it does not come on screen.
QDockWidget* raisedDock(MainWindow& window, const QString& name);
template <typename Dock> Dock* raisedDock(MainWindow& window, const QString& name)
{
    return qobject_cast<Dock*>(raisedDock(window, name));
}

// An unsaved change: moves the design's first server 20 units to the right (one undo step).
void moveFirstServer(Document& document);
// Sets Production's ("prod") expected load, as the inspector would (one undo step).
void setExpectedLoad(Document& document, double requestsPerSecond);

} // namespace topo::test
