#include "ui/qtcharts/ChartWidget.h"

#include "ui/qtcharts/ChartBuilder.h"

#include <algorithm>

#include <QCursor>
#include <QLabel>
#include <QStringList>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QXYSeries>

namespace topo {

namespace {

constexpr int kLegendPixelSize = 11;

QString marker(const ChartSeries& series)
{
    switch (series.kind) {
    case SeriesKind::Scatter:
        return QStringLiteral("\u25CF");
    case SeriesKind::StackedBar:
        return QStringLiteral("\u25A0");
    case SeriesKind::Line:
        break;
    }
    switch (series.role) {
    case SeriesRole::Expected:
        return QStringLiteral("\u254C\u254C");
    case SeriesRole::Alternative:
        return QStringLiteral("\u2500\u00B7\u2500");
    case SeriesRole::Compared:
        return QStringLiteral("\u00B7\u00B7\u00B7\u00B7");
    default:
        return QStringLiteral("\u2501\u2501");
    }
}

// Text whose spaces never break: an entry of the legend stays whole on its line.
QString unbroken(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped().replace(QLatin1Char(' '),
                                                                QStringLiteral("&nbsp;"));
}

} // namespace

ChartWidget::ChartWidget(QWidget* parent)
    : QWidget(parent), m_view(new QChartView(this)), m_legend(new QLabel(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_legend->setObjectName(QStringLiteral("chartLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_legend->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_legend->setContentsMargins(6, 0, 6, 4);
    QFont font = m_legend->font();
    font.setPixelSize(kLegendPixelSize);
    m_legend->setFont(font);
    setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
}

ChartWidget::~ChartWidget() = default;

QString ChartWidget::legendHtml(const ChartSpec& spec, const Theme& theme)
{
    QStringList entries;
    for (const ChartSeries& series : spec.series)
        entries.append(QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
                           .arg(seriesColour(series.role, theme).name(), marker(series),
                                unbroken(series.name)));
    QString html = entries.join(QStringLiteral("&nbsp;&nbsp; "));
    if (!spec.remark.empty())
        html +=
            QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                .arg(theme.mutedText.name(), QString::fromStdString(spec.remark).toHtmlEscaped());
    return html;
}

QString ChartWidget::toolTipText(const ChartSpec& spec)
{
    QStringList lines;
    if (!spec.remark.empty())
        lines.append(QString::fromStdString(spec.remark));
    lines.append(QString::fromStdString(spec.footnote));
    for (const ChartSeries& series : spec.series)
        if (!series.note.empty())
            lines.append(QStringLiteral("%1: %2").arg(QString::fromStdString(series.name),
                                                      QString::fromStdString(series.note)));
    return lines.join(QLatin1Char('\n'));
}

namespace {

// The colours and fonts a chart is drawn with (buildChart(), legendHtml(); the series
// colours follow isDark).
bool sameLook(const Theme& a, const Theme& b)
{
    return a.isDark == b.isDark && a.background == b.background && a.grid == b.grid &&
           a.text == b.text && a.mutedText == b.mutedText && a.connection == b.connection &&
           a.warningText == b.warningText && a.cardBorder == b.cardBorder &&
           a.selection == b.selection && a.bodyFont == b.bodyFont && a.smallFont == b.smallFont &&
           a.titleFont == b.titleFont;
}

// The same chart but for the series' notes and the footnote, which only the tooltips show.
bool sameFigures(ChartSpec a, ChartSpec b)
{
    for (ChartSpec* spec : {&a, &b}) {
        spec->footnote.clear();
        for (ChartSeries& series : spec->series)
            series.note.clear();
    }
    return a == b;
}

} // namespace

void ChartWidget::showChart(const ChartSpec& spec, const Theme& theme)
{
    // An edit that leaves this chart's figures alone keeps the chart as it is; one that
    // changes only how they are worked out (a renamed server in a series' note) changes
    // only the tooltips.
    if (m_chartTheme && sameLook(theme, *m_chartTheme) && sameFigures(spec, m_spec)) {
        if (!(spec == m_spec)) {
            m_spec = spec;
            setToolTip(toolTipText(spec));
        }
        return;
    }
    m_spec = spec;
    m_chartTheme = theme;
    QChart* previous = m_view->chart();
    // The view takes the new chart and gives the previous one back to its caller.
    QChart* chart = buildChart(spec, theme);
    // Qt Charts cuts legend entries that do not fit on one line: the label below wraps.
    chart->legend()->setVisible(false);
    m_view->setChart(chart);
    m_view->setBackgroundBrush(theme.background);
    delete previous;
    QPalette colours = palette();
    colours.setColor(QPalette::Window, theme.background);
    colours.setColor(QPalette::WindowText, theme.text);
    setPalette(colours);
    m_legend->setText(legendHtml(spec, theme));
    setToolTip(toolTipText(spec));
    showPointNotes(chart);
}

void ChartWidget::showPointNotes(QChart* chart)
{
    for (QAbstractSeries* shown : chart->series()) {
        auto* points = qobject_cast<QXYSeries*>(shown);
        if (!points)
            continue;
        // The note is read when the point is hovered: a new note keeps the chart as it is.
        const std::string name = points->name().toStdString();
        connect(points, &QXYSeries::hovered, this, [this, name](const QPointF&, bool state) {
            const auto series = std::find_if(m_spec.series.begin(), m_spec.series.end(),
                                             [&](const ChartSeries& s) { return s.name == name; });
            if (state && series != m_spec.series.end() && !series->note.empty())
                QToolTip::showText(QCursor::pos(),
                                   QString::fromStdString(name + '\n' + series->note), this);
            else
                QToolTip::hideText();
        });
    }
}

QChart* ChartWidget::chart() const
{
    return m_view->chart();
}

} // namespace topo
