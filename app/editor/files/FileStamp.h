#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace topo {

// What a file held when the designer last read or wrote it: whether it existed, its size,
// modification time and a SHA-256 of its bytes. Enough to tell whether another program has
// changed, replaced or deleted it since.
struct FileStamp {
    bool exists = false;
    qint64 size = 0;
    QDateTime modified;
    QByteArray hash;

    // The file as it is now (reads the whole file); a missing or unreadable file does not
    // exist.
    static FileStamp ofFile(const QString& path);
    // The file right after this program wrote `bytes` to it: the hash is of those bytes, so
    // another program writing in between is still noticed.
    static FileStamp ofWritten(const QString& path, const QByteArray& bytes);

    // The content decides: a file touched or rewritten with the same bytes has not changed.
    bool sameContent(const FileStamp& other) const;
};

} // namespace topo
