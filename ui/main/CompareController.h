#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMenu;

namespace topo {

class MainWindow;

// The File menu's options and comparisons: save a copy of the open design as an option (a
// new file; the open design keeps its own), compare the open design with another file or
// with its file on disk, show either side of the comparison, stop comparing.
class CompareController : public QObject {
    Q_OBJECT
public:
    explicit CompareController(MainWindow* window);

    // Adds the actions to the File menu, before `before` (nullptr: at the end).
    void populate(QMenu* menu, QAction* before);

    // How the controller asks for files; tests replace these to answer without dialogs.
    std::function<QString(const QString& suggestion)> askCopyPath;
    std::function<QString()> askComparePath;

    // The file name offered for a copy of the design at `path` (or named `name` when it has
    // no file): "NAME-option-2.topology.json", the next free number beside an existing one.
    static QString optionFileName(const QString& path, const QString& name);

    QAction* compareSavedAction() const { return m_compareSaved; }
    QAction* showBeforeAction() const { return m_showBefore; }
    QAction* stopAction() const { return m_stop; }

public Q_SLOTS:
    // Writes the open design to a new file; false when cancelled or not written.
    bool saveCopyAsOption();
    bool saveCopyTo(const QString& path);
    void compareWith();
    // Compares the open design with the design in `path`; on failure says why and changes
    // nothing.
    bool compareWithFile(const QString& path);
    bool compareWithSaved();
    void stopComparing();

private:
    void updateActions();

    MainWindow* m_window;
    QAction* m_saveCopy = nullptr;
    QAction* m_compareWith = nullptr;
    QAction* m_compareSaved = nullptr;
    QAction* m_showBefore = nullptr;
    QAction* m_stop = nullptr;
};

} // namespace topo
