#include "editor/files/FileStamp.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace topo {

namespace {

QByteArray sha256(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace

FileStamp FileStamp::ofFile(const QString& path)
{
    FileStamp stamp;
    QFile file(path);
    const QFileInfo info(path);
    if (!info.isFile())
        return stamp;
    stamp.exists = true;
    if (!file.open(QIODevice::ReadOnly)) {
        stamp.readError = file.errorString();
        return stamp;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        stamp.readError = file.errorString();
        return stamp;
    }
    stamp.size = bytes.size();
    stamp.modified = info.lastModified();
    stamp.hash = sha256(bytes);
    return stamp;
}

FileStamp FileStamp::ofWritten(const QString& path, const QByteArray& bytes)
{
    FileStamp stamp;
    stamp.exists = true;
    stamp.size = bytes.size();
    stamp.modified = QFileInfo(path).lastModified();
    stamp.hash = sha256(bytes);
    return stamp;
}

bool FileStamp::sameContent(const FileStamp& other) const
{
    if (unreadable() || other.unreadable())
        return true;
    if (exists != other.exists)
        return false;
    return !exists || (size == other.size && hash == other.hash);
}

} // namespace topo
