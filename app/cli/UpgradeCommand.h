#pragma once

#include <QString>
#include <QStringList>

namespace topo::cli {

// `topology-cli upgrade FILE -o OUT`: reads any supported format version and writes the
// current one.
int runUpgrade(const QStringList& arguments);

// Loads `input` and writes its canonical form of the current format version to `output`
// atomically (`output` is left untouched on any failure). Shared by upgrade and json export.
int writeCanonicalCopy(const QString& input, const QString& output);

} // namespace topo::cli
