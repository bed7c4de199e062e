#pragma once

#include "core/io/LoadError.h"
#include "core/model/Topology.h"
#include "editor/files/FileWrite.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace topo {

// The outcome of loading a design file: the topology, or the loader's error together with
// the one-line text shown to the user (it names the file).
struct FileLoadResult {
    std::optional<Topology> topology;
    LoadError error;   // meaningful only when !ok()
    QString errorText; // meaningful only when !ok()
    bool ok() const { return topology.has_value(); }
};

// `text` with line breaks and tabs turned into spaces: errors and findings are shown one per
// line, and a line break inside one would make it look like several.
QString singleLine(QString text);

// Reads and checks a design file. `displayName` is how the file is named in the error text
// (the path as the user typed it); the path itself is used when it is empty.
FileLoadResult loadTopologyFile(const QString& path, const QString& displayName = {});

// The one-line text of a load error: "FILE:LINE:COLUMN: error: message" for syntax errors,
// "FILE: error: /json/pointer: message" otherwise, "FILE: error: message" for the whole
// document.
QString loadErrorText(const QString& displayName, const LoadError& error);

// The canonical bytes of a design, stamped with this program as the generator.
QByteArray canonicalBytes(const Topology& topology);

// Saves a design in the canonical form of the current format version, atomically.
FileWriteResult saveTopologyFile(const QString& path, const Topology& topology);

} // namespace topo
