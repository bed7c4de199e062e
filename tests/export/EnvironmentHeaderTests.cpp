// The title bar of an environment frame: the name is drawn whole whenever the bar can hold
// it, the purpose pill taking only the room left.
#include "ExportTestSupport.h"
#include "core/rules/Validator.h"
#include "editor/export/ExportOptions.h"
#include "editor/export/PictureWriters.h"
#include "editor/export/ViewPicture.h"

#include <gtest/gtest.h>

namespace topo::test {
namespace {

XmlContent pictureText(const std::string& fixture)
{
    const Topology t = loadPlacedFixture(fixture);
    const std::optional<Picture> picture = viewPicture(t, validate(t), ExportOptions{}, true);
    EXPECT_TRUE(picture.has_value());
    return parseXml(svgBytes(picture.value_or(Picture{}), QStringLiteral("t"), QString()));
}

TEST(EnvironmentHeader, ANarrowFrameShowsItsWholeNameAndLeavesThePillOut)
{
    // "Pre-production" is an empty environment: a frame of the minimum width, where the
    // name and the NON-PRODUCTION pill do not fit side by side.
    const XmlContent xml = pictureText("design-with-problems");
    ASSERT_TRUE(xml.error.isEmpty()) << xml.error.toStdString();
    EXPECT_TRUE(xml.texts.contains(QStringLiteral("Pre-production")));
    EXPECT_FALSE(xml.hasText(QStringLiteral("Pre-prod…")));
    EXPECT_FALSE(xml.texts.contains(QStringLiteral("NON-PRODUCTION")));
    // A wide frame keeps both.
    EXPECT_TRUE(xml.texts.contains(QStringLiteral("Production")));
    EXPECT_TRUE(xml.texts.contains(QStringLiteral("PRODUCTION")));
}

TEST(EnvironmentHeader, WideFramesKeepNameAndPill)
{
    const XmlContent xml = pictureText("factory-standard");
    for (const char* text : {"LifeTime", "LIFETIME", "Development", "DEVELOPMENT", "Quality",
                             "NON-PRODUCTION", "Production", "PRODUCTION"})
        EXPECT_TRUE(xml.texts.contains(QString::fromUtf8(text))) << text;
}

} // namespace
} // namespace topo::test
