// The draw.io file: containers, shapes with labels and specs, edges, positions.

#include "ExportTestSupport.h"
#include "export/DrawioWriter.h"
#include "paint/DerivedConnections.h"

#include <QHash>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace topo::test {
namespace {

// One mxCell as read back.
struct Cell {
    QString value;
    QString style;
    QString parent;
    QString source;
    QString target;
    bool edge = false;
    double x = 0;
    double y = 0;
};

QHash<QString, Cell> readCells(const QByteArray& bytes)
{
    QHash<QString, Cell> cells;
    QXmlStreamReader xml(bytes);
    QString current;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QStringLiteral("mxCell")) {
            current = a.value(QStringLiteral("id")).toString();
            Cell& cell = cells[current];
            cell.value = a.value(QStringLiteral("value")).toString();
            cell.style = a.value(QStringLiteral("style")).toString();
            cell.parent = a.value(QStringLiteral("parent")).toString();
            cell.source = a.value(QStringLiteral("source")).toString();
            cell.target = a.value(QStringLiteral("target")).toString();
            cell.edge = a.value(QStringLiteral("edge")) == QStringLiteral("1");
        } else if (xml.name() == QStringLiteral("mxGeometry") && cells.contains(current)) {
            cells[current].x = a.value(QStringLiteral("x")).toDouble();
            cells[current].y = a.value(QStringLiteral("y")).toDouble();
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return cells;
}

TEST(Drawio, EnvironmentsAreContainersOfTheirElementsAtTheirPositions)
{
    const Topology t = loadPlacedFixture("factory-standard");
    const QHash<QString, Cell> cells = readCells(drawioBytes(t));
    for (const Environment& env : t.environments) {
        const QString id = QString::fromStdString(env.id);
        ASSERT_TRUE(cells.contains(id));
        EXPECT_TRUE(cells[id].style.startsWith(QStringLiteral("swimlane;")));
        EXPECT_EQ(cells[id].x, env.layout->x);
        EXPECT_TRUE(cells[id].value.startsWith(QString::fromStdString(env.name)));
    }
    for (const Server& s : t.servers) {
        const QString id = QString::fromStdString(s.id);
        ASSERT_TRUE(cells.contains(id)) << s.id;
        const Cell& cell = cells[id];
        EXPECT_EQ(cell.parent, QString::fromStdString(s.environment));
        const Environment* env = nullptr;
        for (const Environment& e : t.environments)
            if (e.id == s.environment)
                env = &e;
        ASSERT_NE(env, nullptr);
        // Children sit relative to their container.
        EXPECT_DOUBLE_EQ(cell.x, s.layout->x - env->layout->x);
        EXPECT_DOUBLE_EQ(cell.y, s.layout->y - env->layout->y);
        const QStringList lines = cell.value.split(QLatin1Char('\n'));
        EXPECT_EQ(lines.constFirst(), QString::fromStdString(s.name));
        EXPECT_TRUE(cell.value.contains(QStringLiteral("%1 cores").arg(s.hardware.cpuCores)))
            << cell.value.toStdString();
        EXPECT_TRUE(cell.style.contains(QStringLiteral("html=0")));
    }
    for (const Database& db : t.databases)
        EXPECT_TRUE(
            cells[QString::fromStdString(db.id)].style.contains(QStringLiteral("cylinder")));
}

TEST(Drawio, EveryDerivedConnectionIsAnEdge)
{
    const Topology t = loadPlacedFixture("factory-standard");
    const QHash<QString, Cell> cells = readCells(drawioBytes(t));
    int edges = 0;
    for (const Cell& cell : cells)
        edges += cell.edge ? 1 : 0;
    const std::vector<Connection> connections = deriveConnections(t);
    ASSERT_FALSE(connections.empty());
    EXPECT_EQ(edges, static_cast<int>(connections.size()));
    for (const Connection& c : connections) {
        bool found = false;
        for (const Cell& cell : cells)
            found |= cell.edge && cell.source == QString::fromStdString(c.from) &&
                     cell.target == QString::fromStdString(c.to);
        EXPECT_TRUE(found) << c.from << " -> " << c.to;
    }
}

TEST(Drawio, ASelectionHoldsOnlyTheChosenCellsAndTheEdgesAmongThem)
{
    const Topology t = loadPlacedFixture("factory-standard");
    const QHash<QString, Cell> cells =
        readCells(drawioBytes(t, {}, {"lb-prod", "prod-fe1", "prod-fe2"}));
    QStringList vertices;
    int edges = 0;
    for (auto it = cells.begin(); it != cells.end(); ++it) {
        if (it->edge) {
            ++edges;
            EXPECT_EQ(it->source, QStringLiteral("lb-prod"));
            EXPECT_TRUE(it->target == QStringLiteral("prod-fe1") ||
                        it->target == QStringLiteral("prod-fe2"))
                << it->target.toStdString();
        } else if (it.key() != QStringLiteral("0") && it.key() != QStringLiteral("1")) {
            vertices.append(it.key());
        }
    }
    vertices.sort();
    EXPECT_EQ(vertices, (QStringList{QStringLiteral("lb-prod"), QStringLiteral("prod-fe1"),
                                     QStringLiteral("prod-fe2")}));
    EXPECT_EQ(edges, 2);
    // Without their environment container the shapes sit at their absolute positions.
    for (const Server& s : t.servers)
        if (s.id == "prod-fe1") {
            EXPECT_EQ(cells[QStringLiteral("prod-fe1")].parent, QStringLiteral("1"));
            EXPECT_DOUBLE_EQ(cells[QStringLiteral("prod-fe1")].x, s.layout->x);
        }
}

} // namespace
} // namespace topo::test
