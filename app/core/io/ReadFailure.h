#pragma once

#include <string>

namespace topo {

// Thrown inside the io layer when a document breaks the format: the message and the JSON
// Pointer of the offending member. readTopology turns it into a LoadError; it never escapes
// the public reading functions.
struct ReadFailure {
    std::string message;
    std::string pointer;
};

} // namespace topo
