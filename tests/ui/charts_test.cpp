// The charts dock: redrawn in the same event-loop turn as an edit, following the environment
// of the selection, exporting the charts picture.
#include "UiTestSupport.h"

#include "core/edit/TopologyPatch.h"
#include "editor/document/Document.h"
#include "ui/docks/chartdock/ChartsDock.h"
#include "ui/qtcharts/ChartGrid.h"
#include "ui/qtcharts/ChartWidget.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>

using namespace topo;
using namespace topo::test;

namespace {

ChartsDock* chartsDock(MainWindow& window)
{
    return raisedDock<ChartsDock>(window, QStringLiteral("chartsDock"));
}

QChart* capacityChart(ChartsDock& dock)
{
    for (ChartWidget* widget : dock.chartWidgets())
        if (widget->spec().id == "capacity-by-front-ends")
            return widget->chart();
    return nullptr;
}

// The points of the chart's series whose name starts with `prefix`.
QList<QPointF> seriesPoints(QChart* chart, const QString& prefix)
{
    if (chart)
        for (QAbstractSeries* series : chart->series())
            if (series->name().startsWith(prefix))
                if (auto* xy = qobject_cast<QXYSeries*>(series))
                    return xy->points();
    return {};
}

// Applies `edit` to a copy of the design as one undo step.
template <typename Edit> void applyEdit(Document& document, Edit edit)
{
    Topology after = document.topology();
    edit(after);
    document.apply(TopologyPatch::between(document.topology(), after), QStringLiteral("Edit"));
}

} // namespace

TEST(ChartsDockTest, ShowsTheProductionChartsOfTheOpenDesign)
{
    auto f = openWindow();
    ChartsDock* dock = chartsDock(*f->window);
    ASSERT_NE(dock, nullptr);
    EXPECT_EQ(dock->windowTitle(), QStringLiteral("Charts"));
    EXPECT_EQ(dock->environment(), QStringLiteral("prod"));
    ASSERT_EQ(dock->chartWidgets().size(), 4u);
    QChart* chart = capacityChart(*dock);
    ASSERT_NE(chart, nullptr);
    EXPECT_EQ(chart->title(), QStringLiteral("Capacity by number of front-ends"));
    EXPECT_EQ(seriesPoints(chart, QStringLiteral("N = ")), QList<QPointF>{QPointF(3, 750)});
    EXPECT_EQ(seriesPoints(chart, QStringLiteral("N\u22121 = ")), QList<QPointF>{QPointF(2, 500)});
    EXPECT_EQ(seriesPoints(chart, QStringLiteral("Expected")).value(0), QPointF(0, 450));
}

TEST(ChartsDockTest, AnEditShowsInTheChartsWithinOneEventLoopTurn)
{
    auto f = openWindow();
    Document& doc = *f->window->document();
    ChartsDock* dock = chartsDock(*f->window);
    ASSERT_NE(dock, nullptr);

    applyEdit(doc, [](Topology& topology) {
        Server added = *server(topology, "prod-fe3");
        added.id = "prod-fe4";
        added.name = "PROD-FE-04";
        topology.servers.push_back(added);
    });
    QApplication::processEvents();
    QChart* chart = capacityChart(*dock);
    EXPECT_EQ(seriesPoints(chart, QStringLiteral("N = ")), QList<QPointF>{QPointF(4, 1000)});
    EXPECT_EQ(seriesPoints(chart, QStringLiteral("N\u22121 = ")), QList<QPointF>{QPointF(3, 750)});

    // More cores per front-end: the model line and the current point move up.
    applyEdit(doc, [](Topology& topology) {
        for (Server& s : topology.servers)
            if (s.environment == "prod" && s.hasRole(Role::Frontend))
                s.hardware.cpuCores = 8;
    });
    QApplication::processEvents();
    chart = capacityChart(*dock);
    EXPECT_EQ(seriesPoints(chart, QStringLiteral("N = ")), QList<QPointF>{QPointF(4, 2000)});
    EXPECT_EQ(seriesPoints(chart, QStringLiteral("Capacity")).value(0), QPointF(1, 500));
}

TEST(ChartsDockTest, FollowsTheEnvironmentOfTheSelection)
{
    auto f = openWindow();
    Document& doc = *f->window->document();
    ChartsDock* dock = chartsDock(*f->window);
    ASSERT_NE(dock, nullptr);
    doc.setSelection({QStringLiteral("dev-1")});
    EXPECT_EQ(dock->environment(), QStringLiteral("dev"));
    EXPECT_EQ(dock->environmentBox()->currentData().toString(), QStringLiteral("dev"));
    // dev-1: one front-end of 5 cores.
    EXPECT_EQ(seriesPoints(capacityChart(*dock), QStringLiteral("N = ")),
              QList<QPointF>{QPointF(1, 312.5)});
    // An element outside any environment keeps the choice.
    doc.setSelection({});
    EXPECT_EQ(dock->environment(), QStringLiteral("dev"));
}

TEST(ChartsDockTest, ExportsThePictureAsSvgAndPng)
{
    registerChartsPainter(); // as the designer does at start
    auto f = openWindow();
    ChartsDock* dock = chartsDock(*f->window);
    ASSERT_NE(dock, nullptr);
    EXPECT_TRUE(dock->exportButton(ExportFormat::Png)->isEnabled());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QString error;
    const QString svg = dir.filePath(QStringLiteral("charts.svg"));
    ASSERT_TRUE(dock->exportCharts(svg, ExportFormat::Svg, &error)) << error.toStdString();
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.contains("<text"));
    EXPECT_TRUE(bytes.contains("Capacity by number of front-ends"));
    EXPECT_TRUE(bytes.contains("environment Production"));
    EXPECT_FALSE(bytes.contains("(prod)")) << "the name, not the id";

    const QString png = dir.filePath(QStringLiteral("charts.png"));
    ASSERT_TRUE(dock->exportCharts(png, ExportFormat::Png, &error)) << error.toStdString();
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(2560, 1800));
    // A failed write names the file and leaves nothing behind.
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/charts.png"));
    EXPECT_FALSE(dock->exportCharts(missing, ExportFormat::Png, &error));
    EXPECT_TRUE(error.contains(missing));
}

TEST(ChartsDockTest, FollowsTheDarkLookOfTheWindow)
{
    auto f = openWindow();
    ChartsDock* dock = chartsDock(*f->window);
    ASSERT_NE(dock, nullptr);
    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    QApplication::setPalette(dark);
    QApplication::processEvents();
    const QColor darkBackground = capacityChart(*dock)->backgroundBrush().color();
    QApplication::setPalette(light);
    QApplication::processEvents();
    EXPECT_EQ(darkBackground, Theme::dark().background);
    EXPECT_EQ(capacityChart(*dock)->backgroundBrush().color(), Theme::forPalette(light).background);
}

TEST(ChartsDockTest, TheEnvironmentChooserNamesEnvironmentsWithoutTheirIds)
{
    auto f = openWindow();
    ChartsDock* dock = chartsDock(*f->window);
    ASSERT_NE(dock, nullptr);
    QStringList labels;
    for (int i = 0; i < dock->environmentBox()->count(); ++i)
        labels.append(dock->environmentBox()->itemText(i));
    EXPECT_EQ(labels, (QStringList{QStringLiteral("LifeTime"), QStringLiteral("Development"),
                                   QStringLiteral("Quality"), QStringLiteral("Production")}));
}
