#pragma once

#include "editor/files/DiskChangeWatcher.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace topo {

class Document;
class MainWindow;

// The strip above the canvas that says the open design's file was changed or deleted by
// another program, as browsers and editors do: Reload (the file's version replaces the open
// one) or Keep mine (the open version stays and is marked unsaved, so it is saved over the
// file on request). Never modal, never reloads by itself; it goes away once the file matches
// the design again (reloaded, saved, kept, or changed back).
class FileChangedBar : public QFrame {
    Q_OBJECT
public:
    explicit FileChangedBar(MainWindow* window);

    DiskChangeWatcher* watcher() { return &m_watcher; }
    QLabel* message() const { return m_message; }
    QPushButton* reloadButton() const { return m_reload; }
    QPushButton* keepMineButton() const { return m_keep; }

public Q_SLOTS:
    void reload();
    void keepMine();

private:
    void attach(Document* document);
    void refresh();

    MainWindow* m_window;
    DiskChangeWatcher m_watcher;
    QLabel* m_message;
    QPushButton* m_reload;
    QPushButton* m_keep;
};

} // namespace topo
