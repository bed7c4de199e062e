#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace topo {

class MainWindow;

// Moving the keyboard focus between the window's panes without the mouse: View › Next panel
// (F6) and Previous panel (Shift+F6) go round the canvas (or the start view), the palette,
// the inspector and the problems list, skipping hidden and disabled ones.
class PaneFocus : public QObject {
    Q_OBJECT
public:
    explicit PaneFocus(MainWindow* window);

    void populate(QMenu* view);
    void focusNext(bool forward);

private:
    QList<QWidget*> panes() const;

    MainWindow* m_window;
};

} // namespace topo
