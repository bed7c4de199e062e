#pragma once

#include <QObject>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <string>

namespace topo {

class MainWindow;

// Runs a small JSON script of edits against the open design, for tests and picture scripts
// that drive a designer process from outside (the crash-recovery test, screenshots.sh). Each
// step goes through the same calls as the window's gestures (Document::apply with the
// factory's and inspector's patches, the File controller's save):
// [{"do": "add-server", "environment": "prod"}, {"do": "rename-design", "name": "X"},
//  {"do": "select", "ids": ["fe1"]}, {"do": "fail", "ids": ["db1"]},
//  {"do": "show-dock", "name": "scalingDock"},
//  {"do": "click", "widget": "groupByEnvironment"} (a button by object name),
//  {"do": "choose-row", "widget": "singleFailures", "row": 0} (an item view's current row),
//  {"do": "expand-row", "widget": "flowsView", "row": 4} (a tree view's row opened),
//  {"do": "choose-combo", "widget": "networkEnvironment", "text": "Production"},
//  {"do": "set-cores", "id": "fe1", "cores": 8}, {"do": "delete-selection"},
//  {"do": "compare-saved"}, {"do": "compare-with", "path": "other.topology.json"},
//  {"do": "compare-side", "before": true}, {"do": "resize", "width": 1600, "height": 1000},
//  {"do": "fit"},
//  {"do": "trigger", "action": "exportAction", "screenshot": "/tmp/d.png", "ms": 1000} (a
//  menu action by object name; with "screenshot", the dialog it opens is taken with the
//  screen after ms, then closed),
//  {"do": "screenshot", "widget": "compareDock", "path": "/tmp/dock.png"} (no widget: the
//  window; "screen": true: the whole screen, open menus included),
//  {"do": "open-menu", "title": "Edit"} (pops up that menu of the menu bar; "File/Open
//  recent" also that submenu),
//  {"do": "wait", "ms": 500}, {"do": "save"},
//  {"do": "save-as", "path": "/tmp/x.topology.json"}, {"do": "quit"},
//  {"do": "focus", "id": "fe1"} (the keyboard focus), {"do": "context-menu", "id": "fe1"}
//  ("" = the background),
//  {"do": "activate-row", "widget": "startTemplates", "row": 0} (Enter on that row),
//  {"do": "close", "widget": "legendDialog"} (no widget: the open menu),
//  {"do": "export", "path": "/tmp/x.png"} (File › Export… with its remembered choices),
//  {"do": "save-copy-as-option", "path": ...}, {"do": "save-comparison", "path": "x.html"},
//  {"do": "save-chart", "path": "x.png"},
//  {"do": "save-flows-csv", "path": "x.csv"} (the Network view's Export CSV…),
//  {"do": "save-runbook", "path": "x.html"} (File › Export runbook…), {"do": "autosave"}
//  (now), {"do": "crash"} (ends the process at once, as a kill would)].
// A script answers for the user: errors go to standard error instead of a message box (the
// status bar's messages too, such as a failed autosave),
// unsaved changes are discarded on quit, and any other message box is printed and closed.
// Prints "script: done" on standard output once every step ran.
class TestScript : public QObject {
    Q_OBJECT
public:
    TestScript(MainWindow* window, QString path);

    // Reads the script and runs it once the event loop turns; false when it cannot be read.
    bool start();

private:
    void run();
    // The dialogs' answers (TestScriptFiles.cpp).
    void answerForTheUser();
    // Runs a step that writes a file (TestScriptFiles.cpp); false when `action` is not one.
    bool runFileStep(const std::string& action, const nlohmann::json& step);
    // Shows and raises the dock with this object name (above the docks tabified with it).
    void showDock(const QString& objectName);
    // Saves a picture of the widget with this object name ("" = the window, or the whole
    // screen) to `path`.
    void screenshot(const QString& objectName, const QString& path, bool wholeScreen);
    // Opens the canvas's context menu on an element ("" = the background in the middle of the
    // view) without waiting for it to close.
    void openContextMenu(const std::string& id);
    // Makes `row` the current row of the item view with this object name and presses Enter
    // on it, as a keyboard user opens a start-view template.
    void activateRow(const QString& objectName, int row);
    // Closes the widget with this object name ("" = the open popup menu).
    void close(const QString& objectName);
    // Pops up the menu of the menu bar with this title (without its '&').
    void openMenu(const QString& title);

    MainWindow* m_window;
    QString m_path;
    QByteArray m_text;
};

} // namespace topo
