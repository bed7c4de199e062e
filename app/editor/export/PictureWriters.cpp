#include "editor/export/PictureWriters.h"

#include "TopoVersion.h"
#include "editor/export/PagedOutput.h"

#include <QBuffer>
#include <QPdfWriter>

namespace topo {

QString exportCreator()
{
    return QStringLiteral("Topology Designer %1").arg(QStringLiteral(TOPO_VERSION));
}

QByteArray pdfBytes(const Picture& picture, const ExportOptions& options, const QString& title,
                    const QString& footer)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(static_cast<int>(kSceneDpi));
    writer.setTitle(title);
    writer.setCreator(exportCreator());
    paintOnPages(writer, picture, options, footer);
    return bytes;
}

} // namespace topo
