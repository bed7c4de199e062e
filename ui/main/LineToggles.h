#pragma once

#include <QObject>

class QMenu;

namespace topo {

class MainWindow;

// View › Lines: one checkable entry per kind of connection line (load balancing, database,
// RabbitMQ, LifeTime management) that shows or hides that kind on the canvas. The choice
// is kept in the preferences and holds for every design opened.
class LineToggles : public QObject {
    Q_OBJECT
public:
    explicit LineToggles(MainWindow* window);
    void populate(QMenu* view);

private:
    void apply();

    MainWindow* m_window;
};

} // namespace topo
