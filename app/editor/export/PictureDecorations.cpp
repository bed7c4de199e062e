#include "editor/export/PictureDecorations.h"

#include "editor/paint/LegendPainter.h"
#include "editor/paint/ScalingPainter.h"
#include "editor/paint/Theme.h"
#include "editor/paint/TopologyPainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace topo {

namespace {

// The strip lines up with the picture's content, inside the margin the views leave around
// it (designBounds()), and leaves room under itself.
constexpr double kInset = 48;
constexpr double kTop = 8; // keeps the boxes' borders off the view's last pixel row
constexpr double kBottom = 32;
constexpr double kGap = 16;
constexpr double kTitleWidth = 400;
constexpr double kMinTitleWidth = 200;
constexpr double kPadding = 10;
constexpr double kCaptionHeight = 16;
constexpr int kWrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
// A page at least this share of the strip's width takes the strip under its part.
constexpr double kFullWidthShare = 0.8;

QString tr(const char* text)
{
    return QCoreApplication::translate("topo::Export", text);
}

Theme themeOf(const ExportOptions& options)
{
    return options.darkTheme ? Theme::dark() : Theme::light();
}

double wrappedHeight(const QString& text, const QFont& font, double width)
{
    if (text.isEmpty())
        return 0;
    return std::ceil(
        QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), kWrap, text).height());
}

// The title block's rows: the name, the description (when there is one) and the date.
struct TitleRows {
    double name = 0;
    double description = 0;
    double height = 0;
};

TitleRows titleRows(const TitleBlock& title, const Theme& theme, double width)
{
    const double text = width - 2 * kPadding;
    TitleRows rows;
    rows.name = wrappedHeight(title.name, theme.titleFont, text);
    rows.description = wrappedHeight(title.description, theme.bodyFont, text);
    rows.height = kPadding + rows.name + (rows.description > 0 ? 6 + rows.description : 0) + 10 +
                  kCaptionHeight + kPadding;
    return rows;
}

void paintTitleBlock(QPainter& p, const QRectF& rect, const TitleBlock& title, const Theme& theme)
{
    const TitleRows rows = titleRows(title, theme, rect.width());
    const double left = rect.left() + kPadding;
    const double width = rect.width() - 2 * kPadding;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setPen(QPen(theme.cardBorder, 1));
    p.setBrush(theme.cardFill);
    p.drawRoundedRect(rect, 6, 6);
    double y = rect.top() + kPadding;
    p.setPen(theme.text);
    p.setFont(theme.titleFont);
    p.drawText(QRectF(left, y, width, rows.name), kWrap, title.name);
    y += rows.name;
    if (rows.description > 0) {
        y += 6;
        p.setFont(theme.bodyFont);
        p.drawText(QRectF(left, y, width, rows.description), kWrap, title.description);
        y += rows.description;
    }
    y += 5;
    p.setPen(QPen(theme.cardBorder, 1));
    p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    y += 5;
    p.setPen(theme.mutedText);
    p.setFont(theme.smallFont);
    p.drawText(QRectF(left, y, width, kCaptionHeight), Qt::AlignLeft | Qt::AlignVCenter,
               tr("DATE"));
    p.setPen(theme.text);
    p.setFont(theme.bodyFont);
    p.drawText(QRectF(left + 40, y, width - 40, kCaptionHeight), Qt::AlignLeft | Qt::AlignVCenter,
               title.date);
    p.restore();
}

// Where the legend and the title block go, relative to the strip's top-left corner.
struct Strip {
    std::vector<LegendMark> marks;
    QRectF legend;
    QRectF title;
    double width() const { return std::max(legend.right(), title.right()); }
    double height() const { return std::max(legend.bottom(), title.bottom()); }
    bool isEmpty() const { return legend.isEmpty() && title.isEmpty(); }
};

// The servers whose cards the scaling view draws: the front-end clusters' nodes and the
// deployment controller.
std::vector<std::string> scalingServers(const Topology& topology, const ExportOptions& options)
{
    std::vector<std::string> servers;
    const ScalingPainter painter(topology, options.environment);
    for (const EnvironmentLayout& environment : painter.layout().environments()) {
        for (const ScalingCluster& cluster : environment.plan.frontEnds)
            for (const ScalingNode& node : cluster.nodes)
                servers.push_back(node.server);
        if (environment.plan.controller.server)
            servers.push_back(environment.plan.controller.server->server);
    }
    return servers;
}

// The marks of the picture: the topology view's, or those on the scaling view's cards; the
// charts have their own axes and captions.
std::vector<LegendMark> pictureMarks(const Topology& topology, const std::vector<Finding>& findings,
                                     const ExportOptions& options)
{
    if (!options.legend || options.view == ExportView::Charts)
        return {};
    if (options.view == ExportView::Scaling)
        return serverLegendMarks(topology, scalingServers(topology, options));
    PaintOptions paintOptions;
    paintOptions.environment = options.environment;
    if (!options.selection.empty())
        paintOptions.only = options.selection;
    return legendMarksOf(topology, findings, paintOptions);
}

// Side by side (legend left, title block right) when both fit in `width`, else stacked; a
// strip wider than `width` widens the picture.
Strip stripLayout(const Topology& topology, const std::vector<Finding>& findings,
                  const ExportOptions& options, const TitleBlock& title, double width)
{
    const Theme theme = themeOf(options);
    Strip strip;
    strip.marks = pictureMarks(topology, findings, options);
    auto titleSize = [&](double available) {
        const double titleWidth = std::clamp(available, kMinTitleWidth, kTitleWidth);
        return QSizeF(titleWidth, titleRows(title, theme, titleWidth).height);
    };
    if (options.titleBlock && !strip.marks.empty()) {
        const QSizeF titled = titleSize(width);
        const double besideWidth = width - titled.width() - kGap;
        const QSizeF beside = legendSize(strip.marks, theme, besideWidth);
        if (beside.width() <= besideWidth) {
            // Side by side, both boxes take the height of the taller one.
            const double height = std::max(beside.height(), titled.height());
            strip.legend = QRectF(0, 0, beside.width(), height);
            strip.title = QRectF(width - titled.width(), 0, titled.width(), height);
            return strip;
        }
    }
    strip.legend = QRectF(QPointF(0, 0), legendSize(strip.marks, theme, width));
    if (!options.titleBlock)
        return strip;
    // Alone, the title block sits at the bottom right, where drawings keep it; under a
    // legend, at the left and at most as wide as the legend or the picture.
    if (strip.legend.isEmpty()) {
        const QSizeF titled = titleSize(width);
        strip.title = QRectF(QPointF(std::max(0.0, width - titled.width()), 0), titled);
    } else {
        strip.title = QRectF(QPointF(0, strip.legend.bottom() + kGap),
                             titleSize(std::max(width, strip.legend.width())));
    }
    return strip;
}

} // namespace

double decorationHeight(const Topology& topology, const std::vector<Finding>& findings,
                        const ExportOptions& options, const TitleBlock& title, double width)
{
    const Strip strip = stripLayout(topology, findings, options, title, width - 2 * kInset);
    return strip.isEmpty() ? 0 : kTop + strip.height() + kBottom;
}

Picture decoratedPicture(Picture picture, const Topology& topology,
                         const std::vector<Finding>& findings, const ExportOptions& options,
                         const TitleBlock& title, bool background)
{
    const Strip strip =
        stripLayout(topology, findings, options, title, picture.bounds.width() - 2 * kInset);
    if (strip.isEmpty())
        return picture;
    const QPointF origin(picture.bounds.left() + kInset, picture.bounds.bottom() + kTop);
    const QRectF area(picture.bounds.left(), picture.bounds.bottom(),
                      std::max(picture.bounds.width(), strip.width() + 2 * kInset),
                      kTop + strip.height() + kBottom);
    Picture decorated;
    decorated.bounds = picture.bounds.united(area);
    decorated.background = picture.background;
    decorated.pages = picture.pages;
    // The strip goes on the last page when that page spans the picture's width (the stacked
    // environments of the scaling view), else on a page of its own (an environment of the
    // topology in a corner).
    if (!decorated.pages.empty()) {
        if (decorated.pages.back().width() >= kFullWidthShare * area.width())
            decorated.pages.back() = decorated.pages.back().united(area);
        else
            decorated.pages.push_back(area);
    }
    decorated.paint = [view = std::move(picture.paint), strip, origin, all = decorated.bounds,
                       title, background, theme = themeOf(options)](QPainter& p) {
        if (background)
            p.fillRect(all, theme.background);
        view(p);
        if (background)
            p.fillRect(all.adjusted(0, origin.y() - kTop - all.top(), 0, 0), theme.background);
        paintLegend(p, strip.legend.translated(origin), strip.marks, theme);
        if (!strip.title.isEmpty())
            paintTitleBlock(p, strip.title.translated(origin), title, theme);
    };
    return decorated;
}

QString pageFooter(const QString& footer, const ExportOptions& options, std::size_t page,
                   std::size_t pages)
{
    if (!options.titleBlock)
        return footer;
    return tr("%1 \u00b7 Page %2 of %3").arg(footer).arg(page).arg(pages);
}

} // namespace topo
