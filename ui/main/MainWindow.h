#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QStackedWidget;
class QUndoGroup;

namespace topo {

class CanvasView;
class CompareController;
class ImageCopy;
class PrintController;
class RunbookExport;
class CompareDock;
class Document;
class EditController;
class FileChangedBar;
class FileController;
class FindBar;
class InspectorDock;
class PaletteDock;
class ProblemsDock;
class RecoveryController;
class StartView;
class ViewController;
class WrittenFileNotice;

// The designer window: assembles the canvas, the docks, menus and toolbar, and hands the
// work to its controllers (files, editing, view). Holds at most one open design.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Document* document() const;
    CanvasView* canvas() const { return m_canvas; }
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    PaletteDock* palette() const { return m_palette; }
    InspectorDock* inspector() const { return m_inspector; }
    ProblemsDock* problems() const { return m_problems; }
    StartView* startView() const { return m_start; }
    FileController* files() const { return m_files; }
    CompareController* comparisons() const { return m_compare; }
    RunbookExport* runbookExport() const { return m_runbook; }
    PrintController* printing() const { return m_print; }
    CompareDock* compareDock() const { return m_compareDock; }
    EditController* edits() const { return m_edits; }
    ViewController* views() const { return m_views; }
    RecoveryController* recovery() const { return m_recovery; }
    FileChangedBar* fileChangedBar() const { return m_fileChanged; }
    FindBar* findBar() const { return m_findBar; }
    QLabel* findingsSummaryLabel() const { return m_summary; }
    // What an export just wrote and where, with "Open folder".
    WrittenFileNotice* writtenFileNotice() const { return m_written; }

    // The dock sizes of a first start (no saved window state).
    static constexpr int kDefaultPaletteWidth = 170;
    static constexpr int kDefaultInspectorWidth = 340;
    static constexpr int kDefaultBottomHeight = 230;

    // Shows `document` (the window takes it over) in place of the open one; nullptr closes.
    void setDocument(Document* document);

Q_SIGNALS:
    void documentReplaced(topo::Document* document);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createDocks();
    void createMenus();
    void updateTitle();
    void updateSummary();
    void restoreWindowState();
    void saveWindowState() const;
    void applyDefaultDockSizes();

    QPointer<Document> m_document;
    CanvasView* m_canvas = nullptr;
    QStackedWidget* m_central;
    StartView* m_start;
    QUndoGroup* m_undoGroup;
    PaletteDock* m_palette = nullptr;
    InspectorDock* m_inspector = nullptr;
    ProblemsDock* m_problems = nullptr;
    FileController* m_files;
    CompareController* m_compare;
    RunbookExport* m_runbook;
    PrintController* m_print;
    ImageCopy* m_imageCopy;
    CompareDock* m_compareDock = nullptr;
    EditController* m_edits;
    ViewController* m_views;
    RecoveryController* m_recovery;
    FileChangedBar* m_fileChanged;
    FindBar* m_findBar = nullptr;
    QLabel* m_summary;
    WrittenFileNotice* m_written = nullptr;
    bool m_defaultDockSizesPending = false;
};

} // namespace topo
