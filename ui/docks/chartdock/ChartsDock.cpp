#include "ui/docks/chartdock/ChartsDock.h"

#include "editor/chartspecs/CompareCharts.h"
#include "editor/document/DesignComparison.h"
#include "editor/document/Document.h"
#include "editor/export/DesignExporter.h"
#include "editor/paint/Theme.h"
#include "ui/docks/DockRefresh.h"
#include "ui/docks/DrawnAnalyses.h"
#include "ui/docks/ModelLookup.h"
#include "ui/qtcharts/ChartWidget.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace topo {

namespace {

constexpr int kChartCount = 4;
constexpr QSize kMinChartSize(300, 230);
// The height of a top or bottom dock that shows a row of charts with their axes and legends.
constexpr int kComfortableHeight = 440;

} // namespace

ChartsDock::ChartsDock(QWidget* parent)
    : QDockWidget(tr("Charts"), parent), m_environment(new EnvironmentChooser),
      m_exportPng(new QPushButton(tr("Export PNG\u2026"))),
      m_exportSvg(new QPushButton(tr("Export SVG\u2026"))), m_grid(new QWidget),
      m_gridLayout(new QGridLayout(m_grid)), m_model(new QLabel)
{
    setObjectName(QStringLiteral("chartsDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 4, 6, 4);

    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("&Environment:"));
    label->setBuddy(m_environment);
    m_environment->setDefaultRule(defaultChartEnvironment);
    top->addWidget(label);
    top->addWidget(m_environment);
    top->addStretch(1);
    top->addWidget(m_exportPng);
    top->addWidget(m_exportSvg);
    layout->addLayout(top);

    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_gridLayout->setSpacing(6);
    for (int i = 0; i < kChartCount; ++i) {
        auto* chart = new ChartWidget(m_grid);
        chart->setMinimumSize(kMinChartSize);
        m_charts.push_back(chart);
    }
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_grid);
    scroll->viewport()->installEventFilter(this);
    layout->addWidget(scroll, 1);

    // The availability chart is a model, not a measurement: say so under the charts.
    m_model->setWordWrap(true);
    layout->addWidget(m_model);
    setWidget(content);
    arrangeCharts();

    // The charts are redrawn once per event-loop turn after edits, while visible.
    m_refresh = dockRefresh(this, [this](const DocumentChange& change) {
        const Environment* shown =
            m_document ? chartEnvironment(m_document->topology(), ss(environment())) : nullptr;
        if (m_drawn.needsRedraw(m_document, change, {shown ? shown->id : std::string()}))
            refresh();
    });
    refreshOnChooser(m_environment, m_refresh);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            makeRoom();
    });
    connect(m_exportPng, &QPushButton::clicked, this,
            [this] { chooseFileAndExport(ExportFormat::Png); });
    connect(m_exportSvg, &QPushButton::clicked, this,
            [this] { chooseFileAndExport(ExportFormat::Svg); });
    refresh();
}

void ChartsDock::setDocument(Document* document)
{
    refreshOnComparison(this, m_document, document, m_refresh);
    m_document = document;
    m_environment->setDocument(document);
    m_refresh->scheduleReset();
    m_refresh->flush();
}

QString ChartsDock::environment() const
{
    return m_environment->currentData().toString();
}

void ChartsDock::setEnvironment(const QString& id)
{
    m_environment->choose(ss(id));
}

QPushButton* ChartsDock::exportButton(ExportFormat format) const
{
    return format == ExportFormat::Svg ? m_exportSvg : m_exportPng;
}

void ChartsDock::refresh()
{
    const Theme theme = Theme::forPalette(palette());
    std::vector<ChartSpec> specs;
    if (m_document) {
        // From the analysis every dock shares: worked out once per change it can see.
        const Topology& topology = m_document->topology();
        if (const Environment* shown = chartEnvironment(topology, ss(environment())))
            specs = environmentCharts(topology, *shown, *m_document->analysis(shown->id));
        // While comparing, the compared design's capacity and availability over the open one's.
        const DesignComparison* comparison = m_document->comparison();
        if (const Topology* before = comparison->before())
            overlayComparedCharts(specs, designCharts(*before, ss(environment())),
                                  ss(comparison->beforeName()));
    }
    for (std::size_t i = 0; i < m_charts.size(); ++i) {
        m_charts[i]->setVisible(i < specs.size());
        if (i < specs.size())
            m_charts[i]->showChart(specs[i], theme);
    }
    QPalette muted = m_model->palette();
    muted.setColor(QPalette::WindowText, theme.mutedText);
    m_model->setPalette(muted);
    m_model->setText(specs.empty() ? tr("The design has no environment to chart.")
                                   : qs(specs.back().footnote));
    m_exportPng->setEnabled(!specs.empty());
    m_exportSvg->setEnabled(!specs.empty());
}

void ChartsDock::arrangeCharts()
{
    // Wide and low (the bottom dock area): one row; otherwise two or one column.
    const QSize room = m_grid->parentWidget() ? m_grid->parentWidget()->size() : m_grid->size();
    int columns = 2;
    if (room.width() >= 4 * kMinChartSize.width() && room.width() > 3 * room.height())
        columns = 4;
    else if (room.width() < 2 * kMinChartSize.width())
        columns = 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (ChartWidget* chart : m_charts)
        m_gridLayout->removeWidget(chart);
    for (int i = 0; i < kChartCount; ++i)
        m_gridLayout->addWidget(m_charts[i], i / columns, i % columns);
}

void ChartsDock::makeRoom()
{
    // A bottom dock area sized for a list of problems is too low for charts: grow it when the
    // charts are shown, never shrink what the user chose.
    auto* window = qobject_cast<QMainWindow*>(parentWidget());
    if (!window || isFloating())
        return;
    const Qt::DockWidgetArea area = window->dockWidgetArea(this);
    if ((area == Qt::BottomDockWidgetArea || area == Qt::TopDockWidgetArea) &&
        height() < kComfortableHeight)
        window->resizeDocks({this}, {kComfortableHeight}, Qt::Vertical);
}

void ChartsDock::changeEvent(QEvent* event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_refresh) {
        m_refresh->scheduleReset(); // a new look, not an edit: at once
        m_refresh->flush();
    }
}

bool ChartsDock::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize)
        arrangeCharts();
    return QDockWidget::eventFilter(watched, event);
}

bool ChartsDock::exportCharts(const QString& path, ExportFormat format, QString* error) const
{
    if (!m_document)
        return false;
    ExportOptions options;
    options.view = ExportView::Charts;
    options.environment = ss(environment());
    options.darkTheme = Theme::forPalette(palette()).isDark;
    options.scale = 2;
    const FileWriteResult result = exportDesign(m_document->topology(), format, options, path);
    if (!result.ok && error)
        *error = result.errorText;
    return result.ok;
}

void ChartsDock::chooseFileAndExport(ExportFormat format)
{
    if (!m_document)
        return;
    const QString extension = fileExtension(format);
    const QString folder = m_document->filePath().isEmpty()
                               ? QString()
                               : QFileInfo(m_document->filePath()).absolutePath() + u'/';
    const QString suggested =
        QStringLiteral("%1%2-charts.%3").arg(folder, environment(), extension);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export charts"), suggested,
                                     tr("%1 files (*.%2)").arg(extension.toUpper(), extension));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCharts(path, format, &error))
        QMessageBox::warning(this, tr("Export charts"), error);
}

} // namespace topo
