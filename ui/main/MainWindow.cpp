#include "ui/main/MainWindow.h"

#include "editor/document/Document.h"
#include "ui/canvas/CanvasView.h"
#include "ui/canvas/FitUntilTouched.h"
#include "ui/docks/ItemTextToolTips.h"
#include "ui/docks/analysis/FailoverDock.h"
#include "ui/docks/analysis/SizingDock.h"
#include "ui/docks/chartdock/ChartsDock.h"
#include "ui/docks/compare/CompareDock.h"
#include "ui/docks/inspector/InspectorDock.h"
#include "ui/docks/network/NetworkDock.h"
#include "ui/docks/overview/OverviewDock.h"
#include "ui/docks/palette/PaletteDock.h"
#include "ui/docks/problems/FindingsModel.h"
#include "ui/docks/problems/ProblemsDock.h"
#include "ui/docks/scaling/ScalingDock.h"
#include "ui/main/CompareController.h"
#include "ui/main/EditController.h"
#include "ui/main/FileChangedBar.h"
#include "ui/main/FileController.h"
#include "ui/main/FindBar.h"
#include "ui/main/HelpController.h"
#include "ui/main/ImageCopy.h"
#include "ui/main/LineToggles.h"
#include "ui/main/PaneFocus.h"
#include "ui/main/PrintController.h"
#include "ui/main/RecoveryController.h"
#include "ui/main/RunbookExport.h"
#include "ui/main/StartView.h"
#include "ui/main/ViewController.h"
#include "ui/main/WrittenFileNotice.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace topo {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_central(new QStackedWidget(this)), m_start(new StartView(this)),
      m_undoGroup(new QUndoGroup(this)), m_files(new FileController(this)),
      m_compare(new CompareController(this)), m_runbook(new RunbookExport(this)),
      m_print(new PrintController(this)), m_imageCopy(new ImageCopy(this)),
      m_edits(new EditController(this)), m_views(new ViewController(this)),
      m_recovery(new RecoveryController(this)), m_fileChanged(new FileChangedBar(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_central->addWidget(m_start);
    // The file-changed bar sits above the canvas, across its width, when it is shown.
    auto* centre = new QWidget(this);
    auto* column = new QVBoxLayout(centre);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_fileChanged);
    m_findBar = new FindBar(this);
    column->addWidget(m_findBar);
    column->addWidget(m_central, 1);
    setCentralWidget(centre);
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_summary->setAccessibleName(tr("Problems summary"));
    statusBar()->addPermanentWidget(m_summary);
    m_written = new WrittenFileNotice(statusBar());
    createDocks();
    createMenus();
    connect(m_start, &StartView::openRequested, m_files, &FileController::openFile);
    connect(m_start, &StartView::openDialogRequested, m_files, &FileController::open);
    connect(m_start, &StartView::newRequested, m_files, &FileController::newBlank);
    connect(m_start, &StartView::templateRequested, m_files, &FileController::newFromTemplate);
    setDocument(nullptr);
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

Document* MainWindow::document() const
{
    return m_document;
}

void MainWindow::createDocks()
{
    m_palette = new PaletteDock(this);
    m_inspector = new InspectorDock(this);
    m_problems = new ProblemsDock(this);
    auto* undoDock = new QDockWidget(tr("History"), this);
    undoDock->setObjectName(QStringLiteral("historyDock"));
    auto* undoView = new QUndoView(m_undoGroup, undoDock);
    undoView->setEmptyLabel(tr("<opened>"));
    undoView->setAccessibleName(tr("Undo history"));
    undoView->setObjectName(QStringLiteral("historyView"));
    ItemTextToolTips::install(undoView);
    undoDock->setWidget(undoView);

    addDockWidget(Qt::LeftDockWidgetArea, m_palette);
    addDockWidget(Qt::LeftDockWidgetArea, undoDock);
    // The overview shares the history's place, in front: the whole design at a glance.
    auto* overview = new OverviewDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, overview);
    tabifyDockWidget(undoDock, overview);
    overview->raise();
    connect(this, &MainWindow::documentReplaced, overview,
            [this, overview] { overview->setCanvas(m_canvas); });
    addDockWidget(Qt::RightDockWidgetArea, m_inspector);
    addDockWidget(Qt::BottomDockWidgetArea, m_problems);
    auto* scaling = new ScalingDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, scaling);
    tabifyDockWidget(m_problems, scaling);
    connect(this, &MainWindow::documentReplaced, scaling, &ScalingDock::setDocument);
    auto* charts = new ChartsDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, charts);
    tabifyDockWidget(m_problems, charts);
    connect(this, &MainWindow::documentReplaced, charts, &ChartsDock::setDocument);
    // The failover results need width: a tab of the bottom area; sizing reads as a column.
    auto* failover = new FailoverDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, failover);
    tabifyDockWidget(m_problems, failover);
    connect(this, &MainWindow::documentReplaced, failover, &FailoverDock::setDocument);
    connect(failover, &FailoverDock::elementsActivated, this, [this](const QStringList& ids) {
        if (m_canvas)
            m_canvas->centerOnIds(ids);
    });
    m_compareDock = new CompareDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_compareDock);
    tabifyDockWidget(m_problems, m_compareDock);
    connect(this, &MainWindow::documentReplaced, m_compareDock, &CompareDock::setDocument);
    connect(m_compareDock, &CompareDock::elementsActivated, this, [this](const QStringList& ids) {
        if (m_canvas)
            m_canvas->centerOnIds(ids);
    });
    auto* network = new NetworkDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, network);
    tabifyDockWidget(m_problems, network);
    connect(this, &MainWindow::documentReplaced, network, &NetworkDock::setDocument);
    connect(network, &NetworkDock::flowsChosen, this,
            [this](const std::vector<CanvasScene::Flow>& flows) {
                if (m_canvas)
                    m_canvas->canvasScene()->showFlows(flows);
            });
    connect(network, &NetworkDock::elementsActivated, this, [this](const QStringList& ids) {
        if (m_canvas)
            m_canvas->centerOnIds(ids);
    });
    auto* sizing = new SizingDock(this);
    addDockWidget(Qt::RightDockWidgetArea, sizing);
    tabifyDockWidget(m_inspector, sizing);
    connect(this, &MainWindow::documentReplaced, sizing, &SizingDock::setDocument);
    connect(m_problems, &ProblemsDock::sizingRequested, sizing, [sizing](const QString& id) {
        sizing->setEnvironment(id.toStdString());
        sizing->show();
        sizing->raise();
    });
    m_problems->raise();
    m_inspector->raise();
    connect(m_problems, &ProblemsDock::subjectsActivated, this, [this](const QStringList& ids) {
        if (m_canvas)
            m_canvas->centerOnIds(ids);
    });
}

void MainWindow::createMenus()
{
    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setIconSize(QSize(20, 20));
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_files->populate(file, toolbar);
    m_compare->populate(file, file->findChild<QAction*>(QStringLiteral("exportAction")));
    m_runbook->populate(file, file->findChild<QAction*>(QStringLiteral("exportAction")));
    m_print->populate(file);
    toolbar->addSeparator();
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_edits->populate(edit, toolbar);
    m_imageCopy->populate(edit);
    edit->addSeparator();
    m_findBar->addActions(edit);
    toolbar->addSeparator();
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* arrange = menuBar()->addMenu(tr("&Arrange"));
    m_views->populate(view, arrange, toolbar);
    (new LineToggles(this))->populate(view);
    (new PaneFocus(this))->populate(view);
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        m_views->addDockToggle(dock->toggleViewAction());
    (new HelpController(this))->populate(menuBar()->addMenu(tr("&Help")));
}

void MainWindow::setDocument(Document* document)
{
    if (m_document && m_document != document) {
        m_undoGroup->removeStack(m_document->undoStack());
        delete m_canvas;
        m_canvas = nullptr;
        delete m_document;
    }
    m_document = document;
    m_inspector->setDocument(document);
    m_problems->setDocument(document);
    if (document) {
        document->setParent(this);
        m_undoGroup->addStack(document->undoStack());
        m_undoGroup->setActiveStack(document->undoStack());
        m_canvas = new CanvasView(document, m_central);
        m_canvas->setObjectName(QStringLiteral("canvas"));
        m_canvas->setAccessibleName(tr("Design canvas"));
        m_central->addWidget(m_canvas);
        m_central->setCurrentWidget(m_canvas);
        // The whole design in view, also once the window and its docks have their final
        // sizes (shown, maximised, docks laid out), until the user acts on the view.
        FitUntilTouched::attach(m_canvas);
        connect(m_canvas, &CanvasView::statusMessage, this,
                [this](const QString& text) { statusBar()->showMessage(text, 8000); });
        connect(document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
        connect(document, &Document::filePathChanged, this, &MainWindow::updateTitle);
        connect(document, &Document::changed, this, &MainWindow::updateTitle);
        connect(document, &Document::findingsChanged, this, &MainWindow::updateSummary);
    } else {
        m_start->refresh();
        m_central->setCurrentWidget(m_start);
    }
    for (QDockWidget* dock :
         {static_cast<QDockWidget*>(m_palette), static_cast<QDockWidget*>(m_inspector),
          static_cast<QDockWidget*>(m_problems)})
        dock->widget()->setEnabled(document != nullptr);
    updateTitle();
    updateSummary();
    Q_EMIT documentReplaced(document);
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Topology Designer"));
        setWindowModified(false);
        return;
    }
    // "[*]" is where Qt shows the modified marker.
    setWindowTitle(tr("%1[*] — Topology Designer").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateSummary()
{
    m_summary->setText(m_document ? findingsSummary(m_document->findings()) : QString());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_files->closeDocument()) {
        event->ignore();
        return;
    }
    saveWindowState();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    m_files->openFile(urls.first().toLocalFile());
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 900);
    // First start: the dock areas get their default sizes once the window is shown.
    m_defaultDockSizesPending =
        !restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_defaultDockSizesPending)
        return;
    m_defaultDockSizesPending = false;
    // Sizes given before the first show are lost when the main window lays out its docks;
    // a timer started earlier could also run too soon, in the event loop of a dialog shown
    // before the window (the recovery offer).
    QTimer::singleShot(0, this, &MainWindow::applyDefaultDockSizes);
}

void MainWindow::applyDefaultDockSizes()
{
    resizeDocks({m_palette, m_inspector}, {kDefaultPaletteWidth, kDefaultInspectorWidth},
                Qt::Horizontal);
    resizeDocks({m_problems}, {kDefaultBottomHeight}, Qt::Vertical);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

} // namespace topo
