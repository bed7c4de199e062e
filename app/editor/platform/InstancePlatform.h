#pragma once

#include <QString>

class QLockFile;

namespace topo::platform {

// True when the process that holds the autosave instance lock `lockPath` (a QLockFile, which
// recorded the owner's `pid` and `program` name) still runs on this machine.
// - POSIX: the process `pid` exists, is not a zombie and runs `program` (a different name
//   means the id was reused).
// - Windows: the owner keeps the lock file open without sharing write access, and Windows
//   closes it when the process ends however it ends, so a file that opens for writing has
//   no owner left. Process ids are not used: they are reused quickly there.
bool lockOwnerRunning(const QString& lockPath, qint64 pid, const QString& program);

// True when `host`, as a QLockFile recorded it, is this machine: QLockFile writes the
// COMPUTERNAME on Windows (upper case, NetBIOS) and the host name elsewhere, so comparing
// with QSysInfo::machineHostName() would take every Windows lock for another machine's.
bool lockWrittenOnThisMachine(const QString& host);

// Takes `lock` at once (QLockFile::tryLock(0)). When it cannot be taken, `reason` gets the
// system's words for why (a full disk, a read-only folder: errno, or GetLastError on
// Windows), or the kind of failure QLockFile saw when the system gave none.
bool takeLock(QLockFile& lock, QString* reason);

} // namespace topo::platform
