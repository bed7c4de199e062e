// window_memory: the peak memory of the designer window with a generated design open, in a
// process of its own. Usage: window_memory SERVERS [--max-mb M]
// Opens the design in the window with every dock shown (WholeWindow), waits for the first
// frame, types one character in the inspector, undoes it, and prints the process's resident
// size before the design was opened and its high-water mark (VmHWM) at the end; exits 1 when
// the high-water mark is over M MB, so a test can hold the window to its budget.
#include "ProcessMemory.h"
#include "WholeWindow.h"

#include "editor/document/Document.h"

#include <QApplication>
#include <QLineEdit>
#include <QUndoStack>

#include <cstdio>

int main(int argc, char** argv)
{
    topo::bench::prepareWindowProcess();
    QApplication app(argc, argv);
    topo::bench::prepareWindowSettings();
    const QStringList args = app.arguments();
    const int servers = args.size() > 1 ? args[1].toInt() : 0;
    if (servers <= 0) {
        std::fprintf(stderr, "usage: window_memory SERVERS [--max-mb M]\n");
        return 2;
    }
    const double maxMb =
        args.size() > 3 && args[2] == QLatin1String("--max-mb") ? args[3].toDouble() : 0;

    const long before = topo::bench::statusKb("VmRSS");
    topo::bench::WholeWindow window(servers);
    QLineEdit* field = window.serverNameField();
    if (!field) {
        std::fprintf(stderr, "window_memory: the inspector shows no host-name field\n");
        return 2;
    }
    field->setFocus();
    topo::bench::WholeWindow::type(field, Qt::Key_X, QStringLiteral("x"));
    const bool typed = window.waitForFrame();
    window.document().undoStack()->undo();
    if (!typed || !window.waitForFrame()) {
        std::fprintf(stderr, "window_memory: no frame was painted\n");
        return 2;
    }
    const long peak = topo::bench::statusKb("VmHWM");
    const long now = topo::bench::statusKb("VmRSS");
    std::printf("window servers=%d rss_before_design=%ld kB rss=%ld kB peak=%ld kB (%.1f MB)\n",
                servers, before, now, peak, peak / 1024.0);
    if (maxMb > 0 && peak / 1024.0 > maxMb) {
        std::fprintf(stderr, "window_memory: a peak of %.1f MB, over the %.1f MB budget\n",
                     peak / 1024.0, maxMb);
        return 1;
    }
    return 0;
}
