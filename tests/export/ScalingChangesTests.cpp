// The Scaling dock repaints only where the new picture is drawn differently (changedAreas):
// after random edits, the old picture with only those areas painted again is, pixel for
// pixel, the new picture painted whole.

#include "ExportTestSupport.h"
#include "RandomEditor.h"
#include "editor/document/Document.h"
#include "editor/paint/ScalingChanges.h"
#include "editor/paint/ScalingPainter.h"

#include <QImage>
#include <QPainter>
#include <QRegion>

#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <string>

namespace topo::test {
namespace {

// The picture as the dock paints it at zoom 1: the background, then the painter, within
// `clip` when given (an empty region paints nothing).
void paintPicture(QImage& image, const ScalingPainter& picture, const Theme& theme,
                  const std::optional<QRegion>& clip = std::nullopt)
{
    QPainter p(&image);
    if (clip)
        p.setClipRegion(*clip);
    p.fillRect(image.rect(), theme.background);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(-picture.bounds().topLeft());
    picture.paint(p, theme, false);
}

QImage wholePicture(const ScalingPainter& picture, const Theme& theme)
{
    const QSizeF size = picture.bounds().size();
    QImage image(int(std::ceil(size.width())), int(std::ceil(size.height())),
                 QImage::Format_ARGB32_Premultiplied);
    paintPicture(image, picture, theme);
    return image;
}

// The smallest rectangle holding every pixel that differs, as "x,y wxh".
std::string differingBox(const QImage& a, const QImage& b)
{
    QRect box;
    for (int y = 0; y < a.height() && y < b.height(); ++y)
        for (int x = 0; x < a.width() && x < b.width(); ++x)
            if (a.pixel(x, y) != b.pixel(x, y))
                box = box.united(QRect(x, y, 1, 1));
    return std::to_string(box.x()) + "," + std::to_string(box.y()) + " " +
           std::to_string(box.width()) + "x" + std::to_string(box.height());
}

// The old picture with the changed areas painted again is the new one; false when the
// layout changed (nothing to check then).
bool expectRepaintIsWhole(const ScalingPainter& before, const ScalingPainter& after,
                          const std::string& what)
{
    const std::optional<std::vector<QRectF>> areas = changedAreas(before, after);
    if (!areas || after.isEmpty())
        return false;
    const Theme theme = Theme::light();
    QRegion region;
    for (const QRectF& area : *areas)
        region += area.translated(-after.bounds().topLeft()).toAlignedRect();
    QImage repainted = wholePicture(before, theme);
    paintPicture(repainted, after, theme, region);
    const QImage whole = wholePicture(after, theme);
    EXPECT_TRUE(repainted == whole)
        << what << ", " << areas->size() << " areas; differing pixels within "
        << differingBox(repainted, whole);
    return true;
}

// Edits that keep the layout (renames, hardware, standby, roles that keep a cluster) change
// a few areas; the repainted old picture must then be the new one.
void expectPartialRepaintsAreWhole(const std::string& environment, unsigned seed)
{
    Document doc(loadPlacedFixture("factory-standard"));
    RandomEditor editor(doc, seed);
    int partial = 0;
    for (int i = 0; i < 150 && !::testing::Test::HasFailure(); ++i) {
        const ScalingPainter before(doc.topology(), environment);
        const std::string kind = editor.step();
        const ScalingPainter after(doc.topology(), environment);
        partial +=
            expectRepaintIsWhole(before, after, "edit " + std::to_string(i) + " (" + kind + ")");
    }
    EXPECT_GT(partial, 30) << "most edits here keep the layout";
}

TEST(ScalingChanges, RepaintingTheChangedAreasOfOneEnvironmentGivesTheNewPicture)
{
    expectPartialRepaintsAreWhole("prod", 20261204u);
}

TEST(ScalingChanges, RepaintingTheChangedAreasOfEveryEnvironmentGivesTheNewPicture)
{
    expectPartialRepaintsAreWhole("", 20261205u);
}

TEST(ScalingChanges, ARenameRepaintsOnlyThatServersCardAndChip)
{
    Document doc(loadPlacedFixture("factory-standard"));
    const ScalingPainter before(doc.topology(), "prod");
    Topology renamed = doc.topology();
    for (Server& server : renamed.servers)
        if (server.id == "prod-fe2")
            server.name = "PROD-FE-TWO";
    const ScalingPainter after(renamed, "prod");
    const auto areas = changedAreas(before, after);
    ASSERT_TRUE(areas.has_value());
    // Its card, and its chip among the schedulers of the timers section.
    ASSERT_EQ(areas->size(), 2u);
    double repainted = 0;
    for (const QRectF& area : *areas)
        repainted += area.width() * area.height();
    EXPECT_LT(repainted, after.bounds().width() * after.bounds().height() / 8);
}

// A card shows more than the scaling plan holds (the site's name): a server moved to
// another site is repainted too, the out-of-pool front-end and the controller alike (their
// sites leave the figures alone).
TEST(ScalingChanges, AServerOnAnotherSiteIsRepainted)
{
    const Topology design = loadPlacedFixture("factory-standard");
    for (const char* id : {"prod-batch", "prod-dc"}) {
        Topology moved = design;
        for (Server& server : moved.servers)
            if (server.id == id)
                server.site = server.site == "dc-a" ? "dc-b" : "dc-a";
        ASSERT_NE(moved, design);
        const ScalingPainter before(design, "prod");
        const ScalingPainter after(moved, "prod");
        EXPECT_EQ(before.headerSummary(0), after.headerSummary(0)) << id;
        EXPECT_TRUE(expectRepaintIsWhole(before, after, std::string("site of ") + id));
    }
}

} // namespace
} // namespace topo::test
