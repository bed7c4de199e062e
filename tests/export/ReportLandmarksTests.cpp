// The HTML design report read with an XML parser: its landmarks (one header, navigation,
// one main, one footer holding everything the page shows) and pictures that open at their
// natural size.

#include "CliRunner.h"
#include "ExportTestSupport.h"
#include "editor/export/DesignExporter.h"

#include <QMap>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <cmath>

namespace topo::test {
namespace {

// One element of the report: its name, attributes and the names of its ancestors.
struct Element {
    QString name;
    QMap<QString, QString> attributes;
    QStringList ancestors; // outermost first
};

struct Outline {
    QString error;
    std::vector<Element> elements;
    QStringList strayText; // text sitting directly in <body>
    QString style;         // the text of <style>
    int count(const QString& name) const
    {
        return static_cast<int>(std::count_if(elements.begin(), elements.end(),
                                              [&](const Element& e) { return e.name == name; }));
    }
    const Element* byId(const QString& id) const
    {
        for (const Element& e : elements)
            if (e.attributes.value(QStringLiteral("id")) == id)
                return &e;
        return nullptr;
    }
};

Outline outline(const QByteArray& bytes)
{
    Outline result;
    QXmlStreamReader xml(bytes);
    QStringList open;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            Element element{xml.name().toString().toLower(), {}, open};
            for (const QXmlStreamAttribute& a : xml.attributes())
                element.attributes.insert(a.qualifiedName().toString(), a.value().toString());
            result.elements.push_back(element);
            open.append(element.name);
        } else if (xml.isEndElement()) {
            open.removeLast();
        } else if (xml.isCharacters() && !xml.isWhitespace()) {
            if (!open.isEmpty() && open.last() == QStringLiteral("body"))
                result.strayText.append(xml.text().toString());
            if (!open.isEmpty() && open.last() == QStringLiteral("style"))
                result.style += xml.text().toString();
        }
    }
    if (xml.hasError())
        result.error = xml.errorString();
    return result;
}

Outline reportOutline(const std::string& fixture)
{
    ExportOptions options;
    options.date = QStringLiteral("2026-03-04");
    const ExportContent content =
        exportContent(loadPlacedFixture(fixture), ExportFormat::Html, options);
    EXPECT_TRUE(content.ok()) << content.errorText.toStdString();
    return outline(content.bytes.value_or(QByteArray()));
}

TEST(HtmlReportLandmarks, OneHeaderMainAndFooterHoldEverythingTheBodyShows)
{
    for (const std::string& fixture : fixtureNames()) {
        const Outline report = reportOutline(fixture);
        ASSERT_TRUE(report.error.isEmpty()) << fixture << ": " << report.error.toStdString();
        EXPECT_FALSE(report.elements.front().attributes.value(QStringLiteral("lang")).isEmpty())
            << fixture;
        EXPECT_EQ(report.count(QStringLiteral("main")), 1) << fixture;
        EXPECT_EQ(report.count(QStringLiteral("header")), 1) << fixture;
        EXPECT_EQ(report.count(QStringLiteral("footer")), 1) << fixture;
        EXPECT_EQ(report.count(QStringLiteral("nav")), 1) << fixture;
        EXPECT_TRUE(report.strayText.isEmpty())
            << fixture << ": " << report.strayText.join(QLatin1Char('|')).toStdString();
        const QStringList landmarks{QStringLiteral("header"), QStringLiteral("nav"),
                                    QStringLiteral("main"), QStringLiteral("footer")};
        for (const Element& e : report.elements)
            if (e.ancestors == QStringList{QStringLiteral("html"), QStringLiteral("body")}) {
                EXPECT_TRUE(landmarks.contains(e.name))
                    << fixture << ": <" << e.name.toStdString() << "> outside the landmarks";
            }
        // The title in the header, the tables and pictures in main.
        for (const Element& e : report.elements) {
            if (e.name == QStringLiteral("h1")) {
                EXPECT_TRUE(e.ancestors.contains(QStringLiteral("header"))) << fixture;
            }
            if (e.name == QStringLiteral("table") || e.name == QStringLiteral("svg") ||
                e.name == QStringLiteral("h2")) {
                EXPECT_TRUE(e.ancestors.contains(QStringLiteral("main")))
                    << fixture << " " << e.name.toStdString();
            }
        }
    }
}

TEST(HtmlReportLandmarks, EveryLinkOfTheContentsAndTheSkipLinkLeadsToASection)
{
    const Outline report = reportOutline("factory-standard");
    int links = 0;
    for (const Element& e : report.elements) {
        const QString href = e.attributes.value(QStringLiteral("href"));
        if (e.name != QStringLiteral("a") || !href.startsWith(QLatin1Char('#')))
            continue;
        ++links;
        const Element* target = report.byId(href.mid(1));
        ASSERT_NE(target, nullptr) << href.toStdString();
        EXPECT_TRUE(target->name == QStringLiteral("main") ||
                    target->ancestors.contains(QStringLiteral("main")))
            << href.toStdString();
    }
    // The skip link and one entry per section: totals, topology, environments, capacity,
    // scaling, findings, network flows and runbook.
    EXPECT_EQ(links, 9);
}

// The CSS width of an SVG length ("512.2mm", "1936px", "1936") in pixels at 96 DPI.
double cssPixels(const QString& length)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^([0-9.]+)(mm|px)?$")).match(length);
    if (!m.hasMatch())
        return -1;
    const double value = m.captured(1).toDouble();
    return m.captured(2) == QStringLiteral("mm") ? value * 96 / 25.4 : value;
}

TEST(HtmlReportLandmarks, PicturesAreNamedImagesThatOpenAtTheirNaturalSize)
{
    const Outline report = reportOutline("factory-standard");
    int pictures = 0;
    for (const Element& svg : report.elements) {
        if (svg.name != QStringLiteral("svg"))
            continue;
        ++pictures;
        EXPECT_EQ(svg.attributes.value(QStringLiteral("role")), QStringLiteral("img"));
        EXPECT_FALSE(svg.attributes.value(QStringLiteral("aria-label")).isEmpty());
        // Inside a figure whose checkbox, labelled, switches it to full size.
        EXPECT_TRUE(svg.ancestors.contains(QStringLiteral("figure")));
        // Its natural size is the scene's size: text at 100 % when shown at full size.
        const QStringList box =
            svg.attributes.value(QStringLiteral("viewBox")).split(QLatin1Char(' '));
        ASSERT_EQ(box.size(), 4);
        EXPECT_NEAR(cssPixels(svg.attributes.value(QStringLiteral("width"))), box[2].toDouble(),
                    1.0);
        EXPECT_NEAR(cssPixels(svg.attributes.value(QStringLiteral("height"))), box[3].toDouble(),
                    1.0);
    }
    EXPECT_EQ(pictures, 2); // topology and scaling
    int toggles = 0;
    for (const Element& e : report.elements) {
        if (e.name != QStringLiteral("input"))
            continue;
        ++toggles;
        EXPECT_EQ(e.attributes.value(QStringLiteral("type")), QStringLiteral("checkbox"));
        const QString id = e.attributes.value(QStringLiteral("id"));
        const int labels = static_cast<int>(
            std::count_if(report.elements.begin(), report.elements.end(), [&](const Element& l) {
                return l.name == QStringLiteral("label") &&
                       l.attributes.value(QStringLiteral("for")) == id;
            }));
        EXPECT_EQ(labels, 2) << id.toStdString(); // the "Full size" text and the picture
    }
    EXPECT_EQ(toggles, pictures);
    // Ticked, the picture drops the page-width limit; the view scrolls and takes the focus.
    const QString style = report.style.simplified();
    EXPECT_TRUE(style.contains(QStringLiteral(".picture svg { display: block; max-width: 100%;")))
        << style.toStdString();
    EXPECT_TRUE(style.contains(QStringLiteral(".zoom:checked ~ .view svg { max-width: none; }")));
    EXPECT_TRUE(style.contains(QStringLiteral(".picture .view { overflow: auto; }")));
    for (const Element& e : report.elements)
        if (e.attributes.value(QStringLiteral("class")) == QStringLiteral("view")) {
            EXPECT_EQ(e.attributes.value(QStringLiteral("tabindex")), QStringLiteral("0"));
        }
}

} // namespace
} // namespace topo::test
