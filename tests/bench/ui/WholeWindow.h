#pragma once

#include "ui/main/MainWindow.h"

#include <QEvent>
#include <QObject>
#include <QPoint>
#include <QString>

#include <string>

class QLineEdit;

namespace topo::bench {

// The designer window as a user with a large design sees it: 2400 × 1400 pixels, a generated
// design of `servers` servers (placed), every dock shown side by side (none behind another's
// tab), the canvas fitted to the window and one production front-end selected, so that the
// inspector edits it and the analysis docks show its environment.
class WholeWindow : public QObject {
public:
    explicit WholeWindow(int servers);
    ~WholeWindow() override;

    MainWindow& window() { return m_window; }
    Document& document() const;
    const std::string& serverId() const { return m_serverId; }
    // The inspector's host-name field of the selected server.
    QLineEdit* serverNameField() const;
    // The centre of the selected server's card on the canvas viewport.
    QPoint serverCentre() const;
    double canvasZoom() const;

    // Runs the event loop until the next frame is painted: until the canvas viewport has
    // painted and then until a turn of the loop paints nothing more (deferred refreshes of
    // the docks and their repaint included; work handed to other threads is not waited
    // for). False when no frame came within five seconds.
    bool waitForFrame(bool canvasChanges = true);

    // Sends a key press and release (with its text) to `target`, as typing does.
    static void type(QWidget* target, Qt::Key key, const QString& text);
    // Sends a left-button mouse event to the canvas viewport.
    void mouse(QEvent::Type type, const QPoint& at);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    MainWindow m_window;
    std::string m_serverId;
    int m_canvasPaints = 0;
    int m_paints = 0;
};

// Call before the QApplication is created: the offscreen platform unless another is chosen,
// a frame painted as soon as it is requested (QT_QPA_UPDATE_IDLE_TIME=0: the platform's
// default throttles requests to one per 5 ms), and user folders of the process's own.
void prepareWindowProcess();
// Call after: autosave off (a save each minute is no part of an edit's frame).
void prepareWindowSettings();

} // namespace topo::bench
