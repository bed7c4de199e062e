#pragma once

namespace topo::test {

// Gives this test process its own home, data, configuration, cache and runtime folders (a
// temporary folder removed at exit), so test processes that CTest runs side by side never
// share an autosave folder, recovery files or settings. Call first in main(), before the
// Qt application is created; child processes (the designer or topology-cli started by a
// test) inherit the same folders. On Windows, whose data folders follow the user's profile
// rather than the environment, the process takes an organisation name of its own instead
// (its data and settings folders are removed at exit); child processes share the profile's.
void isolateUserFolders();

} // namespace topo::test
