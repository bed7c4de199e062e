#pragma once

#include <QSize>
#include <QString>

namespace topo {

class MainWindow;

// What the command line does with the window: applies the theme, offers recovery (all of it
// without asking when `recoverAll`), else opens `file` when given, resizes the window to
// `size` when valid, and shows it.
void startDesigner(MainWindow& window, const QString& file, bool recoverAll = false,
                   const QSize& size = {});

// Runs the designer: parses the command line, offers recovery, opens the window and the
// event loop; returns the exit status.
int runDesigner(int argc, char* argv[]);

} // namespace topo
