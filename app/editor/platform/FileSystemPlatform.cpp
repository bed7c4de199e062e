#include "editor/platform/FileSystemPlatform.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace topo::platform {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("FileWrite", text);
}

} // namespace

#ifdef Q_OS_WIN

namespace {

std::wstring wide(const QString& path)
{
    return QFileInfo(path)
        .absoluteFilePath()
        .replace(QLatin1Char('/'), QLatin1Char('\\'))
        .toStdWString();
}

// NUL, CON, COM1… name devices in every folder, whatever the extension ("nul.json"); the
// device's own name, or "" for a file.
QString deviceName(const QString& path)
{
    static const QStringList devices = {
        QStringLiteral("NUL"),  QStringLiteral("CON"),  QStringLiteral("PRN"),
        QStringLiteral("AUX"),  QStringLiteral("COM1"), QStringLiteral("COM2"),
        QStringLiteral("COM3"), QStringLiteral("COM4"), QStringLiteral("LPT1"),
        QStringLiteral("LPT2"), QStringLiteral("LPT3"), QStringLiteral("CONOUT$")};
    const QString base = QFileInfo(path).fileName().section(QLatin1Char('.'), 0, 0).trimmed();
    return devices.contains(base, Qt::CaseInsensitive) ? base.toUpper() : QString();
}

// True when another program has `path` open without letting others delete or replace it
// (Excel, many editors, a virus scanner mid-scan): the sharing violation a replace meets.
bool heldByAnotherProgram(const QString& path)
{
    const HANDLE probe = ::CreateFileW(wide(path).c_str(), DELETE,
                                       FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                       nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (probe != INVALID_HANDLE_VALUE) {
        ::CloseHandle(probe);
        return false;
    }
    return ::GetLastError() == ERROR_SHARING_VIOLATION;
}

bool markedReadOnly(const QString& path)
{
    const DWORD attributes = ::GetFileAttributesW(wide(path).c_str());
    return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_READONLY) &&
           !(attributes & FILE_ATTRIBUTE_DIRECTORY);
}

} // namespace

WriteTarget classifyWriteTarget(const QString& path)
{
    // Named in the device namespace: only Windows' own parser still finds "C:\dir\NUL".
    if (const QString device = deviceName(path); !device.isEmpty())
        return {WriteTargetKind::Stream, {}, QStringLiteral("\\\\.\\") + device};
    const QFileInfo info(path);
    if (!info.exists() || info.isFile())
        return {};
    return {WriteTargetKind::Refused,
            info.isDir() ? tr("it is a folder") : tr("it is not a regular file"),
            {}};
}

bool flushToDisk(QFileDevice& file, QString* reason)
{
    const int descriptor = file.handle();
    if (descriptor < 0)
        return true;
    const auto handle = reinterpret_cast<HANDLE>(::_get_osfhandle(descriptor));
    if (handle == INVALID_HANDLE_VALUE || ::GetFileType(handle) != FILE_TYPE_DISK)
        return true; // a console or a pipe: nothing to flush
    if (::FlushFileBuffers(handle))
        return true;
    *reason = qt_error_string(static_cast<int>(::GetLastError()));
    return false;
}

QString openFailureReason(const QString& path, const QString& qtReason)
{
    if (markedReadOnly(path))
        return tr("the file is marked read-only (Properties › Read-only)");
    return qtReason;
}

QString replaceFailureReason(const QString& path, const QString& qtReason)
{
    if (heldByAnotherProgram(path))
        return tr("another program has the file open (%1); close it there and save again, or "
                  "save under another name")
            .arg(qtReason.trimmed());
    if (markedReadOnly(path))
        return tr("the file is marked read-only (Properties › Read-only)");
    return qtReason;
}

#else

WriteTarget classifyWriteTarget(const QString& path)
{
    struct stat info {};
    // stat() follows symbolic links, like the write itself.
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {}; // nothing there yet (or a dangling link): a new file is created
    if (S_ISREG(info.st_mode))
        return {};
    if (S_ISFIFO(info.st_mode) || S_ISCHR(info.st_mode))
        return {WriteTargetKind::Stream, {}, path};
    if (S_ISDIR(info.st_mode))
        return {WriteTargetKind::Refused, tr("it is a folder"), {}};
    if (S_ISBLK(info.st_mode))
        return {WriteTargetKind::Refused, tr("it is a block device, not a regular file"), {}};
    return {WriteTargetKind::Refused, tr("it is not a regular file"), {}};
}

bool flushToDisk(QFileDevice& file, QString* reason)
{
    int result = 0;
    do {
        result = ::fsync(file.handle());
    } while (result != 0 && errno == EINTR);
    // Pipes and character devices cannot be synced; that is not a failure.
    if (result != 0 && errno != EINVAL && errno != EROFS && errno != ENOTSUP) {
        *reason = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return true;
}

QString openFailureReason(const QString& path, const QString& qtReason)
{
    const QString folder = QFileInfo(path).absolutePath();
    for (const QString& candidate : {path, folder}) {
        const QByteArray name = QFile::encodeName(candidate);
        if (::access(name.constData(), F_OK) == 0 && ::access(name.constData(), W_OK) != 0)
            return QString::fromLocal8Bit(std::strerror(errno));
    }
    return qtReason;
}

QString replaceFailureReason(const QString& path, const QString& qtReason)
{
    Q_UNUSED(path);
    return qtReason;
}

#endif

} // namespace topo::platform
