#include "ChartWidget.h"

#include "ChartBuilder.h"

#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>

namespace topo {

ChartWidget::ChartWidget(QWidget* parent) : QWidget(parent), m_view(new QChartView(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::showChart(const ChartSpec& spec, const Theme& theme)
{
    m_spec = spec;
    QChart* previous = m_view->chart();
    // The view takes the new chart and gives the previous one back to its caller.
    QChart* chart = buildChart(spec, theme);
    // Four charts share the width of a dock: a smaller legend keeps its labels whole.
    QFont legendFont = chart->legend()->font();
    legendFont.setPixelSize(10);
    chart->legend()->setFont(legendFont);
    m_view->setChart(chart);
    m_view->setBackgroundBrush(theme.background);
    delete previous;
    setToolTip(QString::fromStdString(spec.footnote));
}

QChart* ChartWidget::chart() const
{
    return m_view->chart();
}

} // namespace topo
