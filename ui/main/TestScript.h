#pragma once

#include <QObject>
#include <QString>

namespace topo {

class MainWindow;

// Runs a small JSON script of edits against the open design, for tests that drive a designer
// process from outside (the crash-recovery test). Each step goes through the same calls as
// the window's gestures (Document::apply with the factory's and inspector's patches, the
// File controller's save): [{"do": "add-server", "environment": "prod"},
// {"do": "rename-design", "name": "X"}, {"do": "save-as", "path": "/tmp/x.topology.json"},
// {"do": "quit"}]. Prints "script: done" on standard output once every step ran.
class TestScript : public QObject {
    Q_OBJECT
public:
    TestScript(MainWindow* window, QString path);

    // Reads the script and runs it once the event loop turns; false when it cannot be read.
    bool start();

private:
    void run();

    MainWindow* m_window;
    QString m_path;
    QByteArray m_text;
};

} // namespace topo
