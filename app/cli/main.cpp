#include "Cli.h"

#include "TopoVersion.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    // Without a display Qt aborts unless a platform is chosen; this tool never opens a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("topology-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOPO_VERSION));
    return topo::cli::run(QCoreApplication::arguments());
}
