#pragma once

namespace topo {

// Runs the designer: parses the command line, offers recovery, opens the window and the
// event loop; returns the exit status.
int runDesigner(int argc, char* argv[]);

} // namespace topo
