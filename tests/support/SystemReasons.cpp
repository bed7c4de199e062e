#include "SystemReasons.h"

#include <QtGlobal>

#ifdef _WIN32
#include <windows.h>
#endif

namespace topo::test {

#ifdef _WIN32

// The system's own wording of an error code (FormatMessage), without its final full stop:
// "There is not enough space on the disk" on Windows, "Disk full" under Wine.
namespace {
QString systemMessage(DWORD code)
{
    QString message = qt_error_string(static_cast<int>(code)).trimmed();
    if (message.endsWith(QLatin1Char('.')))
        message.chop(1);
    return message;
}
} // namespace

QString diskFullReason()
{
    return systemMessage(ERROR_DISK_FULL);
}

// The small disk is remounted read-only only under Wine, which reports a write to it as
// ERROR_ACCESS_DENIED (as Windows does for a folder the user may not write to).
QString readOnlyReason()
{
    return systemMessage(ERROR_ACCESS_DENIED);
}

#else

QString diskFullReason()
{
    return QStringLiteral("No space left on device");
}

QString readOnlyReason()
{
    return QStringLiteral("Read-only file system");
}

#endif

} // namespace topo::test
