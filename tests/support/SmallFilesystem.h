#pragma once

#include <QString>
#include <QTemporaryDir>

namespace topo::test {

// A real, tiny file system for write-failure tests: a tmpfs mounted on a temporary folder
// (which needs root), that can be filled to the last byte or remounted read-only. When it
// cannot be mounted, available() is false and skipReason() says why. The Windows build mounts
// it too when it runs under Wine (as root), through Wine's Unix root, drive Z:.
class SmallFilesystem {
public:
    explicit SmallFilesystem(int kilobytes = 1024);
    ~SmallFilesystem();
    SmallFilesystem(const SmallFilesystem&) = delete;
    SmallFilesystem& operator=(const SmallFilesystem&) = delete;

    bool available() const { return m_mounted; }
    QString skipReason() const { return m_reason; }

    QString path(const QString& name) const;
    // Takes every free byte, so that the next write of any size fails with ENOSPC; true when
    // the disk is then full.
    bool fill();
    // Fills the disk, then gives `bytes` back: a write larger than that fails part-way.
    bool fillLeaving(qint64 bytes);
    bool remountReadOnly();
    // The names in the folder (hidden ones too), sorted; the filler file is left out.
    QStringList entries() const;

private:
    QString unixPath() const; // the folder as the Unix mount command names it

    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_reason;
};

} // namespace topo::test
