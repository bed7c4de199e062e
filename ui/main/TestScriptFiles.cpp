// The steps of TestScript that write files through the window's own save paths (File ›
// Export…, Save a copy as option…, the Compare and Charts docks' saves, autosave), and the
// answers a script gives in place of the user: a test drives every write without a dialog.
#include "ui/main/TestScript.h"

#include "editor/document/Document.h"
#include "editor/export/ExportOptions.h"
#include "editor/recovery/Autosave.h"
#include "ui/dialogs/ExportDialog.h"
#include "ui/docks/chartdock/ChartsDock.h"
#include "ui/docks/compare/CompareDock.h"
#include "ui/docks/network/NetworkDock.h"
#include "ui/main/CompareController.h"
#include "ui/main/FileController.h"
#include "ui/main/MainWindow.h"
#include "ui/main/RecoveryController.h"
#include "ui/main/RunbookExport.h"

#include <QApplication>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>

namespace topo {

namespace {

void printError(const QString& title, const QString& text)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(title), qPrintable(text));
    std::fflush(stderr);
}

} // namespace

void TestScript::answerForTheUser()
{
    FileController* files = m_window->files();
    files->reportError = printError;
    files->askToSave = [](const QString&) { return QMessageBox::Discard; };
    if (CompareDock* compare = m_window->compareDock())
        compare->reportError = printError;
    if (auto* network = m_window->findChild<NetworkDock*>())
        network->reportError = printError;
    // What the status bar tells (a failed autosave) is read out too.
    connect(m_window->statusBar(), &QStatusBar::messageChanged, this, [](const QString& text) {
        if (!text.isEmpty())
            printError(QStringLiteral("Status"), text);
    });
    // A message box any other code opens (an export that failed) is read out and closed.
    auto* closer = new QTimer(this);
    connect(closer, &QTimer::timeout, this, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            printError(box->windowTitle(), box->text());
            box->reject();
        }
    });
    closer->start(50);
}

bool TestScript::runFileStep(const std::string& action, const nlohmann::json& step)
{
    const QString path = QString::fromStdString(step.value("path", ""));
    Document* document = m_window->document();
    if (action == "export" && document) {
        ExportDialog dialog(document->topology(), document->filePath(), document->selection(),
                            m_window);
        dialog.setOutputPath(path);
        dialog.exportNow();
    } else if (action == "save-copy-as-option") {
        m_window->comparisons()->saveCopyTo(path);
    } else if (action == "save-comparison" && m_window->compareDock()) {
        m_window->compareDock()->saveHtml(path);
    } else if (action == "save-runbook") {
        m_window->runbookExport()->saveTo(path);
    } else if (action == "save-flows-csv") {
        if (auto* network = m_window->findChild<NetworkDock*>())
            network->saveCsv(path);
    } else if (action == "save-chart") {
        auto* charts = m_window->findChild<ChartsDock*>();
        QString error;
        const ExportFormat format =
            path.endsWith(QStringLiteral(".svg")) ? ExportFormat::Svg : ExportFormat::Png;
        if (charts && !charts->exportCharts(path, format, &error))
            printError(QStringLiteral("Export charts"), error);
    } else if (action == "autosave" && m_window->recovery()->autosave()) {
        m_window->recovery()->autosave()->saveNow();
    } else if (action == "crash") {
        // Ends at once, as a killed designer does: no cleanup, the autosave stays.
        std::_Exit(70);
    } else {
        return false;
    }
    return true;
}

} // namespace topo
