#include "editor/files/DiskChangeWatcher.h"

#include "editor/document/Document.h"

#include <QFileInfo>

namespace topo {

DiskChangeWatcher::DiskChangeWatcher(QObject* parent) : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &DiskChangeWatcher::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &DiskChangeWatcher::settleLater);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &DiskChangeWatcher::settleLater);
}

void DiskChangeWatcher::setDocument(Document* document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_settle.stop();
    clearReport();
    if (document) {
        // Saving sets the stamp and possibly a new path, in either order: look once both
        // are set, not in between.
        connect(document, &Document::filePathChanged, this, &DiskChangeWatcher::settleLater);
        connect(document, &Document::diskStampChanged, this, &DiskChangeWatcher::settleLater);
    }
    rewatch();
}

void DiskChangeWatcher::settleLater()
{
    m_settle.start();
}

void DiskChangeWatcher::rewatch()
{
    const QString path = m_document ? m_document->filePath() : QString();
    const QString folder = path.isEmpty() ? QString() : QFileInfo(path).absolutePath();
    // A file replaced by a rename or deleted drops out of the watch list: add it back.
    for (const QString& watched : m_watcher.files())
        if (watched != path)
            m_watcher.removePath(watched);
    for (const QString& watched : m_watcher.directories())
        if (watched != folder)
            m_watcher.removePath(watched);
    if (path.isEmpty())
        return;
    if (!m_watcher.files().contains(path) && QFileInfo(path).isFile())
        m_watcher.addPath(path);
    if (!m_watcher.directories().contains(folder) && QFileInfo(folder).isDir())
        m_watcher.addPath(folder);
}

void DiskChangeWatcher::check()
{
    m_settle.stop();
    rewatch();
    if (!m_document || m_document->filePath().isEmpty()) {
        clearReport();
        return;
    }
    const FileStamp now = FileStamp::ofFile(m_document->filePath());
    if (now.sameContent(m_document->diskStamp())) {
        clearReport();
        return;
    }
    if (m_reported && m_reported->sameContent(now))
        return; // already reported; folder events about other files change nothing
    m_reported = now;
    Q_EMIT changedOnDisk(!now.exists);
}

void DiskChangeWatcher::clearReport()
{
    if (!m_reported)
        return;
    m_reported.reset();
    Q_EMIT resolved();
}

} // namespace topo
