#include "TestFiles.h"

#include "Fixtures.h"

#include <QFile>

#include <gtest/gtest.h>

namespace topo::test {

QString dataPath(const QString& relative)
{
    return QString::fromStdString(testDataDir()) + QLatin1Char('/') + relative;
}

QString fixturePath(const QString& name)
{
    return fixturePath(name.toStdString());
}

QString fixturePath(const std::string& name)
{
    return QString::fromStdString(fixtureFile(name));
}

QString fixturePath(const char* name)
{
    return fixturePath(std::string(name));
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
        file.write(bytes) == bytes.size() && file.flush())
        return true;
    ADD_FAILURE() << "cannot write " << path.toStdString();
    return false;
}

} // namespace topo::test
