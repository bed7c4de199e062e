#pragma once

#include <QByteArray>
#include <QString>

namespace topo {

// The outcome of writing a file: on failure, a one-line text naming the file and the reason.
struct FileWriteResult {
    bool ok = false;
    QString errorText;
};

// Writes `bytes` to `path` so that a failure never loses the old file:
// - a regular file (or a new one) is replaced atomically: the data goes to a temporary file
//   beside it, every write and the flush to disk are checked (a full disk is reported, not
//   hidden), and only then is the temporary file renamed over the target;
// - a pipe or a character device (`/dev/stdout`, `/dev/null`, a terminal; `NUL` on Windows)
//   is written to directly, because it cannot be replaced and turning it into a file would break
//   it;
// - anything else that exists (a folder, a block device, a socket) is refused untouched.
// Symbolic links are followed: the file they point to is the one written.
FileWriteResult writeFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace topo
