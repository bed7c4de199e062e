// One truth: the Scaling dock's header, the Charts, the HTML report and `topology-cli analyze`
// show the same figures for a design of no fixture (two load balancers over the same
// front-ends of mixed specs); legends and axis titles are whole at the dock's size; the
// Failover dock shows capacity as lost where serving stopped.
#include "UiTestSupport.h"

#include "core/edit/TopologyPatch.h"
#include "core/io/TopologyWriter.h"
#include "core/model/Json.h"
#include "editor/document/Document.h"
#include "editor/export/DesignExporter.h"
#include "ui/docks/analysis/FailoverDock.h"
#include "ui/docks/chartdock/ChartsDock.h"
#include "ui/docks/scaling/ScalingDock.h"
#include "ui/docks/scaling/ScalingView.h"
#include "ui/qtcharts/ChartWidget.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>

using namespace topo;
using namespace topo::test;

namespace {

Server frontEnd(const std::string& id, int cores)
{
    Server server;
    server.id = id;
    server.name = "FE-" + id;
    server.environment = "prod";
    server.roles = {Role::Frontend, Role::Scheduler};
    server.hardware.cpuCores = cores;
    server.hardware.ramGb = 2.0 * cores;
    server.hardware.diskGb = 100;
    return server;
}

// LB-1 targets a, b, c, d and LB-2 a, b, c; e is a standby front-end. Cores 4, 4, 8, 2:
// 18 × 62.5 = 1125 req/s; N−1 = 1125 − 8 × 62.5 = 625; balanced split c → A (500), a → B
// (250), b → B (500), d → A (625): the smaller group carries 500.
Topology mixedFarm()
{
    Topology topology;
    topology.name = "Mixed farm";
    Environment prod;
    prod.id = "prod";
    prod.name = "Production";
    prod.purpose = Purpose::Production;
    prod.haRequired = true;
    prod.expectedRequestsPerSecond = 1000;
    topology.environments.push_back(prod);
    for (const auto& [id, cores] : {std::pair{"a", 4}, {"b", 4}, {"c", 8}, {"d", 2}, {"e", 4}})
        topology.servers.push_back(frontEnd(id, cores));
    topology.servers.back().standby = true;
    Server controller = frontEnd("dc", 8);
    controller.roles = {Role::DeploymentController};
    topology.servers.push_back(controller);
    for (const auto& [id, targets] :
         {std::pair{"lb-1", std::vector<std::string>{"a", "b", "c", "d"}},
          std::pair{"lb-2", std::vector<std::string>{"a", "b", "c"}}}) {
        LoadBalancer lb;
        lb.id = id;
        lb.name = id;
        lb.environment = "prod";
        lb.targets = targets;
        topology.loadBalancers.push_back(lb);
    }
    Database database;
    database.id = "db";
    database.name = "DB";
    database.catalogs = {{"prod", CatalogKind::Platform}};
    topology.databases.push_back(database);
    return topology;
}

QString writeDesign(const QTemporaryDir& dir, const Topology& topology)
{
    const QString path = dir.filePath(QStringLiteral("mixed.topology.json"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(writeTopology(topology, "test")));
    return path;
}

// `topology-cli analyze PATH --format json`, parsed.
Json analyze(const QString& path)
{
    QProcess cli;
    cli.start(QStringLiteral(TOPO_CLI_PATH), {QStringLiteral("analyze"), path,
                                              QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_TRUE(cli.waitForFinished(60'000));
    EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    return Json::parse(cli.readAllStandardOutput().toStdString(), nullptr, false);
}

const ChartWidget* chartNamed(ChartsDock& dock, const std::string& id)
{
    for (const ChartWidget* widget : dock.chartWidgets())
        if (widget->spec().id == id)
            return widget;
    return nullptr;
}

// As the report prints them: whole requests per second.
QString whole(double value)
{
    return QString::number(value, 'f', 0);
}

} // namespace

TEST(AnalysisFiguresTest, ScalingChartsReportAndAnalyzeShowTheSameFigures)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = writeDesign(dir, mixedFarm());
    const Json cli = analyze(path);
    ASSERT_TRUE(cli.is_object());
    const Json& figures = cli.at("environments").at(0);
    const int traffic = figures.at("frontEnds").at("traffic").get<int>();
    const int all = figures.at("frontEnds").at("all").get<int>();
    const double total = figures.at("capacity").at("total").get<double>();
    const double nMinus1 = figures.at("capacity").at("nMinus1").get<double>();
    const double balanced = figures.at("capacity").at("balancedDeployment").get<double>();
    // The hand-worked answers, independent of every figure below.
    EXPECT_EQ(traffic, 4);
    EXPECT_EQ(all, 5);
    EXPECT_DOUBLE_EQ(total, 1125);
    EXPECT_DOUBLE_EQ(nMinus1, 625);
    EXPECT_DOUBLE_EQ(balanced, 500);

    auto f = openDesignWindow(path);
    ASSERT_TRUE(f->errors.isEmpty()) << f->errors.join(QLatin1Char('\n')).toStdString();
    MainWindow& w = *f->window;

    // The Scaling dock's header: each front-end once, though two balancers draw them twice.
    auto* scaling = raisedDock<ScalingDock>(w, QStringLiteral("scalingDock"));
    ASSERT_NE(scaling, nullptr);
    ASSERT_EQ(scaling->environment(), "prod");
    const QString header = scaling->view()->picture()->headerSummary(0);
    EXPECT_TRUE(header.startsWith(
        QStringLiteral("%1 front-ends (%2 in traffic) · 1,125 req/s").arg(all).arg(traffic)))
        << header.toStdString();
    EXPECT_EQ(scaling->view()->picture()->analyses().at(0).capacity.total, total);

    // The Charts: the N and N−1 points, on the capacity line.
    auto* charts = raisedDock<ChartsDock>(w, QStringLiteral("chartsDock"));
    ASSERT_NE(charts, nullptr);
    const ChartWidget* capacity = chartNamed(*charts, "capacity-by-front-ends");
    ASSERT_NE(capacity, nullptr);
    const ChartSeries* current = capacity->spec().findSeries(SeriesRole::Current);
    const ChartSeries* oneDown = capacity->spec().findSeries(SeriesRole::OneDown);
    ASSERT_TRUE(current && oneDown);
    EXPECT_EQ(current->points, (std::vector<SeriesPoint>{{double(traffic), total}}));
    EXPECT_EQ(oneDown->points, (std::vector<SeriesPoint>{{double(traffic - 1), nMinus1}}));
    EXPECT_EQ(current->name, "N = 4: 1125");
    for (const SeriesPoint& point : capacity->spec().findSeries(SeriesRole::Model)->points) {
        if (point.x == traffic) {
            EXPECT_DOUBLE_EQ(point.y, total);
        }
        if (point.x == traffic - 1) {
            EXPECT_DOUBLE_EQ(point.y, nMinus1);
        }
    }

    // The HTML report, as File › Export writes it.
    const QString report = dir.filePath(QStringLiteral("report.html"));
    ASSERT_TRUE(exportDesign(w.document()->topology(), ExportFormat::Html, {}, report).ok);
    QFile html(report);
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(html.readAll());
    const QString row = QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td>")
                            .arg(traffic)
                            .arg(whole(total), whole(nMinus1), whole(balanced));
    EXPECT_TRUE(text.contains(row)) << row.toStdString();
}

TEST(AnalysisFiguresTest, LegendsAndAxisTitlesAreWholeInTheDock)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto f = openDesignWindow(writeDesign(dir, mixedFarm()));
    auto* charts = raisedDock<ChartsDock>(*f->window, QStringLiteral("chartsDock"));
    ASSERT_NE(charts, nullptr);
    for (const ChartWidget* widget : charts->chartWidgets()) {
        SCOPED_TRACE(widget->spec().id);
        ASSERT_TRUE(widget->isVisible());
        // Qt Charts' own legend cuts what does not fit: the wrapping label replaces it.
        EXPECT_FALSE(widget->chart()->legend()->isVisible());
        const QLabel* legend = widget->legend();
        for (const ChartSeries& series : widget->spec().series) {
            const QString whole = QString::fromStdString(series.name)
                                      .toHtmlEscaped()
                                      .replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
            EXPECT_TRUE(legend->text().contains(whole)) << series.name;
        }
        EXPECT_GE(legend->height(), legend->heightForWidth(legend->width()));
        const QRectF plot = widget->chart()->plotArea();
        for (const QAbstractAxis* axis : widget->chart()->axes()) {
            const double room =
                axis->orientation() == Qt::Horizontal ? plot.width() : plot.height();
            EXPECT_LE(QFontMetricsF(axis->titleFont()).horizontalAdvance(axis->titleText()), room)
                << axis->titleText().toStdString();
        }
    }
    // Specs differ: the capacity chart says so.
    EXPECT_TRUE(chartNamed(*charts, "capacity-by-front-ends")
                    ->legend()
                    ->text()
                    .contains(QStringLiteral("Front-end specs differ")));
}

TEST(AnalysisFiguresTest, ScalingHeaderExplainsItsCapacity)
{
    auto f = openWindow(QStringLiteral("example-2-production-farm"));
    Document& doc = *f->window->document();
    Topology after = doc.topology();
    LoadBalancer second = after.loadBalancers.front();
    second.id = "lb-b";
    second.name = "LB-B";
    after.loadBalancers.push_back(second);
    doc.apply(TopologyPatch::between(doc.topology(), after), QStringLiteral("Add a balancer"));
    QApplication::processEvents(); // the docks refresh after the turn

    auto* scaling = raisedDock<ScalingDock>(*f->window, QStringLiteral("scalingDock"));
    ASSERT_NE(scaling, nullptr);
    const ScalingPainter& picture = *scaling->view()->picture();
    EXPECT_TRUE(picture.headerSummary(0).startsWith(QStringLiteral("3 front-ends · 750 req/s")))
        << picture.headerSummary(0).toStdString();
    EXPECT_EQ(picture.frontEndNodes(), 3);
    // The header's tooltip, where the dock shows it.
    const QRectF header = picture.layout().environments().front().header;
    const QPoint at =
        ((header.center() - picture.bounds().topLeft()) * scaling->view()->zoom()).toPoint();
    const QString tip = scaling->view()->toolTipAt(at);
    EXPECT_TRUE(tip.contains(QStringLiteral("3 × 4 cores × 62.5 req/s per core = 750 req/s")))
        << tip.toStdString();
    // The second cluster's caption area explains its own capacity.
    const QRectF secondBox = picture.layout().environments().front().clusters.at(1).box;
    EXPECT_TRUE(scaling->view()
                    ->toolTipAt(((secondBox.center() - picture.bounds().topLeft()) *
                                 scaling->view()->zoom())
                                    .toPoint())
                    .contains(QStringLiteral("+250 req/s → 1000 req/s")));
}

TEST(AnalysisFiguresTest, FailoverShowsCapacityLostWhereServingStopped)
{
    auto f = openWindow();
    Document& doc = *f->window->document();
    doc.setFailed("lb-prod", true);
    QApplication::processEvents(); // the dock refreshes after the turn
    auto* dock = raisedDock<FailoverDock>(*f->window, QStringLiteral("failoverDock"));
    ASSERT_NE(dock, nullptr);
    const auto found =
        dock->resultsView()->findItems(QStringLiteral("Production"), Qt::MatchExactly);
    ASSERT_EQ(found.size(), 1);
    QTreeWidgetItem* capacity = nullptr;
    for (int i = 0; i < found.front()->childCount(); ++i)
        if (found.front()->child(i)->text(0) == QStringLiteral("Capacity"))
            capacity = found.front()->child(i);
    ASSERT_NE(capacity, nullptr);
    EXPECT_TRUE(capacity->text(1).startsWith(QStringLiteral("0 req/s of 750 req/s")))
        << capacity->text(1).toStdString();
    // The red dot of a loss, not the green one.
    const QColor dot = capacity->icon(0).pixmap(12, 12).toImage().pixelColor(6, 6);
    EXPECT_EQ(dot, QColor(0xDC, 0x26, 0x26)) << dot.name().toStdString();
    EXPECT_TRUE(capacity->toolTip(0).contains(QStringLiteral("serving stopped")));
    EXPECT_TRUE(capacity->toolTip(0).contains(QStringLiteral("3 × 4 cores × 62.5 req/s per core")));
}
