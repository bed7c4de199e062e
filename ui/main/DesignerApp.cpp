#include "ui/main/DesignerApp.h"

#include "ui/docks/Icons.h"
#include "ui/main/FileController.h"
#include "ui/main/MainWindow.h"
#include "ui/main/Preferences.h"
#include "ui/main/RecoveryController.h"
#include "ui/main/TestScript.h"
#include "ui/main/ViewController.h"
#include "ui/platform/AppearancePlatform.h"
#include "ui/platform/SettingsPlatform.h"
#include "ui/qtcharts/ChartGrid.h"

#include "TopoVersion.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QScreen>
#include <QTimer>

#include <cstdio>

namespace topo {

namespace {

// How long a --screenshot run lets the window settle (layout, first paints) before grabbing.
constexpr int kScreenshotDelayMs = 1200;

struct Options {
    QString file;
    int autosaveSeconds = -1;
    bool recoverAll = false;
    QString screenshot;
    QString script;
};

Options parseOptions(const QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "topo::DesignerApp", "Designs OutSystems 11 self-managed infrastructures."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("topo::DesignerApp", "Design to open."));
    const QCommandLineOption autosave(
        QStringLiteral("autosave-interval"),
        QApplication::translate("topo::DesignerApp",
                                "Autosave every SECONDS for this session (0 = off)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption recoverAll(
        QStringLiteral("recover-all"),
        QApplication::translate("topo::DesignerApp",
                                "Recover every design left by an unclean exit without asking."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate(
            "topo::DesignerApp",
            "Save a picture of the window to FILE once it is shown, then quit."),
        QStringLiteral("FILE"));
    QCommandLineOption script(QStringLiteral("script"), QStringLiteral("test script"),
                              QStringLiteral("FILE"));
    script.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({autosave, recoverAll, screenshot, script});
    parser.process(app);

    Options options;
    if (!parser.positionalArguments().isEmpty())
        options.file = parser.positionalArguments().constFirst();
    if (parser.isSet(autosave)) {
        bool ok = false;
        options.autosaveSeconds = parser.value(autosave).toInt(&ok);
        if (!ok || options.autosaveSeconds < 0) {
            std::fprintf(stderr, "topology-designer: --autosave-interval needs seconds >= 0\n");
            std::exit(2);
        }
    }
    options.recoverAll = parser.isSet(recoverAll);
    options.screenshot = parser.value(screenshot);
    options.script = parser.value(script);
    return options;
}

void grabWindowLater(MainWindow* window, const QString& path)
{
    // The picture shows the window as the user sees it: no fit of its own.
    QTimer::singleShot(kScreenshotDelayMs, window, [window, path] {
        const bool saved = window->grab().save(path);
        if (!saved)
            std::fprintf(stderr, "topology-designer: cannot write %s\n", qPrintable(path));
        QApplication::exit(saved ? 0 : 1);
    });
}

} // namespace

void startDesigner(MainWindow& window, const QString& file, bool recoverAll, const QSize& size)
{
    window.views()->applyTheme();
    const bool recovered = window.recovery()->offerRecovery(recoverAll);
    if (!recovered && !file.isEmpty())
        window.files()->openFile(file);
    if (size.isValid())
        window.resize(size);
    window.show();
}

int runDesigner(int argc, char* argv[])
{
    QApplication::setOrganizationName(QStringLiteral("TopologyDesigner"));
    QApplication::setApplicationName(QStringLiteral("Topology Designer"));
    QApplication::setApplicationVersion(QStringLiteral(TOPO_VERSION));
    platform::chooseSettingsStorage();
    platform::prepareAppearance();
    QApplication app(argc, argv);
    // Matches the installed desktop entry: the desktop shows its icon and name for the window.
    QApplication::setDesktopFileName(QStringLiteral(TOPO_APP_ID));
    QApplication::setWindowIcon(designerIcon(QStringLiteral("app")));
    registerChartsPainter(); // the charts view of File > Export
    const Options options = parseOptions(app);
    if (options.autosaveSeconds >= 0)
        Preferences::overrideAutosaveIntervalSeconds(options.autosaveSeconds);

    MainWindow window;
    // A script answers for the user from the start (its steps run once the event loop does):
    // a design on the command line that cannot be read is reported on standard error, not in
    // a message box that nobody would close.
    if (!options.script.isEmpty()) {
        auto* script = new TestScript(&window, options.script);
        if (!script->start()) {
            std::fprintf(stderr, "topology-designer: cannot read %s\n", qPrintable(options.script));
            return 2;
        }
    }
    // A screenshot shows the whole screen's worth of window (Xvfb has no window manager to
    // maximise it).
    startDesigner(window, options.file, options.recoverAll,
                  options.screenshot.isEmpty() ? QSize()
                                               : window.screen()->availableGeometry().size());
    if (!options.screenshot.isEmpty())
        grabWindowLater(&window, options.screenshot);
    return QApplication::exec();
}

} // namespace topo
