// Comparing designs in the window: Compare with saved after edits made in the inspector and
// with the Delete key lists exactly those edits, marks them on the canvas and selects them
// from the dock; Compare with… another file or a bad one; Save a copy as option writes a
// loadable copy and leaves the open design on its own file; the comparison's HTML and
// picture carry the marks.
#include "UiTestSupport.h"

#include "core/io/TopologyReader.h"
#include "editor/document/DesignComparison.h"
#include "editor/document/Document.h"
#include "editor/files/TopologyFile.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/CanvasView.h"
#include "ui/canvas/ElementItem.h"
#include "ui/canvas/RemovedItem.h"
#include "ui/docks/chartdock/ChartsDock.h"
#include "ui/docks/compare/CompareDock.h"
#include "ui/docks/inspector/InspectorDock.h"
#include "ui/docks/inspector/ServerEditor.h"
#include "ui/main/CompareController.h"
#include "ui/qtcharts/ChartWidget.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineF>
#include <QMenuBar>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <nlohmann/json.hpp>

using namespace topo;
using namespace topo::test;

namespace {

// Lets the deferred refreshes run: the comparison's, then those of the docks that follow it.
// Each is a zero-time timer, which Windows' event dispatcher may deliver a turn later.
void settle()
{
    for (int turn = 0; turn < 3; ++turn)
        QApplication::processEvents();
}

QAction* fileAction(MainWindow& w, const char* objectName)
{
    for (QAction* menu : w.menuBar()->actions())
        if (menu->menu())
            for (QAction* action : menu->menu()->actions())
                if (action->objectName() == QLatin1String(objectName))
                    return action;
    return nullptr;
}

// PROD-FE-01 to 8 cores in the inspector, PROD-BATCH-01 clicked on the canvas and deleted
// with the Delete key: the user's own gestures.
void makeTheTwoEdits(MainWindow& w)
{
    Document& doc = *w.document();
    QTest::mouseClick(w.canvas()->viewport(), Qt::LeftButton, {}, serverCentre(w, "prod-fe1"));
    settle();
    ASSERT_EQ(doc.selection(), QStringList{QStringLiteral("prod-fe1")});
    auto* editor = qobject_cast<ServerEditor*>(w.inspector()->currentEditor());
    ASSERT_NE(editor, nullptr);
    auto* cores = editor->findChild<QSpinBox*>(QStringLiteral("cpuCores"));
    ASSERT_NE(cores, nullptr);
    cores->setFocus();
    QTest::keyClick(cores, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(cores, QStringLiteral("8"));
    QTest::keyClick(cores, Qt::Key_Return);
    settle();
    ASSERT_EQ(server(doc.topology(), "prod-fe1")->hardware.cpuCores, 8);

    QTest::mouseClick(w.canvas()->viewport(), Qt::LeftButton, {}, serverCentre(w, "prod-batch"));
    settle();
    ASSERT_EQ(doc.selection(), QStringList{QStringLiteral("prod-batch")});
    w.canvas()->setFocus();
    QTest::keyClick(w.canvas()->viewport(), Qt::Key_Delete);
    ASSERT_EQ(server(doc.topology(), "prod-batch"), nullptr);
}

QStringList rowTexts(QTreeWidgetItem* group)
{
    QStringList rows;
    for (int i = 0; group && i < group->childCount(); ++i)
        rows << group->child(i)->text(0) + QStringLiteral(" | ") + group->child(i)->text(1);
    return rows;
}

QTreeWidgetItem* rowNamed(QTreeWidgetItem* group, const QString& text)
{
    for (int i = 0; group && i < group->childCount(); ++i)
        if (group->child(i)->text(0) == text)
            return group->child(i);
    return nullptr;
}

void clickRow(QTreeWidget* view, QTreeWidgetItem* item)
{
    view->scrollToItem(item);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualItemRect(item).center());
    settle();
}

// A copy of factory-standard in `dir` with `edit` applied to its JSON.
QString editedCopy(const QTemporaryDir& dir, const QString& name,
                   const std::function<void(nlohmann::json&)>& edit)
{
    auto json = nlohmann::json::parse(readBytes(fixturePath(QStringLiteral("factory-standard"))));
    edit(json);
    const QString path = dir.filePath(name);
    writeBytes(path, QByteArray::fromStdString(json.dump(2)));
    return path;
}

} // namespace

TEST(CompareTest, CompareWithSavedListsExactlyTheTwoEditsAndMarksThem)
{
    auto f = openWindow();
    MainWindow& w = *f->window;
    Document& doc = *w.document();
    makeTheTwoEdits(w);

    QAction* compareSaved = fileAction(w, "compareWithSavedAction");
    ASSERT_NE(compareSaved, nullptr);
    ASSERT_TRUE(compareSaved->isEnabled());
    compareSaved->trigger();
    ASSERT_TRUE(doc.comparison()->isActive());
    settle(); // the dock refreshes after the turn

    CompareDock* dock = w.compareDock();
    EXPECT_TRUE(dock->isVisible());
    EXPECT_TRUE(dock->titleLabel()->text().contains(QStringLiteral(
        "Changes from factory-standard.topology.json (saved) to factory-standard.topology.json")));
    QTreeWidgetItem* elements = dock->elementsGroup();
    ASSERT_NE(elements, nullptr);
    EXPECT_EQ(rowTexts(elements), (QStringList{QStringLiteral("PROD-BATCH-01 (server) | removed"),
                                               QStringLiteral("PROD-FE-01 (server) | changed")}));
    QTreeWidgetItem* fe1 = rowNamed(elements, QStringLiteral("PROD-FE-01 (server)"));
    ASSERT_NE(fe1, nullptr);
    ASSERT_EQ(fe1->childCount(), 1);
    EXPECT_EQ(fe1->child(0)->text(0), QStringLiteral("hardware.cpuCores: 4 → 8"));

    // The canvas marks the same two, and nothing else.
    CanvasScene& scene = *w.canvas()->canvasScene();
    EXPECT_EQ(scene.elementItem("prod-fe1")->compareMark(), CompareMark::Changed);
    EXPECT_FALSE(scene.elementItem("prod-fe1")->isCompareGhost());
    for (const char* same : {"prod-fe2", "prod-fe3", "prod-dc", "lb-prod", "prod"})
        EXPECT_FALSE(scene.elementItem(same)->compareMark().has_value()) << same;
    RemovedItem* batch = scene.removedItem("prod-batch");
    ASSERT_NE(batch, nullptr);
    EXPECT_TRUE(batch->isGhost());
    EXPECT_TRUE(batch->isVisible());
    const Server* saved = server(*doc.comparison()->before(), "prod-batch");
    ASSERT_NE(saved, nullptr);
    EXPECT_EQ(batch->sceneRect().topLeft(), QPointF(saved->layout->x, saved->layout->y));

    // A row selects its element and centres it; a removed one's row centres its ghost.
    auto centred = [&w](const QRectF& rect) {
        const QPointF centre = w.canvas()->mapToScene(w.canvas()->viewport()->rect().center());
        return QLineF(centre, rect.center()).length() < 4;
    };
    clickRow(dock->changesView(), rowNamed(elements, QStringLiteral("PROD-BATCH-01 (server)")));
    EXPECT_TRUE(centred(batch->sceneRect()));
    clickRow(dock->changesView(), fe1);
    EXPECT_EQ(doc.selection(), QStringList{QStringLiteral("prod-fe1")});
    EXPECT_TRUE(scene.elementItem("prod-fe1")->isSelected());
    EXPECT_TRUE(centred(scene.elementItem("prod-fe1")->sceneRect()));

    // The before side: the removed server drawn as it was, no longer a ghost.
    fileAction(w, "showBeforeAction")->trigger();
    EXPECT_EQ(doc.comparison()->side(), CompareSide::Before);
    ASSERT_NE(scene.removedItem("prod-batch"), nullptr);
    EXPECT_FALSE(scene.removedItem("prod-batch")->isGhost());
    EXPECT_TRUE(scene.elementItem("prod-fe1")->showsComparedSide()) << "drawn with 4 cores";
    EXPECT_FALSE(scene.elementItem("prod-fe2")->showsComparedSide()) << "the same on both sides";

    // Undoing the delete: the dock and the canvas follow (waited for: a dock's refresh is a
    // zero-time timer, which Windows' event dispatcher delivers after a varying number of
    // turns under Wine).
    doc.undoStack()->undo();
    const QStringList oneRow{QStringLiteral("PROD-FE-01 (server) | changed")};
    EXPECT_TRUE(QTest::qWaitFor([&] { return rowTexts(dock->elementsGroup()) == oneRow; }, 5000));
    EXPECT_EQ(rowTexts(dock->elementsGroup()), oneRow);
    EXPECT_EQ(scene.removedItem("prod-batch"), nullptr);
    EXPECT_FALSE(scene.elementItem("prod-batch")->compareMark().has_value());

    fileAction(w, "stopComparingAction")->trigger();
    settle();
    EXPECT_FALSE(doc.comparison()->isActive());
    EXPECT_FALSE(scene.elementItem("prod-fe1")->compareMark().has_value());
    EXPECT_EQ(dock->elementsGroup(), nullptr);
    // View state only: the edits are still the only undo steps and nothing is saved.
    EXPECT_EQ(doc.undoStack()->count(), 2);
}

TEST(CompareTest, CompareWithAnotherFileNamesBothAndListsItsDifference)
{
    QTemporaryDir dir;
    const QString other =
        editedCopy(dir, QStringLiteral("two-cores.topology.json"), [](nlohmann::json& json) {
            for (auto& s : json["servers"])
                if (s["id"] == "prod-fe2")
                    s["hardware"]["cpuCores"] = 2;
        });
    auto f = openWindow();
    MainWindow& w = *f->window;
    w.comparisons()->askComparePath = [other] { return other; };
    fileAction(w, "compareWithAction")->trigger();
    ASSERT_TRUE(f->errors.isEmpty()) << f->errors.join(u'\n').toStdString();
    settle();
    CompareDock* dock = w.compareDock();
    EXPECT_TRUE(dock->titleLabel()->text().contains(
        QStringLiteral("Changes from two-cores.topology.json to factory-standard.topology.json")));
    EXPECT_EQ(rowTexts(dock->elementsGroup()),
              QStringList{QStringLiteral("PROD-FE-02 (server) | changed")});
    EXPECT_EQ(w.canvas()->canvasScene()->elementItem("prod-fe2")->compareMark(),
              CompareMark::Changed);
    // Compared, not opened: the open design is untouched.
    EXPECT_EQ(w.document()->filePath(), fixturePath(QStringLiteral("factory-standard")));
    EXPECT_FALSE(w.document()->isModified());
}

TEST(CompareTest, TheChartsOverlayTheComparedDesignsCapacityAndAvailability)
{
    QTemporaryDir dir;
    // Smaller front-ends: other capacity and availability lines.
    const QString other =
        editedCopy(dir, QStringLiteral("small-front-ends.topology.json"), [](nlohmann::json& json) {
            for (auto& s : json["servers"])
                if (s["id"].get<std::string>().rfind("prod-fe", 0) == 0)
                    s["hardware"]["cpuCores"] = 2;
        });
    auto f = openWindow();
    MainWindow& w = *f->window;
    auto* charts = raisedDock<ChartsDock>(w, QStringLiteral("chartsDock"));
    ASSERT_NE(charts, nullptr);
    charts->setEnvironment(QStringLiteral("prod"));
    auto compared = [charts](const char* id) -> const ChartSeries* {
        for (const ChartWidget* chart : charts->chartWidgets())
            if (chart->spec().id == id)
                return chart->spec().findSeries(SeriesRole::Compared);
        return nullptr;
    };
    EXPECT_EQ(compared("capacity-by-front-ends"), nullptr);

    ASSERT_TRUE(w.comparisons()->compareWithFile(other)) << f->errors.join(u'\n').toStdString();
    // Comparing shows the Compare dock, in front of the Charts: the user goes back to them,
    // and they catch up (waited for, as above).
    raisedDock(w, QStringLiteral("chartsDock"));
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return compared("availability-by-front-ends") != nullptr; }, 5000));
    for (const char* id : {"capacity-by-front-ends", "availability-by-front-ends"}) {
        const ChartSeries* series = compared(id);
        ASSERT_NE(series, nullptr) << id;
        EXPECT_EQ(series->name.rfind("small-front-ends.topology.json: ", 0), 0u) << series->name;
        EXPECT_FALSE(series->points.empty());
    }
    // Resources per role and scaling up have no compared line.
    EXPECT_EQ(compared("capacity-by-cores"), nullptr);
    EXPECT_EQ(compared("resources-per-role"), nullptr);

    w.comparisons()->stopComparing();
    settle();
    EXPECT_EQ(compared("capacity-by-front-ends"), nullptr);
}

TEST(CompareTest, ABadFileIsReportedAndNothingIsCompared)
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("broken.topology.json"));
    writeBytes(bad, "{ \"formatVersion\": 1, ");
    auto f = openWindow();
    MainWindow& w = *f->window;
    w.comparisons()->askComparePath = [bad] { return bad; };
    fileAction(w, "compareWithAction")->trigger();
    ASSERT_EQ(f->errors.size(), 1);
    EXPECT_TRUE(f->errors.front().contains(QStringLiteral("broken.topology.json")))
        << f->errors.front().toStdString();
    EXPECT_TRUE(f->errors.front().contains(QStringLiteral("error")));
    EXPECT_FALSE(w.document()->comparison()->isActive());
    EXPECT_EQ(w.compareDock()->elementsGroup(), nullptr);
}

TEST(CompareTest, CompareWithSavedIsDisabledForADesignWithoutFile)
{
    auto f = openWindow(QString());
    MainWindow& w = *f->window;
    w.files()->newBlank();
    QAction* compareSaved = fileAction(w, "compareWithSavedAction");
    ASSERT_NE(compareSaved, nullptr);
    EXPECT_FALSE(compareSaved->isEnabled());
    EXPECT_TRUE(fileAction(w, "compareWithAction")->isEnabled());
}

TEST(CompareTest, SaveACopyAsOptionWritesALoadableCopyAndKeepsTheOpenFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("factory.topology.json"));
    ASSERT_TRUE(writeBytes(path, readBytes(fixturePath(QStringLiteral("factory-standard")))));
    auto f = openDesignWindow(path);
    MainWindow& w = *f->window;
    Document& doc = *w.document();
    moveFirstServer(doc);
    QString offered;
    w.comparisons()->askCopyPath = [&offered](const QString& suggestion) {
        offered = suggestion;
        return suggestion;
    };
    fileAction(w, "saveCopyAsOptionAction")->trigger();
    EXPECT_EQ(offered, dir.filePath(QStringLiteral("factory-option-2.topology.json")));
    ASSERT_TRUE(f->errors.isEmpty()) << f->errors.join(u'\n').toStdString();

    const FileLoadResult copy = loadTopologyFile(offered);
    ASSERT_TRUE(copy.ok()) << copy.errorText.toStdString();
    EXPECT_EQ(canonicalBytes(*copy.topology), canonicalBytes(doc.topology()));
    EXPECT_EQ(doc.filePath(), QFileInfo(path).absoluteFilePath());
    EXPECT_TRUE(doc.isModified()) << "the open design's own file is not saved by a copy";
    EXPECT_NE(readBytes(path), canonicalBytes(doc.topology()));

    // The next copy is the next option; a copy over the open file is refused.
    EXPECT_EQ(CompareController::optionFileName(offered, {}),
              dir.filePath(QStringLiteral("factory-option-3.topology.json")));
    EXPECT_FALSE(w.comparisons()->saveCopyTo(path));
    EXPECT_EQ(f->errors.size(), 1);
}

TEST(CompareTest, OptionFileNamesArePortable)
{
    EXPECT_EQ(CompareController::optionFileName({}, QStringLiteral("Big front-ends: v2 (draft)")),
              QStringLiteral("Big-front-ends-v2-draft-option-2.topology.json"));
    EXPECT_EQ(CompareController::optionFileName({}, QStringLiteral("plan-option-7")),
              QStringLiteral("plan-option-8.topology.json"));
}

TEST(CompareTest, TheComparisonSavesAsHtmlAndAsAPictureWithTheMarks)
{
    QTemporaryDir dir;
    auto f = openWindow();
    MainWindow& w = *f->window;
    makeTheTwoEdits(w);
    w.comparisons()->compareWithSaved();
    CompareDock* dock = w.compareDock();

    const QString html = dir.filePath(QStringLiteral("changes.html"));
    ASSERT_TRUE(dock->saveHtml(html));
    const QString page = QString::fromUtf8(readBytes(html));
    EXPECT_TRUE(page.contains(QStringLiteral("<h2>Changes from factory-standard.topology.json "
                                             "(saved) to factory-standard.topology.json</h2>")));
    EXPECT_TRUE(page.contains(QStringLiteral("hardware.cpuCores: 4 → 8")));
    EXPECT_TRUE(page.contains(QStringLiteral("PROD-BATCH-01 (server)")));
    EXPECT_TRUE(page.contains(QStringLiteral("<svg")));

    const QString svg = dir.filePath(QStringLiteral("changes.svg"));
    ASSERT_TRUE(dock->savePicture(svg));
    const QString drawing = QString::fromUtf8(readBytes(svg));
    EXPECT_TRUE(drawing.contains(QStringLiteral("CHANGED")));
    EXPECT_TRUE(drawing.contains(QStringLiteral("REMOVED")));
    EXPECT_FALSE(drawing.contains(QStringLiteral("ADDED")));

    const QString png = dir.filePath(QStringLiteral("changes.png"));
    ASSERT_TRUE(dock->savePicture(png));
    EXPECT_FALSE(QImage(png).isNull());
}
