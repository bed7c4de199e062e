#include "UserFolders.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace topo::test {

void isolateUserFolders()
{
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
