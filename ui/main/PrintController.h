#pragma once

#include <QObject>

#include <functional>

class QMenu;
class QPrinter;
class QPrintPreviewDialog;

namespace topo {

class MainWindow;

// File › Print…: the topology of the open design in a print preview, fitted to one page or
// one page per environment, each page turned to its picture's shape to begin with (the
// preview's own buttons turn it), printed through the same page layout as the PDF export
// (PagedOutput).
class PrintController : public QObject {
    Q_OBJECT
public:
    explicit PrintController(MainWindow* window);

    // Adds Print… (the platform's print key) to the File menu, above Close.
    void populate(QMenu* fileMenu);
    // Opens the preview of the open design; nothing without one.
    void print();

    // The preview is shown through this (exec() by default); tests look at it instead.
    std::function<void(QPrintPreviewDialog&)> showPreview;

private:
    void paint(QPrinter* printer, bool pagePerEnvironment);

    MainWindow* m_window;
};

} // namespace topo
