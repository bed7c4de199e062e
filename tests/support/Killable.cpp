#include "Killable.h"

#include <QProcess>

#ifdef _WIN32
#include <windows.h>
#endif

namespace topo::test {

void makeKillable(QProcess& process)
{
#ifdef _WIN32
    process.setCreateProcessArgumentsModifier(
        [](QProcess::CreateProcessArguments* arguments) { arguments->flags |= DETACHED_PROCESS; });
#else
    Q_UNUSED(process);
#endif
}

} // namespace topo::test
