#pragma once

#include "core/model/Topology.h"

#include <QMessageBox>
#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QToolBar;

namespace topo {

class MainWindow;
struct FileStamp;

// What to do when the file to save over was changed or deleted by another program.
enum class OverwriteChoice { Overwrite, SaveAs, Cancel };

// The File menu: new (blank or from a template), open (dialog, drop, command line, recent
// files), save and save as (atomic, canonical), close; asks before unsaved changes are lost
// and before saving over a file another program changed or deleted. A failed save says which
// file and why, and leaves the document modified.
class FileController : public QObject {
    Q_OBJECT
public:
    explicit FileController(MainWindow* window);

    void populate(QMenu* menu, QToolBar* toolbar);

    // How the controller talks to the user; tests replace these to answer without dialogs.
    std::function<void(const QString& title, const QString& text)> reportError;
    std::function<QMessageBox::StandardButton(const QString& name)> askToSave;
    std::function<QString(const QString& suggestion)> askSavePath;
    std::function<OverwriteChoice(const QString& name, bool deleted)> askOverwriteChanged;

    QStringList recentFiles() const;

public Q_SLOTS:
    void newBlank();
    void newFromTemplate(const QString& resource);
    void open();
    // Opens `path`; on failure shows the loader's message and keeps the current design.
    bool openFile(const QString& path);
    bool save();
    bool saveAs();
    bool saveTo(const QString& path);
    // Replaces the open design with its file as it is on disk now, dropping unsaved changes
    // and the undo history; on failure shows the loader's message and keeps the design.
    bool reloadFromDisk();
    // Exports the design as a picture, document or diagram file.
    void exportDesign();
    // Asks about unsaved changes, then closes; false when the user cancelled.
    bool closeDocument();

Q_SIGNALS:
    void recentFilesChanged();

private:
    bool maybeSave();
    void showDesign(Topology topology, const QString& path, const FileStamp& stamp);
    void addRecent(const QString& path);
    void rebuildRecentMenu();
    void updateActions();

    MainWindow* m_window;
    QAction* m_save = nullptr;
    QAction* m_saveAs = nullptr;
    QAction* m_close = nullptr;
    QAction* m_export = nullptr;
    QMenu* m_recent = nullptr;
};

} // namespace topo
