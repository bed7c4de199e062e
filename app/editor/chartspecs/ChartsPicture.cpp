#include "editor/chartspecs/ChartsPicture.h"

#include "editor/paint/Theme.h"

#include <QPainter>

namespace topo {

namespace {

// Two charts side by side at 640 × 420 scene units each: readable at scale 1.
constexpr double kWidth = 1280;
constexpr double kHeight = 900;

ChartsPainter& registeredPainter()
{
    static ChartsPainter painter;
    return painter;
}

} // namespace

void setChartsPainter(ChartsPainter painter)
{
    registeredPainter() = std::move(painter);
}

bool hasChartsPainter()
{
    return static_cast<bool>(registeredPainter());
}

QRectF chartsBounds()
{
    return {0, 0, kWidth, kHeight};
}

std::optional<Picture> chartsPicture(const Topology& topology, const ExportOptions& options,
                                     bool background)
{
    if (!hasChartsPainter())
        return std::nullopt;
    std::vector<ChartSpec> charts = designCharts(topology, options.environment);
    if (charts.empty())
        return std::nullopt;
    const Theme theme = options.darkTheme ? Theme::dark() : Theme::light();
    Picture picture;
    picture.bounds = chartsBounds();
    picture.background = theme.background;
    const bool dark = options.darkTheme;
    picture.paint = [charts = std::move(charts),
                     heading = chartsHeading(topology, options.environment), dark, background,
                     painter = registeredPainter(), theme](QPainter& target) {
        if (background)
            target.fillRect(chartsBounds(), theme.background);
        painter(target, chartsBounds(), heading, charts, dark);
    };
    return picture;
}

} // namespace topo
