#include "SmallFilesystem.h"

#include <QFile>
#include <QProcess>

#include <unistd.h>

namespace topo::test {

SmallFilesystem::SmallFilesystem(int kilobytes)
{
    if (::geteuid() != 0) {
        m_whyNot = QStringLiteral("mounting a small tmpfs needs root");
        return;
    }
    if (!m_dir.isValid()) {
        m_whyNot = QStringLiteral("no temporary folder to mount on");
        return;
    }
    m_mounted =
        run({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
             QStringLiteral("size=%1k").arg(kilobytes), QStringLiteral("tmpfs"), m_dir.path()});
    if (!m_mounted)
        m_whyNot = QStringLiteral("mount -t tmpfs failed (no permission in this container?)");
}

SmallFilesystem::~SmallFilesystem()
{
    if (m_mounted)
        QProcess::execute(QStringLiteral("umount"), {m_dir.path()});
}

QString SmallFilesystem::filePath(const QString& name) const
{
    return m_dir.filePath(name);
}

bool SmallFilesystem::fill()
{
    QFile filler(filePath(QStringLiteral("filler")));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return false;
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size()) {
    }
    // The last page may be partly free: fill it byte by byte.
    while (filler.write("x", 1) == 1) {
    }
    filler.close();
    QFile probe(filePath(QStringLiteral("probe")));
    const bool full =
        !probe.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || probe.write("x", 1) != 1;
    probe.close();
    probe.remove();
    return full;
}

bool SmallFilesystem::remountReadOnly()
{
    return run({QStringLiteral("-o"), QStringLiteral("remount,ro"), m_dir.path()});
}

bool SmallFilesystem::run(const QStringList& arguments)
{
    QProcess mount;
    mount.start(QStringLiteral("mount"), arguments);
    return mount.waitForFinished(10000) && mount.exitStatus() == QProcess::NormalExit &&
           mount.exitCode() == 0;
}

} // namespace topo::test
