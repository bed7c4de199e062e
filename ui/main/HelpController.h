#pragma once

#include <QObject>
#include <QString>

class QMenu;
class QWidget;

namespace topo {

// The Help menu: the legend of the canvas marks, the About box (name, version, what the program is
// for, Qt version) and Qt's own About box.
class HelpController : public QObject {
    Q_OBJECT
public:
    explicit HelpController(QWidget* window);

    void populate(QMenu* menu);

    // The About box's rich text, with the project's one version number.
    static QString aboutText();

public Q_SLOTS:
    void showLegend();
    void showAbout();

private:
    QWidget* m_window;
};

} // namespace topo
