#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMenu;

namespace topo {

class MainWindow;

// File › Export runbook…: the installation runbook and build sheets of the open design (the
// same as `topology-cli runbook`), as an HTML page, Markdown, JSON or text by the file name's
// ending, written through the checked atomic write.
class RunbookExport : public QObject {
    Q_OBJECT
public:
    explicit RunbookExport(MainWindow* window);

    // Adds the action to `menu` after `after`.
    void populate(QMenu* menu, QAction* after);
    // Writes the runbook to `path`; false (reported) when it fails or no design is open.
    bool saveTo(const QString& path);

    // Where to save; tests replace it to answer without a dialog.
    std::function<QString(const QString& suggestion)> askSavePath;

private:
    void exportRunbook();

    MainWindow* m_window;
    QAction* m_action = nullptr;
};

} // namespace topo
