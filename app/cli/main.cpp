#include "cli/Cli.h"
#include "cli/Console.h"

#include "TopoVersion.h"
#include "editor/platform/HeadlessPlatform.h"
#include "ui/qtcharts/ChartGrid.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QHashFunctions>

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

// The application a command needs: exports draw text, which needs fonts (a GUI application);
// only the charts view draws Qt Charts, which are graphics widgets (a widgets application).
// The other commands start faster with a core application.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    const bool exporting = argc > 1 && std::strcmp(argv[1], "export") == 0;
    if (!exporting)
        return std::make_unique<QCoreApplication>(argc, argv);
    for (int i = 2; i < argc; ++i) {
        const bool separate = std::strcmp(argv[i], "--view") == 0 && i + 1 < argc &&
                              std::strcmp(argv[i + 1], "charts") == 0;
        if (separate || std::strcmp(argv[i], "--view=charts") == 0) {
            auto app = std::make_unique<QApplication>(argc, argv);
            topo::registerChartsPainter();
            return app;
        }
    }
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    // Without a display Qt aborts unless a platform is chosen; this tool never opens a window.
    topo::platform::chooseHeadlessPlatform();
    previousHandler = qInstallMessageHandler(messageHandler);
    // Two exports of one design are the same bytes (documentation pipelines keep them under
    // version control): Qt Charts draws its labels in the order of a QHash, which Qt seeds
    // at random in every process unless told otherwise.
    QHashSeed::setDeterministicGlobalSeed();
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("topology-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOPO_VERSION));
    topo::cli::prepareOutput();
    return topo::cli::finishOutput(topo::cli::run(QCoreApplication::arguments()));
}
