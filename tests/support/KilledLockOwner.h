#pragma once

#include <QString>

namespace topo::test {

// Leaves `lockPath` as a crashed designer leaves its autosave lock: a second process of this
// test program takes the lock (QLockFile) and is killed while holding it (SIGKILL on POSIX,
// TerminateProcess on Windows). False with `error` set when the helper could not do so.
bool leaveLockOfKilledProcess(const QString& lockPath, QString* error);

// Called first in the test program's main(): when started by leaveLockOfKilledProcess, takes
// the lock, says so and waits to be killed (never returns). Otherwise does nothing.
void serveKilledLockOwner(int argc, char** argv);

} // namespace topo::test
