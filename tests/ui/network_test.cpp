// The Network view: the grouped flows of the chosen environment as `topology-cli flows
// --group` gives them, the kind filter, a row opened to its per-host flows, a chosen row's
// ends selected and its flows drawn on the canvas, Copy and Export CSV… (the per-host CSV of
// `flows --format csv`), and an edit followed.
#include "UiTestSupport.h"

#include "core/edit/ElementFactory.h"
#include "core/flows/FlowTables.h"
#include "editor/document/Document.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/CanvasView.h"
#include "ui/canvas/FlowLinesItem.h"
#include "ui/docks/EnvironmentChooser.h"
#include "ui/docks/network/NetworkDock.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace topo;
using namespace topo::test;

namespace {

struct NetworkFixture {
    std::unique_ptr<WindowFixture> f = openWindow();
    NetworkDock* dock = raisedDock<NetworkDock>(*f->window, QStringLiteral("networkDock"));
    Document& document() { return *f->window->document(); }
    QTreeWidget& view() { return *dock->flowsView(); }

    void chooseProduction()
    {
        EnvironmentChooser& box = *dock->environmentBox();
        box.setCurrentIndex(box.findText(QStringLiteral("Production")));
        QApplication::processEvents();
    }
    // The rows as the CLI's grouped text lines give them, without the member lines.
    QStringList rowTexts()
    {
        QStringList rows;
        for (int i = 0; i < view().topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = view().topLevelItem(i);
            rows.append(QStringLiteral("Production  %1  %2 → %3: %4%5")
                            .arg(item->text(0), item->text(1), item->text(2), item->text(3),
                                 item->text(4).isEmpty() ? QString()
                                                         : QStringLiteral(" ") + item->text(4)));
        }
        return rows;
    }
};

QStringList cliGroupLines(const Topology& topology, const std::string& environment)
{
    QStringList lines;
    for (const std::string& line : groupLines(topology, groupedFlows(topology, environment)))
        if (!line.starts_with("    "))
            lines.append(QString::fromStdString(line));
    return lines;
}

TEST(NetworkDockTest, ShowsTheGroupedFlowsOfTheChosenEnvironmentAsTheCliDoes)
{
    NetworkFixture n;
    ASSERT_NE(n.dock, nullptr);
    n.chooseProduction();
    EXPECT_EQ(n.rowTexts(), cliGroupLines(n.document().topology(), "prod"));
    EXPECT_EQ(n.view().topLevelItem(4)->text(1), QStringLiteral("Production front-ends (4)"));
    EXPECT_EQ(n.view().topLevelItem(4)->text(2), QStringLiteral("PROD-DC"));
    // The kind filter keeps that kind's rows only.
    n.dock->kindBox()->setCurrentIndex(n.dock->kindBox()->findText(QStringLiteral("monitoring")));
    QApplication::processEvents();
    ASSERT_EQ(n.view().topLevelItemCount(), 5);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(n.view().topLevelItem(i)->text(0), QStringLiteral("monitoring"));
}

TEST(NetworkDockTest, ARowOpensToItsPerHostFlows)
{
    NetworkFixture n;
    n.chooseProduction();
    QTreeWidgetItem* controller = n.view().topLevelItem(4); // front-ends (4) → PROD-DC: 12000
    n.view().expandItem(controller);
    ASSERT_EQ(controller->childCount(), 4);
    EXPECT_EQ(controller->child(0)->text(1), QStringLiteral("PROD-FE-01"));
    EXPECT_EQ(controller->child(3)->text(1), QStringLiteral("PROD-BATCH-01"));
    EXPECT_EQ(controller->child(0)->text(2), QStringLiteral("PROD-DC"));
    EXPECT_EQ(controller->child(0)->text(3), QStringLiteral("12000/TCP"));
    QTreeWidgetItem* monitoring = n.view().topLevelItem(11); // front-ends among themselves
    n.view().expandItem(monitoring);
    EXPECT_EQ(monitoring->childCount(), 12); // 4 × 3: none to itself
}

TEST(NetworkDockTest, AChosenRowSelectsItsEndsAndDrawsItsFlows)
{
    NetworkFixture n;
    n.chooseProduction();
    n.view().setCurrentItem(n.view().topLevelItem(4));
    QApplication::processEvents();
    QStringList selection = n.document().selection();
    selection.sort();
    EXPECT_EQ(selection, (QStringList{QStringLiteral("prod-batch"), QStringLiteral("prod-dc"),
                                      QStringLiteral("prod-fe1"), QStringLiteral("prod-fe2"),
                                      QStringLiteral("prod-fe3")}));
    const FlowLinesItem* lines = n.f->window->canvas()->canvasScene()->flowLines();
    ASSERT_NE(lines, nullptr);
    ASSERT_EQ(lines->lines().size(), 4u);
    const CanvasScene& scene = *n.f->window->canvas()->canvasScene();
    EXPECT_EQ(lines->lines()[0].from, *scene.itemRect("prod-fe1"));
    EXPECT_EQ(lines->lines()[0].to, *scene.itemRect("prod-dc"));
    EXPECT_EQ(lines->lines()[0].label, QStringLiteral("12000/TCP"));
    // The chosen ends are brought into view.
    CanvasView& canvas = *n.f->window->canvas();
    EXPECT_TRUE(canvas.mapToScene(canvas.viewport()->rect())
                    .boundingRect()
                    .contains(scene.itemRect("prod-dc")->center()));
    // From outside the design: end users to the load balancer, the free end named.
    n.view().setCurrentItem(n.view().topLevelItem(1));
    QApplication::processEvents();
    ASSERT_EQ(lines->lines().size(), 1u);
    EXPECT_TRUE(lines->lines()[0].from.isNull());
    EXPECT_EQ(lines->lines()[0].outside, QStringLiteral("End users"));
    EXPECT_EQ(n.document().selection(), QStringList{QStringLiteral("lb-prod")});
    // Nothing chosen: nothing drawn.
    n.view().clearSelection();
    QApplication::processEvents();
    EXPECT_TRUE(lines->lines().empty());
}

TEST(NetworkDockTest, ExportCsvWritesThePerHostFlowsShownAndCopyTheRows)
{
    NetworkFixture n;
    n.chooseProduction();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("prod.csv"));
    ASSERT_TRUE(n.dock->saveCsv(path)) << n.f->errors.join(QLatin1Char('\n')).toStdString();
    const Topology& t = n.document().topology();
    EXPECT_EQ(readBytes(path).toStdString(), flowsCsv(t, networkFlows(t, "prod")));
    EXPECT_EQ(n.dock->copiedText().toStdString(), groupsCsv(t, groupedFlows(t, "prod")));
    n.view().setCurrentItem(n.view().topLevelItem(4));
    EXPECT_EQ(n.dock->copiedText().count(QLatin1Char('\n')), 2); // the header and the row
    // A folder that does not exist: said, nothing written.
    std::vector<QString> reported;
    n.dock->reportError = [&reported](const QString&, const QString& text) {
        reported.push_back(text);
    };
    EXPECT_FALSE(n.dock->saveCsv(dir.filePath(QStringLiteral("missing/prod.csv"))));
    ASSERT_EQ(reported.size(), 1u);
    EXPECT_TRUE(reported[0].contains(QStringLiteral("missing"))) << reported[0].toStdString();
}

TEST(NetworkDockTest, FollowsAnEdit)
{
    NetworkFixture n;
    n.chooseProduction();
    const QStringList before = n.rowTexts();
    ElementFactory factory(n.document().topology());
    auto creation = factory.create(ElementKind::Server, "prod", Point{1500, 900, emptyExtra()});
    ASSERT_TRUE(creation);
    n.document().apply(std::move(creation->patch), QString::fromStdString(creation->text));
    QApplication::processEvents();
    QApplication::processEvents();
    EXPECT_EQ(n.rowTexts(), cliGroupLines(n.document().topology(), "prod"));
    EXPECT_NE(n.rowTexts(), before); // a new server has its ports to open
}

} // namespace
