#include "editor/platform/InstancePlatform.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#endif

namespace topo::platform {

namespace {

// The calling thread's last system error: forgotten, then read.
void forgetSystemError();
int lastSystemError();

} // namespace

bool takeLock(QLockFile& lock, QString* reason)
{
    forgetSystemError();
    if (lock.tryLock(0))
        return true;
    const int error = lastSystemError();
    if (!reason)
        return false;
    if (error != 0)
        *reason = qt_error_string(error);
    else if (lock.error() == QLockFile::LockFailedError)
        *reason = QCoreApplication::translate("InstancePlatform", "held by another process");
    else if (lock.error() == QLockFile::PermissionError)
        *reason = QCoreApplication::translate("InstancePlatform", "permission denied");
    else
        *reason = QCoreApplication::translate("InstancePlatform", "unknown error");
    return false;
}

#ifdef Q_OS_WIN

namespace {

void forgetSystemError()
{
    ::SetLastError(0);
}

int lastSystemError()
{
    return static_cast<int>(::GetLastError());
}

} // namespace

bool lockOwnerRunning(const QString& lockPath, qint64 pid, const QString& program)
{
    Q_UNUSED(pid);
    Q_UNUSED(program);
    const std::wstring path = QFileInfo(lockPath)
                                  .absoluteFilePath()
                                  .replace(QLatin1Char('/'), QLatin1Char('\\'))
                                  .toStdWString();
    const HANDLE probe = ::CreateFileW(path.c_str(), GENERIC_WRITE,
                                       FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                       nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (probe != INVALID_HANDLE_VALUE) {
        ::CloseHandle(probe);
        return false;
    }
    return ::GetLastError() == ERROR_SHARING_VIOLATION;
}

bool lockWrittenOnThisMachine(const QString& host)
{
    return host.compare(qEnvironmentVariable("COMPUTERNAME"), Qt::CaseInsensitive) == 0;
}

#else

namespace {

void forgetSystemError()
{
    errno = 0;
}

int lastSystemError()
{
    return errno;
}

} // namespace

bool lockWrittenOnThisMachine(const QString& host)
{
    return host == QSysInfo::machineHostName();
}

bool lockOwnerRunning(const QString& lockPath, qint64 pid, const QString& program)
{
    Q_UNUSED(lockPath);
    if (pid <= 0)
        return false;
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno != EPERM)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        // "pid (name) S ...": the state letter follows the last ')'.
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        if (close >= 0 && close + 2 < line.size() && line.at(close + 2) == 'Z')
            return false;
    }
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!program.isEmpty() && comm.open(QIODevice::ReadOnly)) {
        // The kernel keeps the first 15 characters of the name.
        const QString running = QString::fromUtf8(comm.readAll()).trimmed();
        if (running != program.left(running.size()) || running.isEmpty())
            return false;
    }
    return true;
}

#endif

} // namespace topo::platform
