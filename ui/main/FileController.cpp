#include "ui/main/FileController.h"

#include "core/io/TopologyReader.h"
#include "core/layout/AutoLayout.h"
#include "editor/document/Document.h"
#include "editor/files/FileStamp.h"
#include "editor/files/ProposedFileName.h"
#include "editor/files/TopologyFile.h"
#include "ui/dialogs/ExportDialog.h"
#include "ui/docks/Icons.h"
#include "ui/main/DesignTemplates.h"
#include "ui/main/MainWindow.h"
#include "ui/main/WrittenFileNotice.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace topo {

namespace {

constexpr int kMaxRecentFiles = 10;
const QString kRecentKey = QStringLiteral("recentFiles");

QString fileFilter()
{
    return QCoreApplication::translate("topo::FileController",
                                       "Topology designs (*.topology.json *.json);;All files (*)");
}

// The format version of an existing design file, 0 when it is not one.
long long formatVersionOnDisk(const QString& path)
{
    return declaredFormatVersionOfFile(path.toStdString()).value_or(0);
}

OverwriteChoice askOverwrite(QWidget* parent, const QString& name, bool deleted)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("topo::FileController", text);
    };
    QMessageBox box(QMessageBox::Warning, tr("File changed on disk"),
                    deleted
                        ? tr("“%1” was deleted by another program since you opened it.").arg(name)
                        : tr("“%1” was changed by another program since you opened it.").arg(name),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(deleted ? tr("Save your design there again, save it under another "
                                        "name, or cancel.")
                                   : tr("Overwrite the other program's version with yours, save "
                                        "yours under another name, or cancel."));
    QPushButton* overwrite =
        box.addButton(deleted ? tr("Save Again") : tr("Overwrite"), QMessageBox::DestructiveRole);
    QPushButton* saveAs = box.addButton(tr("Save As…"), QMessageBox::AcceptRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(saveAs);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == overwrite)
        return OverwriteChoice::Overwrite;
    if (box.clickedButton() == saveAs)
        return OverwriteChoice::SaveAs;
    return OverwriteChoice::Cancel;
}

} // namespace

FileController::FileController(MainWindow* window) : QObject(window), m_window(window)
{
    reportError = [this](const QString& title, const QString& text) {
        QMessageBox::warning(m_window, title, text);
    };
    askToSave = [this](const QString& name) {
        return QMessageBox::question(m_window, tr("Unsaved changes"),
                                     tr("Save the changes to “%1” before closing it?").arg(name),
                                     QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                     QMessageBox::Save);
    };
    askSavePath = [this](const QString& suggestion) {
        return QFileDialog::getSaveFileName(m_window, tr("Save design as"), suggestion,
                                            fileFilter());
    };
    askOverwriteChanged = [this](const QString& name, bool deleted) {
        return askOverwrite(m_window, name, deleted);
    };
}

void FileController::populate(QMenu* menu, QToolBar* toolbar)
{
    QAction* newAction = menu->addAction(designerIcon(QStringLiteral("document-new")), tr("&New"),
                                         this, &FileController::newBlank);
    newAction->setShortcut(QKeySequence::New);
    QMenu* templates = menu->addMenu(tr("New from &template"));
    for (const DesignTemplate& t : designTemplates())
        templates->addAction(t.title, this,
                             [this, resource = t.resource] { newFromTemplate(resource); });
    QAction* openAction = menu->addAction(designerIcon(QStringLiteral("document-open")),
                                          tr("&Open…"), this, &FileController::open);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setObjectName(QStringLiteral("openAction"));
    m_recent = menu->addMenu(tr("Open &recent"));
    menu->addSeparator();
    m_save = menu->addAction(designerIcon(QStringLiteral("document-save")), tr("&Save"), this,
                             &FileController::save);
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs = menu->addAction(tr("Save &as…"), this, &FileController::saveAs);
    // Some platforms (plain X11, Windows) bind no key to Save As: Ctrl+Shift+S there, so that
    // every file action is reachable from the keyboard.
    m_saveAs->setShortcuts(QKeySequence::keyBindings(QKeySequence::SaveAs).isEmpty()
                               ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}
                               : QKeySequence::keyBindings(QKeySequence::SaveAs));
    m_saveAs->setObjectName(QStringLiteral("saveAsAction"));
    m_export = menu->addAction(tr("&Export…"), this, &FileController::exportDesign);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_close = menu->addAction(tr("&Close"), this, &FileController::closeDocument);
    m_close->setShortcut(QKeySequence::Close);
    m_close->setObjectName(QStringLiteral("closeAction"));
    menu->addSeparator();
    QAction* quit = menu->addAction(tr("&Quit"), m_window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    toolbar->addAction(newAction);
    toolbar->addAction(openAction);
    toolbar->addAction(m_save);
    rebuildRecentMenu();
    connect(m_window, &MainWindow::documentReplaced, this, &FileController::updateActions);
    updateActions();
}

void FileController::updateActions()
{
    const bool open = m_window->document() != nullptr;
    for (QAction* action : {m_save, m_saveAs, m_export, m_close})
        if (action)
            action->setEnabled(open);
}

bool FileController::maybeSave()
{
    Document* document = m_window->document();
    if (!document || !document->isModified())
        return true;
    switch (askToSave(document->displayName())) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void FileController::showDesign(Topology topology, const QString& path, const FileStamp& stamp)
{
    // Placing elements without a layout is part of loading, not an undo step: the saved
    // file then carries the positions the user saw.
    AutoLayout::place(topology);
    auto* document = new Document(std::move(topology));
    if (!path.isEmpty())
        document->setFilePath(path);
    document->setDiskStamp(stamp);
    document->markSaved();
    m_window->setDocument(document);
}

void FileController::newBlank()
{
    if (maybeSave())
        showDesign(blankDesign(), {}, {});
}

void FileController::newFromTemplate(const QString& resource)
{
    if (!maybeSave())
        return;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        reportError(tr("New design"), tr("The template %1 is missing.").arg(resource));
        return;
    }
    LoadResult result = readTopology(file.readAll().toStdString());
    if (!result.ok()) {
        reportError(tr("New design"), loadErrorText(resource, result.error));
        return;
    }
    showDesign(std::move(*result.topology), {}, {});
}

void FileController::open()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open design"), QString(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool FileController::openFile(const QString& path)
{
    if (!maybeSave())
        return false;
    // Stamped before reading: a change made while loading then differs from the stamp and is
    // reported, never taken for what was loaded.
    FileStamp stamp = FileStamp::ofFile(path);
    FileLoadResult result = loadTopologyFile(path);
    if (!result.ok()) {
        // The open design stays as it was.
        reportError(tr("Cannot open design"), result.errorText);
        return false;
    }
    if (stamp.unreadable()) // a read error before loading that the load did not meet
        stamp = FileStamp::ofFile(path);
    showDesign(std::move(*result.topology), QFileInfo(path).absoluteFilePath(), stamp);
    addRecent(QFileInfo(path).absoluteFilePath());
    return true;
}

bool FileController::reloadFromDisk()
{
    Document* document = m_window->document();
    if (!document || document->filePath().isEmpty())
        return false;
    const QString path = document->filePath();
    const FileStamp stamp = FileStamp::ofFile(path);
    FileLoadResult result = loadTopologyFile(path);
    if (!result.ok()) {
        reportError(tr("Cannot reload design"), result.errorText);
        return false;
    }
    showDesign(std::move(*result.topology), path, stamp);
    return true;
}

bool FileController::save()
{
    Document* document = m_window->document();
    if (!document)
        return false;
    if (document->filePath().isEmpty())
        return saveAs();
    return saveTo(document->filePath());
}

bool FileController::saveAs()
{
    Document* document = m_window->document();
    if (!document)
        return false;
    // A design never saved is proposed under a short, portable form of its name.
    QString suggestion = document->filePath();
    if (suggestion.isEmpty())
        suggestion = proposedFileName(document->displayName()) + QStringLiteral(".topology.json");
    QString path = askSavePath(suggestion);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".json")))
        path += QStringLiteral(".topology.json");
    return saveTo(path);
}

bool FileController::saveTo(const QString& path)
{
    Document* document = m_window->document();
    if (!document)
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Never over a version of the document's own file that another program wrote (or over
    // the place it deleted) without asking.
    if (absolute == document->filePath()) {
        const FileStamp onDisk = FileStamp::ofFile(absolute);
        if (onDisk.unreadable())
            m_window->statusBar()->showMessage(
                tr("%1 could not be read to see whether another program changed it (%2); "
                   "saving over it.")
                    .arg(QDir::toNativeSeparators(absolute), onDisk.readError));
        if (!onDisk.sameContent(document->diskStamp())) {
            switch (askOverwriteChanged(document->displayName(), !onDisk.exists)) {
            case OverwriteChoice::Overwrite:
                break;
            case OverwriteChoice::SaveAs:
                return saveAs();
            case OverwriteChoice::Cancel:
                return false;
            }
        }
    }
    // A file written by a newer version would lose what this one cannot represent.
    const long long onDisk = formatVersionOnDisk(path);
    if (onDisk > kCurrentFormatVersion) {
        reportError(tr("Cannot save design"),
                    tr("%1 is in format version %2, newer than this program's version %3; it "
                       "is left untouched. Save the design under another name.")
                        .arg(path)
                        .arg(onDisk)
                        .arg(kCurrentFormatVersion));
        return false;
    }
    const QByteArray bytes = canonicalBytes(document->topology());
    const FileWriteResult result = writeFileAtomically(path, bytes);
    if (!result.ok) {
        // The document stays modified, so closing still asks.
        reportError(tr("Cannot save design"),
                    tr("%1\n\nThe design was not saved. The file on disk is as it was, and your "
                       "changes are still open here: try again, or use File › Save as… to save "
                       "them elsewhere.")
                        .arg(result.errorText));
        return false;
    }
    document->setDiskStamp(FileStamp::ofWritten(absolute, bytes));
    document->setFilePath(absolute);
    document->markSaved();
    addRecent(document->filePath());
    return true;
}

void FileController::exportDesign()
{
    Document* document = m_window->document();
    if (!document)
        return;
    ExportDialog dialog(document->topology(), document->filePath(), document->selection(),
                        m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_window->writtenFileNotice()->show(tr("Exported"), dialog.outputPath());
}

bool FileController::closeDocument()
{
    if (!maybeSave())
        return false;
    if (m_window->document())
        m_window->setDocument(nullptr);
    return true;
}

QStringList FileController::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void FileController::addRecent(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
    rebuildRecentMenu();
    Q_EMIT recentFilesChanged();
}

void FileController::rebuildRecentMenu()
{
    if (!m_recent)
        return;
    m_recent->clear();
    const QStringList files = recentFiles();
    // The entries name the file; the tooltip and the status bar give its folder too.
    m_recent->setToolTipsVisible(true);
    for (const QString& path : files) {
        QAction* entry =
            m_recent->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); });
        entry->setToolTip(QDir::toNativeSeparators(path));
        entry->setStatusTip(QDir::toNativeSeparators(path));
    }
    m_recent->setEnabled(!files.isEmpty());
}

} // namespace topo
