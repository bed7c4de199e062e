#include "SmallFilesystem.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <vector>

#ifdef _WIN32
#include <windows.h>
#else
#include <unistd.h>
#endif

namespace topo::test {

namespace {

const QString kFiller = QStringLiteral(".filler");

#ifdef _WIN32
// Under Wine, drive Z: is the Unix root, and Wine's ntdll can start a Unix program
// (__wine_unix_spawnvp, what Wine's own tools use): the Windows build mounts the same tmpfs,
// and its writes meet the same full or read-only disk through Wine's Windows API. On Windows
// itself a small disk would need an administrator's virtual disk: those tests are skipped.
using UnixSpawn = LONG(__cdecl*)(char* const argv[], int wait);
UnixSpawn wineUnixSpawn()
{
    const HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll");
    return ntdll ? reinterpret_cast<UnixSpawn>(
                       reinterpret_cast<void*>(::GetProcAddress(ntdll, "__wine_unix_spawnvp")))
                 : nullptr;
}
bool underWine()
{
    return wineUnixSpawn() != nullptr;
}
const QString kUnixRoot = QStringLiteral("Z:");

// Runs /bin/NAME ARGUMENTS on the Unix side and waits; true when it exits with 0.
bool runUnix(const QString& name, const QStringList& arguments, QString* output)
{
    std::vector<QByteArray> words{"/bin/" + name.toLocal8Bit()};
    for (const QString& argument : arguments)
        words.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    const bool ok = wineUnixSpawn()(argv.data(), 1) == 0;
    if (output && !ok)
        *output = QStringLiteral("/bin/%1 failed (its output goes to the Unix side)").arg(name);
    return ok;
}
#else
const QString kUnixRoot;

bool runUnix(const QString& name, const QStringList& arguments, QString* output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("/bin/") + name, arguments);
    const bool ok = process.waitForFinished(30'000) &&
                    process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (output)
        *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return ok;
}
#endif

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
