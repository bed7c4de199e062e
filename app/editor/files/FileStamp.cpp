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
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return stamp;
    const QByteArray bytes = file.readAll();
    stamp.exists = true;
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
    if (exists != other.exists)
        return false;
    return !exists || (size == other.size && hash == other.hash);
}

} // namespace topo
