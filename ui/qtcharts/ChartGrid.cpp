#include "ui/qtcharts/ChartGrid.h"

#include "editor/chartspecs/ChartsPicture.h"
#include "ui/qtcharts/ChartBuilder.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QtCharts/QChart>

#include <cmath>

namespace topo {

namespace {

constexpr double kGap = 16;
constexpr double kFootnotePadding = 6;
constexpr int kHeadingSize = 18;

QFont footnoteFont()
{
    QFont font;
    font.setPixelSize(11);
    font.setStyleHint(QFont::SansSerif);
    return font;
}

// Draws one chart at `target` through a scene of its own: QChart is a graphics widget.
void paintChart(QPainter& painter, const QRectF& target, const ChartSpec& spec, const Theme& theme)
{
    QGraphicsScene scene;
    QChart* chart = buildChart(spec, theme);
    // The picture's own background shows through (and stays transparent when asked).
    chart->setBackgroundVisible(false);
    scene.addItem(chart);
    const QRectF source(0, 0, target.width(), target.height());
    chart->setGeometry(source);
    scene.setSceneRect(source);
    scene.render(&painter, target, source);
}

} // namespace

std::vector<QRectF> chartCells(const QRectF& rect, std::size_t count, int columns)
{
    std::vector<QRectF> cells;
    if (count == 0 || columns < 1)
        return cells;
    const auto rows = static_cast<int>((count + columns - 1) / columns);
    const double width = (rect.width() - kGap * (columns - 1)) / columns;
    const double height = (rect.height() - kGap * (rows - 1)) / rows;
    for (std::size_t i = 0; i < count; ++i) {
        const auto row = static_cast<int>(i) / columns;
        const auto column = static_cast<int>(i) % columns;
        cells.emplace_back(rect.left() + column * (width + kGap),
                           rect.top() + row * (height + kGap), width, height);
    }
    return cells;
}

void paintChartGrid(QPainter& painter, const QRectF& rect, const std::string& heading,
                    const std::vector<ChartSpec>& charts, const Theme& theme)
{
    QRectF area = rect.adjusted(kGap, kGap, -kGap, -kGap);
    if (!heading.empty()) {
        QFont headingFont = theme.titleFont;
        headingFont.setPixelSize(kHeadingSize);
        painter.setFont(headingFont);
        painter.setPen(theme.text);
        const QRectF line(area.left() + kFootnotePadding, area.top(), area.width(),
                          kHeadingSize * 2);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, QString::fromStdString(heading));
        area.setTop(line.bottom() + kGap / 2);
    }
    const QFont font = footnoteFont();
    const std::vector<QRectF> cells = chartCells(area, charts.size(), 2);
    for (std::size_t i = 0; i < charts.size(); ++i) {
        const QRectF& cell = cells[i];
        // What the chart assumes comes first, then the model behind it.
        const std::string& remark = charts[i].remark;
        const QString footnote = QString::fromStdString(
            remark.empty() ? charts[i].footnote : remark + "\n" + charts[i].footnote);
        painter.setFont(font);
        const QRectF textBox =
            painter.boundingRect(QRectF(cell.left() + kFootnotePadding, 0,
                                        cell.width() - 2 * kFootnotePadding, cell.height()),
                                 Qt::TextWordWrap, footnote);
        const double noteHeight = footnote.isEmpty() ? 0 : std::ceil(textBox.height());
        paintChart(painter, cell.adjusted(0, 0, 0, -noteHeight - kFootnotePadding), charts[i],
                   theme);
        painter.setPen(theme.mutedText);
        painter.setFont(font);
        painter.drawText(QRectF(cell.left() + kFootnotePadding, cell.bottom() - noteHeight,
                                cell.width() - 2 * kFootnotePadding, noteHeight),
                         Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, footnote);
    }
}

void registerChartsPainter()
{
    setChartsPainter([](QPainter& painter, const QRectF& rect, const std::string& heading,
                        const std::vector<ChartSpec>& charts, bool dark) {
        paintChartGrid(painter, rect, heading, charts, dark ? Theme::dark() : Theme::light());
    });
}

} // namespace topo
