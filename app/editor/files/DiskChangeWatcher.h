#pragma once

#include "editor/files/FileStamp.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace topo {

class Document;

// Tells when the file of the open document no longer holds what the document last read,
// wrote or accepted (its disk stamp): another program changed, replaced or deleted it.
// Watches the file and its folder: editors that save by renaming a new file over the old one
// replace the watched file, and a deleted file that comes back shows up in its folder. After
// the last event it waits for the writes to settle, then compares the content with the stamp.
// The document's own saves update the stamp, so they are never reported.
class DiskChangeWatcher : public QObject {
    Q_OBJECT
public:
    explicit DiskChangeWatcher(QObject* parent = nullptr);

    // Watches `document`'s file from now on; nullptr (or a document without a file) stops.
    void setDocument(Document* document);

    // Compares the file with the document's stamp now rather than after the settle delay.
    void check();

    // The change reported last and not resolved since (what is on disk now).
    const std::optional<FileStamp>& reported() const { return m_reported; }

    // Programs often write a file in several steps: how long the watcher waits after the
    // last event before it looks.
    static constexpr int kSettleMs = 250;

Q_SIGNALS:
    // The file differs from the document's stamp; emitted once for each new content.
    void changedOnDisk(bool deleted);
    // The file matches the stamp again (saved, reloaded, kept, or changed back outside).
    void resolved();

private:
    void rewatch();
    void settleLater();
    void clearReport();

    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QPointer<Document> m_document;
    std::optional<FileStamp> m_reported;
};

} // namespace topo
