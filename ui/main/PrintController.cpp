#include "ui/main/PrintController.h"

#include "editor/document/Document.h"
#include "editor/export/DesignExporter.h"
#include "editor/export/PagedOutput.h"
#include "ui/dialogs/PageChoices.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QToolBar>

namespace topo {

namespace {

// What a printout shows: the topology, light (paper is white); fitted to one page, with the
// title block under it (one page per environment: the footer names the design, and a page
// for the title block alone would be paper spent on nothing).
ExportOptions printOptions(bool pagePerEnvironment)
{
    ExportOptions options;
    options.view = ExportView::Topology;
    options.titleBlock = !pagePerEnvironment;
    options.pagePerEnvironment = pagePerEnvironment;
    return options;
}

} // namespace

PrintController::PrintController(MainWindow* window) : QObject(window), m_window(window)
{
    showPreview = [](QPrintPreviewDialog& dialog) { dialog.exec(); };
}

void PrintController::populate(QMenu* fileMenu)
{
    auto* action = new QAction(tr("&Print…"), this);
    connect(action, &QAction::triggered, this, &PrintController::print);
    // Above Close, where office programs have it.
    fileMenu->insertAction(fileMenu->findChild<QAction*>(QStringLiteral("closeAction")), action);
    action->setShortcut(QKeySequence::Print);
    action->setObjectName(QStringLiteral("printAction"));
    connect(m_window, &MainWindow::documentReplaced, action,
            [action](Document* document) { action->setEnabled(document != nullptr); });
    action->setEnabled(m_window->document() != nullptr);
}

void PrintController::print()
{
    Document* document = m_window->document();
    if (!document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(QString::fromStdString(document->topology().name));
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.setWindowTitle(tr("Print %1").arg(document->displayName()));
    // The preview's toolbar gets the choice of pages; a new choice turns the page to the
    // new picture's shape and lays the preview out again.
    // First in the bar, so that a narrow preview hides the zoom buttons behind the bar's
    // extension arrow rather than this choice.
    auto* pages = makePagesCombo(&dialog);
    if (auto* bar = dialog.findChild<QToolBar*>()) {
        QAction* first = bar->actions().value(0);
        bar->insertWidget(first, new QLabel(tr(" Pages: "), bar));
        bar->insertWidget(first, pages);
        bar->insertSeparator(first);
    }
    dialog.resize(m_window->size() * 0.85);
    auto turnToShape = [this, &printer, pages] {
        const Document* open = m_window->document();
        const std::optional<Picture> picture =
            exportPicture(open->topology(), open->findings(),
                          printOptions(pagePerEnvironmentChosen(*pages)), true);
        if (picture)
            printer.setPageOrientation(orientationFor(pageParts(*picture).front()));
    };
    turnToShape();
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, pages](QPrinter* target) { paint(target, pagePerEnvironmentChosen(*pages)); });
    connect(pages, &QComboBox::currentIndexChanged, &dialog, [turnToShape, &dialog] {
        turnToShape();
        if (auto* preview = dialog.findChild<QPrintPreviewWidget*>())
            preview->updatePreview();
    });
    showPreview(dialog);
}

void PrintController::paint(QPrinter* printer, bool pagePerEnvironment)
{
    const Document* document = m_window->document();
    if (!document)
        return;
    ExportOptions options = printOptions(pagePerEnvironment);
    // The printer's own page: what the preview's buttons and the print dialog chose.
    options.orientation = printer->pageLayout().orientation();
    options.pageSize = printer->pageLayout().pageSize().id();
    const std::optional<Picture> picture =
        exportPicture(document->topology(), document->findings(), options, true);
    if (picture)
        paintOnPages(*printer, *picture, options, pagesFooter(document->topology(), options));
}

} // namespace topo
