#include "HostTools.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <vector>

#ifdef _WIN32
#include <windows.h>
#endif

namespace topo::test {

namespace {

#ifdef _WIN32
// Wine's exports: ntdll's __wine_unix_spawnvp (what Wine's own tools start Unix programs
// with) and kernel32's wine_get_unix_file_name. Neither exists on Windows itself.
using UnixSpawn = LONG(__cdecl*)(char* const argv[], int wait);
using UnixFileName = char*(__cdecl*)(const wchar_t* windowsPath);

template <typename Function> Function wineExport(const wchar_t* module, const char* name)
{
    const HMODULE handle = ::GetModuleHandleW(module);
    return handle
               ? reinterpret_cast<Function>(reinterpret_cast<void*>(::GetProcAddress(handle, name)))
               : nullptr;
}

UnixSpawn unixSpawn()
{
    return wineExport<UnixSpawn>(L"ntdll.dll", "__wine_unix_spawnvp");
}

QString unixPathOf(const QString& windowsPath)
{
    const auto convert = wineExport<UnixFileName>(L"kernel32.dll", "wine_get_unix_file_name");
    const std::wstring wide = QDir::toNativeSeparators(windowsPath).toStdWString();
    char* unix = convert ? convert(wide.c_str()) : nullptr;
    if (!unix)
        return windowsPath;
    const QString path = QString::fromLocal8Bit(unix);
    ::HeapFree(::GetProcessHeap(), 0, unix);
    return path;
}

// "Z:/tmp/a.pdf" and "-sOutputFile=C:\x\page-%d.png" name Windows paths.
QString withUnixPaths(const QString& argument)
{
    static const QRegularExpression path(QStringLiteral("^(-[^=]*=)?([A-Za-z]:[/\\\\].*)$"));
    const QRegularExpressionMatch match = path.match(argument);
    return match.hasMatch() ? match.captured(1) + unixPathOf(match.captured(2)) : argument;
}

QString unixProgramPath(const QString& name)
{
    for (const char* folder : {"/usr/bin/", "/bin/"}) {
        const QString unix = QLatin1String(folder) + name;
        if (QFile::exists(QStringLiteral("Z:") + unix))
            return unix;
    }
    return {};
}

// Runs the Unix program at the absolute path argv[0] and waits; true when it exits with 0.
bool runUnixProgram(const QStringList& argv)
{
    const UnixSpawn spawn = unixSpawn();
    if (!spawn || argv.isEmpty())
        return false;
    std::vector<QByteArray> words;
    for (const QString& word : argv)
        words.push_back(word.toLocal8Bit());
    std::vector<char*> pointers;
    for (QByteArray& word : words)
        pointers.push_back(word.data());
    pointers.push_back(nullptr);
    return spawn(pointers.data(), 1) == 0;
}

ToolRun runThroughWine(const QString& name, const QStringList& arguments, int timeoutMs)
{
    ToolRun run;
    QTemporaryDir dir;
    const QString out = unixPathOf(dir.filePath(QStringLiteral("out")));
    const QString err = unixPathOf(dir.filePath(QStringLiteral("err")));
    const QString status = unixPathOf(dir.filePath(QStringLiteral("status")));
    QStringList argv{QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                     QStringLiteral("timeout %1 \"$0\" \"$@\" >'%2' 2>'%3'; echo $? >'%4'")
                         .arg(QString::number((timeoutMs + 999) / 1000), out, err, status),
                     unixProgramPath(name)};
    for (const QString& argument : arguments)
        argv << withUnixPaths(argument);
    runUnixProgram(argv);
    QFile statusFile(dir.filePath(QStringLiteral("status")));
    if (!statusFile.open(QIODevice::ReadOnly))
        return run;
    run.finished = true;
    run.exitCode = statusFile.readAll().trimmed().toInt();
    QFile outFile(dir.filePath(QStringLiteral("out")));
    if (outFile.open(QIODevice::ReadOnly))
        run.out = outFile.readAll();
    QFile errFile(dir.filePath(QStringLiteral("err")));
    if (errFile.open(QIODevice::ReadOnly))
        run.err = errFile.readAll();
    return run;
}
#endif

} // namespace

bool underWine()
{
#ifdef _WIN32
    return unixSpawn() != nullptr;
#else
    return false;
#endif
}

bool hostToolAvailable(const QString& name)
{
#ifdef _WIN32
    if (underWine())
        return !unixProgramPath(name).isEmpty();
#endif
    return !QStandardPaths::findExecutable(name).isEmpty();
}

ToolRun runHostTool(const QString& name, const QStringList& arguments, int timeoutMs)
{
#ifdef _WIN32
    if (underWine())
        return runThroughWine(name, arguments, timeoutMs);
#endif
    ToolRun run;
    QProcess process;
    process.start(QStandardPaths::findExecutable(name), arguments);
    run.finished =
        process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

ToolRun renderWithRsvg(const QString& svg, const QString& png, int width, int height)
{
    return runHostTool(QStringLiteral("rsvg-convert"),
                       {QStringLiteral("-w"), QString::number(width), QStringLiteral("-h"),
                        QString::number(height), QStringLiteral("-o"), png, svg});
}

} // namespace topo::test
