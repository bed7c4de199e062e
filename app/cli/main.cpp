#include "Cli.h"

#include "ChartGrid.h"
#include "TopoVersion.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstring>
#include <memory>

namespace {

QtMessageHandler previousHandler = nullptr;

// The offscreen platform warns that XDG_RUNTIME_DIR is unset (as in containers and CI); the
// tool never uses that folder, and its standard error is for its own messages.
void messageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg &&
        message.startsWith(QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    // Without a display Qt aborts unless a platform is chosen; this tool never opens a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    previousHandler = qInstallMessageHandler(messageHandler);
    // Exports draw text, which needs fonts, and charts, which are graphics widgets: they need a
    // widgets application. The other commands start faster without one.
    const bool drawing = argc > 1 && std::strcmp(argv[1], "export") == 0;
    const std::unique_ptr<QCoreApplication> app =
        drawing ? std::make_unique<QApplication>(argc, argv)
                : std::make_unique<QCoreApplication>(argc, argv);
    if (drawing)
        topo::registerChartsPainter();
    QCoreApplication::setApplicationName(QStringLiteral("topology-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOPO_VERSION));
    return topo::cli::run(QCoreApplication::arguments());
}
