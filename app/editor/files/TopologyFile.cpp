#include "editor/files/TopologyFile.h"

#include "TopoVersion.h"
#include "core/io/TopologyReader.h"
#include "core/io/TopologyWriter.h"

#include <QFile>

namespace topo {

QString singleLine(QString text)
{
    for (QChar& c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return text;
}

FileLoadResult loadTopologyFile(const QString& path, const QString& displayName)
{
    LoadResult loaded = readTopologyFile(path.toStdString());
    FileLoadResult result;
    if (loaded.ok()) {
        result.topology = std::move(loaded.topology);
        return result;
    }
    result.error = std::move(loaded.error);
    result.errorText = loadErrorText(displayName.isEmpty() ? path : displayName, result.error);
    return result;
}

QString loadErrorText(const QString& displayName, const LoadError& error)
{
    const QString message = singleLine(QString::fromStdString(error.message));
    if (error.line > 0) {
        // One multi-argument arg(): chained calls would expand a "%2" inside the file name.
        return QStringLiteral("%1:%2:%3: error: %4")
            .arg(displayName, QString::number(error.line), QString::number(error.column), message);
    }
    if (!error.pointer.empty()) {
        return QStringLiteral("%1: error: %2: %3")
            .arg(displayName, singleLine(QString::fromStdString(error.pointer)), message);
    }
    return QStringLiteral("%1: error: %2").arg(displayName, message);
}

QByteArray canonicalBytes(const Topology& topology)
{
    const std::string text = writeTopology(topology, TOPO_GENERATOR);
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

FileWriteResult saveTopologyFile(const QString& path, const Topology& topology)
{
    return writeFileAtomically(path, canonicalBytes(topology));
}

} // namespace topo
