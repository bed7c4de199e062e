#include "KilledLockOwner.h"

#include "Killable.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QProcess>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>

namespace topo::test {

namespace {

constexpr const char* kOption = "--hold-lock-until-killed";
constexpr const char* kLockedLine = "locked";

} // namespace

void serveKilledLockOwner(int argc, char** argv)
{
    if (argc != 3 || std::strcmp(argv[1], kOption) != 0)
        return;
    QLockFile lock(QString::fromLocal8Bit(argv[2]));
    if (!lock.tryLock(0)) {
        std::fprintf(stderr, "cannot lock %s\n", argv[2]);
        std::exit(1);
    }
    std::printf("%s\n", kLockedLine);
    std::fflush(stdout);
    for (;;)
        std::this_thread::sleep_for(std::chrono::seconds(1));
}

bool leaveLockOfKilledProcess(const QString& lockPath, QString* error)
{
    QProcess owner;
    makeKillable(owner);
    owner.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kOption), lockPath});
    bool locked = false;
    while (!locked && owner.waitForReadyRead(30'000))
        locked = owner.readAllStandardOutput().contains(kLockedLine);
    if (!locked) {
        *error = QStringLiteral("the lock owner did not lock %1: %2")
                     .arg(lockPath, QString::fromLocal8Bit(owner.readAllStandardError()));
        owner.kill();
        owner.waitForFinished();
        return false;
    }
    owner.kill();
    if (!owner.waitForFinished(30'000) || owner.exitStatus() != QProcess::CrashExit) {
        *error = QStringLiteral("the lock owner was not killed");
        return false;
    }
    return true;
}

} // namespace topo::test
