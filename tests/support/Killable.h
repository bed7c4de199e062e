#pragma once

class QProcess;

namespace topo::test {

// Prepares a process that a test will kill so that the kill leaves nothing running: on Windows
// a console program gets no console of its own (DETACHED_PROCESS; its standard streams are
// QProcess's pipes anyway), because the console's host would outlive the killed program and,
// under Wine, hold the test's own output open. Nothing to do elsewhere.
void makeKillable(QProcess& process);

} // namespace topo::test
