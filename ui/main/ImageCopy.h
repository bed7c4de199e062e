#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace topo {

class MainWindow;

// Edit › Copy as image: the selected elements (with nothing selected, the whole design) as a
// picture on the clipboard, in the canvas's look, for slides and documents: a PNG at twice
// the canvas's scale (also as the platform's bitmap) and an SVG with real text, drawn by the
// export's painter. The status bar says what was copied and how large it is.
class ImageCopy : public QObject {
    Q_OBJECT
public:
    explicit ImageCopy(MainWindow* window);

    // Adds the action to the Edit menu, after Copy.
    void populate(QMenu* editMenu);
    void copyAsImage();

private:
    MainWindow* m_window;
    QAction* m_action = nullptr;
};

} // namespace topo
