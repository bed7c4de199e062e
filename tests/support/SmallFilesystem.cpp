#include "SmallFilesystem.h"

#include "HostTools.h"

#include <QDir>
#include <QFile>
#ifndef _WIN32
#include <unistd.h>
#endif

namespace topo::test {

namespace {

const QString kFiller = QStringLiteral(".filler");

#ifdef _WIN32
// Under Wine, drive Z: is the Unix root: the Windows build mounts the same tmpfs (mount runs
// on the Unix side, HostTools), and its writes meet the same full or read-only disk through
// Wine's Windows API. On Windows itself a small disk would need an administrator's virtual
// disk: those tests are skipped.
const QString kUnixRoot = QStringLiteral("Z:");
#else
const QString kUnixRoot;
#endif

bool runUnix(const QString& name, const QStringList& arguments, QString* output)
{
    const ToolRun run = runHostTool(name, arguments, 30'000);
    if (output)
        *output = QString::fromLocal8Bit(run.out + run.err).trimmed();
    return run.finished && run.exitCode == 0;
}

} // namespace

SmallFilesystem::SmallFilesystem(int kilobytes)
    : m_dir(kUnixRoot + QStringLiteral("/tmp/topology-small-XXXXXX"))
{
#ifdef _WIN32
    if (!underWine()) {
        m_reason = QStringLiteral("a small disk on Windows needs a virtual disk made by an "
                                  "administrator; these checks run under Wine");
        return;
    }
#else
    if (::geteuid() != 0) {
        m_reason = QStringLiteral("mounting a small tmpfs needs root");
        return;
    }
#endif
    QString output;
    m_mounted = runUnix(QStringLiteral("mount"),
                        {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                         QStringLiteral("size=%1k,mode=0755").arg(kilobytes),
                         QStringLiteral("tmpfs"), unixPath()},
                        &output);
    if (!m_mounted)
        m_reason = QStringLiteral("mount -t tmpfs failed: ") + output;
}

SmallFilesystem::~SmallFilesystem()
{
    if (m_mounted)
        runUnix(QStringLiteral("umount"), {QStringLiteral("-l"), unixPath()}, nullptr);
}

QString SmallFilesystem::unixPath() const
{
    return m_dir.path().mid(kUnixRoot.size());
}

QString SmallFilesystem::path(const QString& name) const
{
    return m_dir.filePath(name);
}

bool SmallFilesystem::fill()
{
    QFile filler(path(kFiller));
    if (!filler.open(QIODevice::Append | QIODevice::Unbuffered))
        return false;
    const QByteArray block(4096, 'f');
    while (filler.write(block) == block.size()) {
    }
    // The last partial page: byte by byte until the file system refuses.
    while (filler.write("f", 1) == 1) {
    }
    return filler.error() != QFileDevice::NoError; // ENOSPC is a ResourceError
}

bool SmallFilesystem::fillLeaving(qint64 bytes)
{
    if (!fill())
        return false;
    QFile filler(path(kFiller));
    return filler.size() > bytes && filler.resize(filler.size() - bytes);
}

bool SmallFilesystem::remountReadOnly()
{
    return runUnix(QStringLiteral("mount"),
                   {QStringLiteral("-o"), QStringLiteral("remount,ro"), unixPath()}, nullptr);
}

QStringList SmallFilesystem::entries() const
{
    QStringList names =
        QDir(m_dir.path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                       QDir::Name);
    names.removeAll(kFiller);
    return names;
}

} // namespace topo::test
