#pragma once

#include <QString>

namespace topo::test {

// The system's own words that the programs pass on for a full disk and a read-only file
// system: strerror's on POSIX, Windows' messages (as Wine gives them too) on Windows.
QString diskFullReason();
QString readOnlyReason();

} // namespace topo::test
