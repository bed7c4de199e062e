#include "ChartWidget.h"

#include "ChartBuilder.h"

#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

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
    m_view->setChart(buildChart(spec, theme));
    m_view->setBackgroundBrush(theme.background);
    delete previous;
    setToolTip(QString::fromStdString(spec.footnote));
}

QChart* ChartWidget::chart() const
{
    return m_view->chart();
}

} // namespace topo
