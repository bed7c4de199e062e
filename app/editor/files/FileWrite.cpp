#include "editor/files/FileWrite.h"

#include "editor/platform/FileSystemPlatform.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace topo {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("FileWrite", text);
}

// Writes every byte, reporting the device's own reason ("No space left on device") on failure.
// A write the system cut short is continued: a disk that fills part-way accepts what fits
// and reports the reason only at the next write, which Qt then passes on.
bool writeAll(QFileDevice& file, const QByteArray& bytes, QString* reason)
{
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 now = file.write(bytes.constData() + written, bytes.size() - written);
        if (now <= 0) {
            *reason = file.error() != QFileDevice::NoError ? file.errorString()
                                                           : tr("not every byte could be written");
            return false;
        }
        written += now;
    }
    return true;
}

QString writeError(const QString& path, const QString& reason)
{
    QString text = reason;
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return tr("%1: error: cannot write the file: %2").arg(path, text);
}

FileWriteResult writeStream(const QString& path, const QString& streamPath, const QByteArray& bytes)
{
    QFile file(streamPath);
    QString reason;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        reason = platform::openFailureReason(path, file.errorString());
    else if (writeAll(file, bytes, &reason))
        return {true, {}};
    return {false, writeError(path, reason)};
}

FileWriteResult replaceAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    QString reason;
    // Unbuffered: each write reaches the file system at once, so a full disk fails the write
    // itself. Buffered, the failure would happen inside commit(), which renames anyway.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        reason = platform::openFailureReason(path, file.errorString());
    else if (writeAll(file, bytes, &reason) && platform::flushToDisk(file, &reason)) {
        if (file.commit())
            return {true, {}};
        reason = platform::replaceFailureReason(path, file.errorString());
    }
    // The reason is read before cancelling: cancelWriting() replaces it with its own text.
    file.cancelWriting();
    return {false, writeError(path, reason)};
}

} // namespace

FileWriteResult writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    const platform::WriteTarget target = platform::classifyWriteTarget(path);
    switch (target.kind) {
    case platform::WriteTargetKind::Stream:
        return writeStream(path, target.streamPath, bytes);
    case platform::WriteTargetKind::Refused:
        return {false, writeError(path, target.refusal)};
    case platform::WriteTargetKind::Replaceable:
        break;
    }
    return replaceAtomically(path, bytes);
}

} // namespace topo
