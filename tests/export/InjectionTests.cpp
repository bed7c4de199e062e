// Names with markup, ampersands, quotes and non-ASCII text come out as text in SVG, draw.io
// and HTML: no element or script is injected, and the names read back verbatim.

#include "ExportTestSupport.h"
#include "editor/export/DesignExporter.h"

#include <gtest/gtest.h>

namespace topo::test {
namespace {

const QString kScript = QStringLiteral("<script>alert(1)</script>");
const QString kAmpersand = QStringLiteral("A & B");
const QString kQuotes = QStringLiteral("\"Q\" 'q'");
const QString kUnicode = QStringLiteral("Zürich – 東京");

Topology hostileDesign()
{
    Topology t = loadPlacedFixture("factory-standard");
    t.name = (kScript + QStringLiteral(" ") + kAmpersand + QStringLiteral(" ") + kQuotes +
              QStringLiteral(" ") + kUnicode)
                 .toStdString();
    t.description = (QStringLiteral("<img src=x onerror=alert(1)> ") + kAmpersand).toStdString();
    t.environments.at(0).name = kScript.toStdString();
    t.environments.at(1).name = kUnicode.toStdString();
    t.servers.at(0).name = kScript.toStdString();
    t.servers.at(1).name = kAmpersand.toStdString();
    t.servers.at(2).name = kQuotes.toStdString();
    t.servers.at(3).name = kUnicode.toStdString();
    t.loadBalancers.at(0).name = kScript.toStdString();
    return t;
}

XmlContent exported(ExportFormat format, QByteArray* raw = nullptr)
{
    const ExportContent content = exportContent(hostileDesign(), format, ExportOptions{});
    EXPECT_TRUE(content.ok()) << content.errorText.toStdString();
    const QByteArray bytes = content.bytes.value_or(QByteArray());
    EXPECT_FALSE(bytes.toLower().contains("<script")) << toString(format).toStdString();
    EXPECT_FALSE(bytes.toLower().contains("<img")) << toString(format).toStdString();
    if (raw)
        *raw = bytes;
    const XmlContent xml = parseXml(bytes);
    EXPECT_TRUE(xml.error.isEmpty()) << xml.error.toStdString();
    EXPECT_FALSE(xml.elements.contains(QStringLiteral("script")));
    EXPECT_FALSE(xml.elements.contains(QStringLiteral("img")));
    return xml;
}

TEST(Injection, SvgShowsTheNamesAsText)
{
    const XmlContent xml = exported(ExportFormat::Svg);
    EXPECT_TRUE(xml.texts.contains(QString::fromStdString(hostileDesign().name)));
    // Short names are drawn whole on the cards (long ones may be elided). Qt writes one
    // <text> per font run, so the CJK part of a name follows in the next element.
    for (const QString& name : {kAmpersand, kQuotes})
        EXPECT_TRUE(xml.texts.contains(name)) << name.toStdString();
    EXPECT_TRUE(xml.texts.join(QString()).contains(kUnicode));
}

TEST(Injection, DrawioLabelsHoldTheNamesVerbatim)
{
    QByteArray raw;
    const XmlContent xml = exported(ExportFormat::Drawio, &raw);
    EXPECT_FALSE(raw.contains("html=1"));
    for (const QString& name : {kScript, kAmpersand, kQuotes, kUnicode}) {
        bool asLine = false;
        for (const QString& text : xml.texts)
            asLine |= text.split(QLatin1Char('\n')).contains(name);
        EXPECT_TRUE(asLine) << name.toStdString();
    }
}

TEST(Injection, HtmlReportShowsTheNamesAsText)
{
    const XmlContent xml = exported(ExportFormat::Html);
    for (const QString& name : {kScript, kAmpersand, kQuotes, kUnicode})
        EXPECT_TRUE(xml.texts.contains(name)) << name.toStdString();
    EXPECT_TRUE(xml.texts.contains(QString::fromStdString(hostileDesign().name)));
}

} // namespace
} // namespace topo::test
