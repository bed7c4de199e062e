#pragma once

#include <QByteArray>
#include <QString>

#include <string>

namespace topo::test {

QString dataPath(const QString& relative); // under tests/data
// tests/data/fixtures/NAME.topology.json.
QString fixturePath(const QString& name);
QString fixturePath(const std::string& name);
QString fixturePath(const char* name);

// The bytes of a file ("" when it cannot be read), and writing them (true when all written;
// a test failure otherwise).
QByteArray readBytes(const QString& path);
bool writeBytes(const QString& path, const QByteArray& bytes);

} // namespace topo::test
