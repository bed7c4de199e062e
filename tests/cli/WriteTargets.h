#pragma once

#include "CliRunner.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace topo::test {

// What the write-failure tests of topology-cli share: one output name per export format, the
// content a file had before, and the two writing commands.
extern const QStringList kExportNames;
QByteArray oldContent(const QString& name);
QString writeInput(); // the design every write starts from
CliRun exportTo(const QString& path);
CliRun upgradeTo(const QString& path);

// The command failed with exit status 2 and a message naming `path` and `reason`.
void expectRefusedWith(const CliRun& run, const QString& path, const QString& reason);

} // namespace topo::test
