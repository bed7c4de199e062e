#include "ui/qtcharts/ChartBuilder.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

namespace topo {

namespace {

QFont chartFont(int pixelSize, QFont::Weight weight = QFont::Normal)
{
    QFont font;
    font.setPixelSize(pixelSize);
    font.setWeight(weight);
    font.setStyleHint(QFont::SansSerif);
    return font;
}

} // namespace

// The colour of a series role: the canvas's accent for the model, distinct hues for the
// rest, brighter in the dark look.
QColor seriesColour(SeriesRole role, const Theme& theme)
{
    const bool dark = theme.isDark;
    switch (role) {
    case SeriesRole::Model:
    case SeriesRole::Current:
        return theme.selection;
    case SeriesRole::Alternative:
        return dark ? QColor(0x2D, 0xD4, 0xBF) : QColor(0x0D, 0x94, 0x88);
    case SeriesRole::Expected:
        return dark ? QColor(0xF8, 0x71, 0x71) : QColor(0xDC, 0x26, 0x26);
    case SeriesRole::OneDown:
        return dark ? QColor(0xFB, 0x92, 0x3C) : QColor(0xEA, 0x58, 0x0C);
    case SeriesRole::Cores:
        return dark ? QColor(0x60, 0xA5, 0xFA) : QColor(0x3B, 0x82, 0xF6);
    case SeriesRole::Memory:
        return dark ? QColor(0xA7, 0x8B, 0xFA) : QColor(0x8B, 0x5C, 0xF6);
    case SeriesRole::Compared:
        return dark ? QColor(0xD1, 0xD5, 0xDB) : QColor(0x6B, 0x72, 0x80);
    }
    return theme.text;
}

namespace {

void styleAxis(QAbstractAxis* axis, const ChartAxis& spec, const Theme& theme)
{
    axis->setTitleText(QString::fromStdString(spec.title));
    axis->setTitleFont(chartFont(12, QFont::DemiBold));
    axis->setTitleBrush(theme.mutedText);
    axis->setLabelsFont(chartFont(11));
    axis->setLabelsBrush(theme.text);
    axis->setLinePen(QPen(theme.cardBorder, 1));
    axis->setGridLinePen(QPen(theme.grid, 1));
    axis->setShadesVisible(false);
}

QAbstractAxis* makeAxis(const ChartAxis& spec, const Theme& theme)
{
    QAbstractAxis* result = nullptr;
    if (!spec.categories.empty()) {
        auto* axis = new QBarCategoryAxis;
        for (const std::string& category : spec.categories)
            axis->append(QString::fromStdString(category));
        result = axis;
    } else {
        auto* axis = new QValueAxis;
        axis->setRange(spec.min, spec.max);
        axis->setTickCount(spec.ticks);
        axis->setMinorTickCount(0);
        axis->setLabelFormat(QString::fromStdString(spec.labelFormat));
        result = axis;
    }
    styleAxis(result, spec, theme);
    return result;
}

QAbstractSeries* makePointSeries(const ChartSeries& spec, const Theme& theme)
{
    const QColor colour = seriesColour(spec.role, theme);
    QXYSeries* series = nullptr;
    if (spec.kind == SeriesKind::Scatter) {
        auto* scatter = new QScatterSeries;
        scatter->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        scatter->setMarkerSize(13);
        scatter->setBorderColor(theme.background);
        scatter->setColor(colour);
        series = scatter;
    } else {
        auto* line = new QLineSeries;
        QPen pen(colour, 2.5);
        if (spec.role == SeriesRole::Expected)
            pen.setStyle(Qt::DashLine);
        if (spec.role == SeriesRole::Alternative)
            pen.setStyle(Qt::DashDotLine);
        if (spec.role == SeriesRole::Compared)
            pen.setStyle(Qt::DotLine);
        line->setPen(pen);
        series = line;
    }
    for (const SeriesPoint& point : spec.points)
        series->append(point.x, point.y);
    series->setName(QString::fromStdString(spec.name));
    return series;
}

// Every stacked-bar series of the spec becomes one set of a single stacked bar series.
QAbstractSeries* makeBarSeries(const ChartSpec& spec, const Theme& theme)
{
    auto* bars = new QStackedBarSeries;
    for (const ChartSeries& series : spec.series) {
        if (series.kind != SeriesKind::StackedBar)
            continue;
        auto* set = new QBarSet(QString::fromStdString(series.name));
        for (double value : series.values)
            set->append(value);
        set->setColor(seriesColour(series.role, theme));
        set->setBorderColor(theme.background);
        set->setLabelColor(theme.onAccent());
        set->setLabelFont(chartFont(11, QFont::DemiBold));
        bars->append(set);
    }
    bars->setBarWidth(0.55);
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(QStringLiteral("@value"));
    return bars;
}

} // namespace

QChart* buildChart(const ChartSpec& spec, const Theme& theme)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(QString::fromStdString(spec.title));
    chart->setTitleFont(chartFont(15, QFont::Bold));
    chart->setTitleBrush(theme.text);
    chart->setBackgroundBrush(theme.background);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setObjectName(QString::fromStdString(spec.id));

    QAbstractAxis* xAxis = makeAxis(spec.x, theme);
    QAbstractAxis* yAxis = makeAxis(spec.y, theme);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    std::vector<QAbstractSeries*> series;
    bool hasBars = false;
    for (const ChartSeries& item : spec.series) {
        if (item.kind == SeriesKind::StackedBar)
            hasBars = true;
        else
            series.push_back(makePointSeries(item, theme));
    }
    if (hasBars)
        series.insert(series.begin(), makeBarSeries(spec, theme));
    for (QAbstractSeries* item : series) {
        chart->addSeries(item);
        item->attachAxis(xAxis);
        item->attachAxis(yAxis);
    }

    QLegend* legend = chart->legend();
    legend->setAlignment(Qt::AlignBottom);
    legend->setFont(chartFont(11));
    legend->setLabelColor(theme.text);
    // Bar sets have no marker of their own: a square of their colour.
    legend->setMarkerShape(hasBars ? QLegend::MarkerShapeRectangle
                                   : QLegend::MarkerShapeFromSeries);
    return chart;
}

} // namespace topo
