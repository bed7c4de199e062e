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
    // Why the file could not be read (the system's words, "Input/output error"); empty when
    // it was read or is not there. Such a stamp says nothing about the content.
    QString readError;

    bool unreadable() const { return !readError.isEmpty(); }

    // The file as it is now (reads the whole file); a missing file does not exist, an
    // unreadable one exists with its read error.
    static FileStamp ofFile(const QString& path);
    // The file right after this program wrote `bytes` to it: the hash is of those bytes, so
    // another program writing in between is still noticed.
    static FileStamp ofWritten(const QString& path, const QByteArray& bytes);

    // The content decides: a file touched or rewritten with the same bytes has not changed.
    // When either stamp is unreadable nothing can be told, and no change is claimed: a read
    // error is reported for what it is, never as another program's change.
    bool sameContent(const FileStamp& other) const;
};

} // namespace topo
