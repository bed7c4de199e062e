// The draw.io file: containers, shapes with the picture's labels, title colours, selections.

#include "CliRunner.h"
#include "DrawioReader.h"
#include "ExportTestSupport.h"
#include "editor/export/DrawioStyles.h"
#include "editor/export/DrawioWriter.h"
#include "editor/paint/DerivedConnections.h"
#include "editor/paint/NodeAccents.h"
#include "editor/paint/PaintText.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace topo::test {
namespace {

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

const Environment& environmentNamed(const Topology& t, const std::string& id)
{
    const auto it = std::find_if(t.environments.begin(), t.environments.end(),
                                 [&](const Environment& e) { return e.id == id; });
    EXPECT_NE(it, t.environments.end()) << id;
    return *it;
}

// The colour a label sits on: the cell's fill, composed by its fillOpacity over the body of
// the frame holding it (or the page).
QColor backdrop(const DrawioFile& file, const DrawioCell& cell)
{
    const QColor fill(cell.styleValue(QStringLiteral("fillColor")));
    const QString opacity = cell.styleValue(QStringLiteral("fillOpacity"));
    if (!fill.isValid() || opacity.isEmpty())
        return fill;
    QColor under = Theme::light().background;
    if (const QColor body(file.cells[cell.parent].styleValue(QStringLiteral("swimlaneFillColor")));
        body.isValid())
        under = body;
    const double share = opacity.toDouble() / 100;
    return QColor::fromRgbF(float(under.redF() * (1 - share) + fill.redF() * share),
                            float(under.greenF() * (1 - share) + fill.greenF() * share),
                            float(under.blueF() * (1 - share) + fill.blueF() * share));
}

TEST(Drawio, EnvironmentsAreContainersOfTheirElementsAtTheirPositions)
{
    const Topology t = loadPlacedFixture("factory-standard");
    const DrawioFile file = readDrawio(drawioBytes(t));
    ASSERT_TRUE(file.error.isEmpty()) << file.error.toStdString();
    for (const Environment& env : t.environments) {
        ASSERT_TRUE(file.cells.contains(q(env.id)));
        const DrawioCell& cell = file.cells[q(env.id)];
        EXPECT_TRUE(cell.style.startsWith(QStringLiteral("swimlane;")));
        EXPECT_EQ(cell.styleValue(QStringLiteral("container")), QStringLiteral("1"));
        EXPECT_EQ(cell.geometry.x(), env.layout->x);
    }
    for (const Server& s : t.servers) {
        ASSERT_TRUE(file.cells.contains(q(s.id))) << s.id;
        const DrawioCell& cell = file.cells[q(s.id)];
        EXPECT_EQ(cell.parent, q(s.environment));
        const Environment& env = environmentNamed(t, s.environment);
        // Children sit relative to their container.
        EXPECT_DOUBLE_EQ(cell.geometry.x(), s.layout->x - env.layout->x);
        EXPECT_DOUBLE_EQ(cell.geometry.y(), s.layout->y - env.layout->y);
        EXPECT_EQ(cell.value.split(QLatin1Char('\n')).constFirst(), q(s.name));
        EXPECT_TRUE(cell.value.contains(paint::hardwareLine(s.hardware)))
            << cell.value.toStdString();
        EXPECT_EQ(cell.styleValue(QStringLiteral("html")), QStringLiteral("0"));
    }
    for (const Database& db : t.databases)
        EXPECT_TRUE(file.cells[q(db.id)].style.contains(QStringLiteral("cylinder")));
}

// example-4: the default zone "Global" holds the servers of the Partner, Public and Internal
// zones, whose regions lie inside its own.
TEST(Drawio, ServersSitInTheirInnermostZoneInsideItsEnvironment)
{
    const Topology t = loadPlacedFixture("example-4-production-zones");
    const DrawioFile file = readDrawio(drawioBytes(t));
    int inZones = 0;
    for (const Server& s : t.servers) {
        const Environment& env = environmentNamed(t, s.environment);
        const DrawioCell& cell = file.cells[q(s.id)];
        // The smallest zone listing the server.
        const Zone* innermost = nullptr;
        double smallest = 0;
        for (const Zone& zone : env.zones) {
            const QRectF r = file.cells[q(zone.id)].geometry;
            if (std::find(zone.members.begin(), zone.members.end(), s.id) != zone.members.end() &&
                (!innermost || r.width() * r.height() < smallest)) {
                innermost = &zone;
                smallest = r.width() * r.height();
            }
        }
        if (!innermost) {
            EXPECT_EQ(cell.parent, q(env.id)) << s.id;
            continue;
        }
        ++inZones;
        EXPECT_EQ(cell.parent, q(innermost->id)) << s.id;
        // The zone hangs, maybe through a zone around it, on the environment.
        QString above = cell.parent;
        while (above != q(env.id) && above != QStringLiteral("1")) {
            EXPECT_EQ(file.cells[above].styleValue(QStringLiteral("container")),
                      QStringLiteral("1"));
            above = file.cells[above].parent;
        }
        EXPECT_EQ(above, q(env.id)) << s.id;
        // The geometry is relative to the zone, which is relative to what holds it.
        EXPECT_DOUBLE_EQ(file.absoluteOrigin(cell.parent).x() + cell.geometry.x(), s.layout->x);
        EXPECT_DOUBLE_EQ(file.absoluteOrigin(cell.parent).y() + cell.geometry.y(), s.layout->y);
    }
    EXPECT_GT(inZones, 0);
    int nested = 0;
    for (const Zone& zone : environmentNamed(t, "prod").zones)
        nested += file.cells[q(zone.id)].parent != QStringLiteral("prod") ? 1 : 0;
    EXPECT_EQ(nested, 3) << "Partner, Public and Internal lie inside Global";
}

TEST(Drawio, ADatabaseOfOneEnvironmentIsInsideItASharedOneIsTopLevel)
{
    const Topology t = loadPlacedFixture("factory-standard");
    const DrawioFile file = readDrawio(drawioBytes(t));
    // db-shared holds the catalogs of dev, lt and qa; db-prod only prod's.
    EXPECT_EQ(file.cells[QStringLiteral("db-shared")].parent, QStringLiteral("1"));
    EXPECT_EQ(file.cells[QStringLiteral("db-prod")].parent, QStringLiteral("prod"));
    for (const Database& db : t.databases) {
        const DrawioCell& cell = file.cells[q(db.id)];
        EXPECT_DOUBLE_EQ(file.absoluteOrigin(cell.parent).x() + cell.geometry.x(), db.layout->x);
    }
    // Queues and load balancers sit in their environment.
    for (const MessageQueue& mq : t.messageQueues)
        EXPECT_EQ(file.cells[q(mq.id)].parent, q(mq.environment)) << mq.id;
    for (const LoadBalancer& lb : t.loadBalancers)
        EXPECT_EQ(file.cells[q(lb.id)].parent, q(lb.environment)) << lb.id;
}

TEST(Drawio, NodesWearThePicturesAccents)
{
    const Topology t = loadPlacedFixture("factory-standard");
    const DrawioFile file = readDrawio(drawioBytes(t));
    const Theme theme = Theme::light();
    auto stroke = [&](const std::string& id) {
        return file.cells[q(id)].styleValue(QStringLiteral("strokeColor"));
    };
    for (const LoadBalancer& lb : t.loadBalancers)
        EXPECT_EQ(stroke(lb.id), paint::loadBalancerAccent(theme).name());
    for (const MessageQueue& mq : t.messageQueues)
        EXPECT_EQ(stroke(mq.id), paint::queueAccent(theme).name());
    for (const Database& db : t.databases)
        EXPECT_EQ(stroke(db.id), paint::databaseAccent(theme).name());
    EXPECT_EQ(paint::queueAccent(theme).name(), QStringLiteral("#ea580c"));
}

TEST(Drawio, TitlesAreTheNamesWithThePurposePillAndNoFoldIcon)
{
    const Topology t = loadPlacedFixture("factory-standard");
    const DrawioFile file = readDrawio(drawioBytes(t));
    for (const Environment& env : t.environments) {
        const DrawioCell& frame = file.cells[q(env.id)];
        EXPECT_EQ(frame.value, q(env.name)) << "the title repeats nothing";
        EXPECT_EQ(frame.styleValue(QStringLiteral("collapsible")), QStringLiteral("0"));
        const DrawioCell& pill = file.cells[q(env.id + ":purpose")];
        EXPECT_EQ(pill.value, paint::purposeLabel(env.purpose));
        EXPECT_EQ(pill.parent, q(env.id));
    }
}

TEST(Drawio, EveryLabelOnAFillContrastsAtLeastFourAndAHalfToOne)
{
    EXPECT_NEAR(contrastRatio(Qt::black, Qt::white), 21.0, 1e-9);
    EXPECT_NEAR(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white), 4.48, 0.01);
    for (const std::string& name : fixtureNames()) {
        const DrawioFile file = readDrawio(drawioBytes(loadPlacedFixture(name)));
        int titles = 0;
        for (const DrawioCell& cell : file.cells) {
            if (!cell.vertex || cell.value.isEmpty())
                continue;
            // A swimlane's title sits on its fillColor, every other label on its fill.
            if (cell.style.startsWith(QStringLiteral("swimlane;"))) {
                EXPECT_TRUE(cell.styleValue(QStringLiteral("fillOpacity")).isEmpty());
            }
            const QColor fill = backdrop(file, cell);
            const QColor text(cell.styleValue(QStringLiteral("fontColor")));
            if (!fill.isValid())
                continue;
            ASSERT_TRUE(text.isValid()) << name << " " << cell.id.toStdString();
            titles += cell.style.startsWith(QStringLiteral("swimlane;")) ? 1 : 0;
            EXPECT_GE(contrastRatio(fill, text), 4.5)
                << name << " " << cell.id.toStdString() << " " << text.name().toStdString()
                << " on " << fill.name().toStdString();
        }
        EXPECT_GT(titles, 0) << name;
    }
}

TEST(Drawio, LabelsSayWhatThePictureSays)
{
    const Topology zones = loadPlacedFixture("example-4-production-zones");
    const DrawioFile file = readDrawio(drawioBytes(zones));
    int unset = 0;
    for (const Server& s : zones.servers) {
        const QString label = file.cells[q(s.id)].value;
        EXPECT_FALSE(label.contains(QStringLiteral("? cores"))) << label.toStdString();
        if (s.hardware.cpuCores == 0 && s.hardware.ramGb == 0 && s.hardware.diskGb == 0) {
            ++unset;
            EXPECT_TRUE(label.contains(QStringLiteral("hardware not set"))) << label.toStdString();
        }
    }
    EXPECT_GT(unset, 0);
    for (const Zone& zone : zones.environments.front().zones)
        EXPECT_EQ(file.cells[q(zone.id)].value, paint::zoneLabel(zone));

    const Topology lifetime = loadPlacedFixture("example-3-lifetime");
    const DrawioFile lt = readDrawio(drawioBytes(lifetime));
    int frontEnds = 0;
    for (const Server& s : lifetime.servers) {
        const QStringList lines = lt.cells[q(s.id)].value.split(QLatin1Char('\n'));
        ASSERT_GE(lines.size(), 3);
        if (!s.hasRole(Role::Frontend))
            continue;
        ++frontEnds;
        EXPECT_TRUE(lines[1].startsWith(paint::lifetimeRoleLabel())) << lines[1].toStdString();
        EXPECT_TRUE(lines[1].contains(paint::roleLabel(Role::Frontend)));
    }
    EXPECT_GT(frontEnds, 0);
    for (const Database& db : lifetime.databases)
        EXPECT_TRUE(lt.cells[q(db.id)].value.contains(paint::databaseDetail(db)));
    for (const MessageQueue& mq : lifetime.messageQueues)
        EXPECT_TRUE(lt.cells[q(mq.id)].value.contains(paint::queueDetail(mq)));
}

TEST(Drawio, ASelectionHoldsTheChosenCellsTheirFramesAndTheEdgesAmongThem)
{
    const Topology t = loadPlacedFixture("factory-standard");
    const DrawioFile file = readDrawio(drawioBytes(t, {}, {"lb-prod", "prod-fe1", "prod-fe2"}));
    QStringList vertices;
    int edges = 0;
    for (const DrawioCell& cell : file.cells) {
        if (cell.edge) {
            ++edges;
            EXPECT_EQ(cell.source, QStringLiteral("lb-prod"));
            EXPECT_TRUE(cell.target == QStringLiteral("prod-fe1") ||
                        cell.target == QStringLiteral("prod-fe2"))
                << cell.target.toStdString();
        } else if (cell.vertex) {
            vertices.append(cell.id);
        }
    }
    vertices.sort();
    EXPECT_EQ(vertices, (QStringList{QStringLiteral("lb-prod"), QStringLiteral("prod"),
                                     QStringLiteral("prod-fe1"), QStringLiteral("prod-fe2"),
                                     QStringLiteral("prod:purpose")}));
    EXPECT_EQ(edges, 2);
    // Inside the environment frame, the shapes sit relative to it, where the picture has them.
    for (const Server& s : t.servers)
        if (s.id == "prod-fe1") {
            const DrawioCell& cell = file.cells[QStringLiteral("prod-fe1")];
            EXPECT_EQ(cell.parent, QStringLiteral("prod"));
            EXPECT_DOUBLE_EQ(file.absoluteOrigin(cell.parent).x() + cell.geometry.x(), s.layout->x);
        }
}

TEST(Drawio, ASelectedZoneMemberBringsItsZonesAndEnvironment)
{
    const Topology t = loadPlacedFixture("example-4-production-zones");
    const Environment& env = t.environments.front();
    ASSERT_FALSE(env.zones.empty());
    const Zone& zone = env.zones.back();
    ASSERT_FALSE(zone.members.empty());
    const DrawioFile file = readDrawio(drawioBytes(t, {}, {zone.members.front()}));
    ASSERT_TRUE(file.cells.contains(q(env.id)));
    ASSERT_TRUE(file.cells.contains(q(zone.id)));
    QString above = file.cells[q(zone.members.front())].parent;
    QStringList chain;
    while (file.cells.contains(above) && above != QStringLiteral("1")) {
        chain.append(above);
        above = file.cells[above].parent;
    }
    EXPECT_TRUE(chain.contains(q(zone.id))) << chain.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(chain.constLast(), q(env.id));
}

} // namespace
} // namespace topo::test
