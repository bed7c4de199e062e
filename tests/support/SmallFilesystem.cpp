#include "SmallFilesystem.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <unistd.h>

namespace topo::test {

namespace {

const QString kFiller = QStringLiteral(".filler");

bool run(const QString& program, const QStringList& arguments, QString* output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool ok = process.waitForFinished(30'000) &&
                    process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (output)
        *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return ok;
}

} // namespace

SmallFilesystem::SmallFilesystem(int kilobytes)
{
    if (::geteuid() != 0) {
        m_reason = QStringLiteral("mounting a small tmpfs needs root");
        return;
    }
    QString output;
    m_mounted = run(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=%1k,mode=0755").arg(kilobytes), QStringLiteral("tmpfs"),
                     m_dir.path()},
                    &output);
    if (!m_mounted)
        m_reason = QStringLiteral("mount -t tmpfs failed: ") + output;
}

SmallFilesystem::~SmallFilesystem()
{
    if (m_mounted)
        run(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
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

bool SmallFilesystem::remountReadOnly()
{
    return run(QStringLiteral("mount"),
               {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_dir.path()});
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
