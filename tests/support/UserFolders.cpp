#include "UserFolders.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace topo::test {

#ifdef _WIN32

namespace {

// The folders of this process's own organisation name, removed at exit.
QStringList& ownFolders()
{
    static QStringList folders;
    return folders;
}

// Windows finds AppData through the user's profile, not the environment: each test process
// gets an organisation name of its own instead, which names its data and settings folders.
void takeOwnOrganization()
{
    QCoreApplication::setOrganizationName(
        QCoreApplication::organizationName() +
        QStringLiteral("-test-%1").arg(QCoreApplication::applicationPid()));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    for (const auto location :
         {QStandardPaths::AppLocalDataLocation, QStandardPaths::AppDataLocation}) {
        QDir folder(QStandardPaths::writableLocation(location));
        folder.cdUp(); // the organisation's folder
        ownFolders().append(folder.absolutePath());
    }
    ownFolders().append(QFileInfo(QSettings().fileName()).absolutePath());
    std::atexit([] {
        for (const QString& folder : ownFolders())
            QDir(folder).removeRecursively();
    });
}

} // namespace

#endif

void isolateUserFolders()
{
#ifdef _WIN32
    qAddPreRoutine(takeOwnOrganization);
#endif
    static QTemporaryDir root(QDir::tempPath() + QStringLiteral("/topology-tests-XXXXXX"));
    if (!root.isValid()) {
        std::fprintf(stderr, "cannot create a temporary user folder: %s\n",
                     qPrintable(root.errorString()));
        std::exit(2);
    }
    const struct {
        const char* variable;
        const char* folder;
    } folders[] = {{"HOME", "home"},
                   {"XDG_DATA_HOME", "home/.local/share"},
                   {"XDG_CONFIG_HOME", "home/.config"},
                   {"XDG_CACHE_HOME", "home/.cache"},
                   {"XDG_STATE_HOME", "home/.local/state"},
                   {"XDG_RUNTIME_DIR", "runtime"}};
    for (const auto& entry : folders) {
        const QString path = root.filePath(QString::fromLatin1(entry.folder));
        QDir().mkpath(path);
        qputenv(entry.variable, QFile::encodeName(path));
    }
    // Qt refuses a runtime folder that others can read.
    QFile::setPermissions(root.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace topo::test
