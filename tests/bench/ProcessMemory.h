#pragma once

#include <string>

namespace topo::bench {

// A field of /proc/self/status in kB ("VmRSS", "VmHWM"); -1 when it cannot be read.
long statusKb(const std::string& field);

// Makes VmHWM restart from the current resident size (through /proc/self/clear_refs).
bool resetPeak();

} // namespace topo::bench
