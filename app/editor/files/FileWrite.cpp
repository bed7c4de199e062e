#include "editor/files/FileWrite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace topo {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("FileWrite", text);
}

// What a path names, as far as writing it goes.
enum class TargetKind { Replaceable, Stream, Refused };

struct Target {
    TargetKind kind = TargetKind::Replaceable;
    QString refusal; // why, when Refused
};

Target classify(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat info {};
    // stat() follows symbolic links, like the write itself.
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {}; // nothing there yet (or a dangling link): a new file is created
    if (S_ISREG(info.st_mode))
        return {};
    if (S_ISFIFO(info.st_mode) || S_ISCHR(info.st_mode))
        return {TargetKind::Stream, {}};
    if (S_ISDIR(info.st_mode))
        return {TargetKind::Refused, tr("it is a folder")};
    if (S_ISBLK(info.st_mode))
        return {TargetKind::Refused, tr("it is a block device, not a regular file")};
    return {TargetKind::Refused, tr("it is not a regular file")};
#else
    const QFileInfo info(path);
    if (!info.exists() || info.isFile())
        return {};
    return {TargetKind::Refused,
            info.isDir() ? tr("it is a folder") : tr("it is not a regular file")};
#endif
}

// Writes every byte, reporting the device's own reason ("No space left on device") on failure.
bool writeAll(QFileDevice& file, const QByteArray& bytes, QString* reason)
{
    if (file.write(bytes) == bytes.size())
        return true;
    *reason = file.error() != QFileDevice::NoError ? file.errorString()
                                                   : tr("not every byte could be written");
    return false;
}

// Flushes the data to the disk and reports a failure that QSaveFile::commit() would ignore
// (a delayed-allocation file system can report a full disk only here).
bool syncToDisk(QFileDevice& file, QString* reason)
{
#ifdef Q_OS_UNIX
    int result = 0;
    do {
        result = ::fsync(file.handle());
    } while (result != 0 && errno == EINTR);
    // Pipes and character devices cannot be synced; that is not a failure.
    if (result != 0 && errno != EINVAL && errno != EROFS && errno != ENOTSUP) {
        *reason = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
#else
    Q_UNUSED(file);
    Q_UNUSED(reason);
#endif
    return true;
}

// Why a file cannot be opened for writing, in the system's words ("Read-only file system",
// "Permission denied") where they can be had: Qt's own text only says "is not writable".
QString openFailure(const QFileDevice& file, const QString& path)
{
#ifdef Q_OS_UNIX
    const QString folder = QFileInfo(path).absolutePath();
    for (const QString& candidate : {path, folder}) {
        const QByteArray name = QFile::encodeName(candidate);
        if (::access(name.constData(), F_OK) == 0 && ::access(name.constData(), W_OK) != 0)
            return QString::fromLocal8Bit(std::strerror(errno));
    }
#else
    Q_UNUSED(path);
#endif
    return file.errorString();
}

QString writeError(const QString& path, const QString& reason)
{
    QString text = reason;
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return tr("%1: error: cannot write the file: %2").arg(path, text);
}

FileWriteResult writeStream(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QString reason;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        reason = openFailure(file, path);
    else if (writeAll(file, bytes, &reason))
        return {true, {}};
    return {false, writeError(path, reason)};
}

FileWriteResult replaceAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    QString reason;
    // Unbuffered: each write reaches the file system at once, so a full disk fails the write
    // itself. Buffered, the failure would happen inside commit(), which renames anyway.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        reason = openFailure(file, path);
    else if (writeAll(file, bytes, &reason) && syncToDisk(file, &reason)) {
        if (file.commit())
            return {true, {}};
        reason = file.errorString();
    }
    // The reason is read before cancelling: cancelWriting() replaces it with its own text.
    file.cancelWriting();
    return {false, writeError(path, reason)};
}

} // namespace

FileWriteResult writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    const Target target = classify(path);
    switch (target.kind) {
    case TargetKind::Stream:
        return writeStream(path, bytes);
    case TargetKind::Refused:
        return {false, writeError(path, target.refusal)};
    case TargetKind::Replaceable:
        break;
    }
    return replaceAtomically(path, bytes);
}

} // namespace topo
