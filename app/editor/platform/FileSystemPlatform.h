#pragma once

#include <QFileDevice>
#include <QString>

namespace topo::platform {

// What a path names, as far as writing it goes.
enum class WriteTargetKind {
    Replaceable, // a regular file, or nothing yet: replaced through a temporary file
    Stream,      // a pipe or a device (/dev/stdout, NUL): written to directly
    Refused,     // a folder or anything else that must not be touched
};

struct WriteTarget {
    WriteTargetKind kind = WriteTargetKind::Replaceable;
    QString refusal;    // why, when Refused
    QString streamPath; // what to open, when Stream ("\\.\NUL" for "NUL" on Windows)
};

// Classifies `path` following symbolic links, as the write itself does.
WriteTarget classifyWriteTarget(const QString& path);

// Pushes what was written to `file` to the disk (fsync on POSIX, FlushFileBuffers on Windows)
// and reports the failure a later rename would hide: a delayed-allocation file system or a
// network share can report a full disk only here. Devices that cannot be flushed are fine.
bool flushToDisk(QFileDevice& file, QString* reason);

// Why `path` could not be opened for writing, in the system's words ("Read-only file system",
// "Permission denied") where they can be had; `qtReason` otherwise.
QString openFailureReason(const QString& path, const QString& qtReason);

// Why the finished temporary file could not replace `path`: the system's reason, and on
// Windows what the user can do when another program holds the file open or it is marked
// read-only. The old file is still in place when this is asked.
QString replaceFailureReason(const QString& path, const QString& qtReason);

} // namespace topo::platform
