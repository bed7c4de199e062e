#pragma once

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QString>

class QMenu;
class QWidget;

namespace topo {

// The Help menu: the legend of the canvas marks, the rule catalogue, the keyboard shortcuts
// (read from the window's actions), the About box (name, version, what the program is
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
    void showRules();
    void showShortcuts();
    void showAbout();

private:
    template <typename Make> void showOnce(QPointer<QDialog>& slot, Make make);

    QWidget* m_window;
    QPointer<QDialog> m_rules;
    QPointer<QDialog> m_shortcuts;
};

} // namespace topo
