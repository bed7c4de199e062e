// A 2,000-server design open with every dock on screen: edits made with real key events in
// the inspector show in every dock once the event loop has run, and an undo, or several edits
// in a row, never leave a dock on an older state.
#include "UiTestSupport.h"

#include "DesignGenerator.h"
#include "EveryDock.h"
#include "core/edit/ElementArrays.h"
#include "core/io/TopologyWriter.h"
#include "core/rules/Validator.h"
#include "editor/chartspecs/ChartSpec.h"
#include "editor/document/Document.h"
#include "editor/paint/ScalingPainter.h"
#include "ui/canvas/CanvasScene.h"
#include "ui/canvas/CanvasView.h"
#include "ui/canvas/ElementItem.h"
#include "ui/docks/analysis/SizingDock.h"
#include "ui/docks/chartdock/ChartsDock.h"
#include "ui/docks/inspector/InspectorDock.h"
#include "ui/docks/problems/FindingsModel.h"
#include "ui/docks/problems/ProblemsDock.h"
#include "ui/docks/scaling/ScalingDock.h"
#include "ui/docks/scaling/ScalingView.h"
#include "ui/qtcharts/ChartWidget.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace topo;
using namespace topo::test;

namespace {

constexpr int kServers = 2000;

// What every dock shows, read from the widgets.
struct Shown {
    QString inspectorName;
    int inspectorCores = -1;
    QString canvasName;
    int problemRows = -1;
    QString summary;
    std::vector<ChartSpec> charts;
    QString scalingHeader;
    QString sizingArithmetic;
    QString sizingStatus;
};

// What the docks should show for the document's current design, worked out afresh.
struct Expected {
    QString name;
    int cores = -1;
    int problemRows = -1;
    QString summary;
    std::vector<ChartSpec> charts;
    QString scalingHeader;
};

class LargeDesignDocks : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("large.topology.json"));
        ASSERT_TRUE(writeBytes(
            path, QByteArray::fromStdString(writeTopology(bench::generateDesign(kServers)))));
        m_fixture = openDesignWindow(path);
        ASSERT_NE(window().document(), nullptr)
            << m_fixture->errors.join(QLatin1Char('\n')).toStdString();
        EXPECT_EQ(showEveryDock(window()), QStringList());
        // A production front-end in the middle of the design.
        const Topology& t = document().topology();
        for (std::size_t i = t.servers.size() / 2; i < t.servers.size() && m_server.empty(); ++i)
            if (const Environment* env = findById(t.environments, t.servers[i].environment);
                env && env->purpose == Purpose::Production &&
                t.servers[i].hasRole(Role::Frontend) && t.servers[i].servesTraffic)
                m_server = t.servers[i].id;
        ASSERT_FALSE(m_server.empty());
        m_environment = server(t, m_server)->environment;
        document().setSelection({QString::fromStdString(m_server)});
        runEventLoop();
    }

    MainWindow& window() { return *m_fixture->window; }
    Document& document() { return *window().document(); }

    static void runEventLoop()
    {
        QApplication::processEvents();
        QTest::qWait(20);
    }

    QLineEdit* nameField() { return window().findChild<QLineEdit*>(QStringLiteral("serverName")); }
    QSpinBox* coresField()
    {
        return window().inspector()->findChild<QSpinBox*>(QStringLiteral("cpuCores"));
    }

    // Replaces the text of a field with `text`, typed key by key, as a user does.
    static void retype(QWidget* field, const QString& text)
    {
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(field, text);
    }

    Shown shown()
    {
        Shown s;
        s.inspectorName = nameField()->text();
        s.inspectorCores = coresField()->value();
        const ElementItem* item = window().canvas()->canvasScene()->elementItem(m_server);
        if (const auto* value = item ? std::get_if<Server>(&item->value()) : nullptr)
            s.canvasName = QString::fromStdString(value->name);
        s.problemRows = window().problems()->view()->model()->rowCount();
        s.summary = window().findingsSummaryLabel()->text();
        auto* charts = window().findChild<ChartsDock*>();
        for (const ChartWidget* chart : charts->chartWidgets())
            s.charts.push_back(chart->spec());
        auto* scaling = window().findChild<ScalingDock*>();
        if (scaling->view()->picture())
            s.scalingHeader = scaling->view()->picture()->headerSummary(0);
        auto* sizing = window().findChild<SizingDock*>();
        s.sizingArithmetic = sizing->arithmeticLabel()->text();
        s.sizingStatus = sizing->statusLabel()->text();
        return s;
    }

    Expected expected()
    {
        const Topology& t = document().topology();
        const Server* s = server(t, m_server);
        const std::vector<Finding> findings = validate(t);
        return {QString::fromStdString(s->name),
                s->hardware.cpuCores,
                int(findings.size()),
                findingsSummary(findings),
                designCharts(t, m_environment),
                ScalingPainter(t, m_environment).headerSummary(0)};
    }

    // Every dock shows the document's current design.
    void expectCurrent(const char* when)
    {
        SCOPED_TRACE(when);
        const Shown s = shown();
        const Expected e = expected();
        EXPECT_EQ(s.inspectorName, e.name);
        EXPECT_EQ(s.inspectorCores, e.cores);
        EXPECT_EQ(s.canvasName, e.name);
        EXPECT_EQ(s.problemRows, e.problemRows);
        EXPECT_EQ(s.summary, e.summary);
        EXPECT_TRUE(s.charts == e.charts) << "the charts dock shows other figures";
        EXPECT_EQ(s.scalingHeader, e.scalingHeader);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<WindowFixture> m_fixture;
    std::string m_server;
    std::string m_environment;
};

} // namespace

TEST_F(LargeDesignDocks, ARenameAndACoreChangeShowInEveryDockAndUndoBringsEachBack)
{
    ASSERT_NE(nameField(), nullptr);
    ASSERT_NE(coresField(), nullptr);
    expectCurrent("opened");
    const Shown before = shown();
    const QString newName = before.inspectorName + QStringLiteral("-renamed");

    retype(nameField(), newName);
    runEventLoop();
    expectCurrent("renamed");
    EXPECT_EQ(shown().canvasName, newName);

    retype(coresField(), QStringLiteral("1"));
    runEventLoop();
    expectCurrent("cores changed");
    const Shown changed = shown();
    EXPECT_EQ(changed.inspectorCores, 1);
    // One core is under the minimum (HW-MIN-CPU) and sets the server apart from its pool.
    EXPECT_GT(changed.problemRows, before.problemRows);
    EXPECT_NE(changed.summary, before.summary);
    EXPECT_FALSE(changed.charts == before.charts);
    EXPECT_NE(changed.scalingHeader, before.scalingHeader);
    EXPECT_NE(changed.sizingStatus + changed.sizingArithmetic,
              before.sizingStatus + before.sizingArithmetic);

    document().undoStack()->undo(); // the core change
    runEventLoop();
    expectCurrent("core change undone");
    EXPECT_EQ(shown().inspectorCores, before.inspectorCores);
    EXPECT_EQ(shown().problemRows, before.problemRows);

    document().undoStack()->undo(); // the rename
    runEventLoop();
    expectCurrent("rename undone");
    const Shown after = shown();
    EXPECT_EQ(after.inspectorName, before.inspectorName);
    EXPECT_EQ(after.summary, before.summary);
    EXPECT_TRUE(after.charts == before.charts);
    EXPECT_EQ(after.scalingHeader, before.scalingHeader);
    EXPECT_EQ(after.sizingStatus, before.sizingStatus);
    EXPECT_EQ(after.sizingArithmetic, before.sizingArithmetic);
}

TEST_F(LargeDesignDocks, EditsInQuickSuccessionLeaveNoDockOnAnOlderState)
{
    ASSERT_NE(coresField(), nullptr);
    const Shown before = shown();
    // Three changes and an undo before the event loop runs again.
    coresField()->setFocus();
    QTest::keyClick(coresField(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(coresField(), QStringLiteral("12"));
    document().undoStack()->undo();
    document().undoStack()->redo();
    runEventLoop();
    expectCurrent("after a burst of edits");
    EXPECT_EQ(shown().inspectorCores, 12);
    EXPECT_FALSE(shown().charts == before.charts);
}
