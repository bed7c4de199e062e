#include "ExportTestSupport.h"

#include "CliRunner.h"
#include "core/layout/AutoLayout.h"
#include "editor/files/TopologyFile.h"

#include <QDir>
#include <QPainter>
#include <QSet>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>

namespace topo::test {

Topology loadPlacedFixture(const std::string& name)
{
    FileLoadResult loaded = loadTopologyFile(fixturePath(name));
    EXPECT_TRUE(loaded.ok()) << loaded.errorText.toStdString();
    if (!loaded.ok())
        return {};
    AutoLayout::place(*loaded.topology);
    return *loaded.topology;
}

bool XmlContent::hasText(const QString& text) const
{
    for (const QString& candidate : texts)
        if (candidate.contains(text))
            return true;
    return false;
}

XmlContent parseXml(const QByteArray& bytes)
{
    XmlContent content;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            content.elements.append(xml.name().toString().toLower());
            for (const QXmlStreamAttribute& attribute : xml.attributes())
                content.texts.append(attribute.value().toString());
        } else if (xml.isCharacters() && !xml.isWhitespace()) {
            content.texts.append(xml.text().toString());
        }
    }
    if (xml.hasError())
        content.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return content;
}

int distinctColours(const QImage& image, int limit)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            colours.insert(image.pixel(x, y));
            if (colours.size() >= limit)
                return limit;
        }
    return colours.size();
}

double foregroundShare(const QImage& image, const QColor& background)
{
    qint64 differing = 0;
    qint64 total = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            ++total;
            if (std::abs(c.red() - background.red()) > 8 ||
                std::abs(c.green() - background.green()) > 8 ||
                std::abs(c.blue() - background.blue()) > 8 || c.alpha() != background.alpha())
                ++differing;
        }
    return total ? double(differing) / double(total) : 0;
}

namespace {

QImage overWhite(const QImage& image)
{
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    return flat;
}

} // namespace

double meanDifference(const QImage& a, const QImage& b)
{
    if (a.size() != b.size())
        return 255;
    const QImage x = overWhite(a);
    const QImage y = overWhite(b);
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto* p = reinterpret_cast<const QRgb*>(x.constScanLine(row));
        const auto* q = reinterpret_cast<const QRgb*>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            sum += std::abs(qRed(p[col]) - qRed(q[col])) +
                   std::abs(qGreen(p[col]) - qGreen(q[col])) +
                   std::abs(qBlue(p[col]) - qBlue(q[col]));
    }
    return sum / (3.0 * x.width() * x.height());
}

QString scratchDir(const QString& testName)
{
    const QString path = QDir::temp().filePath(QStringLiteral("topo-export-tests/") + testName);
    QDir(path).removeRecursively();
    QDir().mkpath(path);
    return path;
}

} // namespace topo::test
