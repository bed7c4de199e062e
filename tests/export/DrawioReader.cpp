#include "DrawioReader.h"

#include <QStringList>
#include <QXmlStreamReader>

namespace topo::test {

QString DrawioCell::styleValue(const QString& key) const
{
    for (const QString& part : style.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq > 0 && part.left(eq) == key)
            return part.mid(eq + 1);
    }
    return {};
}

QPointF DrawioFile::absoluteOrigin(const QString& parentId) const
{
    QPointF origin;
    QString id = parentId;
    for (int depth = 0; depth < 100 && cells.contains(id); ++depth) {
        const DrawioCell& cell = cells[id];
        if (!cell.vertex)
            break;
        origin += cell.geometry.topLeft();
        id = cell.parent;
    }
    return origin;
}

DrawioFile readDrawio(const QByteArray& bytes)
{
    DrawioFile file;
    QXmlStreamReader xml(bytes);
    QString current;
    bool inPoints = false;
    auto number = [&](const char* name) {
        return xml.attributes().value(QLatin1String(name)).toDouble();
    };
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QStringLiteral("Array"))
            inPoints = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QStringLiteral("mxCell")) {
            current = a.value(QStringLiteral("id")).toString();
            if (file.cells.contains(current))
                file.duplicateIds.append(current);
            DrawioCell& cell = file.cells[current];
            cell.id = current;
            cell.value = a.value(QStringLiteral("value")).toString();
            cell.style = a.value(QStringLiteral("style")).toString();
            cell.parent = a.value(QStringLiteral("parent")).toString();
            cell.source = a.value(QStringLiteral("source")).toString();
            cell.target = a.value(QStringLiteral("target")).toString();
            cell.edge = a.value(QStringLiteral("edge")) == QStringLiteral("1");
            cell.vertex = a.value(QStringLiteral("vertex")) == QStringLiteral("1");
            file.order.append(current);
        } else if (xml.name() == QStringLiteral("mxGeometry") && file.cells.contains(current)) {
            file.cells[current].geometry =
                QRectF(number("x"), number("y"), number("width"), number("height"));
        } else if (xml.name() == QStringLiteral("Array") &&
                   a.value(QStringLiteral("as")) == QStringLiteral("points")) {
            inPoints = true;
        } else if (xml.name() == QStringLiteral("mxPoint") && inPoints &&
                   file.cells.contains(current)) {
            file.cells[current].points.emplace_back(number("x"), number("y"));
        }
    }
    if (xml.hasError())
        file.error = xml.errorString();
    return file;
}

} // namespace topo::test
