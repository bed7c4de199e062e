#pragma once

#include <QString>
#include <QTemporaryDir>

namespace topo::test {

// A real, small filesystem for one test: a tmpfs mounted on a temporary folder (only root can
// mount), unmounted when the object goes. Lets a test fill the disk up or make it read-only
// and see what the designer does when a write really fails.
class SmallFilesystem {
public:
    explicit SmallFilesystem(int kilobytes);
    ~SmallFilesystem();
    SmallFilesystem(const SmallFilesystem&) = delete;
    SmallFilesystem& operator=(const SmallFilesystem&) = delete;

    bool mounted() const { return m_mounted; }
    // Why the filesystem could not be mounted (for GTEST_SKIP).
    const QString& whyNot() const { return m_whyNot; }
    QString filePath(const QString& name) const;

    // Writes a filler file until no byte more fits; true when the disk is then full.
    bool fill();
    bool remountReadOnly();

private:
    bool run(const QStringList& arguments);

    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_whyNot;
};

} // namespace topo::test
