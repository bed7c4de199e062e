#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QMainWindow;
class QTreeWidget;

namespace topo {

// One keyboard shortcut of the window: the menu that holds the action, the action's text
// (without the mnemonic '&') and its key sequences in the platform's own spelling.
struct ShortcutEntry {
    QString menu;
    QString action;
    QString keys; // "Ctrl+Z", or several joined by ", "
};

// Every action of `window` that has a shortcut, menu by menu in menu order, then the actions
// outside the menus (as "Other"), then the keys the canvas handles itself (canvasKeys()).
// Read from the window's actions each time, so the list is never out of date.
QList<ShortcutEntry> windowShortcuts(const QMainWindow& window);

// A menu or action text as shown: mnemonic '&' removed ("&&" stays a single '&').
QString plainActionText(const QString& text);

// Help › Keyboard shortcuts: windowShortcuts() grouped by menu.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMainWindow& window, QWidget* parent = nullptr);

    QTreeWidget* shortcutList() const { return m_list; }

private:
    QTreeWidget* m_list;
};

} // namespace topo
