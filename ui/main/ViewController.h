#pragma once

#include <QObject>

class QAction;
class QMenu;
class QToolBar;

namespace topo {

class MainWindow;

// The View and Arrange menus: zoom, fit, dock visibility, preferences and theme, alignment
// and distribution of the selection.
class ViewController : public QObject {
    Q_OBJECT
public:
    explicit ViewController(MainWindow* window);

    void populate(QMenu* view, QMenu* arrange, QToolBar* toolbar);
    void addDockToggle(QAction* toggle);

public Q_SLOTS:
    void showPreferences();
    // Applies the theme chosen in the preferences to the application and the canvas.
    void applyTheme();

private:
    template <typename Slot>
    QAction* canvasAction(QMenu* menu, const QString& text, const QKeySequence& key, Slot slot);

    MainWindow* m_window;
    QMenu* m_docks = nullptr;
    QList<QAction*> m_canvasActions;
};

} // namespace topo
