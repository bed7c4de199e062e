#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace topo {

class Document;

// Keeps a copy of one document's unsaved changes in the autosave folder (never next to the
// user's file): every interval while the document is modified it writes the design and a
// sidecar (original path, time, owning process). A clean state (save, undo back to the
// saved state) and a normal close remove the copy; after a crash RecoveryStore finds it.
class Autosave : public QObject {
    Q_OBJECT
public:
    explicit Autosave(Document* document, QObject* parent = nullptr);
    ~Autosave() override; // removes the autosave: the document is closing normally

    // The interval from QSettings "autosave/intervalSeconds" (default 60, 0 = off).
    static int configuredInterval();
    static constexpr const char* kIntervalKey = "autosave/intervalSeconds";
    static constexpr int kDefaultIntervalSeconds = 60;

    int intervalSeconds() const { return m_intervalSeconds; }
    void setIntervalSeconds(int seconds); // 0 turns autosave off

    const QString& id() const { return m_id; }
    QString designPath() const;
    QString sidecarPath() const;
    // The folder the autosave goes to: RecoveryStore::directory() unless set otherwise.
    const QString& directory() const { return m_directory; }
    void setDirectory(const QString& directory);

    // Writes the autosave now when the document has unsaved changes; true when written.
    // A failed write leaves the previous autosave as it was and emits failed().
    bool saveNow();
    // Deletes the autosave files.
    void remove();

Q_SIGNALS:
    void saved(const QString& designPath);
    // `errorText` names the file and the reason (e.g. "No space left on device").
    void failed(const QString& errorText);

private:
    void restartTimer();
    bool fail(const QString& errorText);

    Document* m_document;
    QTimer m_timer;
    QString m_id;
    QString m_directory;
    int m_intervalSeconds = kDefaultIntervalSeconds;
};

} // namespace topo
