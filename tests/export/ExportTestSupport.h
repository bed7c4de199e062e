#pragma once

#include "core/model/Topology.h"

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QStringList>

#include <string>

namespace topo::test {

// A fixture loaded and placed as the exporter places it (AutoLayout on missing positions).
Topology loadPlacedFixture(const std::string& name);

// What an XML parser read from a document.
struct XmlContent {
    QString error;                           // empty when the document is well-formed
    QStringList texts;                       // every text node and attribute value, unescaped
    QStringList elements;                    // every element name, lower case
    bool hasText(const QString& text) const; // `text` within some text or attribute value
};
XmlContent parseXml(const QByteArray& bytes);

// Pixel statistics of an image.
int distinctColours(const QImage& image, int limit = 1000);
// The share of pixels differing from `background` (any channel by more than 8).
double foregroundShare(const QImage& image, const QColor& background);
// Mean absolute difference per channel (0-255) of two images of the same size, both
// composed over white.
double meanDifference(const QImage& a, const QImage& b);

// A fresh empty folder for one test's files.
QString scratchDir(const QString& testName);

} // namespace topo::test
