#include "SystemReasons.h"

namespace topo::test {

#ifdef _WIN32

QString diskFullReason()
{
    return QStringLiteral("not enough space on the disk");
}

QString readOnlyReason()
{
    return QStringLiteral("write protected");
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
