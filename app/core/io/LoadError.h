#pragma once

#include <string>

namespace topo {

// Why a file could not be loaded: a message, the JSON Pointer of the offending member ("" for
// the whole document) and, for syntax errors, the 1-based line and column (0 otherwise).
struct LoadError {
    std::string message;
    std::string pointer;
    int line = 0;
    int column = 0;
};

} // namespace topo
